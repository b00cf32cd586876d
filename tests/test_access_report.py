"""The access report (GDPR Art 15 and 20, issue 10): the parents' PDF carries the Art 15(1)
information in Dutch and the documents themselves as attachments (Art 15(3)), hashed in the
signed manifest; access-report.json is format v1, checked against its published schema."""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
import subprocess
from datetime import date

import jsonschema
import pikepdf
import pypdf
import pytest

from casefile import Category
from casefile import access_report as access
from casefile.packet_format import sha256, verify_packet
from support import access_report_json

DOC_BYTES = b"%PDF-1.4 toetsverslag van Wietske, fictief\n"
LETTER = b"Brief van de school over Wietske.\n"
ART15_HEADINGS = ("Doeleinden van de verwerking", "Soorten persoonsgegevens", "Ontvangers",
                  "Bewaartermijnen", "Uw rechten", "Klachten", "Herkomst van de gegevens",
                  "Kopie van de documenten")
AP_SENTENCE = ("Bent u het niet eens met hoe wij met de gegevens van uw kind omgaan, dan kunt "
               "u een klacht indienen bij de Autoriteit Persoonsgegevens "
               "(autoriteitpersoonsgegevens.nl).")


@pytest.fixture
def dossier(vault, tmp_path, clock):
    kid = vault.children.add(first_name="Wietske", last_name="Bosgra",
                             birth_date=date(2016, 1, 5))
    mum = vault.guardians.add(kid.id, name="Anke Bosgra", has_authority=True,
                              phone="06-11112222", relation="moeder")
    dad = vault.guardians.add(kid.id, name="Joost Bosgra", has_authority=True)
    school = vault.organisations.add(name="OBS Het Kompas", kind="school")
    vault.trajectories.add(kid.id, title="Leesbegeleiding", start_date=date(2019, 1, 1))
    vault.notes.finalise(vault.notes.add(kid.id, text="Oefent met lezen.").id)
    test = vault.documents.import_bytes(kid.id, DOC_BYTES, "toets.pdf",
                                        category=Category.ASSESSMENTS)
    letter = vault.documents.import_bytes(kid.id, LETTER, "brief.txt",
                                          source_organisation_id=school.id,
                                          received_on=date(2026, 2, 20))
    given = vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                                  purpose="Overstap", categories={Category.IDENTITY},
                                  given_by=[mum.id, dad.id], valid_from=date(2026, 1, 1),
                                  valid_until=date(2027, 1, 1))
    vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    clock.advance(minutes=5)
    vault.consents.withdraw(given.id, by=mum.id)
    return kid, mum, school, test, letter


def read(report):
    packet = report.path.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(packet))
    reader.decrypt(report.password)
    # each page without its footer ("2 / 3"), so a table split by a page reads as one
    text = " ".join(re.sub(r"\s*\d+ / \d+$", "", " ".join(p.extract_text().split()))
                    for p in reader.pages)
    with pikepdf.open(report.path, password=report.password) as pdf:
        files = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
    return text, files, verify_packet(packet, report.password)


def held(files) -> dict:
    """The JSON of a report, validated against the published schema on every read."""
    data = json.loads(files[access.FILE_NAME])
    jsonschema.Draft202012Validator(access.schema(),
                                    format_checker=jsonschema.FormatChecker()).validate(data)
    return data


def test_the_support_helper_validates_what_it_reads(vault, dossier, tmp_path, qapp):
    kid, *_ = dossier
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    assert access_report_json(report.path, report.password)["format"] == access.FORMAT


def test_the_schema_is_a_valid_draft_2020_12_schema_found_as_package_data():
    schema = access.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["format"] == {"const": "casefile-access-report"}
    assert schema["properties"]["version"] == {"const": 1}


def test_the_pdf_gives_every_art_15_1_heading_in_dutch_and_the_complaint_sentence(
        vault, dossier, tmp_path, qapp):
    kid, *_ = dossier
    text, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    held(files)
    assert text.startswith("Inzage in persoonsgegevens")
    at = 0
    for heading in ART15_HEADINGS:
        found = text.find(heading, at)
        assert found >= 0, (heading, text)
        at = found
    assert AP_SENTENCE in text
    assert "geautomatiseerde verwerking" in text  # Art 15(1)(h): there is none
    for right in ("Rectificatie", "Wissing", "Beperking", "Bezwaar", "Overdraagbaarheid",
                  "Intrekken van toestemming"):
        assert right in text, right
    # the recipients are the disclosures made; the source names where a document came from
    assert re.search(r"02-03-2026: OBS Het Kompas", text)
    assert "brief.txt: ontvangen van OBS Het Kompas" in text
    assert "5 jaar" in text and "7 jaar" in text  # the practice's retention settings


