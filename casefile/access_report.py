"""The access report's portable half: `access-report.json`, format `casefile-access-report`
version 1 (schema: casefile/schemas/access-report-v1.json, package data).

Every value goes through an explicit serialiser, never `default=str`: moments are RFC 3339
with their offset, days are YYYY-MM-DD, yes/no are JSON booleans, and every reference is a
`kind/id` string naming an entry of this same file (`guardian/3` is the guardian whose `id`
is `guardian/3`). People of the practice appear only in `users`, by display name. Consents
are written in FHIR R4 Consent terms, so a reader who knows FHIR needs no guide."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources

from casefile.consent import Policy, consent_state
from casefile.model import Child, Consent, Disclosure, Document, Guardian, Inzage
from casefile.storage.database import Connection
from casefile.storage.engines import consents as consent_repo
from casefile.storage.engines import documents, notes, people
from casefile.storage.engines import inzage as inzage_repo
from casefile.storage.engines import rights_desk as desk_repo
from casefile.storage.engines import users as user_repo
from casefile.storage.repositories.people import FieldChange

FORMAT, VERSION = "casefile-access-report", 1
FILE_NAME = "access-report.json"
SCHEMA = "access-report-v1.json"  # in casefile/schemas
CATEGORY_SYSTEM = "urn:casefile:category"  # the code system of the data classes
SCOPE_SYSTEM = "urn:casefile:consent-scope"
# FHIR R4's own code systems for the consent's scope, category and the actors' roles
FHIR_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
LOINC = "http://loinc.org"
PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
# The register's states (consent.consent_state) in FHIR's Consent.status: "proposed" is
# "not yet agreed to by all parties", "inactive" is terminated; a consent whose period lies
# ahead is active, its period says from when.
FHIR_STATUS = {"active": "active", "expiring": "active", "not_yet_valid": "active",
               "insufficient": "proposed", "expired": "inactive", "withdrawn": "inactive",
               "no_longer_sufficient": "inactive", "entered_in_error": "entered-in-error"}


@dataclass(frozen=True)
class Attachment:
    """A document's own bytes, embedded in the packet as its Art 15(3) copy."""

    name: str  # the attachment's key in the packet and the manifest
    data: bytes
    document_id: int
    sha256: str  # as the dossier stored it


def schema() -> dict:
    """The published JSON Schema of version 1."""
    text = resources.files("casefile").joinpath("schemas", SCHEMA).read_text("utf-8")
    return json.loads(text)


def encode(report: dict) -> bytes:
    """The file's bytes: UTF-8 as written (a parent reads the names), one space indents."""
    return json.dumps(report, indent=1, ensure_ascii=False, allow_nan=False).encode()


# -- the explicit serialisers ---------------------------------------------------------------


def moment(value: datetime | None) -> str | None:
    """RFC 3339 with the offset; a moment without a zone is refused, never guessed."""
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a moment without its offset")
    return value.isoformat()


