"""The server's SQL for the vault's secrets (the packet signing key), pg_migrations/0015:
sealed under the secret's name, written once by an administrator, never changed."""

from __future__ import annotations

from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.vault_secrets import SIGNING_KEY as SIGNING_KEY


def get(conn: ServerConnection, name: str) -> bytes | None:
    row = conn.pg.execute("SELECT value FROM vault_secrets WHERE name = %s",
                          (name,)).fetchone()
    return None if row is None else conn.sealer.open("vault_secrets", "value", 0,
                                                     row["value"], part=name)


def put(conn: ServerConnection, name: str, value: bytes) -> None:
    conn.pg.execute("INSERT INTO vault_secrets (name, value) VALUES (%s, %s)",
                    (name, conn.sealer.seal("vault_secrets", "value", 0, value, part=name)))