def test_the_pdf_speaks_dutch_only_and_dates_as_dd_mm_jjjj(vault, dossier, tmp_path, qapp):
    kid, *_ = dossier
    text, _, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    for code in ("True", "False", "None", "active", "inactive", "permit", "session_notes",
                 "assessments", "disclosure", "withdrawn", "identity", "guardian/", "user/",
                 "Access", "Purposes", "Rights", "Recipients", "received from", "minutes"):
        assert not re.search(rf"(?<![\w-]){re.escape(code)}(?![\w])", text), code
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), "an ISO date in the PDF"
    assert "– —" not in text and "(02-10" not in text
    assert "vanaf 01-01-2019 (loopt nog)" in text  # an open trajectory, in words
    assert "Gezag ja" in text and "Status Ingetrokken op 02-03-2026" in text


def test_each_document_is_attached_with_its_sha256_in_the_manifest_and_the_pdf(
        vault, dossier, tmp_path, qapp):
    kid, _, _, test, letter = dossier
    text, files, verified = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    assert verified.ok, verified.problems
    by_key = {i["key"]: i for i in verified.manifest["items"]}
    for doc, data in ((test, DOC_BYTES), (letter, LETTER)):
        name = f"documents/{doc.id}-{doc.filename}"
        assert files[name] == data
        assert by_key[f"document:{doc.id}"] == {"key": f"document:{doc.id}", "file": name,
                                                "sha256": sha256(data)}
        assert sha256(data) == doc.sha256
        assert doc.sha256 in text and name in text  # copied back letter for letter
    packet_id = held(files)["disclosures"][0]["packet_id"]
    assert packet_id in text
    assert by_key["access-report.json"]["sha256"] == sha256(files["access-report.json"])
    entries = {d["attachment"]: d["sha256"] for d in held(files)["documents"]}
    assert entries == {f"documents/{d.id}-{d.filename}": sha256(b)
                       for d, b in ((test, DOC_BYTES), (letter, LETTER))}


def test_a_changed_attachment_fails_verification(vault, dossier, tmp_path, qapp):
    kid, _, _, test, _ = dossier
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    with pikepdf.open(report.path, password=report.password) as pdf:
        name = f"documents/{test.id}-toets.pdf"
        pdf.attachments[name] = pikepdf.AttachedFileSpec(pdf, b"anders", filename="toets.pdf")
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="x", user=report.password, R=6))
    verified = verify_packet(out.getvalue(), report.password)
    assert f"hash_mismatch: document:{test.id}" in verified.problems


def test_the_json_names_its_format_and_uses_one_form_for_each_kind_of_value(
        vault, dossier, tmp_path, clock, qapp):
    kid, _, school, *_ = dossier
    _, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    data = held(files)
    assert (data["format"], data["version"]) == ("casefile-access-report", 1)
    assert data["created"] == "2026-03-02T09:05:00+00:00" == clock.now().isoformat()
    assert data["child"]["birth_date"] == "2016-01-05"
    assert data["child"]["restricted"] is False
    assert [g["has_authority"] for g in data["guardians"]] == [True, True]
    assert data["notes"][0]["finalised"] is True
    assert data["trajectories"][0]["end_date"] is None
    [disclosure] = data["disclosures"]
    assert disclosure["without_consent"] is False
    assert disclosure["created_at"].endswith("+00:00")
    assert disclosure["recipient"] == f"organisation/{school.id}"
    assert data["child"]["school"] is None
    # every moment anywhere carries its offset
    moments = re.findall(r'"(\d{4}-\d{2}-\d{2}T[^"]*)"', files["access-report.json"].decode())
    assert moments and all(re.search(r"(\+\d{2}:\d{2}|Z)$", m) for m in moments)


