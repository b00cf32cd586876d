"""The practice server's SQL for removing a document, a guardian or an organisation, as
repositories/removals.py does locally. The disclosures' items are sealed, so which packet
held a document or a child's contact details is read from the opened rows."""

from __future__ import annotations

from datetime import datetime

from casefile.storage.repositories.pg import consents
from casefile.storage.repositories.pg.base import ServerConnection, fetch_one, insert, update
from casefile.storage.repositories.removals import WIPED, Disclosed

_TABLES = {"document": "documents", "guardian": "guardians",
           "organisation": "organisations"}


def _recipient(conn: ServerConnection, organisation_id: int) -> str:
    from casefile.storage.repositories.pg import people

    return people.organisation(conn, organisation_id).name


def _first(conn: ServerConnection, child_id: int, holds, since: datetime | None = None
           ) -> Disclosed | None:
    """The first of the child's packets (since `since`) whose items `holds` accepts: the
    items are sealed, so they are looked at in the opened rows."""
    held = [d for d in consents.disclosures_of(conn, child_id)
            if (since is None or d.created_at >= since) and any(holds(k) for k, _ in d.items)]
    first = min(held, key=lambda d: (d.created_at, d.id), default=None)
    return Disclosed(_recipient(conn, first.recipient_id), first.created_at) if first else None


def document_disclosed(conn: ServerConnection, child_id: int,
                       document_id: int) -> Disclosed | None:
    key = f"document:{document_id}"
    return _first(conn, child_id, lambda k: k == key)


def evidence_of_consent(conn: ServerConnection, document_id: int) -> bool:
    return conn.pg.execute("SELECT 1 FROM consents WHERE evidence_document_id = %s LIMIT 1",
                           (document_id,)).fetchone() is not None


def guardian_disclosed(conn: ServerConnection, child_id: int,
                       since: datetime) -> Disclosed | None:
    return _first(conn, child_id, lambda k: k == "contact_details", since)


def organisation_disclosed(conn: ServerConnection, organisation_id: int) -> Disclosed | None:
    row = conn.pg.execute("SELECT created_at FROM disclosures WHERE recipient_id = %s "
                          "ORDER BY created_at, id LIMIT 1", (organisation_id,)).fetchone()
    return Disclosed(_recipient(conn, organisation_id), row["created_at"]) if row else None


def school_of_children(conn: ServerConnection, organisation_id: int) -> int:
    row = conn.pg.execute("SELECT count(*) AS n FROM children WHERE school_id = %s",
                          (organisation_id,)).fetchone()
    return int(row["n"]) if row else 0


def created_at(conn: ServerConnection, object_type: str, object_id: int) -> datetime:
    column = "imported_at" if object_type == "document" else "created_at"
    return fetch_one(conn, _TABLES[object_type], object_id)[column]


def remove(conn: ServerConnection, object_type: str, object_id: int, *,
           child_id: int | None, reason: str, user_id: int, now: datetime) -> None:
    table = _TABLES[object_type]
    if object_type == "document":
        conn.pg.execute("DELETE FROM document_chunks WHERE document_id = %s", (object_id,))
    update(conn, table, object_id, {**{f: "" for f in WIPED[object_type]},
                                    "removed_at": now})
    conn.pg.execute("SELECT casefile_wipe_history(%s, %s)", (object_type, object_id))
    insert(conn, "field_history", {
        "object_type": object_type, "object_id": object_id, "child_id": child_id,
        "field": "removed", "old_value": None, "new_value": None, "reason": reason,
        "changed_by": user_id, "changed_at": now})
