"""SQL for the parents' inzage: the previews they were shown before a packet went out, and
their answers. Not the disclosure log: an inzage is never a disclosure."""

from __future__ import annotations

import json
from datetime import date, datetime

from casefile.errors import NotFound
from casefile.model import Inzage
from casefile.storage.database import Connection
from casefile.storage.repositories.base import insert, update


def add(conn: Connection, values: dict) -> int:
    values = dict(values)
    values["offered_to"] = json.dumps(list(values["offered_to"]))
    values["consent_ids"] = json.dumps(list(values["consent_ids"]))
    values["items"] = json.dumps([list(i) for i in values["items"]])
    return insert(conn, "inzages", values)


def answer(conn: Connection, inzage_id: int, values: dict) -> None:
    update(conn, "inzages", inzage_id, values)


def one(conn: Connection, inzage_id: int) -> Inzage:
    row = conn.execute("SELECT * FROM inzages WHERE id = ?", (inzage_id,)).fetchone()
    if row is None:
        raise NotFound()
    return _inzage(row)


def of_child(conn: Connection, child_id: int) -> list[Inzage]:
    rows = conn.execute("SELECT * FROM inzages WHERE child_id = ? ORDER BY id DESC",
                        (child_id,))
    return [_inzage(r) for r in rows]


def newest_unused(conn: Connection, child_id: int, recipient_id: int) -> Inzage | None:
    """The newest inzage for this child and recipient that no packet was made after yet:
    each packet needs its own (a later packet may hold what the parents never saw)."""
    row = conn.execute(
        "SELECT * FROM inzages i WHERE child_id = ? AND recipient_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM disclosures d WHERE d.inzage_id = i.id) ORDER BY id DESC LIMIT 1",
        (child_id, recipient_id)).fetchone()
    return None if row is None else _inzage(row)


def used(conn: Connection, inzage_id: int) -> bool:
    """Whether a packet was already made after this inzage."""
    return conn.execute("SELECT 1 FROM disclosures WHERE inzage_id = ?",
                        (inzage_id,)).fetchone() is not None


def _inzage(row) -> Inzage:
    return Inzage(
        id=row["id"], child_id=row["child_id"], recipient_id=row["recipient_id"],
        offered_to=tuple(json.loads(row["offered_to"])),
        consent_ids=tuple(json.loads(row["consent_ids"])),
        items=tuple(tuple(i) for i in json.loads(row["items"])),
        offered_at=datetime.fromisoformat(row["offered_at"]),
        answer_by=date.fromisoformat(row["answer_by"]), offered_by=row["offered_by"],
        answer=row["answer"], remarks=row["remarks"],
        remarks_document_id=row["remarks_document_id"],
        answered_at=None if row["answered_at"] is None
        else datetime.fromisoformat(row["answered_at"]),
        answered_by=row["answered_by"])
