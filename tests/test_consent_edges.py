"""The consent rule's edges, one example each: the register state on its boundary days and
at the moment of a withdrawal, a decision asked for another child, and looking an item up
in a decision (mutation testing, issue 12, found these unchecked)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

import pytest

from casefile.consent import (
    EXPIRING_DAYS,
    Facts,
    Item,
    Policy,
    consent_state,
    evaluate,
    people_missing,
)
from casefile.model import (
    Category,
    Child,
    Consent,
    ConsentMethod,
    ConsentScope,
    Guardian,
    Sensitivity,
    Signature,
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


class NoOffset(tzinfo):
    """A time zone that does not know its offset: such a moment is as naive as none."""

    def utcoffset(self, dt):
        return None


@pytest.mark.parametrize("at", [datetime(2026, 6, 15, 10), datetime(2026, 6, 15, 10,
                                                                     tzinfo=NoOffset())])
def test_a_moment_without_an_offset_is_refused(at):
    facts = Facts(CHILD, (MUM, DAD), (consent(),))
    with pytest.raises(ValueError, match=r"^the moment must be timezone-aware$"):
        evaluate(KID, SCHOOL, (NOTE,), facts, POLICY, at)


def test_of_two_covering_consents_the_one_valid_longest_is_relied_on():
    short = consent(id=7, valid_until=TODAY + timedelta(days=40))
    long = consent(id=5, valid_until=TODAY + timedelta(days=400))
    same_end = consent(id=9, valid_until=TODAY + timedelta(days=40))
    facts = Facts(CHILD, (MUM, DAD), (short, long, same_end))
    decision = evaluate(KID, SCHOOL, (NOTE,), facts, POLICY, NOON)
    assert (decision.child_id, decision.recipient_id, decision.at) == (KID, SCHOOL, NOON)
    assert decision.items[0].consent_id == 5
    facts = Facts(CHILD, (MUM, DAD), (short, same_end))  # the same end: the newer record
    assert evaluate(KID, SCHOOL, (NOTE,), facts, POLICY, NOON).items[0].consent_id == 9


# -- whose agreement a consent about to be recorded still lacks (the dialog says it) -------

def missing(c: Consent, child: Child = CHILD, guardians: tuple[Guardian, ...] = (MUM, DAD),
            policy: Policy = POLICY) -> list[tuple[str, tuple]]:
    return [(r.code, r.params) for r in people_missing(c, child, guardians, policy, NOON)]


def test_nothing_is_missing_when_both_parents_signed():
    assert missing(consent()) == []


def test_the_parent_who_did_not_sign_is_named():
    assert missing(consent(given_by=(MUM.id,))) == [
        ("guardian_missing", (("consent", "7"), ("guardian", str(DAD.id))))]


def test_one_parent_is_enough_when_the_practice_asks_one():
    assert missing(consent(given_by=(DAD.id,)), policy=Policy(guardians_required="one")) == []


def test_without_anyone_holding_authority_nobody_could_have_agreed():
    no_authority = (Guardian(id=102, child_id=KID, name="Els Bakker", has_authority=False),)
    assert missing(consent(given_by=()), guardians=no_authority) == [
        ("guardian_missing", (("consent", "7"),))]


def test_a_twelve_year_old_must_agree_and_a_sixteen_year_old_consent():
    twelve = Child(id=KID, first_name="Noor", last_name="Bakker", birth_date=date(2014, 1, 5))
    assert [c for c, _ in missing(consent(), child=twelve)] == ["child_agreement_missing"]
    assert missing(consent(child_agrees=True), child=twelve) == []
    sixteen = Child(id=KID, first_name="Noor", last_name="Bakker", birth_date=date(2010, 1, 5))
    assert [c for c, _ in missing(consent(given_by=()), child=sixteen)] == [
        "child_must_consent"]


def test_a_later_signature_counts_from_its_own_day():
    late = Signature(consent_id=7, guardian_id=DAD.id, signed_on=TODAY, recorded_by=1)
    tomorrow = Signature(consent_id=7, guardian_id=DAD.id, signed_on=TODAY + timedelta(days=1),
                         recorded_by=1)
    assert missing(consent(given_by=(MUM.id,), signatures=(late,))) == []
    assert [c for c, _ in missing(consent(given_by=(MUM.id,), signatures=(tomorrow,)))] == [
        "guardian_missing"]
