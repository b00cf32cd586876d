"""A parent asks "what exactly did you send?": the disclosure log answers with each item,
the consent relied on, the purpose and the packet's id, and a copy of the same content goes
out through the export door like the access report."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pypdf
import pytest

from casefile import Category
from casefile.packet_format import verify_packet

CANARY = "Kwispeltafel"


@pytest.fixture
def sent(vault, qapp, tmp_path):
    kid = vault.children.add(first_name="Lotte", last_name="Kloosterboer",
                             birth_date=date(2017, 3, 1))
    mum = vault.guardians.add(kid.id, name="Annelies Kloosterboer", has_authority=True)
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    note = vault.notes.finalise(vault.notes.add(kid.id, text=f"Oefent de {CANARY}.").id)
    consent = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap groep 5",
        categories={Category.IDENTITY, Category.SESSION_NOTES}, given_by=[mum.id],
        method="email", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    packet = vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    return kid, note, consent, packet


def text_of(data: bytes, password: str) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.decrypt(password) != 0
    return " ".join(page.extract_text() for page in reader.pages)


def test_the_log_shows_each_item_the_consent_and_the_purpose_from_the_consent(vault, sent):
    _, note, consent, packet = sent
    shown = vault.packets.sent(packet.disclosure_id)
    assert shown.disclosure.purpose == "Overstap groep 5", "no purpose typed: the consent's"
    assert [c.id for c in shown.consents] == [consent.id]
    assert {i.key for i in shown.items} == {"identity", f"note:{note.id}"}
    assert all(i.unchanged for i in shown.items)
    assert shown.fingerprint == vault.packets.fingerprint()
    assert shown.disclosure.packet_id == packet.packet_id


def test_an_amended_note_is_marked_as_changed_since(vault, sent):
    _, note, _, packet = sent
    vault.notes.amend(note.id, text="Oefent nu de tafel van 8.", reason="Tikfout")
    item = next(i for i in vault.packets.sent(packet.disclosure_id).items
                if i.key == f"note:{note.id}")
    assert not item.unchanged


def test_a_copy_goes_through_the_export_door_even_on_a_restricted_dossier(vault, sent,
                                                                          tmp_path):
    kid, _, _, packet = sent
    vault.rights.restrict(kid.id, reason="Bezwaar van de ouders")
    copy = vault.packets.save_copy(packet.disclosure_id, tmp_path / "kopie.pdf")
    data = (tmp_path / "kopie.pdf").read_bytes()
    assert CANARY.encode() not in data
    assert CANARY in text_of(data, copy.password)
    assert verify_packet(data, copy.password).ok
    assert copy.items == 2
    assert vault.audit.events(action="disclosure_copy")
    assert oct((tmp_path / "kopie.pdf").stat().st_mode & 0o777) == "0o600"


def test_the_copys_manifest_names_the_packet_it_repeats_and_each_item_as_sent(
        vault, sent, tmp_path, clock):
    kid, note, _, packet = sent
    vault.notes.amend(note.id, text="Oefent nu de tafel van 8.", reason="Tikfout")
    copy = vault.packets.save_copy(packet.disclosure_id, tmp_path / "kopie.pdf")
    report = verify_packet((tmp_path / "kopie.pdf").read_bytes(), copy.password,
                           trusted_public_key=vault.signing.public_bytes())
    assert report.ok and report.sender_checked
    manifest = report.manifest
    assert {k: manifest[k] for k in ("kind", "packet_id", "child_id", "vault_id")} == {
        "kind": "disclosure_copy", "packet_id": packet.packet_id, "child_id": kid.id,
        "vault_id": vault.context.vault_id}
    assert manifest["created"] == clock.now().isoformat()
    sent_hashes = dict(vault.packets.sent(packet.disclosure_id).disclosure.items)
    # the amended note is no longer what was sent: only the unchanged identity is copied
    assert [(i["key"], i["sha256"]) for i in manifest["items"]] == [
        ("identity", sent_hashes["identity"])]
    assert copy.items == 1
    [event] = vault.audit.events(action="disclosure_copy")
    assert (event.object_type, event.object_id, event.child_id) == (
        "disclosure", str(packet.disclosure_id), kid.id)


# -- the copy's cover and attachments, a legal disclosure's copy, an item gone since ------


def words(vault):
    from casefile import packet_content as pc
    from casefile.render import QtRenderer

    return pc.pdf_text(QtRenderer(), vault.settings.get().language)


DOC = b"%PDF-1.4 Toetsuitslag rekenen"


@pytest.fixture
def with_document(vault, sent, tmp_path):
    """A second packet to the same school: the identity and an assessment, under two
    consents, with a purpose typed in the wizard."""
    kid, _, consent, first = sent
    school_id = vault.packets.sent(first.disclosure_id).disclosure.recipient_id
    mum = vault.guardians.list(kid.id)[0]
    doc = vault.documents.import_bytes(kid.id, DOC, "toets.pdf", category=Category.ASSESSMENTS)
    second = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school_id, purpose="Toetsuitslag",
        categories={Category.ASSESSMENTS}, given_by=[mum.id], method="written",
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    packet = vault.packets.create(kid.id, school_id, tmp_path / "pakket2.pdf",
                                  items=["identity", f"document:{doc.id}"],
                                  purpose="Overstap en toets")
    return kid, doc, (consent, second), packet


def test_the_log_names_the_recipient_and_every_consent_relied_on(vault, with_document):
    _, _, consents, packet = with_document
    shown = vault.packets.sent(packet.disclosure_id)
    assert shown.recipient_name == "Basisschool De Regenboog"
    assert {c.id for c in shown.consents} == {c.id for c in consents}
    assert shown.disclosure.purpose == "Overstap en toets"
    assert all(i.unchanged and i.content is not None for i in shown.items)


def test_a_copy_repeats_the_cover_as_sent_and_the_document_as_attached(
        vault, with_document, tmp_path, clock):
    from casefile.catalogue import fmt_date

    _, doc, consents, packet = with_document
    sent_on = clock.now().date()
    original = verify_packet((tmp_path / "pakket2.pdf").read_bytes(), packet.password)
    clock.advance(3 * 24 * 3600)
    out = tmp_path / "kopie.pdf"
    copy = vault.packets.save_copy(packet.disclosure_id, out)
    assert copy.path == out and copy.items == 2
    report = verify_packet(out.read_bytes(), copy.password)
    assert report.ok, report.problems
    assert [(i["key"], i["title"], i["sha256"]) for i in report.manifest["items"]] == [
        (i["key"], i["title"], i["sha256"]) for i in original.manifest["items"]]
    with pikepdf.open(out, password=copy.password) as pdf:
        assert pdf.attachments[f"documents/{doc.id}-toets.pdf"].get_file().read_bytes() == DOC
    t = words(vault)
    assert pypdf.PdfReader(out, password=copy.password).metadata.title == t["copy_title"]
    text = " ".join(text_of(out.read_bytes(), copy.password).split())
    assert f"{t['recipient']} Basisschool De Regenboog" in text
    assert f"{t['purpose']} Overstap en toets" in text
    assert f"{t['created']} {fmt_date(sent_on)}" in text, "the day it was sent, not today"
    assert packet.packet_id in text
    for consent in consents:
        assert f"#{consent.id}: " in text
    assert t["legal_title"] not in text


def test_an_item_gone_since_is_named_in_the_log_and_left_out_of_the_copy(
        vault, with_document, tmp_path):
    from casefile.storage.database import transaction
    from casefile.storage.repositories import documents

    _, doc, _, packet = with_document
    conn = vault.context.db()
    with transaction(conn):  # as an erasure of what a withdrawn consent covered does
        documents.delete(conn, doc.id)
    items = {i.key: i for i in vault.packets.sent(packet.disclosure_id).items}
    gone = items[f"document:{doc.id}"]
    assert not gone.unchanged and gone.content is None and gone.sha256
    assert items["identity"].unchanged and items["identity"].content is not None
    copy = vault.packets.save_copy(packet.disclosure_id, tmp_path / "kopie.pdf")
    assert copy.items == 1
    with pikepdf.open(tmp_path / "kopie.pdf", password=copy.password) as pdf:
        assert [n for n in pdf.attachments if n.startswith("documents/")] == []


LEGAL = dict(legal_ground="Meldcode huiselijk geweld en kindermishandeling",
             reason="Zorgen over de veiligheid thuis.")


@pytest.mark.parametrize("second_admin", [False, True])
def test_a_copy_of_a_legal_disclosure_names_its_ground_reason_and_approver(
        vault, sent, tmp_path, second_admin):
    from support import ADMIN, PASSPHRASE

    kid, note, _, first = sent
    school_id = vault.packets.sent(first.disclosure_id).disclosure.recipient_id
    approver, passphrase = ADMIN, PASSPHRASE
    if second_admin:
        approver, passphrase = "bea", "tweede-beheerder-Bea-2026"
        vault.users.add(approver, role="admin", temporary_passphrase=passphrase)
    packet = vault.packets.create_legal(kid.id, school_id, tmp_path / "m.pdf",
                                        approver=approver, approver_passphrase=passphrase,
                                        items=[f"note:{note.id}"], **LEGAL)
    copy = vault.packets.save_copy(packet.disclosure_id, tmp_path / "kopie.pdf")
    t = words(vault)
    text = " ".join(text_of((tmp_path / "kopie.pdf").read_bytes(), copy.password).split())
    assert LEGAL["legal_ground"] in text and LEGAL["reason"] in text
    alone = f"{t['approved_by']} {ADMIN} ({t['no_second_reviewer']})"
    if second_admin:
        assert f"{t['approved_by']} bea" in text and t["no_second_reviewer"] not in text
    else:
        assert alone in text
    assert CANARY in text and copy.items == 1


def test_a_counsellor_without_the_dossier_sees_nothing_of_what_was_sent(vault, sent, reopen,
                                                                        tmp_path):
    from casefile.errors import NotOnCaseload

    kid, _, _, packet = sent
    school_id = vault.packets.sent(packet.disclosure_id).disclosure.recipient_id
    vault.users.add("cor", role="counsellor", temporary_passphrase="gewone-gebruiker-Cor-2026")
    vault.lock()
    with reopen("cor", "gewone-gebruiker-Cor-2026") as v:
        for look in (lambda: v.packets.disclosures(kid.id),
                     lambda: v.packets.sent(packet.disclosure_id),
                     lambda: v.packets.preview(kid.id, school_id, ["identity"]),
                     lambda: v.packets.save_copy(packet.disclosure_id, tmp_path / "k.pdf")):
            with pytest.raises(NotOnCaseload):
                look()
    assert not (tmp_path / "k.pdf").exists()


def test_a_copy_is_in_the_practices_language(vault, sent, tmp_path):
    from casefile import packet_content as pc
    from casefile.render import QtRenderer

    _, _, _, packet = sent
    vault.settings.update(language="en")
    copy = vault.packets.save_copy(packet.disclosure_id, tmp_path / "copy.pdf")
    english, dutch = words(vault), pc.pdf_text(QtRenderer(), "nl")
    assert english["copy_title"] != dutch["copy_title"]
    title = pypdf.PdfReader(tmp_path / "copy.pdf", password=copy.password).metadata.title
    assert title == english["copy_title"]
    with pikepdf.open(tmp_path / "copy.pdf", password=copy.password) as pdf:
        assert str(pdf.Root.Lang) == "en"  # what a screen reader reads it in
    text = " ".join(text_of((tmp_path / "copy.pdf").read_bytes(), copy.password).split())
    assert f"{english['recipient']} Basisschool De Regenboog" in text
