"""SQL for the consent register and the disclosure log."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from casefile.errors import NotFound
from casefile.model import (
    Category,
    Consent,
    ConsentMethod,
    ConsentScope,
    Disclosure,
    Signature,
    Withdrawal,
)
from casefile.storage.database import Connection
from casefile.storage.repositories.base import insert


def add_consent(conn: Connection, values: dict) -> int:
    values = dict(values)
    items = sorted(values.pop("items", ()))
    values["categories"] = json.dumps(sorted(str(c) for c in values["categories"]))
    values["given_by"] = json.dumps(list(values["given_by"]))
    cid = insert(conn, "consents", values)
    for key in items:
        insert(conn, "consent_items", {"consent_id": cid, "child_id": values["child_id"],
                                       "item_key": key})
    return cid


def add_event(conn: Connection, values: dict) -> int:
    return insert(conn, "consent_events", values)


def add_signature(conn: Connection, values: dict) -> int:
    return insert(conn, "consent_signatures", values)


def consent(conn: Connection, consent_id: int) -> Consent:
    row = conn.execute("SELECT * FROM consents WHERE id = ?", (consent_id,)).fetchone()
    if row is None:
        raise NotFound()
    return _with_signatures(conn, [consent_of_row(
        row, _events(conn, [consent_id]).get(consent_id, {}))])[0]


def consents_of(conn: Connection, child_id: int) -> list[Consent]:
    rows = conn.execute("SELECT * FROM consents WHERE child_id = ? ORDER BY recorded_at DESC, id "
                        "DESC", (child_id,)).fetchall()
    events = _events(conn, [r["id"] for r in rows])
    return _with_signatures(conn, [consent_of_row(r, events.get(r["id"], {})) for r in rows])


def _with_signatures(conn: Connection, consents: list[Consent]) -> list[Consent]:
    """Each consent with the signatures added to it later, oldest first."""
    if not consents:
        return consents
    marks = ",".join("?" * len(consents))
    found: dict[int, list[Signature]] = {}
    for row in conn.execute(f"SELECT * FROM consent_signatures WHERE consent_id IN ({marks}) "
                            "ORDER BY signed_on, id", [c.id for c in consents]):
        found.setdefault(row["consent_id"], []).append(signature_of_row(row))
    named: dict[int, set[str]] = {}
    for row in conn.execute(f"SELECT consent_id, item_key FROM consent_items "
                            f"WHERE consent_id IN ({marks})", [c.id for c in consents]):
        named.setdefault(row["consent_id"], set()).add(row["item_key"])
    return [replace(c, signatures=tuple(found.get(c.id, ())),
                    items=frozenset(named.get(c.id, ()))) for c in consents]


def signature_of_row(row) -> Signature:
    return Signature(consent_id=row["consent_id"], guardian_id=row["guardian_id"],
                     signed_on=date.fromisoformat(row["signed_on"]),
                     recorded_by=row["recorded_by"],
                     evidence_document_id=row["evidence_document_id"])


def _events(conn: Connection, ids: list[int]) -> dict[int, dict[str, object]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found: dict[int, dict[str, object]] = {}
    for row in conn.execute(f"SELECT * FROM consent_events WHERE consent_id IN ({marks})", ids):
        found.setdefault(row["consent_id"], {})[row["kind"]] = row
    return found


def consent_of_row(row, events: dict) -> Consent:
    """A Consent from its stored row and its events by kind (the server's repository
    builds the same from rows it opened and put in this form)."""
    withdrawn = events.get("withdrawn")
    error = events.get("entered_in_error")
    return Consent(
        id=row["id"], child_id=row["child_id"], scope=ConsentScope(row["scope"]),
        recipient_id=row["recipient_id"], purpose=row["purpose"],
        categories=frozenset(Category(c) for c in json.loads(row["categories"])),
        covers_special=bool(row["covers_special"]),
        given_by=tuple(json.loads(row["given_by"])),
        child_agrees=None if row["child_agrees"] is None else bool(row["child_agrees"]),
        method=ConsentMethod(row["method"]),
        valid_from=date.fromisoformat(row["valid_from"]),
        valid_until=date.fromisoformat(row["valid_until"]),
        recorded_by=row["recorded_by"], recorded_at=datetime.fromisoformat(row["recorded_at"]),
        evidence_document_id=row["evidence_document_id"],
        withdrawal=None if withdrawn is None else Withdrawal(
            consent_id=row["id"], withdrawn_at=datetime.fromisoformat(withdrawn["effective_at"]),
            by_guardian_id=withdrawn["by_guardian_id"], by_child=bool(withdrawn["by_child"]),
            reason=withdrawn["reason"], recorded_by=withdrawn["recorded_by"],
            channel=_column(withdrawn, "channel")),
        entered_in_error=error is not None,
        error_reason="" if error is None else error["reason"],
    )


def _column(row, name: str) -> str:
    """A column the server's older schema may not have yet."""
    try:
        return row[name] or ""
    except (IndexError, KeyError):
        return ""


def add_disclosure(conn: Connection, d: dict) -> int:
    values = dict(d)
    values["consent_ids"] = json.dumps(list(values["consent_ids"]))
    values["items"] = json.dumps([list(i) for i in values["items"]])
    return insert(conn, "disclosures", values)


def disclosures_of(conn: Connection, child_id: int) -> list[Disclosure]:
    rows = conn.execute("SELECT * FROM disclosures WHERE child_id = ? ORDER BY id DESC",
                        (child_id,))
    return [disclosure_of_row(r) for r in rows]


def disclosure(conn: Connection, disclosure_id: int) -> Disclosure:
    row = conn.execute("SELECT * FROM disclosures WHERE id = ?", (disclosure_id,)).fetchone()
    if row is None:
        raise NotFound()
    return disclosure_of_row(row)


def disclosures_relying_on(conn: Connection, consent_id: int) -> list[Disclosure]:
    rows = conn.execute("SELECT d.* FROM disclosures d, json_each(d.consent_ids) j "
                        "WHERE j.value = ? ORDER BY d.id", (consent_id,))
    return [disclosure_of_row(r) for r in rows]


def disclosure_of_row(row) -> Disclosure:
    return Disclosure(
        id=row["id"], packet_id=row["packet_id"], child_id=row["child_id"],
        recipient_id=row["recipient_id"], consent_ids=tuple(json.loads(row["consent_ids"])),
        items=tuple(tuple(i) for i in json.loads(row["items"])), created_by=row["created_by"],
        created_at=datetime.fromisoformat(row["created_at"]), legal_ground=row["legal_ground"],
        reason=row["reason"], approved_by=row["approved_by"], purpose=_column(row, "purpose"),
        inzage_id=row["inzage_id"],
        inzage_offered_at=None if row["inzage_offered_at"] is None
        else datetime.fromisoformat(row["inzage_offered_at"]),
        inzage_answer=row["inzage_answer"],
    )
