"""SQL for the practice's users (their key slots live in keyslots.json, not here)."""

from __future__ import annotations

from datetime import datetime

from casefile.model import Role, User
from casefile.storage.database import Connection
from casefile.storage.repositories.base import build, fetch_one, insert, update


def add(conn: Connection, name: str, role: Role, created_at: datetime, *,
        must_change_passphrase: bool = False) -> int:
    return insert(conn, "users", {"name": name, "role": role, "created_at": created_at,
                                  "must_change_passphrase": must_change_passphrase})


def user(conn: Connection, user_id: int) -> User:
    return build(User, fetch_one(conn, "users", user_id))


def by_name(conn: Connection, name: str) -> User | None:
    row = conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
    return build(User, row) if row else None


def everyone(conn: Connection) -> list[User]:
    return [build(User, r) for r in conn.execute("SELECT * FROM users ORDER BY name, id")]


def change(conn: Connection, user_id: int, *, role: Role | None = None,
           active: bool | None = None, must_change_passphrase: bool | None = None) -> None:
    values = {"role": role, "active": active, "must_change_passphrase": must_change_passphrase}
    update(conn, "users", user_id, {k: v for k, v in values.items() if v is not None})


def active_with_role(conn: Connection, role: Role, *, besides: int) -> int:
    """How many active users other than `besides` hold `role`."""
    return conn.execute("SELECT count(*) FROM users WHERE role = ? AND active = 1 AND id != ?",
                        (str(role), besides)).fetchone()[0]
