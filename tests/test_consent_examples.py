"""Worked examples of the consent rule, one per clause of DESIGN section 4."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from casefile.consent import Facts, Item, Policy, consent_state, evaluate
from casefile.model import (
    Category,
    Child,
    Consent,
    ConsentMethod,
    ConsentScope,
    Guardian,
    Sensitivity,
    Withdrawal,
)

SCHOOL, OTHER = 10, 11
NOTE = Item("note:1", Category.SESSION_NOTES, Sensitivity.NORMAL)
DIAGNOSIS = Item("document:1", Category.ASSESSMENTS, Sensitivity.SPECIAL)
MUM = Guardian(id=1, child_id=1, name="Ingrid", has_authority=True)
DAD = Guardian(id=2, child_id=1, name="Koen", has_authority=True)


def child(birth: date, restricted: bool = False) -> Child:
    return Child(id=1, first_name="Fenna", last_name="Brinkman", birth_date=birth,
                 restricted=restricted)


def consent(**extra) -> Consent:
    values = dict(id=7, child_id=1, scope=ConsentScope.DISCLOSURE, recipient_id=SCHOOL,
                  purpose="Overstap", categories=frozenset({Category.SESSION_NOTES}),
                  covers_special=False, given_by=(1, 2), child_agrees=None,
                  method=ConsentMethod.WRITTEN, valid_from=date(2026, 1, 1),
                  valid_until=date(2027, 1, 1), recorded_by=1,
                  recorded_at=datetime(2026, 1, 1, 9, tzinfo=UTC))
    return Consent(**(values | extra))


MARCH = datetime(2026, 3, 2, 10, tzinfo=UTC)
EVERY_GUARDIAN = Policy()


def decide(kid, consents, item=NOTE, recipient=SCHOOL, at=MARCH, policy=EVERY_GUARDIAN,
           guardians=(MUM, DAD)):
    facts = Facts(kid, guardians, tuple(consents))
    return evaluate(1, recipient, [item], facts, policy, at).items[0]


def codes(d) -> set[str]:
    return {r.code for r in d.reasons}


def test_both_parents_allow_an_eight_year_old():
    d = decide(child(date(2018, 1, 1)), [consent()])
    assert d.allowed and d.consent_id == 7


@pytest.mark.parametrize(("birthday", "signed", "code"), [
    (date(2014, 2, 1), datetime(2026, 1, 1, tzinfo=UTC), "no_longer_sufficient_turned_12"),
    (date(2010, 2, 1), datetime(2021, 1, 1, tzinfo=UTC), "no_longer_sufficient_turned_16"),
])
def test_turning_12_or_16_between_consent_and_export_blocks(birthday, signed, code):
    kid = child(birthday)
    given = consent(recorded_at=signed, valid_from=signed.date())
    assert decide(kid, [given], at=signed + (datetime(2026, 1, 15) - datetime(2026, 1, 1))
                  ).allowed
    later = decide(kid, [given], at=datetime(2026, 3, 2, tzinfo=UTC))
    assert not later.allowed and code in codes(later)


def test_twelve_to_sixteen_needs_parents_and_child():
    kid = child(date(2012, 6, 1))
    assert decide(kid, [consent(child_agrees=True)]).allowed
    assert "guardian_missing" in codes(decide(kid, [consent(child_agrees=True, given_by=(1,))]))
    assert decide(kid, [consent(child_agrees=True, given_by=(1,))],
                  policy=Policy(guardians_required="one")).allowed


def test_from_sixteen_the_child_alone():
    kid = child(date(2009, 6, 1))
    assert decide(kid, [consent(child_agrees=True, given_by=())]).allowed
    assert "child_must_consent" in codes(decide(kid, [consent()]))


def test_another_school_is_not_covered():
    d = decide(child(date(2018, 1, 1)), [consent()], recipient=OTHER)
    assert codes(d) == {"no_consent_for_recipient"}


def test_special_item_needs_explicit_cover():
    kid = child(date(2018, 1, 1))
    cats = frozenset({Category.ASSESSMENTS})
    blocked = decide(kid, [consent(categories=cats)], item=DIAGNOSIS)
    assert "special_not_explicit" in codes(blocked)
    assert decide(kid, [consent(categories=cats, covers_special=True)], item=DIAGNOSIS).allowed


def test_restricted_dossier_blocks_everything():
    d = decide(child(date(2018, 1, 1), restricted=True), [consent()])
    assert codes(d) == {"dossier_restricted"}


def test_withdrawal_at_or_before_the_moment_blocks():
    at = datetime(2026, 3, 2, 10, tzinfo=UTC)
    gone = consent(withdrawal=Withdrawal(7, at, 1, False, "", 1))
    assert "withdrawn" in codes(decide(child(date(2018, 1, 1)), [gone], at=at))


def test_every_reason_is_listed():
    d = decide(child(date(2018, 1, 1)), [consent(categories=frozenset({Category.IDENTITY}),
                                                 valid_until=date(2026, 2, 1), given_by=(1,))])
    assert {"category_not_covered", "expired", "guardian_missing"} <= codes(d)


def test_naive_moment_is_refused():
    with pytest.raises(ValueError):
        decide(child(date(2018, 1, 1)), [consent()], at=datetime(2026, 3, 2))


def test_register_states():
    kid = child(date(2014, 2, 1))
    assert consent_state(consent(), kid, (MUM, DAD), Policy(),
                         datetime(2026, 1, 15, tzinfo=UTC)) == "active"
    assert consent_state(consent(), kid, (MUM, DAD), Policy(),
                         datetime(2026, 3, 2, tzinfo=UTC)) == "no_longer_sufficient"
    assert consent_state(consent(), kid, (MUM, DAD), Policy(),
                         datetime(2026, 12, 10, tzinfo=UTC)) == "no_longer_sufficient"
    assert consent_state(consent(), child(date(2018, 1, 1)), (MUM, DAD), Policy(),
                         datetime(2026, 12, 10, tzinfo=UTC)) == "expiring"