def test_every_reference_in_the_json_names_an_entry_of_the_same_file(
        vault, dossier, tmp_path, qapp):
    kid, mum, school, *_ = dossier
    vault.users.add("bea", role="admin", temporary_passphrase="tweede-beheerder-Bea-2026")
    vault.packets.create_legal(kid.id, school.id, tmp_path / "melding.pdf",
                               legal_ground="Meldcode huiselijk geweld", reason="Zorgen",
                               approver="bea", approver_passphrase="tweede-beheerder-Bea-2026")
    _, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    data = held(files)
    pointed, ids = access.references(data)
    assert {f"guardian/{mum.id}", f"organisation/{school.id}", f"child/{kid.id}"} <= pointed
    assert pointed <= ids, pointed - ids
    users = {u["id"]: u["display_name"] for u in data["users"]}
    legal = next(d for d in data["disclosures"] if d["without_consent"])
    assert users[legal["approved_by"]] == "bea"
    assert users[legal["created_by"]] == vault.users.current.name
    assert "cor" not in users.values()  # only the users the file refers to


def test_consents_read_as_fhir_consent_resources(vault, dossier, tmp_path, qapp):
    kid, mum, school, *_ = dossier
    dad = next(g for g in vault.guardians.list(kid.id) if g.id != mum.id)
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="Verslag", categories={Category.SESSION_NOTES,
                                                         Category.IDENTITY},
                          given_by=[mum.id, dad.id], valid_from=date(2026, 3, 1),
                          valid_until=date(2026, 9, 1))
    _, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    consents = {c["provision"]["purpose"][0]["display"]: c for c in held(files)["consents"]}
    live, withdrawn = consents["Verslag"], consents["Overstap"]
    assert live["resourceType"] == "Consent"
    assert (live["status"], withdrawn["status"]) == ("active", "inactive")
    assert withdrawn["casefile"]["state"] == "withdrawn"
    assert withdrawn["casefile"]["withdrawal"]["by"] == f"guardian/{mum.id}"
    provision = live["provision"]
    assert provision["type"] == "permit"
    # FHIR's Period.end is inclusive: the last day the consent holds
    assert provision["period"] == {"start": "2026-03-01", "end": "2026-08-31"}
    assert live["casefile"]["valid_until"] == "2026-09-01"
    assert [c["code"] for c in provision["class"]] == ["identity", "session_notes"]
    actors = [(a["role"]["coding"][0]["code"], a["reference"]["reference"])
              for a in provision["actor"]]
    assert actors == [("IRCP", f"organisation/{school.id}"), ("GUARD", f"guardian/{mum.id}"),
                      ("GUARD", f"guardian/{dad.id}")]
    assert live["patient"] == {"reference": f"child/{kid.id}"}


def test_a_wrong_type_fails_the_schema(vault, dossier, tmp_path, qapp):
    kid, *_ = dossier
    _, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    good = held(files)
    validator = jsonschema.Draft202012Validator(access.schema(),
                                                format_checker=jsonschema.FormatChecker())
    for path, wrong in ((("guardians", 0, "has_authority"), 1),
                        (("child", "birth_date"), "05-01-2016"),
                        (("created",), "2026-03-02T09:05:00"),  # no offset
                        (("disclosures", 0, "recipient"), 7),
                        (("consents", 0, "provision", "type"), "maybe"),
                        (("version",), 2)):
        bad = copy.deepcopy(good)
        target = bad
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = wrong
        assert not validator.is_valid(bad), path


def test_a_moment_without_an_offset_is_refused_by_the_serialiser():
    from datetime import datetime

    with pytest.raises(ValueError):
        access.moment(datetime(2026, 3, 2, 9, 0))
    assert access.day(date(2026, 1, 5)) == "2026-01-05"
    assert access.ref("guardian", 3) == "guardian/3" and access.ref("user", None) is None


def test_the_domain_names_the_renderers_monospace_font(qapp):
    from casefile import access_report_html, render

    assert access_report_html.MONO_FAMILY == render.MONO_FAMILY


def test_every_page_renders_with_ink_on_it(vault, dossier, tmp_path, qapp):
    """The pages as a parent sees them (pypdfium2, in memory); saved as PNG to look at."""
    import pypdfium2

    kid, *_ = dossier
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    document = pypdfium2.PdfDocument(report.path.read_bytes(), password=report.password)
    assert len(document) >= 2  # the information and the data held do not fit on one
    for index, page in enumerate(document):
        image = page.render(scale=1.2).to_pil().convert("L")
        image.save(tmp_path / f"inzage-{index + 1}.png")
        assert image.getextrema()[0] < 100, f"page {index + 1} is blank"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
