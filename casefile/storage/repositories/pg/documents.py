"""The server's SQL for documents and their content: the functions of
casefile/storage/repositories/documents.py for the practice server (pg_migrations/0012).
The name, hash and date received are sealed like every personal field; each chunk is
sealed on its own with the document's id and its number bound in, so a chunk moved to
another document or place no longer opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from casefile.model import Document
from casefile.storage.repositories.pg.base import (
    ServerConnection,
    fetch_one,
    insert,
    opened,
    opened_all,
    update,
    update_with_history,
)

CHUNKS = ("document_chunks", "data")  # the table and column each chunk is sealed under


def add(conn: ServerConnection, values: dict[str, Any]) -> int:
    return insert(conn, "documents", values)


def add_chunk(conn: ServerConnection, document_id: int, seq: int, data: bytes) -> None:
    sealed = conn.sealer.seal(*CHUNKS, document_id, data, part=seq)
    conn.pg.execute("INSERT INTO document_chunks (document_id, seq, data) VALUES (%s, %s, %s)",
                    (document_id, seq, sealed))


def complete(conn: ServerConnection, document_id: int, *, media_type: str, size: int,
             sha256: str) -> None:
    """What is known once the last chunk is in."""
    update(conn, "documents", document_id,
           {"media_type": media_type, "size": size, "sha256": sha256})


def document(conn: ServerConnection, document_id: int) -> Document:
    return opened(conn, "documents", fetch_one(conn, "documents", document_id), Document)


def of_child(conn: ServerConnection, document_id: int, child_id: int) -> Document | None:
    row = conn.pg.execute("SELECT * FROM documents WHERE id = %s AND child_id = %s",
                          (document_id, child_id)).fetchone()
    return opened(conn, "documents", row, Document) if row else None


def page(conn: ServerConnection, child_id: int, offset: int, limit: int) -> list[Document]:
    """Newest first."""
    rows = conn.pg.execute("SELECT * FROM documents WHERE child_id = %s AND removed_at IS "
                           "NULL ORDER BY id DESC LIMIT %s OFFSET %s",
                           (child_id, limit, offset))
    return opened_all(conn, "documents", rows, Document)


def all_of_child(conn: ServerConnection, child_id: int) -> list[Document]:
    rows = conn.pg.execute("SELECT * FROM documents WHERE child_id = %s AND removed_at IS "
                           "NULL ORDER BY id", (child_id,))
    return opened_all(conn, "documents", rows, Document)


def chunks(conn: ServerConnection, document_id: int) -> Iterator[bytes]:
    """The content chunk by chunk, each read and opened when it is wanted; a chunk that
    does not open (altered, moved) raises DatabaseDamaged."""
    seq = 0
    while True:
        row = conn.pg.execute("SELECT data FROM document_chunks WHERE document_id = %s "
                              "AND seq = %s", (document_id, seq)).fetchone()
        if row is None:
            return
        yield conn.sealer.open(*CHUNKS, document_id, row["data"], part=seq)
        seq += 1


def delete(conn: ServerConnection, document_id: int) -> None:
    conn.pg.execute("DELETE FROM documents WHERE id = %s", (document_id,))  # chunks cascade


def change(conn: ServerConnection, document_id: int, *, child_id: int,
           changes: dict[str, Any], reason: str, user_id: int, now: datetime) -> list[str]:
    """A correction (name, kind, date...), each old value kept in the field history."""
    return update_with_history(conn, "documents", "document", document_id,
                               child_id=child_id, changes=changes, reason=reason,
                               user_id=user_id, now=now)
