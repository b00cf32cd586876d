"""SQL for what a child's rights reach: what is held on them, and erasing it."""

from __future__ import annotations

from casefile.storage.database import Connection

# every table with a row per child; the child's own row cascades to all of them
CHILD_TABLES = ("guardians", "trajectories", "field_history", "notes", "note_versions",
                "documents", "consents", "consent_events", "disclosures")


def rows_held(conn: Connection, child_id: int) -> dict[str, int]:
    """table -> how many of its rows belong to the child."""
    return {t: conn.execute(f"SELECT count(*) FROM {t} WHERE child_id = ?",
                            (child_id,)).fetchone()[0] for t in CHILD_TABLES}


def delete_child(conn: Connection, child_id: int) -> None:
    """The child's row; ON DELETE CASCADE takes every row of CHILD_TABLES with it (and
    unlinks the financial records, which the law keeps)."""
    conn.execute("DELETE FROM children WHERE id = ?", (child_id,))
