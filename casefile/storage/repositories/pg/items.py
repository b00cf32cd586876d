"""The server's SQL for the notes and documents a dossier could export: the functions of
casefile/storage/repositories/items.py for the practice server. A note's session date and
a document's name are sealed, so the notes are ordered here after opening them."""

from __future__ import annotations

from casefile.model import Category, Sensitivity
from casefile.storage.repositories.items import ItemRef
from casefile.storage.repositories.pg.base import ServerConnection


def of_child(conn: ServerConnection, child_id: int, *, drafts: bool = False) -> list[ItemRef]:
    """The child's notes (finalised only, unless `drafts`) by session, then documents."""
    seal = conn.sealer
    notes = conn.pg.execute("SELECT id, category, sensitivity, session_date FROM notes "
                            "WHERE child_id = %s AND (finalised OR %s)", (child_id, drafts))
    found = sorted((ItemRef("note", r["id"], Category(r["category"]),
                            Sensitivity(r["sensitivity"]),
                            seal.open_text("notes", "session_date", r["id"], r["session_date"]))
                    for r in notes), key=lambda i: (i.label, i.id))
    documents = conn.pg.execute("SELECT id, category, sensitivity, filename FROM documents "
                                "WHERE child_id = %s AND removed_at IS NULL ORDER BY id",
                                (child_id,))
    return found + [ItemRef("document", r["id"], Category(r["category"]),
                            Sensitivity(r["sensitivity"]),
                            seal.open_text("documents", "filename", r["id"], r["filename"]))
                    for r in documents]


def delete(conn: ServerConnection, kind: str, item_id: int) -> None:
    """Erase one note or document (with its versions, chunks and index entries)."""
    table = {"note": "notes", "document": "documents"}[kind]
    conn.pg.execute(f"DELETE FROM {table} WHERE id = %s", (item_id,))
