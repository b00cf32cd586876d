"""The consent register: append-only records, withdrawal at once, evaluation from storage."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlcipher3

from casefile import Category
from casefile.errors import DossierRestricted, InvalidInput


@pytest.fixture
def family(vault):
    kid = vault.children.add(first_name="Fenna", last_name="Brinkman",
                             birth_date=date(2017, 6, 1))
    mum = vault.guardians.add(kid.id, name="Ingrid Brinkman", has_authority=True)
    dad = vault.guardians.add(kid.id, name="Koen Brinkman", has_authority=True)
    school = vault.organisations.add(name="OBS Het Kompas", kind="school")
    other = vault.organisations.add(name="CBS De Fontein", kind="school")
    return kid, mum, dad, school, other


def record(vault, kid, school, givers, **extra):
    values = dict(scope="disclosure", recipient_id=school.id, purpose="Overstap naar groep 6",
                  categories={Category.IDENTITY, Category.SESSION_NOTES},
                  given_by=[g.id for g in givers], method="written",
                  valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    return vault.consents.record(kid.id, **(values | extra))


def allowed_keys(decision):
    return {d.item.key for d in decision.items if d.allowed}


def test_valid_consent_allows_its_categories_only(vault, family):
    kid, mum, dad, school, other = family
    c = record(vault, kid, school, [mum, dad])
    decision = vault.consents.evaluate(kid.id, school.id, at=datetime(2026, 3, 2, 10))
    assert allowed_keys(decision) == {"identity"}
    by_key = {d.item.key: d for d in decision.items}
    assert by_key["identity"].consent_id == c.id
    assert by_key["contact_details"].reasons
    assert not allowed_keys(vault.consents.evaluate(kid.id, other.id,
                                                    at=datetime(2026, 3, 2, 10)))


def test_withdrawal_blocks_at_once_and_is_never_blocked(vault, family, clock):
    kid, mum, dad, school, _ = family
    c = record(vault, kid, school, [mum, dad])
    vault.context.db().execute("UPDATE children SET restricted = 1 WHERE id = ?", (kid.id,))
    withdrawn = vault.consents.withdraw(c.id, by=mum.id, reason="Verhuisd")
    assert withdrawn.withdrawal is not None
    decision = vault.consents.evaluate(kid.id, school.id)
    assert not allowed_keys(decision)
    with pytest.raises(InvalidInput):
        vault.consents.withdraw(c.id, by=mum.id)
    with pytest.raises(DossierRestricted):
        record(vault, kid, school, [mum, dad])


def test_records_are_append_only(vault, family):
    kid, mum, dad, school, _ = family
    c = record(vault, kid, school, [mum, dad])
    conn = vault.context.db()
    for sql in ("UPDATE consents SET purpose = 'x' WHERE id = ?",
                "DELETE FROM consents WHERE id = ?"):
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute(sql, (c.id,))
    marked = vault.consents.enter_in_error(c.id, reason="Verkeerde school gekozen")
    assert marked.entered_in_error and marked.purpose == c.purpose
    assert vault.consents.get(c.id).entered_in_error
    assert not allowed_keys(vault.consents.evaluate(kid.id, school.id,
                                                    at=datetime(2026, 3, 2, 10)))


def test_register_states(vault, family, clock):
    kid, mum, dad, school, other = family
    record(vault, kid, school, [mum, dad])
    record(vault, kid, other, [mum, dad], valid_until=date(2026, 3, 20))
    states = {v.consent.recipient_id: v.state for v in vault.consents.register(kid.id)}
    assert states == {school.id: "active", other.id: "expiring"}
    clock.set(datetime(2026, 4, 1, 9, tzinfo=UTC))
    states = {v.consent.recipient_id: v.state for v in vault.consents.register(kid.id)}
    assert states[other.id] == "expired"


@pytest.mark.parametrize("bad", [
    {"categories": set()},
    {"valid_until": date(2025, 1, 1)},
    {"recipient_id": None},
    {"purpose": "  "},
    {"scope": "sharing"},
])
def test_bad_consent_input_is_refused_and_nothing_stored(vault, family, bad):
    kid, mum, dad, school, _ = family
    with pytest.raises(InvalidInput):
        record(vault, kid, school, [mum, dad], **bad)
    assert vault.consents.list(kid.id) == []


def test_guardian_of_another_child_cannot_give_consent(vault, family):
    kid, _mum, _dad, school, _ = family
    sibling = vault.children.add(first_name="Bram", last_name="Verhagen",
                                 birth_date=date(2015, 2, 3))
    stranger = vault.guardians.add(sibling.id, name="Sander Verhagen", has_authority=True)
    with pytest.raises(InvalidInput):
        record(vault, kid, school, [stranger])


def test_withdrawn_processing_consent_erases_what_it_covered(vault, family):
    kid, mum, dad, _, _ = family
    c = vault.consents.record(kid.id, scope="processing", purpose="Dyslexieonderzoek bewaren",
                              categories={Category.ASSESSMENTS, Category.SESSION_NOTES},
                              given_by=[mum.id, dad.id], covers_special=True,
                              valid_from=date(2026, 1, 1), valid_until=date(2031, 1, 1))
    special = vault.notes.add(kid.id, text="Diagnose dyslexie", sensitivity="special")
    normal = vault.notes.add(kid.id, text="Gewone sessie")
    report = vault.documents.import_bytes(kid.id, b"rapport", "onderzoek.pdf",
                                          category=Category.ASSESSMENTS, sensitivity="special")
    held = {i.key for i in vault.consents.held_on_basis(c.id)}
    assert held == {f"note:{special.id}", f"document:{report.id}"}
    with pytest.raises(InvalidInput):
        vault.consents.erase_held_on_basis(c.id, confirm_count=2)
    vault.consents.withdraw(c.id, by=mum.id, reason="Liever niet bewaren")
    with pytest.raises(InvalidInput):
        vault.consents.erase_held_on_basis(c.id, confirm_count=1)
    assert vault.consents.erase_held_on_basis(c.id, confirm_count=2) == 2
    assert [n.id for n in vault.notes.list(kid.id)] == [normal.id]
    assert vault.documents.list(kid.id) == []
    assert not vault.search.notes("dyslexie")


def test_consent_form_and_deletion_letter_are_pdfs(vault, family, qapp, tmp_path):
    kid, mum, dad, school, _ = family
    form = vault.consent_documents.consent_form(
        kid.id, recipient_id=school.id, purpose="Overstap", categories={Category.IDENTITY},
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    assert form.startswith(b"%PDF")
    c = record(vault, kid, school, [mum, dad])
    assert vault.consent_documents.deletion_letters(c.id) == []
    vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    vault.consents.withdraw(c.id, by=mum.id)
    [(recipient_id, letter)] = vault.consent_documents.deletion_letters(c.id)
    assert recipient_id == school.id and letter.startswith(b"%PDF")
