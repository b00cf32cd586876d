"""The server's SQL for what a child's rights reach: the functions of
casefile/storage/repositories/rights.py for the practice server. Erasing runs through
casefile_erase_child (pg_migrations/0014), which only an administrator may call."""

from __future__ import annotations

from psycopg import sql

from casefile.storage import server
from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.rights import CHILD_TABLES as CHILD_TABLES


def rows_held(conn: ServerConnection, child_id: int) -> dict[str, int]:
    """table -> how many of its rows belong to the child (those the caller may see)."""
    return {t: int(server.scalar(conn.pg.execute(
        sql.SQL("SELECT count(*) AS n FROM {} WHERE child_id = %s").format(sql.Identifier(t)),
        (child_id,)), "n")) for t in CHILD_TABLES}


def delete_child(conn: ServerConnection, child_id: int) -> None:
    """The child's row and, by ON DELETE CASCADE, every row of the dossier (the financial
    records are unlinked, which the law keeps). As locally, no such child is no error."""
    conn.pg.execute("SELECT casefile_erase_child(%s)", (child_id,))
