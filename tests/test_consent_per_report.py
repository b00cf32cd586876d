"""Consent per report: a consent may name single notes and documents; of those it then
covers only the named ones, through the service, its checks and a packet."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from casefile import Category
from casefile.catalogue import error_message
from casefile.errors import InvalidInput


def final_note(vault, kid, text, day):
    note = vault.notes.add(kid.id, text=text, session_date=day)
    return vault.notes.finalise(note.id)


def record(vault, kid, school, givers, **extra):
    values = dict(scope="disclosure", recipient_id=school.id, purpose="Verslag voor de school",
                  categories=set(), given_by=[g.id for g in givers], method="written",
                  valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    return vault.consents.record(kid.id, **(values | extra))


AT = datetime(2026, 3, 2, 10)


def test_a_consent_for_one_report_covers_that_report_only(vault, family):
    kid, mum, dad, school = family
    report = final_note(vault, kid, "Verslag lezen, maart.", date(2026, 2, 20))
    other = final_note(vault, kid, "Sessie spelling.", date(2026, 2, 27))
    c = record(vault, kid, school, [mum, dad], items=[f"note:{report.id}"],
               categories={Category.IDENTITY})
    assert vault.consents.get(c.id).items == {f"note:{report.id}"}
    decision = vault.consents.evaluate(kid.id, school.id, at=AT)
    assert decision.for_key(f"note:{report.id}").consent_id == c.id
    assert decision.for_key("identity").consent_id == c.id
    blocked = decision.for_key(f"note:{other.id}")
    assert [(r.code, r.param("consent")) for r in blocked.reasons] == [
        ("item_not_named", str(c.id))]
    vault.consents.withdraw(c.id, by=mum.id, reason="Toch liever niet")
    assert not vault.consents.evaluate(kid.id, school.id).any_allowed


def test_a_packet_from_a_consent_per_report_holds_the_named_report(vault, family, tmp_path):
    kid, mum, dad, school = family
    report = final_note(vault, kid, "Verslag lezen, maart.", date(2026, 2, 20))
    final_note(vault, kid, "Sessie spelling.", date(2026, 2, 27))
    c = record(vault, kid, school, [mum, dad], items=[f"note:{report.id}"])
    packet = vault.packets.create(kid.id, school.id, out=tmp_path / "p.pdf")
    [disclosure] = vault.consents.disclosures(kid.id)
    assert [key for key, _ in disclosure.items] == [f"note:{report.id}"]
    assert disclosure.consent_ids == (c.id,) and packet.password


@pytest.mark.parametrize(("how", "code"), [
    ("stranger", "item_not_of_child"),
    ("draft", "item_not_of_child"),
    ("unknown", "item_not_of_child"),
    ("text", "item_not_of_child"),
    ("processing", "items_only_for_disclosure"),
    ("whole", "items_and_whole_categories"),
])
def test_bad_named_items_are_refused_in_one_sentence_and_nothing_stored(vault, family, how,
                                                                        code):
    kid, mum, dad, school = family
    sibling = vault.children.add(first_name="Bram", last_name="Brinkman",
                                 birth_date=date(2015, 2, 3))
    theirs = final_note(vault, sibling, "Verslag van Bram.", date(2026, 2, 1))
    mine = final_note(vault, kid, "Verslag van Fenna.", date(2026, 2, 1))
    draft = vault.notes.add(kid.id, text="Nog niet af.")
    extra = {
        "stranger": {"items": [f"note:{theirs.id}"]},
        "draft": {"items": [f"note:{draft.id}"]},
        "unknown": {"items": ["identity"]},
        "text": {"items": f"note:{mine.id}"},
        "processing": {"items": [f"note:{mine.id}"], "scope": "processing",
                       "recipient_id": None},
        "whole": {"items": [f"note:{mine.id}"], "categories": {Category.SESSION_NOTES}},
    }[how]
    with pytest.raises(InvalidInput) as raised:
        record(vault, kid, school, [mum, dad], **extra)
    assert raised.value.code == code
    sentence = error_message(raised.value)
    assert sentence and "Traceback" not in str(sentence)
    assert vault.consents.list(kid.id) == []
