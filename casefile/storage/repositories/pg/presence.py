"""The server's statements for who edits which dossier (casefile/presence.py): notices on
one channel carrying only a child's id and a user's id."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casefile.storage.repositories.pg.notices import EDITING, deliver
from casefile.storage.repositories.pg.notices import listen as listen_on

if TYPE_CHECKING:
    from psycopg import Connection

CHANNEL = EDITING  # casefile/presence.py reads it from here

__all__ = ["CHANNEL", "announce", "deliver", "listen"]


def listen(pg: Connection) -> None:
    listen_on(pg, CHANNEL)


def announce(pg: Connection, child_id: int, user_id: int) -> None:
    pg.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"{child_id}:{user_id}"))