def test_poppler_reads_the_same_dutch_and_the_hashes_letter_for_letter(
        vault, dossier, tmp_path, qapp):
    """pdftotext gets the PDF decrypted on stdin: the password never goes into argv."""
    kid, _, _, test, _ = dossier
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    with pikepdf.open(report.path, password=report.password) as pdf:
        plain = io.BytesIO()
        pdf.save(plain)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=plain.getvalue(),
                          capture_output=True, timeout=60, check=True)
    text = " ".join(done.stdout.decode("utf-8").split())
    assert text.startswith("Inzage in persoonsgegevens")
    assert AP_SENTENCE in text
    assert all(heading in text for heading in ART15_HEADINGS)
    assert test.sha256 in text and "\ufb00" not in text and "\ufb01" not in text


def test_changes_and_earlier_versions_are_printed_in_words_and_typed_in_the_json(
        vault, dossier, tmp_path, clock, qapp):
    kid, mum, school, *_ = dossier
    [note] = vault.notes.list(kid.id)
    clock.advance(minutes=1)
    vault.notes.amend(note.id, text="Oefent met lezen; gaat vooruit.", reason="aanvulling")
    vault.guardians.update(mum.id, has_authority=False, reason="rechter besliste")
    vault.children.update(kid.id, school_id=school.id, reason="ingeschreven")
    text, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    data = held(files)
    changes = {c["field"]: c for c in data["field_history"]}
    assert (changes["has_authority"]["old_value"], changes["has_authority"]["new_value"]) == (
        True, False)
    assert changes["school_id"]["old_value"] is None
    assert changes["school_id"]["new_value"] == f"organisation/{school.id}"
    pointed, ids = access.references(data)
    assert f"organisation/{school.id}" in pointed and pointed <= ids
    assert ("Wat Ouder of verzorger: gezag Oude waarde ja Nieuwe waarde nee "
            "Reden rechter besliste") in text
    assert "Wat Kind: school Oude waarde (leeg) Nieuwe waarde OBS Het Kompas" in text
    assert ("Eerdere versies van sessieverslagen (1) Sessieverslag 02-03-2026 Versie 1 "
            "Gewijzigd op 02-03-2026 Tekst Oefent met lezen.") in text
    assert "Sessieverslagen (1) 02-03-2026 · Sessieverslag · 45 minuten Oefent met lezen; " \
        "gaat vooruit." in text


def test_ids_and_hashes_are_set_in_the_monospace_font(vault, dossier, tmp_path, qapp):
    kid, _, _, test, _ = dossier
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    reader = pypdf.PdfReader(report.path)
    reader.decrypt(report.password)
    fonts: dict[str, set[str]] = {}

    def seen(text, _cm, _tm, font, _size):
        if font and text.strip():
            fonts.setdefault(str(font.get("/BaseFont", "")), set()).add(text.strip())

    for page in reader.pages:
        page.extract_text(visitor_text=seen)
    mono = " ".join(" ".join(texts) for name, texts in fonts.items() if "Mono" in name)
    prose = " ".join(" ".join(texts) for name, texts in fonts.items() if "Mono" not in name)
    assert test.sha256[:16] in mono and test.sha256[:16] not in prose
    assert "Inzage" in prose and "Inzage" not in mono


def test_the_access_reports_words_never_override_a_documents_word():
    """ACCESS_PDF is merged into PDF: a key in both would silently change the other
    documents' words (it once turned a packet's "%1 t/m %2" into "Periode")."""
    import ast
    from pathlib import Path

    from casefile import catalogue

    tree = ast.parse(Path(catalogue.__file__).read_text(encoding="utf-8"))
    literal = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("PDF", "ACCESS_PDF"):
                    literal[target.id] = {k.value for k in node.value.keys
                                          if isinstance(k, ast.Constant)}
    assert literal["ACCESS_PDF"] and literal["PDF"]
    assert not literal["PDF"] & literal["ACCESS_PDF"]


