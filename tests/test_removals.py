"""Correcting and removing a document, a guardian and an organisation: allowed with a reason,
audited, the history kept (who, when, why) while the removed data is wiped; refused while a
sent packet (a disclosure) refers to it."""

from __future__ import annotations

from datetime import date

import pytest

from casefile import Category, Sensitivity
from casefile.audit import AuditAction
from casefile.errors import InvalidInput, NotFound, StillReferenced
from casefile.ui.messages import message_for

CANARY = b"Brammetje-Schuurwerk"


@pytest.fixture
def dossier(vault, qapp):
    kid = vault.children.add(first_name="Lotte", last_name="Kloosterboer",
                             birth_date=date(2017, 3, 1))
    mum = vault.guardians.add(kid.id, name="Annelies Kloosterboer", has_authority=True,
                              phone="06-12345678", email="annelies@example.nl")
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school",
                                     contact_person="Meester Joris", phone="050-1234567")
    doc = vault.documents.import_bytes(kid.id, b"%PDF-1.4 " + CANARY, "toets lotte.pdf",
                                       category=Category.ASSESSMENTS)
    return {"kid": kid, "mum": mum, "school": school, "doc": doc}


def _send(vault, d, tmp_path, categories) -> None:
    vault.consents.record(
        d["kid"].id, scope="disclosure", recipient_id=d["school"].id, purpose="Overstap",
        categories=categories, given_by=[d["mum"].id], method="written",
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    vault.packets.create(d["kid"].id, d["school"].id, tmp_path / "pakket.pdf")


def _chunks(vault, doc_id: int) -> int:
    return vault.context.db().execute(
        "SELECT count(*) FROM document_chunks WHERE document_id = ?", (doc_id,)).fetchone()[0]


# -- documents ------------------------------------------------------------------------------

def test_a_document_is_corrected_with_its_old_values_kept(vault, dossier):
    doc = dossier["doc"]
    fixed = vault.documents.update(doc.id, reason="verkeerde soort",
                                   filename="toets lotte maart.pdf",
                                   category=Category.DOCUMENTS,
                                   sensitivity=Sensitivity.SENSITIVE,
                                   received_on=date(2026, 3, 2))
    assert (fixed.filename, fixed.category, fixed.sensitivity, fixed.received_on) == (
        "toets lotte maart.pdf", Category.DOCUMENTS, Sensitivity.SENSITIVE, date(2026, 3, 2))
    history = {c.field: (c.old_value, c.new_value, c.reason)
               for c in vault.documents.history(doc.id)}
    assert history["category"] == ("assessments", "documents", "verkeerde soort")
    assert history["filename"][0] == "toets lotte.pdf"
    event = vault.audit.events(child_id=dossier["kid"].id, action="update")[-1]
    assert event.object_type == "document" and "toets" not in str(event.details)
    assert vault.documents.read(doc.id).endswith(CANARY)  # the content never changes


def test_a_correction_with_a_bad_value_changes_nothing(vault, dossier):
    doc = dossier["doc"]
    with pytest.raises(InvalidInput):
        vault.documents.update(doc.id, reason="x", category="toverspreuk")
    with pytest.raises(InvalidInput):
        vault.documents.update(doc.id, reason="x", filename="   ")
    with pytest.raises(InvalidInput):
        vault.documents.update(doc.id, reason="x", sha256="0" * 64)
    assert vault.documents.get(doc.id) == doc


def test_a_removed_document_is_wiped_listed_nowhere_and_its_removal_kept(vault, vault_dir, dossier,
                                                                         clock):
    doc, kid = dossier["doc"], dossier["kid"]
    vault.documents.update(doc.id, reason="typfout", filename="toets van lotte.pdf")
    vault.documents.remove(doc.id, reason="in het verkeerde dossier geïmporteerd")
    assert vault.documents.list(kid.id) == []
    assert _chunks(vault, doc.id) == 0
    tomb = vault.documents.get(doc.id)
    assert tomb.filename == "" and tomb.removed_at == clock.now()
    assert (tomb.sha256, tomb.size) == (doc.sha256, doc.size)  # what it was, provably
    # the correction's old name was the data being removed: only the removal stays
    history = vault.documents.history(doc.id)
    assert [(c.field, c.old_value, c.reason) for c in history] == [
        ("removed", None, "in het verkeerde dossier geïmporteerd")]
    assert history[0].changed_by == vault.context.require_user().id
    event = vault.audit.events(child_id=kid.id, action=AuditAction.DELETE)[-1]
    assert (event.object_type, event.object_id) == ("document", str(doc.id))
    assert "verkeerde" not in str(event.details) and "lotte" not in str(event.details)
    vault.checkpoint()
    assert CANARY not in (vault_dir / "casefile.db").read_bytes()
    assert all(not key.startswith("document:") for key in
               (i.item.key for i in vault.consents.evaluate(kid.id, dossier["school"].id).items))


def test_removal_needs_a_reason_and_happens_once(vault, dossier):
    doc = dossier["doc"]
    with pytest.raises(InvalidInput):
        vault.documents.remove(doc.id, reason="  ")
    assert _chunks(vault, doc.id) == 1
    vault.documents.remove(doc.id, reason="dubbel")
    with pytest.raises(NotFound):
        vault.documents.remove(doc.id, reason="dubbel")
    with pytest.raises(NotFound):
        vault.documents.update(doc.id, reason="x", filename="terug.pdf")


def test_a_disclosed_document_cannot_be_removed(vault, dossier, tmp_path, clock):
    _send(vault, dossier, tmp_path, {Category.ASSESSMENTS})
    with pytest.raises(StillReferenced) as refused:
        vault.documents.remove(dossier["doc"].id, reason="niet meer nodig")
    assert refused.value.code == "document_disclosed"
    today = clock.today().strftime("%d-%m-%Y")
    assert message_for(refused.value) == (
        f"This document was disclosed to Basisschool De Regenboog on {today}; it cannot be "
        "removed.")
    assert _chunks(vault, dossier["doc"].id) == 1
    assert vault.documents.list(dossier["kid"].id) == [dossier["doc"]]


def test_the_evidence_of_a_consent_cannot_be_removed(vault, dossier):
    d = dossier
    vault.consents.record(
        d["kid"].id, scope="disclosure", recipient_id=d["school"].id, purpose="Overstap",
        categories={Category.IDENTITY}, given_by=[d["mum"].id], method="written",
        evidence_document_id=d["doc"].id, valid_from=date(2026, 1, 1),
        valid_until=date(2027, 1, 1))
    with pytest.raises(StillReferenced) as refused:
        vault.documents.remove(d["doc"].id, reason="weg")
    assert refused.value.code == "document_is_evidence"


# -- guardians --------------------------------------------------------------------------------

def test_a_removed_guardian_keeps_the_consents_that_name_them_readable(vault, dossier):
    d = dossier
    dad = vault.guardians.add(d["kid"].id, name="Pieter Kloosterboer", relation="vader",
                              has_authority=True, phone="06-87654321")
    consent = vault.consents.record(
        d["kid"].id, scope="disclosure", recipient_id=d["school"].id, purpose="Overstap",
        categories={Category.IDENTITY}, given_by=[d["mum"].id, dad.id], method="written",
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    vault.guardians.remove(dad.id, reason="geen gezag meer volgens de rechter")
    assert [g.id for g in vault.guardians.list(d["kid"].id)] == [d["mum"].id]
    gone = vault.guardians.get(dad.id)
    assert (gone.name, gone.relation, gone.phone) == ("Pieter Kloosterboer", "vader", "")
    assert set(vault.consents.get(consent.id).given_by) == {d["mum"].id, dad.id}
    event = vault.audit.events(child_id=d["kid"].id, action=AuditAction.DELETE)[-1]
    assert (event.object_type, event.object_id) == ("guardian", str(dad.id))
    changes = [c for c in vault.guardians.history(dad.id)]
    assert [(c.field, c.reason) for c in changes] == [
        ("removed", "geen gezag meer volgens de rechter")]
    with pytest.raises(NotFound):
        vault.guardians.update(dad.id, reason="x", phone="06-11111111")


def test_a_guardian_whose_details_were_sent_cannot_be_removed(vault, dossier, tmp_path):
    _send(vault, dossier, tmp_path, {Category.IDENTITY, Category.CONTACT_DETAILS})
    with pytest.raises(StillReferenced) as refused:
        vault.guardians.remove(dossier["mum"].id, reason="verhuisd")
    assert refused.value.code == "guardian_disclosed"
    assert "Basisschool De Regenboog" in message_for(refused.value)
    assert vault.guardians.get(dossier["mum"].id).phone == "06-12345678"


def test_a_guardian_added_after_the_packet_can_be_removed(vault, dossier, tmp_path, clock):
    _send(vault, dossier, tmp_path, {Category.IDENTITY, Category.CONTACT_DETAILS})
    clock.advance(minutes=5)
    aunt = vault.guardians.add(dossier["kid"].id, name="Tante Gerda")
    vault.guardians.remove(aunt.id, reason="per ongeluk toegevoegd")
    assert aunt.id not in [g.id for g in vault.guardians.list(dossier["kid"].id)]


# -- organisations ----------------------------------------------------------------------------

def test_an_organisation_is_removed_with_its_contact_details_wiped(vault, dossier):
    gp = vault.organisations.add(name="Huisartsenpraktijk Oost", kind="huisarts",
                                 contact_person="Dokter Veenstra", phone="050-7654321")
    vault.organisations.remove(gp.id, reason="dubbel ingevoerd")
    assert gp.id not in [o.id for o in vault.organisations.list()]
    gone = vault.organisations.get(gp.id)
    assert (gone.name, gone.contact_person, gone.phone) == ("Huisartsenpraktijk Oost", "", "")
    event = vault.audit.events(action=AuditAction.DELETE)[-1]
    assert (event.object_type, event.object_id) == ("organisation", str(gp.id))
    assert [(c.field, c.reason) for c in vault.organisations.history(gp.id)] == [
        ("removed", "dubbel ingevoerd")]


def test_an_organisation_sent_a_packet_or_still_a_school_cannot_be_removed(vault, dossier,
                                                                           tmp_path):
    other = vault.organisations.add(name="OBS De Vlinder", kind="school")
    vault.children.update(dossier["kid"].id, school_id=other.id, reason="verhuisd")
    with pytest.raises(StillReferenced) as refused:
        vault.organisations.remove(other.id, reason="bestaat niet meer")
    assert refused.value.code == "organisation_is_school"
    _send(vault, dossier, tmp_path, {Category.IDENTITY})
    with pytest.raises(StillReferenced) as refused:
        vault.organisations.remove(dossier["school"].id, reason="bestaat niet meer")
    assert refused.value.code == "organisation_disclosed"
    assert message_for(refused.value).startswith(
        "A transfer packet was disclosed to Basisschool De Regenboog on ")
    assert dossier["school"].id in [o.id for o in vault.organisations.list()]


def test_the_change_history_names_a_removal_and_a_documents_fields_in_words(qapp):
    from casefile import catalogue, log_rows
    from casefile.render_text import say

    names = log_rows.LogNames(users={1: "Admin"})
    row = log_rows.history_row({"changed_at": "2026-03-02T09:00:00+00:00", "changed_by": 1,
                                "object_type": "document", "field": "removed",
                                "old_value": None, "new_value": None, "reason": "dubbel"},
                               names)
    assert [say(c) if not isinstance(c, str) else c for c in row[2:]] == [
        "Document: removed", "", "", "dubbel"]
    assert say(catalogue.history_field("document", "category")) == "Document: kind"
    assert say(log_rows.change_value("category", "assessments", names)) == say(
        catalogue.kind_label("assessments"))
