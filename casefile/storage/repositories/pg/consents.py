"""The server's SQL for the consent register and the disclosure log: the functions of
casefile/storage/repositories/consents.py for the practice server. Purposes, reasons and
a disclosure's items (their hashes would confirm a guess of a note) are sealed; what the
consent rule needs to be enforced on the server is in clear."""

from __future__ import annotations

import json
from dataclasses import replace

from psycopg.types.json import Jsonb

from casefile.errors import NotFound
from casefile.model import Consent, Disclosure
from casefile.storage.repositories.consents import (
    consent_of_row,
    disclosure_of_row,
    signature_of_row,
)
from casefile.storage.repositories.pg.base import ServerConnection, as_stored_locally, insert


def add_consent(conn: ServerConnection, values: dict) -> int:
    values = dict(values)
    items = sorted(values.pop("items", ()))
    cid = insert(conn, "consents", {
        **values, "categories": Jsonb(sorted(str(c) for c in values["categories"])),
        "given_by": Jsonb(list(values["given_by"]))})
    for key in items:
        insert(conn, "consent_items", {"consent_id": cid, "child_id": values["child_id"],
                                       "item_key": key})
    return cid


def add_event(conn: ServerConnection, values: dict) -> int:
    return insert(conn, "consent_events", values)


def add_signature(conn: ServerConnection, values: dict) -> int:
    return insert(conn, "consent_signatures", values)


def consent(conn: ServerConnection, consent_id: int) -> Consent:
    row = conn.pg.execute("SELECT * FROM consents WHERE id = %s", (consent_id,)).fetchone()
    if row is None:
        raise NotFound()
    return _consents(conn, [row])[0]


def consents_of(conn: ServerConnection, child_id: int) -> list[Consent]:
    rows = conn.pg.execute("SELECT * FROM consents WHERE child_id = %s "
                           "ORDER BY recorded_at DESC, id DESC", (child_id,)).fetchall()
    return _consents(conn, rows)


def _consents(conn: ServerConnection, rows: list[dict]) -> list[Consent]:
    events: dict[int, dict[str, dict]] = {}
    found = conn.pg.execute("SELECT * FROM consent_events WHERE consent_id = ANY(%s)",
                            ([r["id"] for r in rows],))
    for event in found:
        events.setdefault(event["consent_id"], {})[event["kind"]] = as_stored_locally(
            conn, "consent_events", event)
    signatures: dict[int, list] = {}
    for row in conn.pg.execute("SELECT * FROM consent_signatures WHERE consent_id = ANY(%s) "
                               "ORDER BY signed_on, id", ([r["id"] for r in rows],)):
        signatures.setdefault(row["consent_id"], []).append(
            signature_of_row(as_stored_locally(conn, "consent_signatures", row)))
    named: dict[int, set[str]] = {}
    for row in conn.pg.execute("SELECT consent_id, item_key FROM consent_items "
                               "WHERE consent_id = ANY(%s)", ([r["id"] for r in rows],)):
        named.setdefault(row["consent_id"], set()).add(row["item_key"])
    return [replace(consent_of_row(as_stored_locally(conn, "consents", r),
                                   events.get(r["id"], {})),
                    signatures=tuple(signatures.get(r["id"], ())),
                    items=frozenset(named.get(r["id"], ())))
            for r in rows]


def add_disclosure(conn: ServerConnection, d: dict) -> int:
    return insert(conn, "disclosures", {
        **d, "consent_ids": Jsonb(list(d["consent_ids"])),
        "items": json.dumps([list(i) for i in d["items"]])})


def disclosures_of(conn: ServerConnection, child_id: int) -> list[Disclosure]:
    rows = conn.pg.execute("SELECT * FROM disclosures WHERE child_id = %s ORDER BY id DESC",
                           (child_id,))
    return [disclosure_of_row(as_stored_locally(conn, "disclosures", r)) for r in rows]


def disclosure(conn: ServerConnection, disclosure_id: int) -> Disclosure:
    row = conn.pg.execute("SELECT * FROM disclosures WHERE id = %s",
                          (disclosure_id,)).fetchone()
    if row is None:
        raise NotFound()
    return disclosure_of_row(as_stored_locally(conn, "disclosures", row))


def disclosures_relying_on(conn: ServerConnection, consent_id: int) -> list[Disclosure]:
    rows = conn.pg.execute("SELECT * FROM disclosures WHERE consent_ids @> %s ORDER BY id",
                           (Jsonb([consent_id]),))
    return [disclosure_of_row(as_stored_locally(conn, "disclosures", r)) for r in rows]
