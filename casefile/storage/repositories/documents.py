"""SQL for documents and their encrypted content, stored in chunks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from casefile.model import Document
from casefile.storage import database
from casefile.storage.database import Connection
from casefile.storage.failures import domain_error
from casefile.storage.repositories.base import (
    build,
    fetch_one,
    insert,
    update,
    update_with_history,
)


def add(conn: Connection, values: dict[str, Any]) -> int:
    return insert(conn, "documents", values)


def add_chunk(conn: Connection, document_id: int, seq: int, data: bytes) -> None:
    conn.execute("INSERT INTO document_chunks(document_id, seq, data) VALUES (?, ?, ?)",
                 (document_id, seq, data))


def complete(conn: Connection, document_id: int, *, media_type: str, size: int,
             sha256: str) -> None:
    """What is known once the last chunk is in."""
    update(conn, "documents", document_id,
           {"media_type": media_type, "size": size, "sha256": sha256})


def document(conn: Connection, document_id: int) -> Document:
    return build(Document, fetch_one(conn, "documents", document_id))


def of_child(conn: Connection, document_id: int, child_id: int) -> Document | None:
    row = conn.execute("SELECT * FROM documents WHERE id = ? AND child_id = ?",
                       (document_id, child_id)).fetchone()
    return build(Document, row) if row else None


def page(conn: Connection, child_id: int, offset: int, limit: int) -> list[Document]:
    """Newest first."""
    rows = conn.execute(
        "SELECT * FROM documents WHERE child_id = ? AND removed_at IS NULL "
        "ORDER BY id DESC LIMIT ? OFFSET ?",
        (child_id, limit, offset))
    return [build(Document, r) for r in rows]


def all_of_child(conn: Connection, child_id: int) -> list[Document]:
    rows = conn.execute("SELECT * FROM documents WHERE child_id = ? AND removed_at IS NULL "
                        "ORDER BY id", (child_id,))
    return [build(Document, r) for r in rows]


def chunks(conn: Connection, document_id: int) -> Iterator[bytes]:
    """The content chunk by chunk, each read when it is wanted."""
    seq = 0
    while True:
        try:
            row = conn.execute("SELECT data FROM document_chunks WHERE document_id = ? "
                               "AND seq = ?", (document_id, seq)).fetchone()
        except database.Error as exc:  # a damaged page is one sentence, not a traceback
            raise domain_error(exc) from None
        if row is None:
            return
        yield bytes(row[0])
        seq += 1


def delete(conn: Connection, document_id: int) -> None:
    conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def change(conn: Connection, document_id: int, *, child_id: int, changes: dict[str, Any],
           reason: str, user_id: int, now: datetime) -> list[str]:
    """A correction (name, kind, date...), each old value kept in the field history."""
    return update_with_history(conn, "documents", "document", document_id, child_id=child_id,
                               changes=changes, reason=reason, user_id=user_id, now=now)
