"""SQL for session notes and their finalised versions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from casefile.model import Note, NoteVersion
from casefile.storage.database import Connection
from casefile.storage.repositories.base import build, build_all, fetch_one, insert, update


def add(conn: Connection, values: dict[str, Any]) -> int:
    return insert(conn, "notes", values)


def note(conn: Connection, note_id: int) -> Note:
    return build(Note, fetch_one(conn, "notes", note_id))


def exportable(conn: Connection, note_id: int, child_id: int) -> Note | None:
    """The note when it is this child's and finalised (a packet never holds a draft)."""
    row = conn.execute("SELECT * FROM notes WHERE id = ? AND child_id = ? AND finalised = 1",
                       (note_id, child_id)).fetchone()
    return build(Note, row) if row else None


def change(conn: Connection, note_id: int, now: datetime, **values: Any) -> None:
    update(conn, "notes", note_id, {**values, "updated_at": now})


def delete(conn: Connection, note_id: int) -> None:
    conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def timeline(conn: Connection, child_id: int, offset: int, limit: int) -> list[Note]:
    """Newest session first."""
    rows = conn.execute(
        "SELECT * FROM notes WHERE child_id = ? ORDER BY session_date DESC, id DESC "
        "LIMIT ? OFFSET ?", (child_id, limit, offset))
    return build_all(Note, rows)


def count(conn: Connection, child_id: int) -> int:
    return conn.execute("SELECT count(*) FROM notes WHERE child_id = ?",
                        (child_id,)).fetchone()[0]


def of_child(conn: Connection, child_id: int) -> list[Note]:
    """Every note of the child, drafts included, oldest first (the access report)."""
    rows = conn.execute("SELECT * FROM notes WHERE child_id = ? ORDER BY id", (child_id,))
    return [build(Note, r) for r in rows]


def add_version(conn: Connection, note: Note, changed_by: int, changed_at: datetime,
                reason: str) -> None:
    """Keep the note as it now stands as its version `note.version`."""
    insert(conn, "note_versions", version_row(note, changed_by, changed_at, reason))


def version_row(note: Note, changed_by: int, changed_at: datetime, reason: str) -> dict:
    """The note_versions row that keeps `note` as it stands (both engines write it)."""
    return {"note_id": note.id, "child_id": note.child_id, "version": note.version,
            "text": note.text, "category": note.category, "sensitivity": note.sensitivity,
            "changed_by": changed_by, "changed_at": changed_at, "reason": reason}


def versions(conn: Connection, note_id: int) -> list[NoteVersion]:
    rows = conn.execute("SELECT * FROM note_versions WHERE note_id = ? ORDER BY version",
                        (note_id,))
    return [build(NoteVersion, r) for r in rows]


def versions_of_child(conn: Connection, child_id: int) -> list[NoteVersion]:
    rows = conn.execute("SELECT * FROM note_versions WHERE child_id = ? "
                        "ORDER BY note_id, version", (child_id,))
    return [build(NoteVersion, r) for r in rows]
