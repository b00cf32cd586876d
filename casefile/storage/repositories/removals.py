"""SQL for removing a document, a guardian or an organisation: what still refers to it (a
disclosure, a consent, a child's school), and the removal itself, which wipes what the row
held and keeps a tombstone so the records that name it stay readable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from casefile.storage.database import Connection
from casefile.storage.repositories.base import to_db

# What a removal wipes, per table: the content's name and every contact detail. The name of
# a guardian or an organisation stays, since consents and disclosures name them.
WIPED = {"document": ("filename",), "guardian": ("phone", "email", "address"),
         "organisation": ("contact_person", "email", "phone", "address")}
_TABLES = {"document": "documents", "guardian": "guardians", "organisation": "organisations"}


@dataclass(frozen=True)
class Disclosed:
    """The first packet that holds the object: to whom, and when."""

    recipient: str
    at: datetime


def _first(conn: Connection, where: str, args: tuple) -> Disclosed | None:
    row = conn.execute(
        "SELECT o.name, d.created_at FROM disclosures d JOIN organisations o "
        f"ON o.id = d.recipient_id WHERE {where} ORDER BY d.created_at, d.id LIMIT 1",
        args).fetchone()
    return Disclosed(str(row[0]), datetime.fromisoformat(row[1])) if row else None


def document_disclosed(conn: Connection, child_id: int, document_id: int) -> Disclosed | None:
    return _first(conn, "d.child_id = ? AND EXISTS (SELECT 1 FROM json_each(d.items) j "
                        "WHERE json_extract(j.value, '$[0]') = ?)",
                  (child_id, f"document:{document_id}"))


def guardian_disclosed(conn: Connection, child_id: int,
                       since: datetime) -> Disclosed | None:
    """A packet with the child's contact details (the guardians') made since `since`."""
    return _first(conn, "d.child_id = ? AND d.created_at >= ? AND EXISTS (SELECT 1 FROM "
                        "json_each(d.items) j WHERE json_extract(j.value, '$[0]') = "
                        "'contact_details')", (child_id, to_db(since)))


def organisation_disclosed(conn: Connection, organisation_id: int) -> Disclosed | None:
    return _first(conn, "d.recipient_id = ?", (organisation_id,))


def evidence_of_consent(conn: Connection, document_id: int) -> bool:
    return conn.execute("SELECT 1 FROM consents WHERE evidence_document_id = ? LIMIT 1",
                        (document_id,)).fetchone() is not None


def school_of_children(conn: Connection, organisation_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM children WHERE school_id = ?",
                            (organisation_id,)).fetchone()[0])


def created_at(conn: Connection, object_type: str, object_id: int) -> datetime:
    column = "imported_at" if object_type == "document" else "created_at"
    row = conn.execute(f"SELECT {column} FROM {_TABLES[object_type]} WHERE id = ?",
                       (object_id,)).fetchone()
    return datetime.fromisoformat(row[0])


def remove(conn: Connection, object_type: str, object_id: int, *, child_id: int | None,
           reason: str, user_id: int, now: datetime) -> None:
    """Wipe, mark removed, and record who, when and why. Earlier corrections of a wiped
    field go too: their old values are the very data being removed."""
    table, wiped = _TABLES[object_type], WIPED[object_type]
    if object_type == "document":
        conn.execute("DELETE FROM document_chunks WHERE document_id = ?", (object_id,))
    blanks = ", ".join(f"{f} = ''" for f in wiped)
    conn.execute(f"UPDATE {table} SET {blanks}, removed_at = ? WHERE id = ?",
                 (to_db(now), object_id))
    marks = ", ".join("?" * len(wiped))
    conn.execute(f"DELETE FROM field_history WHERE object_type = ? AND object_id = ? "
                 f"AND field IN ({marks})", (object_type, object_id, *wiped))
    conn.execute(
        "INSERT INTO field_history(object_type, object_id, child_id, field, old_value, "
        "new_value, reason, changed_by, changed_at) VALUES (?, ?, ?, 'removed', NULL, "
        "NULL, ?, ?, ?)", (object_type, object_id, child_id, reason, user_id, to_db(now)))

