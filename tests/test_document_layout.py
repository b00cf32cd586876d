"""The documents as a school secretary or a parent reads them (issue 10): every document
rendered, its text read back with pypdf and with pdftotext, labels and values in Dutch, no
English code word, ids and hashes copied back exactly, one date form, empty fields left out,
the document language and title set, and each page rendered to PNG."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import pikepdf
import pypdf
import pypdfium2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile import Category
from casefile import packet_content as pc
from casefile.packet_format import verify_packet
from casefile.recovery_sheet import sheet_html
from casefile.render import QtRenderer

# Code words that must never reach a reader; the Dutch words are checked separately.
CODE_WORDS = re.compile(r"\b(active|intake|paused|closed|True|False|None|identity|contact"
                        r"|contact_details|guidance_summary|session_notes|assessments)\b")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def dossier(vault, qapp):
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school",
                                     address="Schoolstraat 4, 1234 AB Zandvoort")
    kid = vault.children.add(first_name="Fenna", last_name="Zwartjes",
                             birth_date=date(2016, 12, 3), school_id=school.id,
                             school_group="5b", status="active")
    mum = vault.guardians.add(kid.id, name="Annelies Zwartjes", relation="moeder",
                              has_authority=True, phone="06-12345678",
                              email="annelies@example.org",
                              address="Duinweg 12, 1234 CD Zandvoort")
    dad = vault.guardians.add(kid.id, name="Joost Zwartjes", relation="vader",
                              has_authority=True)
    aunt = vault.guardians.add(kid.id, name="Ilse Visser", relation="tante")
    vault.trajectories.add(kid.id, title="Leesbegeleiding", start_date=date(2025, 10, 2),
                           summary="Wekelijks, op dinsdag.")
    vault.trajectories.add(kid.id, title="Intake", start_date=date(2025, 9, 1),
                           end_date=date(2025, 9, 30))
    note = vault.notes.finalise(vault.notes.add(
        kid.id, text="Officieel effectief: leest de fijne woorden vlotter.\nTweede regel.").id)
    vault.documents.import_bytes(kid.id, b"%PDF-1.4 toets", "toets-effi.pdf",
                                 category=Category.ASSESSMENTS)
    vault.documents.import_bytes(kid.id, b"brief", "brief.txt", category=Category.DOCUMENTS)
    return {"kid": kid, "school": school, "mum": mum, "dad": dad, "aunt": aunt, "note": note}


def consent_for(vault, dossier, categories, recipient_id=None):
    return vault.consents.record(
        dossier["kid"].id, scope="disclosure",
        recipient_id=recipient_id or dossier["school"].id, purpose="Overstap naar groep 6",
        categories=set(categories), given_by=[dossier["mum"].id, dossier["dad"].id],
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))


def decrypted(data: bytes, password: str | None) -> bytes:
    """The PDF without its encryption, in memory (pdftotext gets it on stdin, so the
    password never goes into an argument)."""
    with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def pypdf_text(data: bytes, pages: slice = slice(None)) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages[pages])


def poppler_text(data: bytes) -> str:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; scripts/setup test adds it")
    done = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True, timeout=60)
    return " ".join(done.stdout.decode().split())


def both_texts(data: bytes) -> list[str]:
    return [pypdf_text(data), poppler_text(data)]


def assert_reads_as_dutch(text: str) -> None:
    assert not CODE_WORDS.search(text), CODE_WORDS.search(text)
    assert not ISO_DATE.search(text), ISO_DATE.search(text)
    assert "–" not in text and "– —" not in text and "()" not in text


def pages_to_png(data: bytes, folder, name: str) -> list:
    """Every page as a PNG (to look at), each with ink on it."""
    folder.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(data)
    paths = []
    for index in range(len(document)):
        image = document[index].render(scale=1.5).to_pil()
        assert image.convert("L").getextrema()[0] < 128, "a page without text"
        path = folder / f"{name}-{index + 1}.png"
        image.save(path)
        paths.append(path)
    return paths


def words(vault):
    return pc.pdf_text(QtRenderer(), vault.settings.get().language)


def test_the_packet_reads_as_dutch_with_label_and_value_apart(vault, dossier, tmp_path):
    consent_for(vault, dossier, set(Category))
    out = tmp_path / "pakket.pdf"
    packet = vault.packets.create(dossier["kid"].id, dossier["school"].id, out,
                                  purpose="Overstap naar groep 6")
    raw = out.read_bytes()
    manifest = verify_packet(raw, packet.password).manifest
    data = decrypted(raw, packet.password)
    pages_to_png(data, tmp_path / "png", "pakket")
    fingerprint = vault.packets.fingerprint()
    for text in both_texts(data):
        assert_reads_as_dutch(text)
        for row in ("Kind Fenna Zwartjes", "Geboren 03-12-2016", "School Basisschool De Regenboog",
                    "Groep 5b", "Begeleiding Actief", "Periode sinds 02-10-2025",
                    "Periode 01-09-2025 t/m 30-09-2025", "Relatie moeder", "Gezag Ja",
                    "Gezag Nee", "Telefoon 06-12345678", "Adres Duinweg 12, 1234 CD Zandvoort",
                    "Duur 45 minuten", "Versie 1", "Bestand toets-effi.pdf",
                    "Doel Overstap naar groep 6", "door Annelies Zwartjes, Joost Zwartjes"):
            assert row in text, row
        # a guardian without phone or address gets no blank rows: one phone, one address
        assert text.count("Telefoon") == 1 and text.count("Adres") == 1
        assert "Officieel effectief: leest de fijne woorden vlotter." in text
        assert "Vergelijk deze vingerafdruk met die op het toestemmingsformulier" in text
        compact = "".join(text.split())
        for exact in (packet.packet_id, fingerprint.replace(" ", ""),
                      *(i["sha256"] for i in manifest["items"])):
            assert exact in compact, exact
    poppler = poppler_text(data)  # pdftotext reads ids and hashes letter for letter
    assert f"Kenmerk {packet.packet_id}" in poppler and fingerprint in poppler
    assert all(f"SHA-256 {i['sha256']}" in poppler for i in manifest["items"])
    assert f'casefile verify-packet --expect-fingerprint "{fingerprint}" pakket.pdf' in poppler


def test_the_consent_form_and_the_art19_letter_read_as_dutch(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    form = vault.consent_documents.consent_form(
        kid.id, recipient_id=school.id, purpose="Overstap naar groep 6",
        categories={Category.IDENTITY, Category.SESSION_NOTES}, valid_from=date(2026, 1, 1),
        valid_until=date(2027, 1, 1), covers_special=True)
    fingerprint = vault.packets.fingerprint()
    pages_to_png(form, tmp_path / "png", "toestemming")
    for text in both_texts(form):
        assert_reads_as_dutch(text)
        for row in ("Kind Fenna Zwartjes", "Geboren 03-12-2016",
                    "Ontvanger Basisschool De Regenboog", "Geldig vanaf 01-01-2026",
                    "Geldig tot 01-01-2027", "Naam Annelies Zwartjes", "Naam Joost Zwartjes",
                    "Sessieverslagen", "bijzondere persoonsgegevens",
                    "Bewaar deze pagina: een school vergelijkt deze vingerafdruk"):
            assert row in text, row
        assert "Ilse Visser" not in text  # no parental authority: she does not sign
        assert "Naam Fenna Zwartjes" not in text  # a 9-year-old does not sign (from 12)
        assert fingerprint.replace(" ", "") in "".join(text.split())
    assert f'--expect-fingerprint "{fingerprint}" pakket.pdf' in poppler_text(form)

    consent = consent_for(vault, dossier, {Category.IDENTITY})
    packet = vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    vault.consents.withdraw(consent.id, by=dossier["mum"].id)
    [(recipient_id, letter)] = vault.consent_documents.deletion_letters(consent.id)
    assert recipient_id == school.id
    pages_to_png(letter, tmp_path / "png", "art19")
    for text in both_texts(letter):
        assert_reads_as_dutch(text)
        assert "Basisschool De Regenboog Schoolstraat 4, 1234 AB Zandvoort" in text
        assert "Verzoek tot verwijdering van gegevens" in text and "Fenna Zwartjes" in text
        assert "Verstrekt op 02-03-2026" in text
        assert packet.packet_id in "".join(text.split())
    assert f"Verstrekt op 02-03-2026 {packet.packet_id}" in poppler_text(letter)


def test_the_recovery_sheet_reads_back_letter_for_letter(tmp_path):
    renderer = QtRenderer()
    t = pc.pdf_text(renderer, "nl")
    lines = ["SMCV  U0GK  R07H", "DW9D  RMYL  EZ4F", "88LS  4DJY  9829"]
    pdf = renderer.render(sheet_html(t, practice="Praktijk De Leeslamp", made="02-03-2026",
                                     vault_id="37d4fc288bfe4a96ffa9b3d43fi9b3d4",
                                     key_lines=lines), t["recovery_title"], lang="nl")
    pages_to_png(pdf, tmp_path / "png", "herstel")
    poppler = poppler_text(pdf)
    assert_reads_as_dutch(poppler)
    assert "Praktijk Praktijk De Leeslamp Kluis aangemaakt op 02-03-2026" in poppler
    assert "Kluis 37d4fc288bfe4a96ffa9b3d43fi9b3d4" in poppler
    assert " ".join(" ".join(lines).split()) in poppler


def test_every_pdf_names_its_language_and_title(vault, dossier, tmp_path):
    kid, school = dossier["kid"], dossier["school"]
    consent_for(vault, dossier, {Category.IDENTITY})
    packet = vault.packets.create(kid.id, school.id, tmp_path / "nl.pdf")
    vault.settings.update(language="en")
    form = vault.consent_documents.consent_form(
        kid.id, recipient_id=school.id, purpose="Transfer", categories={Category.IDENTITY},
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    with pikepdf.open(tmp_path / "nl.pdf", password=packet.password) as pdf:
        assert str(pdf.Root.Lang) == "nl" and pdf.Root.ViewerPreferences.DisplayDocTitle
        assert str(pdf.docinfo.Title) == "Overdrachtspakket"
        assert pdf.open_metadata()["dc:title"] == "Overdrachtspakket"
    with pikepdf.open(io.BytesIO(form)) as pdf:
        assert str(pdf.Root.Lang) == "en"
        assert str(pdf.docinfo.Title) == "Consent to share data"
    text = pypdf_text(form)
    assert "Valid from 01-01-2026" in text and "Child Fenna Zwartjes" in text


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(covered=st.sets(st.sampled_from(list(Category)), min_size=1))
def test_the_cover_shows_the_birth_date_and_the_parents_only_as_covered(vault, dossier,
                                                                        tmp_path, covered):
    """The cover rule: the child's name always; the date of birth iff `identity` is
    covered, the consenting parents' names iff `contact_details` is."""
    made = len(vault.packets.disclosures(dossier["kid"].id))
    school = vault.organisations.add(name=f"School {made}")
    consent_for(vault, dossier, covered, recipient_id=school.id)
    out = tmp_path / f"{school.id}.pdf"
    packet = vault.packets.create(dossier["kid"].id, school.id, out)
    cover = pypdf_text(decrypted(out.read_bytes(), packet.password), slice(0, 1))
    assert "Fenna Zwartjes" in cover
    assert ("03-12-2016" in cover) == (Category.IDENTITY in covered)
    for name in ("Annelies Zwartjes", "Joost Zwartjes"):
        assert (name in cover) == (Category.CONTACT_DETAILS in covered)
    if Category.CONTACT_DETAILS not in covered:
        assert "door 2 ouders of verzorgers" in cover
