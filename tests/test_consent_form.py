"""The consent form printed before the consent is recorded: blank or prefilled, a signature
line for the child only from 12, and the practice's address and phone to return it to."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from casefile import Category


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
                    .split())


@pytest.fixture
def practice(vault):
    vault.settings.update(practice_name="Praktijk De Leeslamp",
                          practice_address="Molenstraat 12, 8911 AB Leeuwarden",
                          practice_phone="058 123 45 67")
    school = vault.organisations.add(name="OBS De Kameleon", kind="school")
    return school


def signers(text: str) -> int:
    """Signature lines: every "Handtekening" but the section's heading."""
    return text.count("Handtekening") + text.count("Signature") - 1


def test_a_blank_form_for_a_ten_year_old_has_no_line_for_the_child(vault, practice, qapp):
    kid = vault.children.add(first_name="Tess", last_name="Wolters", birth_date=date(2016, 1, 5))
    vault.guardians.add(kid.id, name="Hanna Wolters", has_authority=True)
    vault.guardians.add(kid.id, name="Bram Wolters", has_authority=True)
    text = text_of(vault.consent_documents.consent_form(kid.id))
    assert "Hanna Wolters" in text and "Bram Wolters" in text
    assert signers(text) == 2, "two parents sign; a 10-year-old does not"
    assert "Molenstraat 12, 8911 AB Leeuwarden" in text and "058 123 45 67" in text
    assert "☐" in text or "____" in text  # the blank form leaves the choice to the parents


def test_a_prefilled_form_for_a_thirteen_year_old_has_the_childs_line(vault, practice, qapp):
    kid = vault.children.add(first_name="Daan", last_name="Smit", birth_date=date(2013, 1, 2))
    vault.guardians.add(kid.id, name="Erik Smit", has_authority=True)
    text = text_of(vault.consent_documents.consent_form(
        kid.id, recipient_id=practice.id, purpose="Overstap naar het voortgezet onderwijs",
        categories={Category.IDENTITY}, valid_from=date(2026, 3, 2),
        valid_until=date(2027, 3, 2)))
    assert signers(text) == 2 and "Daan Smit" in text
    assert "OBS De Kameleon" in text and "Overstap naar het voortgezet onderwijs" in text


def test_a_form_for_one_report_lists_that_report_by_kind_and_date(vault, practice, qapp):
    kid = vault.children.add(first_name="Lotte", last_name="Bakker", birth_date=date(2017, 4, 9))
    vault.guardians.add(kid.id, name="Mira Bakker", has_authority=True)
    report = vault.notes.finalise(vault.notes.add(
        kid.id, text="Verslag begrijpend lezen.", session_date=date(2026, 2, 20)).id)
    vault.notes.finalise(vault.notes.add(kid.id, text="Sessie spelling.",
                                         session_date=date(2026, 2, 27)).id)
    text = text_of(vault.consent_documents.consent_form(
        kid.id, recipient_id=practice.id, purpose="Verslag voor de school",
        items=[f"note:{report.id}"]))
    assert "Specifieke verslagen en documenten" in text
    assert "20-02-2026" in text and "27-02-2026" not in text
    assert "Verslag begrijpend lezen" not in text, "a title and date, never the note's text"
    assert "☐" not in text, "nothing left to tick: the consent names its report"
