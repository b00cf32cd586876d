"""The server's change notices: a child, its parents, trajectories or caseload changed
(pg_migrations/0002, 0019), or what is in its dossier: notes, documents, consents,
disclosures (0019). Each carries only the child's id; casefile/notices.py hears
them for the window, the child list keeps itself with them (people.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the window imports this on a local vault too: no driver for that
    from psycopg import Connection

CHILDREN = "casefile_children"
CONTENTS = "casefile_contents"
EDITING = "casefile_editing"  # who edits which dossier (presence.py)


def listen(pg: Connection[Any], channel: str) -> None:
    if channel not in (CHILDREN, CONTENTS, EDITING):
        raise ValueError("not a Casefile channel")
    pg.execute(f"LISTEN {channel}")


def deliver(pg: Connection[Any]) -> None:
    """A round trip: the notices that arrived meanwhile reach their handlers."""
    pg.execute("SELECT 1")
