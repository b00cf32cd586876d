"""The server's SQL for the vault's own records (pg_migrations/0015): the functions of
casefile/storage/repositories/meta.py for the practice server. Every value is sealed
under its table and its key's name, so a value moved to another key does not open."""

from __future__ import annotations

from psycopg import sql

from casefile.storage.repositories.pg.base import ServerConnection


def value(conn: ServerConnection, key: str) -> str | None:
    row = conn.pg.execute("SELECT value FROM meta WHERE key = %s", (key,)).fetchone()
    return None if row is None else conn.sealer.open_text("meta", "value", 0, row["value"],
                                                          part=key)


def put(conn: ServerConnection, key: str, text: str) -> None:
    _upsert(conn, "meta", {key: text})


def add(conn: ServerConnection, key: str, text: str) -> None:
    """A value written once, at creation; a second write fails."""
    conn.pg.execute("INSERT INTO meta (key, value) VALUES (%s, %s)",
                    (key, conn.sealer.seal("meta", "value", 0, text, part=key)))


def settings(conn: ServerConnection) -> dict[str, str]:
    """Every stored setting, as its JSON text."""
    return {r["key"]: conn.sealer.open_text("settings", "value", 0, r["value"], part=r["key"])
            for r in conn.pg.execute("SELECT key, value FROM settings")}


def save_settings(conn: ServerConnection, values: dict[str, str]) -> None:
    """An administrator's: the server refuses anyone else."""
    _upsert(conn, "settings", values)


def _upsert(conn: ServerConnection, table: str, values: dict[str, str]) -> None:
    if not values:
        return
    conn.pg.cursor().executemany(
        sql.SQL("INSERT INTO {} (key, value) VALUES (%s, %s) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value").format(sql.Identifier(table)),
        [(k, conn.sealer.seal(table, "value", 0, v, part=k)) for k, v in values.items()])
