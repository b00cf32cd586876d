"""SQL for the notes and documents a dossier could export (what the consent rule judges)."""

from __future__ import annotations

from dataclasses import dataclass

from casefile.model import Category, Sensitivity
from casefile.storage.database import Connection


@dataclass(frozen=True)
class ItemRef:
    kind: str  # note, document
    id: int
    category: Category
    sensitivity: Sensitivity
    label: str  # a note's session date, a document's file name


def of_child(conn: Connection, child_id: int, *, drafts: bool = False) -> list[ItemRef]:
    """The child's notes (finalised only, unless `drafts`) by session, then documents."""
    notes = conn.execute(
        "SELECT id, category, sensitivity, session_date FROM notes "
        "WHERE child_id = ? AND finalised >= ? ORDER BY session_date, id",
        (child_id, 0 if drafts else 1))
    found = [ItemRef("note", *_kinds(r)) for r in notes]
    documents = conn.execute("SELECT id, category, sensitivity, filename FROM documents "
                             "WHERE child_id = ? AND removed_at IS NULL ORDER BY id",
                             (child_id,))
    return found + [ItemRef("document", *_kinds(r)) for r in documents]


def _kinds(row) -> tuple[int, Category, Sensitivity, str]:
    return row[0], Category(row[1]), Sensitivity(row[2]), str(row[3])


def delete(conn: Connection, kind: str, item_id: int) -> None:
    """Erase one note or document (with its versions, chunks and index entries)."""
    table = {"note": "notes", "document": "documents"}[kind]
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (item_id,))
