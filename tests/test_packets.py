"""Transfer packets: only what a valid consent covers, encrypted, signed, recorded."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import pikepdf
import pypdf
import pytest

from casefile import Category, ConsentRequired, Sensitivity, cli
from casefile import packet_content as pc
from casefile.audit import AuditAction
from casefile.errors import (
    DossierRestricted,
    InvalidInput,
    NotPermitted,
    PacketChanged,
    WrongPassphrase,
)
from casefile.packet_format import PacketPasswordWrong, verify_packet
from casefile.render import QtRenderer
from support import ADMIN, PASSPHRASE, render_then

ALLOWED_CANARY = "Vlinderdasboom"
BLOCKED_CANARY = "Kwetsbaarheidsgeheim"
DOC_CANARY = b"Snoezelruimtebericht"


@pytest.fixture
def dossier(vault, qapp):
    kid = vault.children.add(first_name="Lotte", last_name="Kloosterboer",
                             birth_date=date(2017, 3, 1))
    mum = vault.guardians.add(kid.id, name="Annelies Kloosterboer", has_authority=True,
                              phone="06-12345678")
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    ok = vault.notes.finalise(vault.notes.add(kid.id, text=f"Leest nu {ALLOWED_CANARY}.").id)
    secret = vault.notes.finalise(vault.notes.add(
        kid.id, text=f"Gezinssituatie {BLOCKED_CANARY}", category=Category.GUIDANCE_SUMMARY,
        sensitivity=Sensitivity.SPECIAL).id)
    doc = vault.documents.import_bytes(kid.id, b"%PDF-1.4 " + DOC_CANARY, "toets.pdf",
                                       category=Category.ASSESSMENTS)
    consent = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap groep 5",
        categories={Category.IDENTITY, Category.SESSION_NOTES, Category.ASSESSMENTS},
        given_by=[mum.id], method="written", valid_from=date(2026, 1, 1),
        valid_until=date(2027, 1, 1))
    return {"kid": kid, "mum": mum, "school": school, "ok": ok, "secret": secret, "doc": doc,
            "consent": consent}


def text_of(data: bytes, password: str) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt(password) != 0
    return "\n".join(page.extract_text() for page in reader.pages)


def test_packet_holds_allowed_items_only(vault, dossier, tmp_path):
    out = tmp_path / "pakket.pdf"
    packet = vault.packets.create(dossier["kid"].id, dossier["school"].id, out)
    data = out.read_bytes()
    assert set(packet.item_keys) == {"identity", f"note:{dossier['ok'].id}",
                                     f"document:{dossier['doc'].id}"}
    for canary in (ALLOWED_CANARY.encode(), BLOCKED_CANARY.encode(), DOC_CANARY,
                   b"Kloosterboer"):
        assert canary not in data, "nothing readable without the password"
    text = text_of(data, packet.password).replace("\n", " ")
    assert ALLOWED_CANARY in text and "Kloosterboer" in text
    assert BLOCKED_CANARY not in text and "06-12345678" not in text
    reader = pypdf.PdfReader(io.BytesIO(data))
    encrypt = reader.trailer["/Encrypt"]
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6
    with pytest.raises(pypdf.errors.FileNotDecryptedError):
        pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    report = verify_packet(data, packet.password, vault.signing_key().public_key()
                           .public_bytes_raw())
    assert report.ok, report.problems
    assert report.manifest["consent_ids"] == [dossier["consent"].id]
    with pikepdf.open(out, password=packet.password) as pdf:
        assert DOC_CANARY in pdf.attachments[f"documents/{dossier['doc'].id}-toets.pdf"] \
            .get_file().read_bytes()
    [disclosure] = vault.packets.disclosures(dossier["kid"].id)
    assert disclosure.packet_id == packet.packet_id
    assert disclosure.consent_ids == (dossier["consent"].id,)


def test_changed_manifest_or_flipped_byte_fails_verification(vault, dossier, tmp_path):
    out = tmp_path / "pakket.pdf"
    packet = vault.packets.create(dossier["kid"].id, dossier["school"].id, out)
    with pikepdf.open(out, password=packet.password) as pdf:
        manifest = json.loads(pdf.attachments["manifest.json"].get_file().read_bytes())
        manifest["items"] = manifest["items"][:1]
        pdf.attachments["manifest.json"] = pikepdf.AttachedFileSpec(
            pdf, json.dumps(manifest).encode(), filename="manifest.json")
        forged = io.BytesIO()
        pdf.save(forged, encryption=pikepdf.Encryption(owner="x", user=packet.password, R=6))
    assert not verify_packet(forged.getvalue(), packet.password).ok
    data = bytearray(out.read_bytes())
    failures = 0
    for offset in range(len(data) // 10, len(data) * 9 // 10, len(data) // 12):
        flipped = bytearray(data)
        flipped[offset] ^= 0x20
        try:
            failures += not verify_packet(bytes(flipped), packet.password).ok
        except Exception as exc:  # a damaged file is refused with our error, never a crash
            assert getattr(exc, "code", "") in ("packet_damaged", "packet_password_wrong")
            failures += 1
    assert failures >= 8
    with pytest.raises(PacketPasswordWrong):
        verify_packet(bytes(data), "fout-wachtwoord")


def test_blocked_export_writes_no_file_and_no_disclosure(vault, dossier, tmp_path):
    out = tmp_path / "pakket.pdf"
    vault.consents.withdraw(dossier["consent"].id, by=dossier["mum"].id, reason="Verhuisd")
    with pytest.raises(ConsentRequired) as blocked:
        vault.packets.create(dossier["kid"].id, dossier["school"].id, out)
    assert not out.exists()
    assert vault.packets.disclosures(dossier["kid"].id) == []
    codes = {r.code for d in blocked.value.decision.items for r in d.reasons}
    assert "withdrawn" in codes


def test_withdrawal_after_the_wizard_opened_blocks_the_write(vault, dossier, tmp_path):
    shown = vault.consents.evaluate(dossier["kid"].id, dossier["school"].id)
    chosen = [d.item.key for d in shown.allowed_items]
    assert chosen
    vault.consents.withdraw(dossier["consent"].id, by=dossier["mum"].id)
    with pytest.raises(ConsentRequired):
        vault.packets.create(dossier["kid"].id, dossier["school"].id, tmp_path / "p.pdf",
                             items=chosen)
    assert not (tmp_path / "p.pdf").exists()


def test_choosing_a_blocked_item_is_refused(vault, dossier, tmp_path):
    with pytest.raises(ConsentRequired):
        vault.packets.create(dossier["kid"].id, dossier["school"].id, tmp_path / "p.pdf",
                             items=["identity", f"note:{dossier['secret'].id}"])


def test_legal_disclosure_needs_a_second_admin_when_there_is_one(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    args = dict(legal_ground="Meldcode huiselijk geweld en kindermishandeling",
                reason="Zorgen over veiligheid")
    vault.users.add("bea", role="admin", temporary_passphrase="tweede-beheerder-Bea-2026")
    with pytest.raises(NotPermitted):  # with a second admin, nobody approves their own
        vault.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf", approver=ADMIN,
                                   approver_passphrase=PASSPHRASE, **args)
    vault.users.add("cor", role="counsellor", temporary_passphrase="gewone-gebruiker-Cor-2026")
    with pytest.raises(NotPermitted):
        vault.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf", approver="cor",
                                   approver_passphrase="gewone-gebruiker-Cor-2026", **args)
    with pytest.raises(WrongPassphrase):
        vault.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf", approver="bea",
                                   approver_passphrase="fout", **args)
    packet = vault.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf", approver="bea",
                                        approver_passphrase="tweede-beheerder-Bea-2026",
                                        **args)
    text = text_of((tmp_path / "m.pdf").read_bytes(), packet.password)
    assert "Meldcode" in text
    [disclosure] = vault.packets.disclosures(kid.id)
    assert disclosure.legal_ground.startswith("Meldcode") and disclosure.approved_by


def test_cli_export_blocked_is_exit_3_with_reasons(vault, vault_dir, dossier, tmp_path,
                                                   capsys, monkeypatch):
    other = vault.organisations.add(name="CBS De Fontein", kind="school")
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "p.pdf"
    code = cli.main(["export", "--vault", str(vault_dir), "--user", ADMIN, "--child",
                     str(dossier["kid"].id), "--recipient", str(other.id), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_BLOCKED and not out.exists()
    assert "no consent" in err.lower()


def test_cli_export_and_verify_packet(vault, vault_dir, dossier, tmp_path, capsys,
                                      monkeypatch):
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "p.pdf"
    code = cli.main(["export", "--vault", str(vault_dir), "--user", ADMIN, "--child",
                     str(dossier["kid"].id), "--recipient", str(dossier["school"].id),
                     "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0 and out.exists()
    password = printed.strip().splitlines()[-1].strip()
    secret = tmp_path / "pw.txt"
    secret.write_text(password + "\n")
    assert cli.main(["verify-packet", str(out), "--password-file", str(secret)]) == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    out.write_bytes(bytes(data))
    assert cli.main(["verify-packet", str(out), "--password-file", str(secret)]) in (1, 2)


def test_ages_are_judged_at_export(vault, dossier, clock, tmp_path):
    kid = vault.children.add(first_name="Jesse", last_name="Veldkamp",
                             birth_date=date(2014, 4, 1))
    dad = vault.guardians.add(kid.id, name="Ruud Veldkamp", has_authority=True)
    vault.consents.record(kid.id, scope="disclosure", recipient_id=dossier["school"].id,
                          purpose="Overstap", categories={Category.IDENTITY},
                          given_by=[dad.id], method="written", valid_from=date(2026, 1, 1),
                          valid_until=date(2027, 1, 1))
    assert vault.consents.evaluate(kid.id, dossier["school"].id).for_key("identity").allowed
    clock.set(datetime(2026, 4, 2, 9, tzinfo=clock.now().tzinfo))
    with pytest.raises(ConsentRequired) as blocked:
        vault.packets.create(kid.id, dossier["school"].id, tmp_path / "p.pdf")
    reasons = {r.code for d in blocked.value.decision.items for r in d.reasons}
    assert "no_longer_sufficient_turned_12" in reasons


def test_the_packet_names_each_item_as_the_export_wizard_does(vault, dossier, tmp_path):
    from casefile.catalogue import item_title
    from casefile.render import words_in

    packet = vault.packets.create(dossier["kid"].id, dossier["school"].id, tmp_path / "p.pdf")
    report = verify_packet((tmp_path / "p.pdf").read_bytes(), packet.password)
    words = words_in(vault.settings.get().language)
    shown = {d.item.key: item_title(words, d.item.key, d.item.category, d.item.title)
             for d in vault.consents.evaluate(dossier["kid"].id, dossier["school"].id).items}
    titles = {i["key"]: i["title"] for i in report.manifest["items"]}
    assert titles == {key: shown[key] for key in packet.item_keys}
    assert titles[f"document:{dossier['doc'].id}"].endswith(": toets.pdf")
    text = " ".join(text_of((tmp_path / "p.pdf").read_bytes(), packet.password).split())
    assert [t for t in titles.values() if t not in text] == []


def test_approver_bound_to_this_computer_can_approve(vault, dossier, tmp_path, secrets):
    from casefile.storage import keys

    vault.users.add("bea", role="admin", temporary_passphrase="tweede-beheerder-Bea-2026")
    slots_path = vault.path / "keyslots.json"
    slots = keys.KeySlots.load(slots_path)
    own = slots.unwrap_user_keys("bea", "tweede-beheerder-Bea-2026").signing_key
    slots.rewrap_user("bea", "tweede-beheerder-Bea-2026", vault.context.database_key(),
                      bind_to=secrets, signing_key=own)  # a rewrap keeps the signing key
    slots.save(slots_path)
    assert keys.KeySlots.load(slots_path).is_bound("bea")
    packet = vault.packets.create_legal(
        dossier["kid"].id, dossier["school"].id, tmp_path / "m.pdf", approver="bea",
        approver_passphrase="tweede-beheerder-Bea-2026", legal_ground="Meldcode",
        reason="Zorgen over veiligheid")
    assert packet.legal_ground == "Meldcode"


# -- what one packet holds and records, exactly ------------------------------------------


def words(vault):
    from casefile import packet_content as pc
    from casefile.render import QtRenderer

    return pc.pdf_text(QtRenderer(), vault.settings.get().language)


def flat_text(path, password: str) -> str:
    return " ".join(text_of(path.read_bytes(), password).split())


def test_the_manifest_the_disclosure_and_the_audit_event_agree(vault, dossier, tmp_path,
                                                               clock):
    from casefile.catalogue import fmt_date

    kid, school, consent = dossier["kid"], dossier["school"], dossier["consent"]
    out = tmp_path / "pakket.pdf"
    steps = []
    packet = vault.packets.create(kid.id, school.id, out, purpose="Overstap naar groep 5",
                                  progress=lambda done, total: steps.append((done, total)))
    assert steps == [(1, 3), (2, 3), (3, 3)]
    report = verify_packet(out.read_bytes(), packet.password)
    manifest = report.manifest
    doc_key = f"document:{dossier['doc'].id}"
    assert {k: v for k, v in manifest.items() if k not in ("items", "public_key")} == {
        "packet_id": packet.packet_id, "created": clock.now().isoformat(),
        "vault_id": vault.context.vault_id, "child_id": kid.id,
        "recipient": {"id": school.id, "name": "Basisschool De Regenboog"},
        "consent_ids": [consent.id], "legal_ground": "", "format": "casefile-packet/1"}
    assert [i["key"] for i in manifest["items"]] == list(packet.item_keys)
    assert [i["key"] for i in manifest["items"] if "file" in i] == [doc_key]
    [disclosure] = vault.packets.disclosures(kid.id)
    assert packet.path == out and packet.disclosure_id == disclosure.id
    assert packet.consent_ids == (consent.id,) and packet.legal_ground == ""
    assert disclosure.items == tuple((i["key"], i["sha256"]) for i in manifest["items"])
    assert (disclosure.child_id, disclosure.recipient_id) == (kid.id, school.id)
    assert disclosure.created_by == vault.context.require_user().id
    assert disclosure.created_at == clock.now()
    assert (disclosure.legal_ground, disclosure.reason, disclosure.approved_by) == ("", "", None)
    [event] = [e for e in vault.audit.events(child_id=kid.id) if e.object_type == "disclosure"]
    assert event.object_id == str(disclosure.id) and event.child_id == kid.id
    assert event.action == AuditAction.EXPORT
    assert event.details == {"items": 3, "recipient_id": school.id}

    t = words(vault)
    assert pypdf.PdfReader(out, password=packet.password).metadata.title == t["title"]
    text = flat_text(out, packet.password)
    assert "Overstap naar groep 5" in text and "Praktijk Testlaan" in text
    assert fmt_date(date(2017, 3, 1)) in text and fmt_date(clock.now().date()) in text
    assert packet.packet_id in text and vault.packets.fingerprint() in text
    # no contact details in this packet, so the cover counts the parents instead of naming
    assert (f"#{consent.id}: {t['given']} {fmt_date(clock.now().date())}, {t['by']} "
            f"{t.count('parents_count', 1)}, {t['until']} {fmt_date(date(2027, 1, 1))}") in text
    assert "Annelies" not in text
    assert t["legal_title"] not in text


def test_a_packet_without_a_typed_purpose_has_the_consents_and_no_practice_row(
        vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    vault.settings.update(practice_name="")
    vault.consents.withdraw(dossier["consent"].id, by=dossier["mum"].id)
    consent = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
        categories={Category.IDENTITY}, given_by=[dossier["mum"].id], child_agrees=True,
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    out = tmp_path / "p.pdf"
    packet = vault.packets.create(kid.id, school.id, out)
    assert packet.item_keys == ("identity",)
    t = words(vault)
    text = flat_text(out, packet.password)
    assert f"{t['purpose']} Overstap " in text and f"{t['practice']} " not in text
    assert f"{t['recipient']} Basisschool De Regenboog " in text
    assert f"#{consent.id}: " in text
    assert f"{t['by']} {t.count('parents_count', 1)}, {t['the_child']}, {t['until']} " in text


def test_chosen_items_are_checked_and_counted_once(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    for items in ([], ["identity", "note:999999"], ["nothing"]):
        with pytest.raises(InvalidInput) as refused:
            vault.packets.create(kid.id, school.id, tmp_path / "p.pdf", items=items)
        assert refused.value.code == "no_items"
    assert not (tmp_path / "p.pdf").exists()
    packet = vault.packets.create(kid.id, school.id, tmp_path / "p.pdf",
                                  items=["identity", "identity"])
    assert packet.item_keys == ("identity",)
    [disclosure] = vault.packets.disclosures(kid.id)
    assert [key for key, _ in disclosure.items] == ["identity"]




def test_an_item_changed_meanwhile_stops_the_packet(vault, dossier, tmp_path, monkeypatch):
    kid, school = dossier["kid"], dossier["school"]
    render_then(vault, monkeypatch, lambda: vault.notes.amend(
        dossier["ok"].id, text="Leest vlot voor.", reason="aanvulling"))
    with pytest.raises(PacketChanged):
        vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    assert not (tmp_path / "p.pdf").exists() and vault.packets.disclosures(kid.id) == []


def test_another_consent_relied_on_meanwhile_stops_the_packet(vault, dossier, tmp_path,
                                                              monkeypatch):
    kid, school = dossier["kid"], dossier["school"]

    def replace_consent():
        vault.consents.withdraw(dossier["consent"].id, by=dossier["mum"].id)
        vault.consents.record(
            kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
            categories={Category.IDENTITY}, given_by=[dossier["mum"].id], method="written",
            valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))

    render_then(vault, monkeypatch, replace_consent)
    with pytest.raises(PacketChanged):
        vault.packets.create(kid.id, school.id, tmp_path / "p.pdf", items=["identity"])
    assert not (tmp_path / "p.pdf").exists() and vault.packets.disclosures(kid.id) == []


def test_a_packet_of_some_items_relies_only_on_their_consent(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    other = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Verslag",
        categories={Category.GUIDANCE_SUMMARY}, given_by=[dossier["mum"].id],
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    packet = vault.packets.create(kid.id, school.id, tmp_path / "p.pdf", items=["identity"])
    assert packet.consent_ids == (dossier["consent"].id,) and other.id not in packet.consent_ids


LEGAL = dict(legal_ground="Meldcode huiselijk geweld en kindermishandeling",
             reason="Zorgen over veiligheid.\nOverleg met Veilig Thuis.")
BEA = "tweede-beheerder-Bea-2026"


def test_a_legal_disclosure_names_its_ground_reason_and_approver(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    bea = vault.users.add("bea", role="admin", temporary_passphrase=BEA)
    out = tmp_path / "m.pdf"
    steps = []
    note = f"note:{dossier['ok'].id}"
    packet = vault.packets.create_legal(kid.id, school.id, out, approver="bea",
                                        approver_passphrase=BEA, items=[note], **LEGAL,
                                        progress=lambda d, n: steps.append(d))
    assert steps == [1, 2, 3] and packet.item_keys == (note,) and packet.consent_ids == ()
    assert packet.legal_ground == LEGAL["legal_ground"]
    manifest = verify_packet(out.read_bytes(), packet.password).manifest
    assert manifest["legal_ground"] == LEGAL["legal_ground"] and manifest["consent_ids"] == []
    [disclosure] = vault.packets.disclosures(kid.id)
    assert (disclosure.legal_ground, disclosure.reason) == (LEGAL["legal_ground"],
                                                            LEGAL["reason"])
    assert disclosure.approved_by == bea.id and disclosure.consent_ids == ()
    [event] = [e for e in vault.audit.events(child_id=kid.id) if e.object_type == "disclosure"]
    assert event.details == {"items": 1, "recipient_id": school.id}
    assert event.action == AuditAction.EXPORT_LEGAL
    t = words(vault)
    assert pypdf.PdfReader(out, password=packet.password).metadata.title == t["legal_title"]
    text = flat_text(out, packet.password)
    assert "Zorgen over veiligheid." in text and "bea" in text
    assert f"{t['purpose']} " not in text  # no purpose on the legal door: no row


def test_a_legal_disclosure_checks_its_ground_and_reason(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    vault.users.add("bea", role="admin", temporary_passphrase=BEA)
    args = dict(approver="bea", approver_passphrase=BEA, items=["identity"])
    for ground, reason, field in (("", "r", "legal ground"), ("  ", "r", "legal ground"),
                                  ("x" * 301, "r", "legal ground"), ("g", "", "reason"),
                                  ("g", "r" * 2001, "reason"), ("g\n", "r\x07", "reason")):
        with pytest.raises(InvalidInput) as refused:
            vault.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf",
                                       legal_ground=ground, reason=reason, **args)
        assert refused.value.params["field"] == field
    assert not (tmp_path / "m.pdf").exists()
    packet = vault.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf",
                                        legal_ground="g" * 300, reason="r\n" * 1000, **args)
    assert packet.legal_ground == "g" * 300


def test_an_approver_must_be_another_active_admin(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    bea = vault.users.add("bea", role="admin", temporary_passphrase=BEA)
    vault.users.add("cas", role="admin", temporary_passphrase=BEA + "-cas")
    vault.users.deactivate(bea.id)
    for approver, passphrase in (("bea", BEA), ("niemand", BEA), (ADMIN, PASSPHRASE)):
        with pytest.raises(NotPermitted) as refused:
            vault.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf",
                                       approver=approver, approver_passphrase=passphrase,
                                       **LEGAL)
        assert refused.value.code == "second_admin_required"
    assert vault.packets.disclosures(kid.id) == []


def test_a_restriction_stops_a_packet_but_not_a_disclosure_the_law_requires(vault, dossier,
                                                                             tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    vault.users.add("bea", role="admin", temporary_passphrase=BEA)
    vault.rights.restrict(kid.id, reason="Ouders betwisten de juistheid")
    note = f"note:{dossier['ok'].id}"
    with pytest.raises(DossierRestricted):
        vault.packets.create(kid.id, school.id, tmp_path / "p.pdf", items=[note])
    packet = vault.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf", approver="bea",
                                        approver_passphrase=BEA, items=[note], **LEGAL)
    assert packet.path.exists() and not (tmp_path / "p.pdf").exists()


def test_the_screens_preview_shows_the_purpose_of_every_consent_and_only_what_it_allows(
        vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    note, doc = f"note:{dossier['ok'].id}", f"document:{dossier['doc'].id}"
    purpose, contents = vault.packets.preview(kid.id, school.id, ["identity", note])
    assert purpose == "Overstap groep 5"
    assert [c.key for c in contents] == ["identity", note]
    assert ALLOWED_CANARY in str(contents[1].data)
    vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Verslag voor de IB'er",
        categories={Category.GUIDANCE_SUMMARY}, given_by=[dossier["mum"].id],
        method="written", covers_special=True, valid_from=date(2026, 1, 1),
        valid_until=date(2027, 1, 1))
    secret = f"note:{dossier['secret'].id}"
    purpose, contents = vault.packets.preview(kid.id, school.id, [doc, secret])
    assert purpose == "Overstap groep 5; Verslag voor de IB'er"
    assert [c.key for c in contents] == [doc, secret]
    vault.consents.withdraw(dossier["consent"].id, by=dossier["mum"].id)
    with pytest.raises(ConsentRequired):
        vault.packets.preview(kid.id, school.id, ["identity"])
    assert vault.packets.disclosures(kid.id) == []


def test_a_rerun_after_a_refused_commit_records_and_places_the_packet_once(
        vault, dossier, tmp_path, monkeypatch):
    """A server may refuse the commit of the transaction that records a packet after its
    file was moved into place (a conflict with another computer); the rerun takes the file
    back first, so one packet, one disclosure and no temp file remain."""
    ctx = vault.context
    real = ctx.serializable

    class RefusedCommit(Exception):
        pass

    def refused_once(work):
        try:
            with ctx.transaction() as conn:
                work(conn)
                raise RefusedCommit()  # rolled back, as the server's abort at COMMIT
        except RefusedCommit:
            pass
        return real(work)

    monkeypatch.setattr(ctx, "serializable", refused_once)
    out = tmp_path / "uit" / "pakket.pdf"
    out.parent.mkdir()
    packet = vault.packets.create(dossier["kid"].id, dossier["school"].id, out)
    assert [d.id for d in vault.packets.disclosures(dossier["kid"].id)] == [packet.disclosure_id]
    assert [p.name for p in out.parent.iterdir()] == ["pakket.pdf"]
    assert ALLOWED_CANARY in text_of(out.read_bytes(), packet.password)


@pytest.mark.parametrize("make", ["packet", "inzage"])
def test_taken_off_the_caseload_after_the_file_was_staged_records_nothing(
        vault, dossier, reopen, tmp_path, monkeypatch, make):
    """Need to know at the moment of the record: a counsellor whom an administrator takes
    off the caseload (on another computer) between the staged file and its record gets
    the refusal, no file and no disclosure or inzage."""
    from casefile.errors import NotOnCaseload
    from casefile.storage.repositories import caseload as caseload_repo

    kid, school = dossier["kid"], dossier["school"]
    cor = vault.users.add("cor", role="counsellor", temporary_passphrase="gewone-Cor-2026-x")
    vault.caseload.add(kid.id, cor.id, reason="Begeleidt Lotte")
    admin_id = vault.user.id
    vault.lock()
    with reopen("cor", "gewone-Cor-2026-x") as counsellor:
        exports = counsellor.packets._exports
        commit_recorded = exports.commit_recorded

        def taken_off_meanwhile(staged, record):
            with counsellor.context.transaction() as conn:  # as the other computer did
                caseload_repo.remove(conn, kid.id, cor.id, by=admin_id,
                                     at=counsellor.context.clock.now(), reason="Overgedragen")
            return commit_recorded(staged, record)

        monkeypatch.setattr(exports, "commit_recorded", taken_off_meanwhile)
        out = tmp_path / "uit.pdf"
        with pytest.raises(NotOnCaseload):
            if make == "packet":
                counsellor.packets.create(kid.id, school.id, out)
            else:
                counsellor.packets.inzage_preview(kid.id, school.id, out)
        assert not out.exists()
    with reopen() as admin:
        assert admin.packets.disclosures(kid.id) == [] and admin.inzage.of_child(kid.id) == []


def test_the_cover_shows_the_birth_date_and_the_parents_names_only_when_consented(
        vault, dossier, tmp_path):
    """Beyond the child's name the cover holds only what the packet does: the date of
    birth with identity, the parents' names with contact details; else neither, anywhere
    in the packet (a normal packet is no inzage: no inzage title or introduction)."""
    kid, mum = dossier["kid"], dossier["mum"]

    def packet_text(categories: set[Category], name: str) -> str:
        to = vault.organisations.add(name=f"Zorgteam {name}", kind="other")
        vault.consents.record(
            kid.id, scope="disclosure", recipient_id=to.id, purpose="Zorgoverleg",
            categories=categories, given_by=[mum.id], method="written",
            valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
        packet = vault.packets.create(kid.id, to.id, tmp_path / f"{name}.pdf")
        return " ".join(text_of((tmp_path / f"{name}.pdf").read_bytes(),
                                packet.password).split())

    t = pc.pdf_text(QtRenderer(), "nl")
    cover_born = f"{t['born']} 01-03-2017 {t['recipient']}"  # the cover's row, not the item's
    notes_only = packet_text({Category.SESSION_NOTES}, "noord")
    assert f"{t['child']} Lotte Kloosterboer {t['recipient']}" in notes_only
    assert ALLOWED_CANARY in notes_only
    assert "01-03-2017" not in notes_only and "Annelies" not in notes_only
    assert "inzage" not in notes_only.lower() and "nog niets verstuurd" not in notes_only
    with_identity = packet_text({Category.SESSION_NOTES, Category.IDENTITY}, "zuid")
    assert cover_born in with_identity and "Annelies" not in with_identity
    # nothing but the packet's own words: its title first, no introduction; the cover a
    # page of its own; one item straight after the other; nothing after the last
    assert with_identity.startswith(f"{t['title']} {t['child']} Lotte Kloosterboer")
    assert f"1 / 2 Identiteit {t['child']} Lotte" in with_identity
    assert f"{t['born']} 01-03-2017 Sessieverslag: 02-03-2026" in with_identity
    assert with_identity.endswith(f"{ALLOWED_CANARY}. 2 / 2")
    with_contacts = packet_text({Category.SESSION_NOTES, Category.CONTACT_DETAILS}, "west")
    assert f"{t['by']} Annelies Kloosterboer, {t['until']}" in with_contacts  # the cover's
    assert "01-03-2017" not in with_contacts


def test_a_purpose_given_for_a_packet_is_at_most_500_characters(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    with pytest.raises(InvalidInput) as refused:
        vault.packets.create(kid.id, school.id, tmp_path / "p.pdf", purpose="x" * 501)
    assert refused.value.params == {"field": "purpose", "limit": 500}
    assert not (tmp_path / "p.pdf").exists() and vault.packets.disclosures(kid.id) == []
    packet = vault.packets.create(kid.id, school.id, tmp_path / "p.pdf", purpose="x" * 500)
    assert vault.packets.disclosures(kid.id)[0].purpose == "x" * 500 and packet.password


def test_a_consent_a_young_person_gave_alone_names_no_parents_on_the_cover(vault, tmp_path,
                                                                           qapp):
    """16 and older a young person consents alone: the cover says the child gave it, and
    counts no parents ("0 ouders" would suggest the parents were asked and left out)."""
    teen = vault.children.add(first_name="Jesse", last_name="Veldkamp",
                              birth_date=date(2009, 2, 1))
    school = vault.organisations.add(name="Het Stedelijk Lyceum", kind="school")
    vault.notes.finalise(vault.notes.add(teen.id, text="Plant zijn huiswerk zelf.").id)
    vault.consents.record(
        teen.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
        categories={Category.SESSION_NOTES}, given_by=[], child_agrees=True,
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    packet = vault.packets.create(teen.id, school.id, tmp_path / "p.pdf")
    text = " ".join(text_of((tmp_path / "p.pdf").read_bytes(), packet.password).split())
    t = pc.pdf_text(QtRenderer(), "nl")
    assert f"{t['by']} {t['the_child']}, {t['until']}" in text
    assert t.count("parents_count", 0) not in text
