"""The consent rule's edges, one example each: the register state on its boundary days and
at the moment of a withdrawal, a decision asked for another child, and looking an item up
in a decision (mutation testing, issue 12, found these unchecked)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from casefile.consent import EXPIRING_DAYS, Facts, Item, Policy, consent_state, evaluate
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

KID, SCHOOL = 1, 10
TODAY = date(2026, 6, 15)
NOON = datetime.combine(TODAY, time(10), tzinfo=UTC)  # noon in Amsterdam, same day
POLICY = Policy()
CHILD = Child(id=KID, first_name="Noor", last_name="Bakker", birth_date=date(2018, 1, 5))
MUM = Guardian(id=100, child_id=KID, name="Eva Bakker", has_authority=True)
DAD = Guardian(id=101, child_id=KID, name="Tom Bakker", has_authority=True)
NOTE = Item("note:1", Category.SESSION_NOTES, Sensitivity.NORMAL)


def consent(**changes) -> Consent:
    fields = dict(id=7, child_id=KID, scope=ConsentScope.DISCLOSURE, recipient_id=SCHOOL,
                  purpose="Overstap", categories=frozenset({Category.SESSION_NOTES}),
                  covers_special=False, given_by=(MUM.id, DAD.id), child_agrees=None,
                  method=ConsentMethod.WRITTEN, valid_from=TODAY - timedelta(days=10),
                  valid_until=TODAY + timedelta(days=200), recorded_by=1,
                  recorded_at=NOON - timedelta(days=10))
    return Consent(**(fields | changes))


def state(c: Consent, at: datetime = NOON, child: Child = CHILD,
          guardians: tuple[Guardian, ...] = (MUM, DAD)) -> str:
    return consent_state(c, child, guardians, POLICY, at)


def withdrawn_at(moment: datetime) -> Withdrawal:
    return Withdrawal(7, moment, MUM.id, False, "", 1)


def test_a_withdrawal_counts_from_its_own_moment():
    assert state(consent(withdrawal=withdrawn_at(NOON))) == "withdrawn"
    assert state(consent(withdrawal=withdrawn_at(NOON + timedelta(seconds=1)))) == "active"


def test_a_consent_is_valid_from_its_first_day():
    assert state(consent(valid_from=TODAY)) == "active"
    assert state(consent(valid_from=TODAY + timedelta(days=1))) == "not_yet_valid"


@pytest.mark.parametrize(("days_left", "expected"), [
    (EXPIRING_DAYS, "expiring"), (EXPIRING_DAYS + 1, "active"), (1, "expiring")])
def test_expiring_means_within_the_last_thirty_days(days_left, expected):
    assert state(consent(valid_until=TODAY + timedelta(days=days_left))) == expected


def test_one_parent_of_two_is_insufficient():
    assert state(consent(given_by=(MUM.id,))) == "insufficient"


def test_a_child_who_turned_12_since_makes_it_no_longer_sufficient():
    older = Child(id=KID, first_name="Noor", last_name="Bakker", birth_date=date(2014, 3, 1))
    given = consent(recorded_at=datetime(2026, 1, 10, 9, tzinfo=UTC),
                    valid_from=date(2026, 1, 10))
    assert state(given, child=older) == "no_longer_sufficient"


def test_a_processing_consent_is_judged_on_its_dates_only():
    processing = consent(scope=ConsentScope.PROCESSING, recipient_id=None, given_by=())
    assert state(processing) == "active"


def test_a_decision_for_another_child_blocks_every_item_with_wrong_child():
    facts = Facts(CHILD, (MUM, DAD), (consent(),))
    other = Item("identity", Category.IDENTITY, Sensitivity.NORMAL)
    decision = evaluate(KID + 1, SCHOOL, (NOTE, other), facts, POLICY, NOON)
    assert (decision.child_id, decision.recipient_id, decision.at) == (KID + 1, SCHOOL, NOON)
    assert [d.item for d in decision.items] == [NOTE, other]
    assert all(d.consent_id is None and [r.code for r in d.reasons] == ["wrong_child"]
               for d in decision.items)


def test_an_item_is_found_in_a_decision_by_its_key():
    decision = evaluate(KID, SCHOOL, (NOTE,), Facts(CHILD, (MUM, DAD), (consent(),)),
                        POLICY, NOON)
    assert decision.for_key("note:1").item == NOTE
    assert decision.for_key("note:1").consent_id == 7
    assert decision.for_key("note:2") is None
