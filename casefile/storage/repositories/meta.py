"""SQL for the vault's own records: `meta` (vault id, audit head, last backup) and the
practice settings. Values go in and come out as plain text; what they mean is the
domain's. (The signing key is in vault_secrets.py.)"""

from __future__ import annotations

from casefile.storage.database import Connection


def value(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def put(conn: Connection, key: str, text: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, text))


def add(conn: Connection, key: str, text: str) -> None:
    """A value written once, at creation; a second write fails."""
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, text))


def settings(conn: Connection) -> dict[str, str]:
    """Every stored setting, as its JSON text."""
    return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM settings")}


def save_settings(conn: Connection, values: dict[str, str]) -> None:
    conn.executemany("INSERT INTO settings(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     list(values.items()))
