"""The parents' inzage (issue 10): a preview of the packet, never a disclosure; the practice
setting that requires it; the parents' view as the packet's own section."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pypdf
import pypdfium2
import pytest

from casefile import Category, cli
from casefile.audit import AuditAction
from casefile.catalogue import error_message
from casefile.errors import InvalidInput, InzageRequired
from casefile.packet_format import verify_packet
from casefile.render_text import Words
from support import ADMIN, PASSPHRASE, render_then, watching

REMARKS = "Wij herkennen het beeld; Noor leest thuis graag Dolfijnenboekjes."
MARK = "Concept – niet verzonden"


@pytest.fixture
def dossier(vault, qapp):
    kid = vault.children.add(first_name="Noor", last_name="Wilgenhof",
                             birth_date=date(2017, 5, 9))
    mum = vault.guardians.add(kid.id, name="Sanne Wilgenhof", has_authority=True)
    dad = vault.guardians.add(kid.id, name="Joris Wilgenhof", has_authority=True)
    school = vault.organisations.add(name="OBS De Vlonder", kind="school")
    note = vault.notes.finalise(vault.notes.add(kid.id, text="Leest nu vlot op AVI E4.").id)
    vault.notes.finalise(vault.notes.add(kid.id, text="Tweede sessie: spelling.").id)
    vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap groep 5",
        categories={Category.IDENTITY, Category.SESSION_NOTES}, given_by=[mum.id, dad.id],
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    return {"kid": kid, "mum": mum, "dad": dad, "school": school, "note": note}


def pages(data: bytes, password: str) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.is_encrypted and reader.decrypt(password) != 0
    return [" ".join(page.extract_text().split()) for page in reader.pages]  # tabs, breaks


def manifest_of(path: Path, password: str) -> dict:
    with pikepdf.open(path, password=password) as pdf:
        return json.loads(pdf.attachments["manifest.json"].get_file().read_bytes())


def require(vault) -> None:
    vault.settings.update(inzage="required")


def test_the_setting_defaults_to_offered_and_refuses_other_words(vault):
    assert vault.settings.get().inzage == "offered"
    with pytest.raises(InvalidInput):
        vault.settings.update(inzage="sometimes")
    with pytest.raises(InvalidInput):
        vault.settings.update(inzage_days=0)
    assert vault.settings.update(inzage="off").inzage == "off"


def test_a_preview_is_never_a_disclosure(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    out = tmp_path / "inzage.pdf"
    preview = vault.packets.inzage_preview(kid.id, school.id, out)
    assert vault.packets.disclosures(kid.id) == []
    actions = [e.action for e in vault.audit.events(child_id=kid.id)]
    assert AuditAction.INZAGE in actions and AuditAction.EXPORT not in actions
    [event] = [e for e in vault.audit.events(child_id=kid.id) if e.action == AuditAction.INZAGE]
    assert event.object_type == "inzage" and event.object_id == str(preview.inzage_id)
    [inzage] = vault.inzage.of_child(kid.id)
    assert inzage.offered_to == (dossier["mum"].id, dossier["dad"].id)
    assert dict(inzage.items).keys() == set(preview.item_keys)
    assert inzage.answer_by == date(2026, 3, 12) and inzage.answer is None
    assert (out.stat().st_mode & 0o777) == 0o600
    assert b"Wilgenhof" not in out.read_bytes()
    report = verify_packet(out.read_bytes(), preview.password)
    assert report.manifest["status"] == "inzage_draft"


def test_the_preview_holds_what_the_packet_would_and_is_marked_on_every_page(
        vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    packet = vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    assert set(preview.item_keys) == set(packet.item_keys)
    text = pages((tmp_path / "inzage.pdf").read_bytes(), preview.password)
    assert len(text) >= 2
    for page in text:
        assert MARK in page, page
    assert "Inzage: concept van een overdrachtspakket" in text[0]
    assert "12-03-2026" in text[0] and "OBS De Vlonder" in text[0]
    assert "Overstap groep 5" in text[0]  # no purpose given: the consent's
    assert "Leest nu vlot op AVI E4." in " ".join(text)
    packet_text = pages((tmp_path / "pakket.pdf").read_bytes(), packet.password)
    assert all(MARK not in page for page in packet_text)
    assert preview.password != packet.password


def test_only_the_inzage_is_marked_and_both_speak_the_practices_language(
        vault, dossier, tmp_path, monkeypatch):
    """What the renderer is asked for: the concept mark on an inzage's pages and on no
    packet's, and the practice's language (a screen reader reads the PDF's /Lang)."""
    from casefile import packet_content as pc
    from casefile.render import QtRenderer

    kid, school = dossier["kid"], dossier["school"]
    vault.settings.update(language="en")
    marks = []
    monkeypatch.setattr(vault.packets, "_renderer_factory", watching(
        vault.packets._renderer_factory, lambda options: marks.append(options.get("mark", ""))))
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    packet = vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    english_mark = pc.pdf_text(QtRenderer(), "en")["concept_mark"]
    assert marks == [english_mark, ""] and english_mark != MARK  # MARK: the Dutch one
    for name, password in (("inzage.pdf", preview.password), ("pakket.pdf", packet.password)):
        with pikepdf.open(tmp_path / name, password=password) as pdf:
            assert str(pdf.Root.Lang) == "en", name


def test_the_preview_passes_the_same_consent_check(vault, dossier, tmp_path):
    other = vault.organisations.add(name="CBS De Fontein", kind="school")
    from casefile.errors import ConsentRequired
    with pytest.raises(ConsentRequired):
        vault.packets.inzage_preview(dossier["kid"].id, other.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists() and vault.inzage.of_child(dossier["kid"].id) == []


def test_required_blocks_a_packet_until_the_parents_answered(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    require(vault)
    with pytest.raises(InzageRequired) as none:
        vault.packets.create(kid.id, school.id, tmp_path / "p1.pdf")
    assert none.value.code == "inzage_required"
    assert not (tmp_path / "p1.pdf").exists() and vault.packets.disclosures(kid.id) == []
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    with pytest.raises(InzageRequired) as open_:
        vault.packets.create(kid.id, school.id, tmp_path / "p2.pdf")
    assert open_.value.code == "inzage_open" and open_.value.params["until"] == "12-03-2026"
    vault.inzage.answer(preview.inzage_id, "remarks", remarks=REMARKS)
    out = tmp_path / "p3.pdf"
    packet = vault.packets.create(kid.id, school.id, out)
    text = " ".join(pages(out.read_bytes(), packet.password)).replace("\n", " ")
    assert "Zienswijze van de ouders" in text and "Dolfijnenboekjes" in text
    assert "Inzage aangeboden op 02-03-2026" in text
    manifest = manifest_of(out, packet.password)
    assert manifest["inzage"]["remarks"] == REMARKS
    assert manifest["inzage"]["answer"] == "remarks"
    assert f"inzage:{preview.inzage_id}" in [i["key"] for i in manifest["items"]]
    assert verify_packet(out.read_bytes(), packet.password).ok
    [disclosure] = vault.packets.disclosures(kid.id)
    assert disclosure.inzage_id == preview.inzage_id
    assert disclosure.inzage_answer == "remarks"
    assert disclosure.inzage_offered_at is not None
    assert dict(disclosure.items).keys() == set(packet.item_keys), "the view is no item"
    with pytest.raises(InzageRequired) as used:  # each packet needs its own inzage
        vault.packets.create(kid.id, school.id, tmp_path / "p4.pdf")
    assert used.value.code == "inzage_required"


def test_no_answer_by_the_date_lets_the_packet_go_and_says_so(vault, dossier, clock,
                                                              tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    require(vault)
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    with pytest.raises(InvalidInput) as early:
        vault.inzage.answer(preview.inzage_id, "no_answer")
    assert early.value.code == "inzage_not_expired"
    clock.advance(timedelta(days=11).total_seconds())
    out = tmp_path / "p.pdf"
    packet = vault.packets.create(kid.id, school.id, out)
    text = " ".join(pages(out.read_bytes(), packet.password)).replace("\n", " ")
    assert "Geen antwoord ontvangen tot en met 12-03-2026" in text
    [disclosure] = vault.packets.disclosures(kid.id)
    assert disclosure.inzage_answer == "no_answer"


def test_a_packet_with_something_the_parents_did_not_see_is_refused(vault, dossier,
                                                                    tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    require(vault)
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf",
                                    items=["identity"])
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    with pytest.raises(InzageRequired) as outdated:
        vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    assert outdated.value.code == "inzage_outdated"
    packet = vault.packets.create(kid.id, school.id, tmp_path / "p.pdf", items=["identity"])
    text = " ".join(pages((tmp_path / "p.pdf").read_bytes(), packet.password))
    assert "Geen opmerkingen" in text


def test_off_notes_no_inzage(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    vault.settings.update(inzage="off")
    packet = vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    assert "inzage" not in manifest_of(tmp_path / "p.pdf", packet.password)
    [disclosure] = vault.packets.disclosures(kid.id)
    assert disclosure.inzage_id is None and disclosure.inzage_answer == ""


def test_offered_notes_an_open_inzage_as_not_answered_yet(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    packet = vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    [disclosure] = vault.packets.disclosures(kid.id)
    assert disclosure.inzage_answer == "pending"
    text = " ".join(pages((tmp_path / "p.pdf").read_bytes(), packet.password))
    assert "Nog niet beantwoord" in text


def test_a_returned_document_goes_with_the_packet(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    returned = vault.documents.import_bytes(kid.id, b"%PDF-1.4 reactie ouders",
                                            "reactie.pdf", category=Category.DOCUMENTS)
    vault.inzage.answer(preview.inzage_id, "remarks", document_id=returned.id)
    out = tmp_path / "p.pdf"
    packet = vault.packets.create(kid.id, school.id, out)
    report = verify_packet(out.read_bytes(), packet.password)
    assert report.ok, report.problems
    assert manifest_of(out, packet.password)["inzage"]["document"] == "reactie.pdf"
    with pikepdf.open(out, password=packet.password) as pdf:
        names = list(pdf.attachments)
    assert any(name.startswith("inzage") and name.endswith("reactie.pdf") for name in names)


def test_bad_answers_are_one_sentence_and_change_nothing(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    say = Words("nl")
    for answer, remarks, code in (("maybe", "", "inzage_answer_choice"),
                                  ("remarks", "   ", "field_empty")):
        with pytest.raises(InvalidInput) as bad:
            vault.inzage.answer(preview.inzage_id, answer, remarks=remarks)
        assert bad.value.code == code
        sentence = say(error_message(bad.value))
        assert sentence.endswith(".") and "\n" not in sentence and "%" not in sentence
    assert vault.inzage.of_child(kid.id)[0].answer is None
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    with pytest.raises(InvalidInput) as twice:
        vault.inzage.answer(preview.inzage_id, "remarks", remarks=REMARKS)
    assert twice.value.code == "inzage_answered"
    assert vault.inzage.of_child(kid.id)[0].answer == "no_remarks"
    with pytest.raises(InvalidInput):
        vault.packets.inzage_preview(kid.id, school.id, tmp_path / "x.pdf", guardian_ids=[999])
    assert not (tmp_path / "x.pdf").exists()


def test_cli_export_refused_without_inzage_is_exit_3(vault, vault_dir, dossier, tmp_path,
                                                     capsys, monkeypatch):
    require(vault)
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "p.pdf"
    code = cli.main(["--lang", "nl", "export", "--vault", str(vault_dir), "--user", ADMIN,
                     "--child", str(dossier["kid"].id), "--recipient",
                     str(dossier["school"].id), "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_BLOCKED and not out.exists()
    assert err.startswith("De praktijk laat de ouders") and len(err.splitlines()) == 1


def render_pages(path: Path, password: str, folder: Path, name: str) -> int:
    """Every page as a PNG to look at, each with ink on it; the number of pages."""
    document = pypdfium2.PdfDocument(path.read_bytes(), password=password)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(len(document)):
        image = document[index].render(scale=1.5).to_pil()
        assert image.convert("L").getextrema()[0] < 128, "a page without text"
        image.save(folder / f"{name}-{index + 1}.png")
    return len(document)


def test_the_preview_and_the_packet_after_it_render(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    folder = tmp_path / "pages"
    assert render_pages(tmp_path / "inzage.pdf", preview.password, folder, "inzage") >= 2
    vault.inzage.answer(preview.inzage_id, "remarks", remarks=REMARKS + "\nMet groet.")
    packet = vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    assert render_pages(tmp_path / "pakket.pdf", packet.password, folder, "pakket") >= 3


def test_erasing_the_returned_document_and_then_the_dossier(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    returned = vault.documents.import_bytes(kid.id, b"%PDF-1.4 reactie", "reactie.pdf",
                                            category=Category.DOCUMENTS)
    vault.inzage.answer(preview.inzage_id, "remarks", remarks=REMARKS,
                        document_id=returned.id)
    vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    from casefile.storage.database import transaction
    from casefile.storage.repositories import documents

    conn = vault._ctx.db()
    with transaction(conn):  # as an erasure of what a withdrawn consent covered does
        documents.delete(conn, returned.id)
    [inzage] = vault.inzage.of_child(kid.id)
    assert inzage.remarks_document_id is None and inzage.remarks == REMARKS
    vault.rights.erase(kid.id, reason="Verzoek van de ouders")
    assert vault.children.count() == 0


def test_an_answered_inzage_stays_as_it_was(vault, dossier, tmp_path):
    """The table's own guard, below the service: what the parents saw and answered."""
    from casefile.storage.database import transaction

    preview = vault.packets.inzage_preview(dossier["kid"].id, dossier["school"].id,
                                    tmp_path / "inzage.pdf")
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    conn = vault._ctx.db()
    for change in ("answer = 'remarks'", "items = '[]'", "remarks = 'anders'"):
        with pytest.raises(Exception, match="answered once"), transaction(conn):
            conn.execute(f"UPDATE inzages SET {change} WHERE id = ?", (preview.inzage_id,))
    assert vault.inzage.of_child(dossier["kid"].id)[0].answer == "no_remarks"


def test_verify_packet_says_a_draft_is_no_packet(vault, dossier, tmp_path, capsys):
    preview = vault.packets.inzage_preview(dossier["kid"].id, dossier["school"].id,
                                    tmp_path / "inzage.pdf")
    secret = tmp_path / "pw.txt"
    secret.write_text(preview.password + "\n")
    code = cli.main(["--lang", "nl", "verify-packet", str(tmp_path / "inzage.pdf"),
                     "--password-file", str(secret)])
    err = capsys.readouterr().err.strip()
    assert code == 1 and err.startswith("Dit is het concept dat de ouders")


def test_cli_inzage_then_answer_then_export(vault, vault_dir, dossier, tmp_path, capsys,
                                            monkeypatch):
    require(vault)
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    base = ["--lang", "nl"]
    who = ["--vault", str(vault_dir), "--user", ADMIN]
    pair = ["--child", str(dossier["kid"].id), "--recipient", str(dossier["school"].id)]
    draft = tmp_path / "inzage.pdf"
    assert cli.main([*base, "inzage", *who, *pair, "--out", str(draft)]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert printed[0].startswith("Inzage voor ouders geschreven naar") and draft.exists()
    assert MARK in pages(draft.read_bytes(), printed[-1])[0]
    remarks = tmp_path / "reactie.txt"
    remarks.write_text(REMARKS, encoding="utf-8")
    assert cli.main([*base, "inzage-answer", *who, "--inzage", "1", "--answer", "remarks",
                     "--remarks-file", str(remarks)]) == 0
    assert cli.main([*base, "inzage-answer", *who, "--inzage", "1", "--answer",
                     "no_remarks"]) == 2  # answered once: one sentence, exit 2
    assert capsys.readouterr().err.strip() == "Op deze inzage is al geantwoord."
    out = tmp_path / "pakket.pdf"
    assert cli.main([*base, "export", *who, *pair, "--out", str(out)]) == 0
    password = capsys.readouterr().out.strip().splitlines()[-1]
    assert "Dolfijnenboekjes" in " ".join(pages(out.read_bytes(), password))


# -- what the preview and the packet after it record, field by field ---------------------


def words(vault):
    from casefile import packet_content as pc
    from casefile.render import QtRenderer

    return pc.pdf_text(QtRenderer(), vault.settings.get().language)


def flat(path: Path, password: str) -> str:
    return " ".join(" ".join(pages(path.read_bytes(), password)).split())


def test_the_recorded_inzage_names_who_offered_what_to_whom_and_when(vault, dossier, clock,
                                                                   tmp_path):
    from casefile.catalogue import fmt_date

    kid, school = dossier["kid"], dossier["school"]
    [consent] = vault.consents.list(kid.id)
    out = tmp_path / "inzage.pdf"
    steps = []
    preview = vault.packets.inzage_preview(kid.id, school.id, out, guardian_ids=[
        dossier["dad"].id], progress=lambda done, total: steps.append((done, total)))
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert preview.path == out and preview.answer_by == date(2026, 3, 12)
    [inzage] = vault.inzage.of_child(kid.id)
    assert inzage.id == preview.inzage_id
    assert (inzage.child_id, inzage.recipient_id) == (kid.id, school.id)
    assert inzage.offered_to == (dossier["dad"].id,)
    assert inzage.consent_ids == (consent.id,)
    assert inzage.offered_at == clock.now()
    assert inzage.offered_by == vault.context.require_user().id
    manifest = verify_packet(out.read_bytes(), preview.password).manifest
    assert inzage.items == tuple((i["key"], i["sha256"]) for i in manifest["items"])
    assert [key for key, _ in inzage.items] == list(preview.item_keys)
    assert manifest["recipient"] == {"id": school.id, "name": "OBS De Vlonder"}
    assert manifest["consent_ids"] == [consent.id] and manifest["child_id"] == kid.id
    assert "inzage" not in manifest and manifest["legal_ground"] == ""
    [event] = [e for e in vault.audit.events(child_id=kid.id) if e.action == AuditAction.INZAGE]
    assert event.details == {"items": 3, "recipient_id": school.id}
    t = words(vault)
    assert pypdf.PdfReader(out, password=preview.password).metadata.title == t["inzage_title"]
    assert t("inzage_intro", "OBS De Vlonder", fmt_date(date(2026, 3, 12))) in flat(
        out, preview.password)


def test_a_restricted_dossier_gets_no_preview(vault, dossier, tmp_path):
    from casefile.errors import DossierRestricted

    kid, school = dossier["kid"], dossier["school"]
    vault.rights.restrict(kid.id, reason="Ouders betwisten de juistheid")
    with pytest.raises(DossierRestricted):
        vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    assert not (tmp_path / "inzage.pdf").exists() and vault.inzage.of_child(kid.id) == []




def test_a_withdrawal_while_the_preview_renders_stops_it(vault, dossier, tmp_path,
                                                         monkeypatch):
    from casefile.errors import ConsentRequired

    kid, school = dossier["kid"], dossier["school"]
    [consent] = vault.consents.list(kid.id)
    render_then(vault, monkeypatch, lambda: vault.consents.withdraw(
        consent.id, by=dossier["mum"].id))
    with pytest.raises(ConsentRequired):
        vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    assert not (tmp_path / "inzage.pdf").exists() and vault.inzage.of_child(kid.id) == []


def test_a_note_amended_while_the_preview_renders_stops_it(vault, dossier, tmp_path,
                                                           monkeypatch):
    from casefile.errors import PacketChanged

    kid, school = dossier["kid"], dossier["school"]
    render_then(vault, monkeypatch, lambda: vault.notes.amend(
        dossier["note"].id, text="Leest nu vlot op AVI M5.", reason="aanvulling"))
    with pytest.raises(PacketChanged):
        vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    assert not (tmp_path / "inzage.pdf").exists() and vault.inzage.of_child(kid.id) == []


def test_a_restriction_set_after_the_preview_was_staged_stops_it(vault, dossier, tmp_path,
                                                                 monkeypatch):
    """A restriction set between the staged file and its record (another computer, during
    the fsync) holds: the consent rule, checked again inside the recording transaction,
    lets nothing of a restricted dossier go."""
    from casefile.errors import ConsentRequired

    kid, school = dossier["kid"], dossier["school"]
    exports = vault.packets._exports
    commit_recorded = exports.commit_recorded

    def restricted_meanwhile(staged, record):
        vault.rights.restrict(kid.id, reason="Ouders betwisten de juistheid")
        return commit_recorded(staged, record)

    monkeypatch.setattr(exports, "commit_recorded", restricted_meanwhile)
    with pytest.raises(ConsentRequired):
        vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    assert not (tmp_path / "inzage.pdf").exists() and vault.inzage.of_child(kid.id) == []


def test_the_packet_after_an_inzage_records_it_in_its_row_its_event_and_its_cover(
        vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    require(vault)
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    out = tmp_path / "p.pdf"
    packet = vault.packets.create(kid.id, school.id, out)
    [inzage] = vault.inzage.of_child(kid.id)
    [disclosure] = vault.packets.disclosures(kid.id)
    assert disclosure.inzage_offered_at == inzage.offered_at
    [event] = [e for e in vault.audit.events(child_id=kid.id) if e.object_type == "disclosure"]
    assert event.details == {"items": 3, "recipient_id": school.id,
                             "inzage_id": preview.inzage_id}
    t = words(vault)
    manifest = manifest_of(out, packet.password)
    [view] = [i for i in manifest["items"] if i["key"] == f"inzage:{preview.inzage_id}"]
    assert view["title"] == t["view_title"] and "file" not in view
    text = flat(out, packet.password)
    assert f"{t['view_title']} SHA-256" in text  # listed on the cover with its hash
    assert view["sha256"][:16] in text.replace(" ", "")  # the view's own, as the manifest's
    # no contact details in this packet: the view counts the parents, as the cover does
    assert f"{t['view_to']} {t.count('parents_count', 2)}" in text
    assert "Sanne Wilgenhof" not in text


def test_the_view_names_the_parents_when_the_packet_holds_contact_details(vault, dossier,
                                                                          tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap groep 5",
        categories={Category.CONTACT_DETAILS}, given_by=[dossier["mum"].id,
                                                          dossier["dad"].id],
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    assert Category.CONTACT_DETAILS.value in preview.item_keys
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    out = tmp_path / "p.pdf"
    packet = vault.packets.create(kid.id, school.id, out)
    t = words(vault)
    assert f"{t['view_to']} Sanne Wilgenhof, Joris Wilgenhof" in flat(out, packet.password)


def test_a_returned_document_is_listed_in_the_manifest_as_the_views_own_file(vault, dossier,
                                                                             tmp_path):
    import hashlib

    kid, school = dossier["kid"], dossier["school"]
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    body = b"%PDF-1.4 reactie ouders"
    returned = vault.documents.import_bytes(kid.id, body, "reactie.pdf",
                                            category=Category.DOCUMENTS)
    vault.inzage.answer(preview.inzage_id, "remarks", document_id=returned.id)
    out = tmp_path / "p.pdf"
    packet = vault.packets.create(kid.id, school.id, out)
    t = words(vault)
    key = f"inzage:{preview.inzage_id}:document"
    [item] = [i for i in manifest_of(out, packet.password)["items"] if i["key"] == key]
    assert item == {"key": key, "title": t["view_document"],
                    "file": f"inzage/{returned.id}-reactie.pdf",
                    "sha256": hashlib.sha256(body).hexdigest()}
    with pikepdf.open(out, password=packet.password) as pdf:
        assert pdf.attachments[item["file"]].get_file().read_bytes() == body


def test_a_packet_whose_inzage_another_packet_used_meanwhile_is_refused(
        vault, dossier, tmp_path, monkeypatch):
    """One inzage goes with one packet: two made from it at the same moment (another
    computer) leave one, the other is refused when it records."""
    from casefile.errors import PacketChanged

    kid, school = dossier["kid"], dossier["school"]
    require(vault)
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    first: list = []

    def other_packet_first():
        if not first:  # once: the other packet's own render passes through here too
            first.append(vault.packets.create(kid.id, school.id, tmp_path / "eerst.pdf"))

    render_then(vault, monkeypatch, other_packet_first)
    with pytest.raises(PacketChanged):
        vault.packets.create(kid.id, school.id, tmp_path / "later.pdf")
    assert not (tmp_path / "later.pdf").exists()
    assert [d.id for d in vault.packets.disclosures(kid.id)] == [first[0].disclosure_id]


def test_with_the_inzage_off_an_earlier_one_does_not_go_with_the_packet(vault, dossier,
                                                                        tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    vault.settings.update(inzage="off")
    packet = vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    manifest = manifest_of(tmp_path / "p.pdf", packet.password)
    assert not [i for i in manifest["items"] if i["key"].startswith("inzage:")]
    [disclosure] = vault.packets.disclosures(kid.id)
    assert disclosure.inzage_offered_at is None


def test_a_second_inzage_does_not_carry_the_first_ones_answer(vault, dossier, tmp_path):
    """An inzage shows the packet as it would go now, never an earlier inzage's view."""
    kid, school = dossier["kid"], dossier["school"]
    first = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "een.pdf")
    vault.inzage.answer(first.inzage_id, "remarks", remarks=REMARKS)
    second = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "twee.pdf")
    manifest = manifest_of(tmp_path / "twee.pdf", second.password)
    assert not [i for i in manifest["items"] if i["key"].startswith("inzage:")]
    assert REMARKS not in flat(tmp_path / "twee.pdf", second.password)
