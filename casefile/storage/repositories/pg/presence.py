"""The server's statements for who edits which dossier (casefile/presence.py): notices on
one channel carrying only a child's id and a user's id."""

from __future__ import annotations

from psycopg import Connection

CHANNEL = "casefile_editing"  # casefile/presence.py reads it from here


def listen(pg: Connection) -> None:
    pg.execute(f"LISTEN {CHANNEL}")


def announce(pg: Connection, child_id: int, user_id: int) -> None:
    pg.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"{child_id}:{user_id}"))


def deliver(pg: Connection) -> None:
    """A round trip: the notices that arrived meanwhile reach their handler."""
    pg.execute("SELECT 1")
