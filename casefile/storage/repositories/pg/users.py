"""SQL for the practice server's users, their login roles and key slots.

The functions shared with repositories/users.py take either a psycopg connection (the
unlock, before a Sealer exists) or a ServerConnection. The local `add` has no twin here: a
user of the server is a login role with a SCRAM verifier and a key slot, made by
`add_user` (practice_server.add_user), never a bare row."""

from __future__ import annotations

from typing import Any

from psycopg.types.json import Jsonb

from casefile.errors import NotFound
from casefile.model import Role, User
from casefile.storage import server
from casefile.storage.server import Connection


def practice_id(conn: Connection) -> str | None:
    row = conn.execute("SELECT vault_id FROM practice").fetchone()
    return row["vault_id"] if row else None


PINS_SINCE = 10  # the server migration that keeps pins and signing keys


def put_practice(conn: Connection, vault_id: str, pins: dict[str, str] | None = None) -> None:
    """The practice row, with its trust anchors (`pins`: name to base64 public key). A
    schema from before the pins (an upgrade's test) gets the row without them."""
    if server.schema_version(conn) < PINS_SINCE:
        conn.execute("INSERT INTO practice (vault_id) VALUES (%s)", (vault_id,))
        return
    conn.execute("INSERT INTO practice (vault_id, pins) VALUES (%s, %s)",
                 (vault_id, Jsonb(pins or {})))


def create_user(conn: Connection, name: str, login: str, role: Role, verifier: str,
                slot: dict, *, must_change: bool) -> int:
    """The owner's way (the first administrator, at `casefile server init`)."""
    return server.scalar(conn.execute(
        "SELECT casefile_create_user(%s, %s, %s, %s, %s, %s) AS id",
        (name, login, str(role), verifier, Jsonb(slot), must_change)), "id")


def add_user(conn: Connection, name: str, login: str, role: Role, verifier: str,
             slot: dict) -> int:
    """An administrator's way; the server checks that the caller is one."""
    return server.scalar(conn.execute("SELECT casefile_add_user(%s, %s, %s, %s, %s) AS id",
                                      (name, login, str(role), verifier, Jsonb(slot))), "id")


def remove_user(conn: Connection, name: str) -> None:
    conn.execute("SELECT casefile_remove_user(%s)", (name,))


def change_own_passphrase(conn: Connection, verifier: str, slot: dict) -> None:
    """The caller's own slot and login password (pg_migrations/0017), one transaction."""
    conn.execute("SELECT casefile_change_own_passphrase(%s, %s)", (verifier, Jsonb(slot)))


def reset_passphrase(conn: Connection, user_id: int, verifier: str, slot: dict) -> None:
    """An administrator's way; the server checks that the caller is one."""
    conn.execute("SELECT casefile_reset_passphrase(%s, %s, %s)",
                 (user_id, verifier, Jsonb(slot)))


def set_passphrase(conn: Connection, user_id: int, verifier: str, slot: dict, *,
                   must_change: bool) -> None:
    """The owner's way (`casefile server reset-passphrase`)."""
    conn.execute("SELECT casefile_set_passphrase(%s, %s, %s, %s)",
                 (user_id, verifier, Jsonb(slot), must_change))


def recovery_slot(conn: Connection) -> dict | None:
    """The recovery slot (an administrator and the owner read it; a counsellor cannot)."""
    row = conn.execute("SELECT slot FROM key_slots WHERE kind = 'recovery' AND "
                       "slot_id = 'recovery'").fetchone()
    return row["slot"] if row else None


def put_first_recovery_slot(conn: Connection, slot: dict) -> None:
    conn.execute("INSERT INTO key_slots (slot_id, kind, slot) VALUES ('recovery', "
                 "'recovery', %s)", (Jsonb(slot),))


def own_slot(conn: Connection) -> dict | None:
    """The caller's key slot (a counsellor can read no other: row-level security)."""
    row = conn.execute("SELECT slot FROM key_slots WHERE login_role = session_user"
                       ).fetchone()
    return row["slot"] if row else None


def slot_count(conn: Connection) -> int:
    return server.scalar(conn.execute("SELECT count(*) AS n FROM key_slots"), "n")


def by_name(conn: Any, name: str) -> User | None:
    row = _pg(conn).execute(_USER + " WHERE name = %s", (name,)).fetchone()
    return _user(row) if row else None


def everyone(conn: Any) -> list[User]:
    return [_user(r) for r in _pg(conn).execute(_USER + " ORDER BY name, id")]


def user(conn: Any, user_id: int) -> User:
    row = _pg(conn).execute(_USER + " WHERE id = %s", (user_id,)).fetchone()
    if row is None:
        raise NotFound()
    return _user(row)


def change(conn: Any, user_id: int, *, role: Role | None = None, active: bool | None = None,
           must_change_passphrase: bool | None = None) -> None:
    """Through casefile_change_user (pg_migrations/0011), which checks the caller: members
    hold no UPDATE on users. Deactivating drops the login role and key slot."""
    _pg(conn).execute("SELECT casefile_change_user(%s, %s, %s, %s)",
                      (user_id, None if role is None else str(role), active,
                       must_change_passphrase))


def active_with_role(conn: Any, role: Role, *, besides: int) -> int:
    """How many active users other than `besides` hold `role`."""
    return int(server.scalar(_pg(conn).execute(
        "SELECT count(*) AS n FROM users WHERE role = %s AND active AND id <> %s",
        (str(role), besides)), "n"))


def _pg(conn: Any) -> Connection:
    """The psycopg connection, given it or a ServerConnection."""
    return getattr(conn, "pg", conn)


_USER = "SELECT id, name, role, active, must_change_passphrase, created_at FROM users"


def _user(row: dict) -> User:
    return User(**{**row, "role": Role(row["role"])})


def user_slot(conn: Connection, name: str) -> dict | None:
    """A user's key slot by name (an administrator reads every slot)."""
    row = conn.execute("SELECT slot FROM key_slots WHERE kind = 'user' AND slot_id = %s",
                       (name,)).fetchone()
    return None if row is None else row["slot"]


def set_login(conn: Connection, name: str, verifier: str) -> None:
    """A migrated user's first login (pg_migrations/0018); the server checks the caller."""
    conn.execute("SELECT casefile_set_login(%s, %s)", (name, verifier))
