"""The server's SQL for session notes and their versions: the functions of
casefile/storage/repositories/notes.py for the practice server. The session date is
sealed, so a dossier's timeline is ordered here after opening its notes (a child has
hundreds of notes, not thousands). Each note's blind-index tokens are written with it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg import sql

from casefile.model import Note, NoteVersion
from casefile.storage import server
from casefile.storage.repositories.notes import version_row
from casefile.storage.repositories.pg.base import (
    ServerConnection,
    fetch_one,
    insert,
    opened,
    opened_all,
    update,
)


def add(conn: ServerConnection, values: dict[str, Any]) -> int:
    note_id = insert(conn, "notes", values)
    _index(conn, note_id, values["child_id"], values.get("text", ""))
    return note_id


def note(conn: ServerConnection, note_id: int) -> Note:
    return opened(conn, "notes", fetch_one(conn, "notes", note_id), Note)


def exportable(conn: ServerConnection, note_id: int, child_id: int) -> Note | None:
    """The note when it is this child's and finalised (a packet never holds a draft)."""
    row = conn.pg.execute("SELECT * FROM notes WHERE id = %s AND child_id = %s AND finalised",
                          (note_id, child_id)).fetchone()
    return opened(conn, "notes", row, Note) if row else None


def change(conn: ServerConnection, note_id: int, now: datetime, **values: Any) -> None:
    update(conn, "notes", note_id, {**values, "updated_at": now})
    if "text" in values:
        conn.pg.execute("DELETE FROM note_tokens WHERE note_id = %s", (note_id,))
        _index(conn, note_id, note(conn, note_id).child_id, values["text"])


def delete(conn: ServerConnection, note_id: int) -> None:
    conn.pg.execute("DELETE FROM notes WHERE id = %s", (note_id,))  # tokens cascade


def _of_child(conn: ServerConnection, child_id: int) -> list[Note]:
    rows = conn.pg.execute("SELECT * FROM notes WHERE child_id = %s ORDER BY id", (child_id,))
    return opened_all(conn, "notes", rows, Note)


def timeline(conn: ServerConnection, child_id: int, offset: int, limit: int) -> list[Note]:
    """Newest session first."""
    ordered = sorted(_of_child(conn, child_id), key=lambda n: (n.session_date, n.id),
                     reverse=True)
    return ordered[offset:offset + limit]


def count(conn: ServerConnection, child_id: int) -> int:
    return server.scalar(conn.pg.execute("SELECT count(*) AS n FROM notes WHERE child_id = %s",
                           (child_id,)), "n")


def of_child(conn: ServerConnection, child_id: int) -> list[Note]:
    """Every note of the child, drafts included, oldest first (the access report)."""
    return _of_child(conn, child_id)


def add_version(conn: ServerConnection, note: Note, changed_by: int, changed_at: datetime,
                reason: str) -> None:
    """Keep the note as it now stands as its version `note.version`."""
    insert(conn, "note_versions", version_row(note, changed_by, changed_at, reason))


def versions(conn: ServerConnection, note_id: int) -> list[NoteVersion]:
    rows = conn.pg.execute("SELECT * FROM note_versions WHERE note_id = %s ORDER BY version",
                           (note_id,))
    return opened_all(conn, "note_versions", rows, NoteVersion)


def versions_of_child(conn: ServerConnection, child_id: int) -> list[NoteVersion]:
    rows = conn.pg.execute("SELECT * FROM note_versions WHERE child_id = %s "
                           "ORDER BY note_id, version", (child_id,))
    return opened_all(conn, "note_versions", rows, NoteVersion)


def _index(conn: ServerConnection, note_id: int, child_id: int, text: str) -> None:
    tokens = sorted(conn.sealer.note_tokens(text))
    if tokens:
        conn.pg.cursor().executemany(
            sql.SQL("INSERT INTO note_tokens (token, note_id, child_id) VALUES (%s, %s, %s)"),
            [(t, note_id, child_id) for t in tokens])