def test_a_consent_per_report_names_its_report_as_fhir_provision_data(
        vault, dossier, tmp_path, qapp):
    kid, mum, school, test, _letter = dossier
    dad = next(g for g in vault.guardians.list(kid.id) if g.id != mum.id)
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="Toetsverslag", categories={Category.IDENTITY},
                          items=[f"document:{test.id}"], given_by=[mum.id, dad.id],
                          valid_from=date(2026, 3, 1), valid_until=date(2026, 9, 1))
    text, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    data = held(files)  # validated against the schema, provision.data included
    consents = {c["provision"]["purpose"][0]["display"]: c for c in data["consents"]}
    per_report, whole = consents["Toetsverslag"], consents["Overstap"]
    assert per_report["provision"]["data"] == [
        {"meaning": "instance", "reference": {"reference": f"document/{test.id}"}}]
    assert "data" not in whole["provision"]
    pointed, ids = access.references(data)
    assert f"document/{test.id}" in pointed and pointed <= ids
    assert "Identiteit, Onderzoek: toets.pdf" in text  # the wizard's name for the item
    broken = copy.deepcopy(data)
    broken["consents"][0]["provision"]["data"] = [{"meaning": "instance",
                                                   "reference": {"reference": "identity"}}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(access.schema()).validate(broken)


def test_the_parents_requests_objections_holds_inzage_and_signatures_are_in_the_report(
        vault, dossier, tmp_path, clock, qapp):
    """Everything the practice holds because the parents asked or answered is theirs to
    see: the rights desk's register, an objection, a hold, the inzage and their view, how
    a withdrawal reached the practice and a signature added later."""
    kid, mum, school, *_ = dossier
    today = clock.today()
    request = vault.rights_desk.record(kid.id, kind="erasure", requester="guardian",
                                       guardian_id=mum.id, identity_check="known_contact",
                                       received_on=today)
    vault.rights_desk.extend(request.id, months=2, reason="Overleg met de school loopt nog")
    vault.rights_desk.record_objection(kid.id, purpose="service_information",
                                       received_on=today)
    vault.rights_desk.place_hold(kid.id, reason="Klacht in behandeling",
                                 ends_on=date(today.year + 1, 6, 1))
    again = vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                                  purpose="Overstap", categories={Category.IDENTITY},
                                  given_by=[mum.id], valid_from=today,
                                  valid_until=date(today.year + 1, 1, 1))
    dad = next(g for g in vault.guardians.list(kid.id) if g.name == "Joost Bosgra")
    vault.consents.add_signature(again.id, guardian_id=dad.id, signed_on=today)
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "concept.pdf")
    vault.inzage.answer(preview.inzage_id, "remarks",
                        remarks="Wij willen dat de school ook weet dat Wietske graag leest.")
    text, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    data = held(files)
    [asked] = data["rights_requests"]
    assert (asked["kind"], asked["guardian"], asked["extension_months"]) == (
        "erasure", f"guardian/{mum.id}", 2)
    assert [o["purpose"] for o in data["objections"]] == ["service_information"]
    assert [h["reason"] for h in data["retention_holds"]] == ["Klacht in behandeling"]
    [inzage] = data["inzages"]
    assert inzage["answer"] == "remarks" and "graag leest" in inzage["remarks"]
    signed = next(c for c in data["consents"] if c["id"] == f"consent/{again.id}")
    assert signed["casefile"]["signatures"] == [{"by": f"guardian/{dad.id}",
                                                 "signed_on": today.isoformat()}]
    for part in ("Uw verzoeken aan ons", "Wissen (art. 17)", "Gevraagd door Anke Bosgra",
                 "Bezwaren", "Vernietigingsstops", "Klacht in behandeling",
                 "Inzage vóór een overdrachtspakket",
                 "Wij willen dat de school ook weet dat Wietske graag leest."):
        assert part in text, part


def test_a_removed_organisation_is_still_named_where_the_report_refers_to_it(
        vault, tmp_path, qapp):
    """A consent names a school that was later removed from the address book: the report's
    reference to it still resolves inside the file."""
    kid = vault.children.add(first_name="Pien", last_name="Doornbos",
                             birth_date=date(2016, 3, 3))
    mum = vault.guardians.add(kid.id, name="Saskia Doornbos", has_authority=True)
    old = vault.organisations.add(name="CBS De Fontein", kind="school")
    vault.consents.record(kid.id, scope="disclosure", recipient_id=old.id, purpose="Overstap",
                          categories={Category.IDENTITY}, given_by=[mum.id],
                          valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    vault.organisations.remove(old.id, reason="school gefuseerd")
    _, files, _ = read(vault.rights.access_report(kid.id, tmp_path / "inzage.pdf"))
    data = held(files)
    assert {"id": f"organisation/{old.id}", "name": "CBS De Fontein", "kind": "school"} in \
        data["organisations"]
