"""The rights desk in detail: what the access report prints and carries, the rectification
history's entries and order, erasure's preview, progress, audit event and financial
boundary, and restriction's history and events (issue 12: tests that fail when a rule breaks)."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pikepdf
import pypdf
import pytest

from casefile import Category
from casefile.errors import InvalidInput, NotFound, NotPermitted
from casefile.packet_format import sha256, verify_packet
from support import access_report_json

COR, COR_PASS = "cor", "gewone-gebruiker-Cor-2026"


@pytest.fixture
def dossier(vault, tmp_path, clock):
    kid = vault.children.add(first_name="Wietske", last_name="Bosgra",
                             birth_date=date(2016, 1, 5))
    mum = vault.guardians.add(kid.id, name="Anke Bosgra", has_authority=True,
                              phone="06-11112222")
    school = vault.organisations.add(name="OBS Het Kompas", kind="school")
    vault.trajectories.add(kid.id, title="Leesbegeleiding", start_date=date(2019, 1, 1))
    note = vault.notes.finalise(vault.notes.add(kid.id, text="Oefent met lezen.").id)
    clock.advance(minutes=1)
    vault.notes.amend(note.id, text="Oefent met lezen, gaat vooruit.", reason="aanvulling")
    vault.documents.import_bytes(kid.id, b"rapport", "toets.txt",
                                 category=Category.ASSESSMENTS)
    given = vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                                  purpose="Overstap", categories={Category.IDENTITY},
                                  given_by=[mum.id], valid_from=date(2026, 1, 1),
                                  valid_until=date(2027, 1, 1))
    vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    vault.consents.withdraw(given.id, by=mum.id)
    wrong = vault.consents.record(kid.id, scope="processing", purpose="Onderzoek",
                                  categories={Category.SESSION_NOTES, Category.IDENTITY},
                                  given_by=[mum.id], valid_from=date(2026, 2, 1),
                                  valid_until=date(2027, 2, 1))
    vault.consents.enter_in_error(wrong.id, reason="verkeerd kind")
    return kid, mum, school, given


def _report(vault, kid, tmp_path):
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    packet = report.path.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(packet))
    reader.decrypt(report.password)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    with pikepdf.open(report.path, password=report.password) as pdf:
        files = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
    access_report_json(packet, report.password)  # every report read is checked
    return text, files, verify_packet(packet, report.password)


def test_the_access_report_prints_every_section_in_order_with_its_entries(
        vault, dossier, tmp_path, qapp):
    kid, *_ = dossier
    text, _, _ = _report(vault, kid, tmp_path)
    text = re.sub(r" \d+ / \d+(?= |$)", "", text)  # page numbers, wherever a page breaks
    expected = [
        "Inzage in persoonsgegevens",
        "Kind Wietske Bosgra Geboren 05-01-2016",
        "Ontvangers", "02-03-2026: OBS Het Kompas Onderdelen 1 onderdeel",
        "Ouders en verzorgers (1) Naam Anke Bosgra Telefoon 06-11112222 Gezag ja",
        "Trajecten (1) Traject Leesbegeleiding Periode vanaf 01-01-2019 (loopt nog)",
        "Sessieverslagen (1) 02-03-2026 · Sessieverslag · 45 minuten Oefent met lezen, "
        "gaat vooruit.",
        # newest first; one entered in error, with no recipient (so its scope)
        "Toestemmingen (2) Soort toestemming Gevoelige gegevens bewaren Doel Onderzoek "
        "Gegevens Identiteit, Sessieverslagen Periode Geldig van 01-02-2026 tot 01-02-2027",
        "Toestemming van Anke Bosgra Status Vergissing",
        "Ontvanger OBS Het Kompas Soort toestemming Delen met een ontvanger Doel Overstap Gegevens "
        "Identiteit Periode Geldig van 01-01-2026 tot 01-01-2027 Toestemming van Anke Bosgra "
        "Status Ingetrokken",
        "Kopie van de documenten", "Bestand toets.txt Soort Onderzoek Grootte 1 kB",
    ]
    at = 0
    for part in expected:
        found = text.find(part, at)
        assert found >= 0, (part, text)
        at = found + len(part)
    assert "XX" not in text and "None" not in text


def test_the_access_report_carries_the_same_data_as_json_listed_in_the_manifest(
        vault, dossier, tmp_path, qapp):
    kid, _, _, given = dossier
    _, files, verified = _report(vault, kid, tmp_path)
    body = files["access-report.json"]
    assert verified.ok
    manifest = verified.manifest
    assert (manifest["kind"], manifest["child_id"], manifest["vault_id"]) == (
        "access_report", kid.id, vault.context.vault_id)
    [document_file] = [name for name in files if name.startswith("documents/")]
    assert manifest["items"] == [
        {"key": "access-report.json", "file": "access-report.json", "sha256": sha256(body)},
        {"key": document_file.split("-")[0].replace("documents/", "document:"),
         "file": document_file, "sha256": sha256(files[document_file])}]
    held = json.loads(body)
    assert held["child"]["first_name"] == "Wietske"
    assert [g["name"] for g in held["guardians"]] == ["Anke Bosgra"]
    assert [t["title"] for t in held["trajectories"]] == ["Leesbegeleiding"]
    [note] = held["notes"]
    assert set(note) == {"id", "session_date", "duration_minutes", "category", "sensitivity",
                         "finalised", "version", "text"}
    assert (note["text"], note["version"], note["category"]) == (
        "Oefent met lezen, gaat vooruit.", 2, "session_notes")
    assert [(v["version"], v["text"], v["reason"]) for v in held["note_versions"]] == [
        (1, "Oefent met lezen.", ""), (2, "Oefent met lezen, gaat vooruit.", "aanvulling")]
    assert set(held["note_versions"][0]) == {"note", "version", "text", "reason",
                                             "changed_at"}
    assert held["note_versions"][0]["note"] == note["id"]
    [document] = held["documents"]
    assert set(document) == {"id", "filename", "media_type", "size", "sha256", "category",
                             "sensitivity", "received_on", "source", "attachment"}
    assert (document["filename"], document["size"], document["category"]) == (
        "toets.txt", 7, "assessments")
    names = {o["id"]: o["name"] for o in held["organisations"]}
    names |= {u["id"]: u["display_name"] for u in held["users"]}
    consents = {c["id"]: c for c in held["consents"]}
    shared = consents[f"consent/{given.id}"]["provision"]
    assert [names[a["reference"]["reference"]] for a in shared["actor"]
            if a["role"]["coding"][0]["code"] == "IRCP"] == ["OBS Het Kompas"]
    assert [c["code"] for c in shared["class"]] == ["identity"]
    research = next(c for c in consents.values() if c["id"] != f"consent/{given.id}")
    assert research["status"] == "entered-in-error"
    assert research["casefile"]["entered_in_error"] is True
    assert [a["role"]["coding"][0]["code"] for a in research["provision"]["actor"]] == [
        "GUARD"]  # no recipient
    assert [c["code"] for c in research["provision"]["class"]] == [
        "identity", "session_notes"]  # sorted
    [disclosure] = held["disclosures"]
    assert (names[disclosure["recipient"]], disclosure["without_consent"],
            names[disclosure["created_by"]]) == ("OBS Het Kompas", False,
                                                 vault.users.current.name)


def test_field_history_in_the_report_names_no_user(vault, dossier, tmp_path, qapp):
    kid, mum, *_ = dossier
    vault.guardians.update(mum.id, phone="06-99998888", reason="nieuw nummer")
    _, files, _ = _report(vault, kid, tmp_path)
    [change] = [c for c in json.loads(files["access-report.json"])["field_history"]
                if c["field"] == "phone"]
    assert change == {"object": f"guardian/{mum.id}", "field": "phone",
                      "old_value": "06-11112222", "new_value": "06-99998888",
                      "reason": "nieuw nummer", "changed_at": change["changed_at"]}


def test_rectification_history_lists_fields_and_note_versions_newest_first(
        vault, dossier, clock):
    kid, *_ = dossier
    clock.advance(minutes=1)
    vault.children.update(kid.id, last_name="Bosgra-Hoekstra", reason="naam gewijzigd")
    me = vault.users.current.id
    history = vault.rights.rectification_history(kid.id)
    assert history[0] == {"object_type": "child", "object_id": kid.id, "field": "last_name",
                          "old_value": "Bosgra", "new_value": "Bosgra-Hoekstra",
                          "reason": "naam gewijzigd", "changed_by": me,
                          "changed_at": history[0]["changed_at"]}
    versions = [h for h in history if h["object_type"] == "note"]
    assert [(v["new_value"], v["reason"], v["field"], v["old_value"]) for v in versions] == [
        ("v2", "aanvulling", "text", None), ("v1", "", "text", None)]
    assert all(v["changed_by"] == me for v in versions)
    moments = [h["changed_at"] for h in history]
    assert moments == sorted(moments, reverse=True) and moments[0] > moments[-1]


def test_restriction_is_recorded_in_the_history_and_audited_once(vault, dossier):
    kid, *_ = dossier
    vault.rights.restrict(kid.id, reason="  bezwaar van moeder  ")
    vault.rights.restrict(kid.id, reason="nog eens")  # already restricted: nothing new
    assert vault.children.get(kid.id).restricted
    [event] = vault.audit.events(child_id=kid.id, action="restrict")
    assert (event.object_type, event.object_id, event.child_id) == (
        "child", str(kid.id), kid.id)
    [change] = [h for h in vault.rights.rectification_history(kid.id)
                if h["field"] == "restricted"]
    assert (change["reason"], change["new_value"]) == ("bezwaar van moeder", "1")
    vault.rights.lift_restriction(kid.id, reason="bezwaar ingetrokken")
    assert not vault.children.get(kid.id).restricted
    [lifted] = vault.audit.events(child_id=kid.id, action="lift_restriction")
    assert (lifted.object_id, lifted.child_id) == (str(kid.id), kid.id)
    for reason in ("", "   ", "x" * 501):
        with pytest.raises(InvalidInput):
            vault.rights.restrict(kid.id, reason=reason)
    assert not vault.children.get(kid.id).restricted


def _invoice(vault, kid, number, day):
    with vault.context.transaction() as tx:
        tx.execute("INSERT INTO financial_records (child_id, invoice_number, invoice_date, "
                   "payer, amount_cents, created_at) VALUES (?, ?, ?, 'DEB-0042', 100, ?)",
                   (kid.id, number, day, day))


def test_erasure_preview_counts_and_keeps_invoices_to_the_day(vault, dossier, reopen):
    kid, *_ = dossier
    _invoice(vault, kid, "F-2019-001", "2019-03-02")  # 7 years on the clock's day: expired
    _invoice(vault, kid, "F-2019-002", "2019-03-03")  # one day short: kept
    preview = vault.rights.erasure_preview(kid.id)
    assert preview.kept == ["F-2019-002 (2019-03-03)"]
    assert preview.erased["financial_records"] == 1
    assert preview.erased["notes"] == 1 and preview.erased["guardians"] == 1
    assert preview.erased["documents"] == 1 and preview.erased["consents"] == 2
    assert preview.child_id == kid.id
    with pytest.raises(NotFound):
        vault.rights.erasure_preview(kid.id + 100)


def test_erasure_reports_its_steps_audits_without_names_and_says_if_it_wiped(
        vault, dossier, clock):
    kid, *_ = dossier
    _invoice(vault, kid, "F-2024-001", "2024-05-01")
    preview = vault.rights.erasure_preview(kid.id)
    steps = []
    result = vault.rights.erase(kid.id, reason="verzoek ouders", vacuum=False,
                                progress=lambda d, t: steps.append((d, t)))
    assert steps == [(0, 2), (1, 2), (2, 2)]
    assert (result.child_id, result.erased, result.kept, result.wiped) == (
        kid.id, preview.erased, preview.kept, False)
    [event] = vault.audit.events(action="erase")
    assert (event.object_type, event.object_id, event.child_id) == (
        "child", str(kid.id), kid.id)
    assert event.details == {"rows": sum(preview.erased.values()), "kept_financial": 1,
                             "reason": "request"}
    with pytest.raises(NotFound):
        vault.children.get(kid.id)
    assert vault.search.notes("lezen") == []


def test_erasure_by_retention_is_audited_as_such_and_wipes(vault, clock):
    kid = vault.children.add(first_name="Hylke", last_name="Veenstra",
                             birth_date=date(2010, 1, 1))
    result = vault.rights.erase(kid.id, reason="retention")
    assert result.wiped
    [event] = vault.audit.events(action="erase")
    assert event.details["reason"] == "retention"
    with pytest.raises(InvalidInput):
        vault.rights.erase(kid.id, reason=" ")


def test_only_an_admin_erases_or_previews(vault, reopen, clock):
    kid = vault.children.add(first_name="Hylke", last_name="Veenstra",
                             birth_date=date(2010, 1, 1))
    cor_user = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    vault.caseload.add(kid.id, cor_user.id, reason="Cor begeleidt Hylke")
    vault.lock()
    with reopen(COR, COR_PASS) as cor:
        for attempt in (lambda: cor.rights.erasure_preview(kid.id),
                        lambda: cor.rights.erase(kid.id, reason="verzoek"),
                        lambda: cor.rights.audit_events()):
            with pytest.raises(NotPermitted):
                attempt()
        assert cor.children.get(kid.id)


def test_reasons_are_bounded_and_named_in_the_refusal(vault, dossier):
    kid, *_ = dossier
    vault.rights.restrict(kid.id, reason="r" * 500)  # a restriction's reason may be long
    with pytest.raises(InvalidInput) as refused:
        vault.rights.lift_restriction(kid.id, reason="")
    assert (refused.value.code, refused.value.params["field"]) == ("field_empty", "reason")
    me = vault.users.current.id
    [change] = [h for h in vault.rights.rectification_history(kid.id)
                if h["field"] == "restricted"]
    assert change["changed_by"] == me
    with pytest.raises(InvalidInput) as refused:
        vault.rights.erase(kid.id, reason="e" * 201)
    assert refused.value.params == {"field": "reason", "limit": 200}
    with pytest.raises(InvalidInput) as refused:
        vault.rights.erase(kid.id, reason="")
    assert refused.value.params["field"] == "reason"
    assert vault.children.get(kid.id)
    vault.rights.erase(kid.id, reason="e" * 200)


def test_note_versions_in_the_history_name_their_note(vault, dossier):
    kid, *_ = dossier
    [note] = vault.notes.list(kid.id)
    versions = [h for h in vault.rights.rectification_history(kid.id)
                if h["object_type"] == "note"]
    assert set(versions[0]) == {"object_type", "object_id", "field", "old_value",
                                "new_value", "reason", "changed_by", "changed_at"}
    assert [v["object_id"] for v in versions] == [note.id, note.id]


def test_another_childs_invoices_are_neither_counted_nor_erased(vault, dossier):
    kid, *_ = dossier
    other = vault.children.add(first_name="Sjoerd", last_name="Hoekstra",
                               birth_date=date(2015, 2, 2))
    _invoice(vault, other, "F-2018-009", "2018-01-01")  # past its term, but not this child's
    _invoice(vault, other, "F-2025-009", "2025-01-01")
    assert vault.rights.erasure_preview(kid.id).erased["financial_records"] == 0
    assert vault.rights.erasure_preview(kid.id).kept == []
    vault.rights.erase(kid.id, reason="verzoek ouders")
    assert [r[0] for r in vault.context.db().execute(
        "SELECT invoice_number FROM financial_records ORDER BY invoice_number")] == [
        "F-2018-009", "F-2025-009"]
    assert vault.rights.erasure_preview(other.id).erased["financial_records"] == 1


def test_the_access_report_is_titled_dated_and_audited_in_the_practices_language(
        vault, dossier, tmp_path, clock, qapp):
    kid, mum, school, _ = dossier
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="Verslag", categories={Category.SESSION_NOTES},
                          given_by=[mum.id], valid_from=date(2026, 3, 1),
                          valid_until=date(2026, 9, 1))
    vault.children.update(kid.id, first_name="Wietské", reason="spelling")
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    with pikepdf.open(report.path, password=report.password) as pdf:
        assert str(pdf.docinfo["/Title"]) == "Inzage in persoonsgegevens"
        body = pdf.attachments["access-report.json"].get_file().read_bytes()
    assert "Wietské".encode() in body  # UTF-8 as written, not \u escapes
    assert access_report_json(report.path, report.password)["child"]["first_name"] == "Wietské"
    assert body.startswith(b'{\n "format": "casefile-access-report",\n "version": 1,')
    (tmp_path / "again").mkdir()
    (tmp_path / "en").mkdir()
    text, _, verified = _report(vault, kid, tmp_path / "again")
    assert verified.manifest["created"] == clock.now().isoformat()
    # one consent is in error, one withdrawn, one valid: each marked as it is, once
    assert text.count("Status Vergissing") == 1 and text.count("Status Ingetrokken") == 1
    assert text.count("Status Actief") + text.count("Status Verloopt") == 1
    assert "wettelijke plicht" not in text  # no legal disclosure here
    [event, *_] = vault.audit.events(child_id=kid.id, action="access_report")
    assert (event.object_type, event.object_id, event.child_id) == (
        "child", str(kid.id), kid.id)
    vault.settings.update(language="en")
    english, _, _ = _report(vault, kid, tmp_path / "en")
    assert english.startswith("Access to personal data")


# -- need-to-know, a hold before an erasure, the audit log saved for the privacy officer ---


def test_a_counsellor_without_the_dossier_neither_restricts_it_nor_reads_its_history(
        vault, dossier, reopen):
    from casefile.errors import NotOnCaseload

    kid = dossier[0]
    vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    vault.lock()
    with reopen(COR, COR_PASS) as v:
        with pytest.raises(NotOnCaseload):
            v.rights.restrict(kid.id, reason="Bezwaar van de ouders")
        with pytest.raises(NotOnCaseload):
            v.rights.rectification_history(kid.id)
    with reopen() as admin:
        assert not admin.children.get(kid.id).restricted


def test_a_held_dossier_is_not_erased_until_the_hold_ends(vault, dossier, clock):
    from casefile.errors import DossierOnHold

    kid = dossier[0]
    vault.rights_desk.place_hold(kid.id, reason="Klacht bij de geschillencommissie",
                                 ends_on=date(2026, 4, 1))
    with pytest.raises(DossierOnHold) as asked:
        vault.rights.refuse_if_held(kid.id)
    assert asked.value.params["until"] == "01-04-2026"
    with pytest.raises(DossierOnHold):
        vault.rights.erase(kid.id, reason="Verzoek van de ouders")
    assert vault.children.count() == 1
    clock.set(clock.now().replace(month=4, day=1))  # the hold ends on that day
    vault.rights.refuse_if_held(kid.id)
    vault.rights.erase(kid.id, reason="Verzoek van de ouders")
    assert vault.children.count() == 0


def test_the_audit_log_saved_as_csv_holds_each_event_in_words_and_is_audited(
        vault, dossier, tmp_path):
    from casefile.model import AuditAction

    kid = dossier[0]
    vault.rights.restrict(kid.id, reason="Bezwaar van de ouders")
    vault.rights.lift_restriction(kid.id, reason="Bezwaar ingetrokken")
    out = tmp_path / "log.csv"
    count = vault.rights.export_audit_log(out, "csv", child_id=kid.id)
    wanted = vault.rights.audit_events(child_id=kid.id)
    assert count == len(wanted) > 2
    header, *lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == count and header.count(";") == 5
    assert all("Wietske Bosgra" in line for line in lines)
    assert (out.stat().st_mode & 0o777) == 0o600
    [event] = vault.rights.audit_events(action=AuditAction.EXPORT_AUDIT_LOG.value)
    assert (event.object_type, event.details) == ("audit_log",
                                                  {"format": "csv", "events": count})


def test_the_audit_log_saved_as_pdf_says_from_when_how_many_when_saved_and_by_whom(
        vault, dossier, tmp_path, clock):
    from datetime import datetime

    from casefile import catalogue
    from casefile.model import AuditAction
    from casefile.render_text import Words

    say = Words(vault.settings.get().language)
    since = datetime(2026, 3, 1, tzinfo=clock.now().tzinfo)
    out = tmp_path / "log.pdf"
    before = len(vault.rights.audit_events(since=since))
    count = vault.rights.export_audit_log(out, "pdf", since=since)
    assert count == before  # its own event is recorded after it was written
    reader = pypdf.PdfReader(out)
    assert reader.metadata.title == say(catalogue.history_word("audit_title"))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert say(catalogue.history_word(
        "audit_period", "01-03-2026", count, catalogue.fmt_moment(clock.now()),
        vault.users.current.name)) in text
    everything = vault.rights.export_audit_log(tmp_path / "alles.pdf")  # pdf by default
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(
        tmp_path / "alles.pdf").pages).split())
    assert say(catalogue.history_word("audit_period", "—", everything,
                                      catalogue.fmt_moment(clock.now()),
                                      vault.users.current.name)) in text
    saved = vault.rights.audit_events(action=AuditAction.EXPORT_AUDIT_LOG.value)
    assert sorted((e.details["format"], e.details["events"]) for e in saved) == sorted(
        [("pdf", count), ("pdf", everything)])


def test_only_an_admin_reads_the_names_behind_the_practice_wide_log(vault, dossier, reopen):
    kid = dossier[0]
    names = vault.rights.audit_names()
    assert names.children[kid.id] == "Wietske Bosgra"
    vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    vault.lock()
    with reopen(COR, COR_PASS) as v, pytest.raises(NotPermitted):
        v.rights.audit_names()


def test_an_erasure_deletes_the_invoices_past_their_term_and_unlinks_the_kept_ones(
        vault, dossier):
    kid, *_ = dossier
    _invoice(vault, kid, "F-2019-001", "2019-03-02")  # 7 years on the clock's day: expired
    _invoice(vault, kid, "F-2024-001", "2024-05-01")  # within its term: kept by law
    vault.rights.erase(kid.id, reason="verzoek ouders", vacuum=False)
    assert [tuple(r) for r in vault.context.db().execute(
        "SELECT invoice_number, child_id FROM financial_records")] == [("F-2024-001", None)]


@pytest.mark.parametrize("vacuum", [False, True])
def test_an_erasure_rebuilds_the_file_only_when_asked(vault, dossier, vacuum):
    kid, *_ = dossier
    vault.documents.import_bytes(kid.id, b"x" * 300_000, "groot.txt",
                                 category=Category.ASSESSMENTS)  # pages that will be freed
    result = vault.rights.erase(kid.id, reason="verzoek ouders", vacuum=vacuum)
    free = vault.context.db().execute("PRAGMA freelist_count").fetchone()[0]
    assert result.wiped is vacuum
    assert (free == 0) is vacuum, free


def test_the_audit_log_is_saved_in_the_practices_language(vault, dossier, tmp_path):
    from casefile import log_rows
    from casefile.render_text import Words

    vault.settings.update(language="en")
    out = tmp_path / "log.csv"
    vault.rights.export_audit_log(out, "csv")
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    english = ";".join(Words("en")(h) for h in log_rows.audit_headers())
    assert english != ";".join(Words("nl")(h) for h in log_rows.audit_headers())
    assert header == english
    vault.rights.export_audit_log(tmp_path / "log.pdf")
    with pikepdf.open(tmp_path / "log.pdf") as pdf:
        assert str(pdf.Root.Lang) == "en"  # what a screen reader reads it in


@pytest.mark.parametrize(("policy", "state"), [("one", "active"), ("all", "insufficient")])
def test_the_access_report_judges_each_consent_by_the_practices_policy(
        vault, tmp_path, qapp, policy, state):
    kid = vault.children.add(first_name="Jelte", last_name="Wiersma",
                             birth_date=date(2018, 4, 4))
    mum = vault.guardians.add(kid.id, name="Tjitske Wiersma", has_authority=True)
    vault.guardians.add(kid.id, name="Douwe Wiersma", has_authority=True)
    school = vault.organisations.add(name="CBS De Fonteyn", kind="school")
    vault.settings.update(consent_policy=policy)
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="Overstap", categories={Category.SESSION_NOTES},
                          given_by=[mum.id],
                          valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    [consent] = access_report_json(report.path, report.password)["consents"]
    assert consent["casefile"]["state"] == state
    with pikepdf.open(report.path, password=report.password) as pdf:
        assert str(pdf.Root.Lang) == "nl"
    vault.settings.update(language="en")
    (tmp_path / "en").mkdir()
    report = vault.rights.access_report(kid.id, tmp_path / "en" / "report.pdf")
    with pikepdf.open(report.path, password=report.password) as pdf:
        assert str(pdf.Root.Lang) == "en"  # what a screen reader reads it in