def day(value: date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def ref(kind: str, row_id: int | None) -> str | None:
    return None if row_id is None else f"{kind}/{row_id}"


# -- gathering ------------------------------------------------------------------------------


def attachment_name(doc: Document) -> str:
    return f"documents/{doc.id}-{doc.filename}"


def collect(conn: Connection, child_id: int, *, now: datetime, practice: str,
            policy: Policy) -> tuple[dict, list[Attachment]]:
    """Everything held on one child as the v1 document, and each document's bytes.
    Read inside the caller's snapshot, so the two agree."""
    child = people.child(conn, child_id)
    guardians = people.guardians_of(conn, child_id)
    docs = documents.all_of_child(conn, child_id)
    consents = consent_repo.consents_of(conn, child_id)
    disclosures = consent_repo.disclosures_of(conn, child_id)
    changes = people.field_changes_of_child(conn, child_id)
    inzages = inzage_repo.of_child(conn, child_id)
    report = {
        "format": FORMAT, "version": VERSION, "created": moment(now),
        "practice": {"name": practice},
        "child": _child(child),
        "guardians": [_guardian(g) for g in guardians],
        "trajectories": [{"id": ref("trajectory", t.id), "title": t.title,
                          "start_date": day(t.start_date), "end_date": day(t.end_date),
                          "summary": t.summary} for t in people.trajectories_of(conn, child_id)],
        "notes": _notes(conn, child_id),
        "note_versions": [{"note": ref("note", v.note_id), "version": v.version,
                           "text": v.text, "reason": v.reason, "changed_at": moment(v.changed_at)}
                          for v in notes.versions_of_child(conn, child_id)],
        "documents": [_document(d) for d in docs],
        "field_history": [_change(c) for c in changes],
        "consents": [fhir_consent(c, consent_state(c, child, guardians, policy, now),
                                  practice) for c in consents],
        "disclosures": [_disclosure(d) for d in disclosures],
        **_rights_desk(conn, child_id),
        "inzages": [_inzage(i) for i in inzages],
    }
    report["organisations"] = _organisations(conn, child, docs, consents, disclosures,
                                             _schools_in(changes)
                                             | {i.recipient_id for i in inzages})
    report["users"] = _users(conn, consents, disclosures)
    files = [Attachment(attachment_name(d), b"".join(documents.chunks(conn, d.id)), d.id,
                        d.sha256) for d in docs]
    return report, files


def _child(child: Child) -> dict:
    return {"id": ref("child", child.id), "first_name": child.first_name,
            "last_name": child.last_name, "birth_date": day(child.birth_date),
            "school": ref("organisation", child.school_id), "school_group": child.school_group,
            "status": child.status.value, "opened_on": day(child.opened_on),
            "closed_on": day(child.closed_on), "restricted": bool(child.restricted)}


def _guardian(g: Guardian) -> dict:
    return {"id": ref("guardian", g.id), "name": g.name, "relation": g.relation,
            "phone": g.phone, "email": g.email, "address": g.address,
            "has_authority": bool(g.has_authority)}


def _notes(conn: Connection, child_id: int) -> list[dict]:
    return [{"id": ref("note", n.id), "session_date": day(n.session_date),
             "duration_minutes": n.duration_minutes, "category": n.category.value,
             "sensitivity": n.sensitivity.value, "finalised": bool(n.finalised),
             "version": n.version, "text": n.text} for n in notes.of_child(conn, child_id)]


def _document(d: Document) -> dict:
    return {"id": ref("document", d.id), "filename": d.filename, "media_type": d.media_type,
            "size": d.size, "sha256": d.sha256, "category": d.category.value,
            "sensitivity": d.sensitivity.value, "received_on": day(d.received_on),
            "source": ref("organisation", d.source_organisation_id),
            "attachment": attachment_name(d)}


# A change's values are stored as text; in the file each has the form of its field.
_FLAGS = ("restricted", "has_authority")


def _change(c: FieldChange) -> dict:
    return {"object": ref(c.object_type, c.object_id), "field": c.field,
            "old_value": _changed_value(c.field, c.old_value),
            "new_value": _changed_value(c.field, c.new_value),
            "reason": c.reason, "changed_at": moment(c.changed_at)}


def _changed_value(field: str, value: str | None) -> str | bool | None:
    if value is None or value == "":
        return None
    if field in _FLAGS:
        return value in ("1", "true", "True")
    if field == "school_id" and value.isdigit():
        return ref("organisation", int(value))
    return value


def _schools_in(changes: list[FieldChange]) -> set[int]:
    return {int(v) for c in changes if c.field == "school_id"
            for v in (c.old_value, c.new_value) if v and v.isdigit()}


def _disclosure(d: Disclosure) -> dict:
    return {"id": ref("disclosure", d.id), "packet_id": d.packet_id,
            "recipient": ref("organisation", d.recipient_id),
            "consents": [ref("consent", c) for c in d.consent_ids],
            "items": [{"key": key, "sha256": digest} for key, digest in d.items],
            "created_by": ref("user", d.created_by), "created_at": moment(d.created_at),
            "purpose": d.purpose,
            "without_consent": bool(d.legal_ground), "legal_ground": d.legal_ground,
            "reason": d.reason, "approved_by": ref("user", d.approved_by),
            "without_second_reviewer": d.without_second_reviewer,
            "inzage": ref("inzage", d.inzage_id), "inzage_answer": d.inzage_answer}


def _rights_desk(conn: Connection, child_id: int) -> dict:
    """What the parents asked and how it was answered, their objections, and the holds on
    the dossier (the register of casefile/rights_desk.py)."""
    return {
        "rights_requests": [{
            "id": ref("rights_request", r.id), "kind": r.kind, "requester": r.requester,
            "guardian": ref("guardian", r.guardian_id), "identity_check": r.identity_check,
            "received_on": day(r.received_on), "due_on": day(r.due_on),
            "extension_months": r.extension_months, "extension_reason": r.extension_reason,
            "closed_on": day(r.closed_on), "outcome": r.outcome, "note": r.note}
            for r in desk_repo.requests(conn, child_id=child_id)],
        "objections": [{"id": ref("objection", o.id), "purpose": o.purpose,
                        "received_on": day(o.received_on), "lifted_on": day(o.lifted_on)}
                       for o in desk_repo.objections(conn, child_id)],
        "retention_holds": [{"id": ref("retention_hold", h.id), "reason": h.reason,
                             "starts_on": day(h.starts_on), "ends_on": day(h.ends_on),
                             "lifted_on": day(h.lifted_on)}
                            for h in desk_repo.holds(conn, child_id)]}


def _inzage(i: Inzage) -> dict:
    return {"id": ref("inzage", i.id), "recipient": ref("organisation", i.recipient_id),
            "offered_to": [ref("guardian", g) for g in i.offered_to],
            "offered_at": moment(i.offered_at), "answer_by": day(i.answer_by),
            "items": [key for key, _ in i.items], "answer": i.answer, "remarks": i.remarks,
            "remarks_document": ref("document", i.remarks_document_id),
            "answered_at": moment(i.answered_at)}


def fhir_consent(c: Consent, state: str, practice: str) -> dict:
    """One consent as a FHIR R4 Consent resource (its `id` a reference of this file), with
    what FHIR has no element for under `casefile`."""
    grantors = [ref("guardian", g) for g in c.given_by]
    if c.child_agrees:
        grantors.append(ref("child", c.child_id))
    actors = [_actor(ROLE_CODE, "GUARD" if who.startswith("guardian/") else "CHILD", who)
              for who in grantors if who]
    if c.recipient_id is not None:
        actors.insert(0, _actor(PARTICIPATION, "IRCP", ref("organisation", c.recipient_id)))
    withdrawal = c.withdrawal
    provision: dict[str, object] = {
        "type": "permit",
        # FHIR's period.end is inclusive; valid_until is the first day it no longer holds
        "period": {"start": day(c.valid_from), "end": day(c.valid_until - timedelta(days=1))},
        "actor": actors,
        "purpose": [{"display": c.purpose}],
        "class": [{"system": CATEGORY_SYSTEM, "code": cat.value}
                  for cat in sorted(c.categories)],
    }
    resource: dict[str, object] = {
        "resourceType": "Consent", "id": ref("consent", c.id),
        "status": FHIR_STATUS.get(state, "inactive"),
        "scope": {"coding": [{"system": FHIR_SCOPE, "code": "patient-privacy"}]},
        "category": [{"coding": [{"system": LOINC, "code": "59284-0"}]},
                     {"coding": [{"system": SCOPE_SYSTEM, "code": c.scope.value}]}],
        "patient": {"reference": ref("child", c.child_id)},
        "dateTime": moment(c.recorded_at),
        "performer": [{"reference": g} for g in grantors],
        "organization": [{"display": practice}],
        "provision": provision,
        "casefile": {
            "state": state, "special_category": bool(c.covers_special),
            "method": c.method.value, "recorded_by": ref("user", c.recorded_by),
            "valid_until": day(c.valid_until),
            "withdrawal": None if withdrawal is None else {
                "at": moment(withdrawal.withdrawn_at),
                "by": ref("child", c.child_id) if withdrawal.by_child
                else ref("guardian", withdrawal.by_guardian_id),
                "reason": withdrawal.reason, "channel": withdrawal.channel},
            "signatures": [{"by": ref("guardian", g.guardian_id) if g.guardian_id is not None
                            else ref("child", c.child_id), "signed_on": day(g.signed_on)}
                           for g in c.signatures],
            "entered_in_error": bool(c.entered_in_error), "error_reason": c.error_reason,
        },
    }
    if c.items:  # consent per report: FHIR's provision.data, each named note or document
        provision["data"] = [
            {"meaning": "instance", "reference": {"reference": key.replace(":", "/", 1)}}
            for key in sorted(c.items, key=_item_order)]
    if c.evidence_document_id is not None:  # the signed form, kept as a document
        resource["sourceReference"] = {"reference": ref("document", c.evidence_document_id)}
    return resource


def _item_order(key: str) -> tuple[str, int]:
    kind, _, number = key.partition(":")
    return kind, int(number)


def _actor(system: str, code: str, who: str | None) -> dict:
    return {"role": {"coding": [{"system": system, "code": code}]},
            "reference": {"reference": who}}


def _organisations(conn: Connection, child: Child, docs: list[Document],
                   consents: list[Consent], disclosures: list[Disclosure],
                   schools: set[int]) -> list[dict]:
    """The organisations this file refers to (the school, recipients, sources, earlier
    schools), no others."""
    wanted = {child.school_id, *schools, *(d.source_organisation_id for d in docs),
              *(c.recipient_id for c in consents), *(d.recipient_id for d in disclosures)}
    # each one by id: a removed organisation is gone from the address book, not from here
    found = [people.organisation(conn, i) for i in sorted(i for i in wanted if i is not None)]
    return [{"id": ref("organisation", o.id), "name": o.name, "kind": o.kind.value}
            for o in sorted(found, key=lambda o: (o.name.casefold(), o.id))]


def _users(conn: Connection, consents: list[Consent],
           disclosures: list[Disclosure]) -> list[dict]:
    """The practice's people this file refers to, by display name only."""
    wanted = {*(c.recorded_by for c in consents), *(d.created_by for d in disclosures),
              *(d.approved_by for d in disclosures)}
    return [{"id": ref("user", u.id), "display_name": u.name}
            for u in user_repo.everyone(conn) if u.id in wanted]


def references(report: dict) -> tuple[set[str], set[str]]:
    """Every `kind/id` the file points at, and every `id` it holds (a check for the tests
    and for a reader: the first must be inside the second)."""
    held: set[str] = set()
    pointed: set[str] = set()
    _walk(report, held, pointed, parent_key="")
    return pointed, held


_REF_KEYS = {"reference", "school", "recipient", "source", "created_by", "approved_by",
             "recorded_by", "by", "note", "object", "consents"}
_REF = re.compile(r"^[a-z_]+/[0-9]+$")


def _points(entry: dict, key: str, value: str) -> bool:
    """Whether `entry[key]` is a reference (a changed school is one, too)."""
    if key in _REF_KEYS:
        return True
    return (key in ("old_value", "new_value") and entry.get("field") == "school_id"
            and bool(_REF.match(value)))


def _walk(value: object, held: set[str], pointed: set[str], parent_key: str) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "id" and isinstance(inner, str) and "/" in inner:
                held.add(inner)
            elif isinstance(inner, str) and _points(value, key, inner):
                pointed.add(inner)
            else:
                _walk(inner, held, pointed, key)
    elif isinstance(value, list):
        for inner in value:
            if parent_key in _REF_KEYS and isinstance(inner, str):
                pointed.add(inner)
            else:
                _walk(inner, held, pointed, parent_key)

