"""SQL for the practice server's users, their login roles and key slots."""

from __future__ import annotations

from psycopg.types.json import Jsonb

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


def by_name(conn: Connection, name: str) -> User | None:
    row = conn.execute(_USER + " WHERE name = %s", (name,)).fetchone()
    return _user(row) if row else None


def everyone(conn: Connection) -> list[User]:
    return [_user(r) for r in conn.execute(_USER + " ORDER BY name, id")]


_USER = "SELECT id, name, role, active, must_change_passphrase, created_at FROM users"


def _user(row: dict) -> User:
    return User(**{**row, "role": Role(row["role"])})
