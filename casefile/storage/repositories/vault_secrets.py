"""SQL for the vault's own secrets (the packet signing key), kept inside the encrypted
database."""

from __future__ import annotations

from casefile.storage.database import Connection

SIGNING_KEY = "signing_key"


def get(conn: Connection, name: str) -> bytes | None:
    row = conn.execute("SELECT value FROM vault_secrets WHERE name = ?", (name,)).fetchone()
    return bytes(row[0]) if row else None


def put(conn: Connection, name: str, value: bytes) -> None:
    conn.execute("INSERT INTO vault_secrets(name, value) VALUES (?, ?)", (name, value))
