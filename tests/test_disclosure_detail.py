"""A parent asks "what exactly did you send?": the disclosure log answers with each item,
the consent relied on, the purpose and the packet's id, and a copy of the same content goes
out through the export door like the access report."""

from __future__ import annotations

import io
from datetime import date

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
