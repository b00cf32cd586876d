"""The consent rule (DESIGN section 4) against an oracle that predicts every reason.

The oracle below is written from the design text, not from casefile/consent.py: it works in
age brackets ("under12", "12to16", "16plus") with an age computed by date arithmetic, and asks
"which bracket's requirement does this consent satisfy now, and did it when it was given?".
Besides allowed/blocked and the consent relied on, it predicts the exact set of
(code, consent id, guardian id) triples of a blocked item, so a missing or surplus reason
fails too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from casefile.consent import Decision, Facts, Item, Policy, consent_state, evaluate
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

KID, OTHER_KID = 1, 2
SCHOOL, OTHER_SCHOOL = 10, 11
BASE = date(2026, 6, 15)
# Per report: notes and documents a consent may name one by one (and one no consent names).
REPORTS = (Item("note:1", Category.SESSION_NOTES, Sensitivity.NORMAL),
           Item("note:2", Category.SESSION_NOTES, Sensitivity.SPECIAL),
           Item("document:3", Category.ASSESSMENTS, Sensitivity.NORMAL),
           Item("document:4", Category.GUIDANCE_SUMMARY, Sensitivity.SENSITIVE))
NAMEABLE_KEYS = ("note:1", "note:2", "document:3", "document:4", "note:99")
ALL_ITEMS = tuple(Item(f"{c.value}:{s.value}", c, s) for c in Category
                  for s in Sensitivity) + REPORTS
ZONES = ("Europe/Amsterdam", "Pacific/Auckland")
ORDER = ("under12", "12to16", "16plus")

# -- the oracle ------------------------------------------------------------------------------


def bracket(birth: date, day: date) -> str:
    """Which age bracket the child is in on `day`: compare with the 12th/16th birthday."""
    def birthday(years: int) -> date:
        try:
            return birth.replace(year=birth.year + years)
        except ValueError:  # born on 29 February: the birthday falls on 1 March
            return date(birth.year + years, 3, 1)
    if day >= birthday(16):
        return "16plus"
    return "12to16" if day >= birthday(12) else "under12"


def oracle(item: Item, facts: Facts, policy: Policy, recipient: int,
           at: datetime) -> tuple[set[int], set[tuple]]:
    """(ids of consents that cover the item, the reason triples if none does)."""
    zone = ZoneInfo(policy.timezone)
    day = at.astimezone(zone).date()
    kid = facts.child
    mine = [c for c in facts.consents if c.child_id == kid.id
            and c.scope is ConsentScope.DISCLOSURE and c.recipient_id == recipient]
    covering, reasons = set(), set()
    for c in mine:
        wrong = basic_faults(c, item, day, at) | people_faults(c, facts, policy, day, zone)
        if wrong:
            reasons |= wrong
        else:
            covering.add(c.id)
    if not mine:
        reasons = {("no_consent_for_recipient", None, None)}
    if covering:
        reasons = set()  # what other consents lack no longer matters
    if kid.restricted:
        return set(), reasons | {("dossier_restricted", None, None)}
    return covering, reasons


def per_report(c: Consent, item: Item) -> bool:
    """Is this a note or document judged by name? Only under a consent that names any."""
    kind = item.key.split(":", 1)[0] if ":" in item.key else ""
    return len(c.items) > 0 and kind in {"note", "document"}


def basic_faults(c: Consent, item: Item, day: date, at: datetime) -> set[tuple]:
    by_name = per_report(c, item)
    faults = {
        "entered_in_error": c.entered_in_error,
        "withdrawn": c.withdrawal is not None and not at < c.withdrawal.withdrawn_at,
        "not_yet_valid": not c.valid_from <= day,
        "expired": not day < c.valid_until,
        "category_not_covered": not by_name and item.category not in c.categories,
        "item_not_named": by_name and item.key not in c.items,
        "special_not_explicit": item.sensitivity is Sensitivity.SPECIAL
        and c.covers_special is not True,
    }
    return {(code, c.id, None) for code, bad in faults.items() if bad}


def people_faults(c: Consent, facts: Facts, policy: Policy, day: date,
                  zone: ZoneInfo) -> set[tuple]:
    holders = {g.id for g in facts.guardians if g.child_id == c.child_id and g.has_authority}
    late = [s for s in c.signatures if not day < s.signed_on]  # a later signature, by day
    signed = holders & (set(c.given_by) | {s.guardian_id for s in late})
    if policy.guardians_required == "all":
        parents = bool(holders) and signed == holders
    else:
        parents = bool(signed)
    kid = c.child_agrees is True or None in {s.guardian_id for s in late}
    needs = {"under12": parents, "12to16": parents and kid, "16plus": kid}
    now = bracket(facts.child.birth_date, day)
    then = bracket(facts.child.birth_date, c.recorded_at.astimezone(zone).date())
    if needs[now]:
        return set()
    if needs[then] and ORDER.index(then) < ORDER.index(now):  # it held, then the child aged
        turned = "no_longer_sufficient_turned_16" if now == "16plus" else \
            "no_longer_sufficient_turned_12"
        return {(turned, c.id, None)}
    if now == "16plus":
        return {("child_must_consent", c.id, None)}
    out = set()
    if not parents:
        out = {("guardian_missing", c.id, g) for g in holders - signed} or \
            {("guardian_missing", c.id, None)}
        if policy.guardians_required == "one" and holders:
            out = {("guardian_missing", c.id, g) for g in holders}
    if now == "12to16" and not kid:
        out.add(("child_agreement_missing", c.id, None))
    return out


def triples(d) -> set[tuple]:
    def num(reason, name):
        value = reason.param(name)
        return None if value is None else int(value)
    return {(r.code, num(r, "consent"), num(r, "guardian")) for r in d.reasons}


# -- strategies ------------------------------------------------------------------------------
# Strategies are built once at module level and fields drawn as small integers (bitmasks for
# sets): building strategies inside every draw cost more than the rule itself.

CATEGORIES = tuple(Category)
SHIFTS = (timedelta(days=-3), timedelta(seconds=-1), timedelta(0), timedelta(seconds=1),
          timedelta(days=2))
AGREES = (None, True, False)
small = st.integers(0, 1 << 30)  # one draw, split into several fields below
moment_st = st.tuples(st.integers(-60, 60), st.sampled_from([0, 9, 21, 22, 23]),
                      st.sampled_from([0, 59]))
child_st = st.tuples(st.sampled_from([6, 11, 12, 13, 15, 16, 17, 20]),
                     st.integers(-450, 450), st.integers(0, 30), st.integers(0, 12))
consent_st = st.tuples(st.integers(-700, 60), st.integers(1, 900), small, small,
                       st.integers(0, 63))


def bits(mask: int, values: tuple) -> list:
    return [v for i, v in enumerate(values) if mask >> i & 1]


def make_moment(fields: tuple[int, int, int]) -> datetime:
    days, hour, minute = fields  # late UTC hours are already tomorrow in NL and NZ
    return datetime.combine(BASE + timedelta(days=days), time(hour, minute), tzinfo=UTC)


def make_child(fields: tuple[int, int, int, int]) -> Child:
    years, offset, leap, restricted = fields
    birth = date(BASE.year - years, BASE.month, BASE.day) + timedelta(days=offset)
    if leap == 0:
        birth = date(BASE.year - years - (BASE.year - years) % 4, 2, 29)
    return Child(id=KID, first_name="Sanne", last_name="Verhoef", birth_date=birth,
                 restricted=restricted == 0)


def make_guardians(masks: tuple[int, int, int]) -> tuple[Guardian, ...]:
    count, stranger, authority = masks
    return tuple(Guardian(id=100 + i, child_id=OTHER_KID if stranger % 7 == i else KID,
                          name=f"Ouder {i}", has_authority=(authority >> (2 * i)) & 3 > 0)
                 for i in range(count))


def make_consent(cid: int, fields: tuple[int, int, int, int, int], gids: tuple[int, ...],
                 at: datetime) -> Consent:
    start_days, length, a, b, named = fields
    start = BASE + timedelta(days=start_days)
    if a >> 20 & 3 == 0:  # a quarter of consents end on, just before or just after `at`
        start = at.date() + timedelta(days=(b >> 20) % 3 - 1 - length)
    given_on = start - timedelta(days=(0, 0, 1, 30)[a % 4])
    withdrawal = None
    if (a >> 2) % 3 == 0:
        withdrawal = Withdrawal(cid, at + SHIFTS[(a >> 4) % 5], None, bool(a >> 7 & 1), "", 1)
    return Consent(
        id=cid, child_id=OTHER_KID if (a >> 8) % 9 == 0 else KID,
        scope=ConsentScope.PROCESSING if (a >> 12) % 9 == 0 else ConsentScope.DISCLOSURE,
        recipient_id=OTHER_SCHOOL if (a >> 16) % 4 == 0 else SCHOOL, purpose="Overstap",
        categories=frozenset(bits(b, CATEGORIES)), covers_special=bool(b >> 6 & 1),
        given_by=tuple(bits(b >> 7, gids)), child_agrees=AGREES[(b >> 12) % 3],
        method=ConsentMethod.WRITTEN, valid_from=start,
        valid_until=start + timedelta(days=length), recorded_by=1,
        recorded_at=datetime.combine(given_on, time(9), tzinfo=UTC), withdrawal=withdrawal,
        entered_in_error=(b >> 16) % 10 == 0,
        signatures=make_signatures(cid, (a >> 22) | (b >> 22) << 8, gids, at),
        items=frozenset(bits(named, NAMEABLE_KEYS) if named >> 5 else ()))


def make_signatures(cid: int, bits_: int, gids: tuple[int, ...], at: datetime):
    """None to two later signatures (a guardian's or the child's), around `at`'s day."""
    signers = (*gids, None)
    return tuple(Signature(cid, signers[(bits_ >> (2 + 4 * n)) % len(signers)],
                           at.date() + timedelta(days=(bits_ >> (4 + 4 * n)) % 3 - 1), 1)
                 for n in range(bits_ % 3))


@st.composite
def worlds(draw):
    at = make_moment(draw(moment_st))
    gs = make_guardians(draw(st.tuples(st.integers(0, 3), small, small)))
    gids = (*(g.id for g in gs), 999)
    cs = tuple(make_consent(i + 1, f, gids, at)
               for i, f in enumerate(draw(st.lists(consent_st, max_size=4))))
    policy = Policy(draw(st.sampled_from(["all", "one"])), draw(st.sampled_from(ZONES)))
    return Facts(make_child(draw(child_st)), gs, cs), policy, at


# -- property tests --------------------------------------------------------------------------


@settings(max_examples=3000, deadline=None)
@given(worlds())
def test_every_item_matches_the_oracle(world):
    facts, policy, at = world
    decision = evaluate(KID, SCHOOL, ALL_ITEMS, facts, policy, at)
    assert [d.item for d in decision.items] == list(ALL_ITEMS)
    for d in decision.items:
        covering, reasons = oracle(d.item, facts, policy, SCHOOL, at)
        assert d.allowed == bool(covering), d
        if covering:
            assert d.consent_id in covering and d.reasons == ()
            named = next(c for c in facts.consents if c.id == d.consent_id).items
            assert d.by_name == (d.item.key in named)
        else:
            assert triples(d) == reasons
            assert len(set(d.reasons)) == len(d.reasons), "reasons are deduplicated"
    assert set(decision.consent_ids_relied_on) == {d.consent_id for d in decision.allowed_items}


@settings(max_examples=1000, deadline=None)
@given(worlds(), st.integers(0, 3))
def test_register_state_agrees_with_the_rule(world, pick):
    """An active or expiring disclosure consent lets an ordinary item of its categories go
    to its recipient on its own; every other state does not, and says why the same way."""
    facts, policy, at = world
    mine = [c for c in facts.consents
            if c.child_id == KID and c.scope is ConsentScope.DISCLOSURE and c.categories]
    if not mine:
        return
    c = mine[pick % len(mine)]
    kid = replace(facts.child, restricted=False)
    state = consent_state(c, kid, facts.guardians, policy, at)
    item = Item("probe", sorted(c.categories)[0], Sensitivity.NORMAL)
    d = evaluate(KID, c.recipient_id, [item], Facts(kid, facts.guardians, (c,)), policy,
                 at).items[0]
    assert d.allowed == (state in {"active", "expiring"}), (state, d)
    turned = any(r.code.startswith("no_longer_sufficient") for r in d.reasons)
    if state not in {"entered_in_error", "withdrawn", "expired", "not_yet_valid"}:
        assert turned == (state == "no_longer_sufficient")


# -- the state machine -----------------------------------------------------------------------


class ConsentRegister(RuleBasedStateMachine):
    """Consents are recorded, withdrawn and entered in error while time moves forward."""

    @initialize(kid=child_st, gs=st.tuples(st.integers(0, 3), small, small), one=st.booleans())
    def start(self, kid, gs, one):
        self.kid = replace(make_child(kid), restricted=False)
        self.guardians = make_guardians(gs)
        self.policy = Policy("one" if one else "all")
        self.consents: dict[int, Consent] = {}
        self.now = datetime.combine(BASE, time(8), tzinfo=UTC)
        self.withdrawn: set[int] = set()

    def decide(self, at: datetime, recipient: int = SCHOOL) -> Decision:
        facts = Facts(self.kid, self.guardians, tuple(self.consents.values()))
        return evaluate(KID, recipient, ALL_ITEMS, facts, self.policy, at)

    def allowed(self, at: datetime) -> set[tuple[int, str]]:
        return {(r, d.item.key) for r in (SCHOOL, OTHER_SCHOOL)
                for d in self.decide(at, r).allowed_items}

    @rule(recipient=st.sampled_from([SCHOOL, OTHER_SCHOOL]),
          cats=st.sets(st.sampled_from(Category), min_size=1), special=st.booleans(),
          givers=st.sets(st.sampled_from([100, 101, 102])),
          agrees=st.sampled_from([None, True, False]), start=st.integers(-30, 30),
          days=st.integers(1, 800), named=st.sets(st.sampled_from(NAMEABLE_KEYS)))
    def record(self, recipient, cats, special, givers, agrees, start, days, named):
        today = self.now.astimezone(ZoneInfo(self.policy.timezone)).date()
        cid = len(self.consents) + 1
        self.consents[cid] = Consent(
            id=cid, child_id=KID, scope=ConsentScope.DISCLOSURE, recipient_id=recipient,
            purpose="Overstap", categories=frozenset(cats), covers_special=special,
            given_by=tuple(sorted(givers)), child_agrees=agrees, method=ConsentMethod.WRITTEN,
            valid_from=today + timedelta(days=start),
            valid_until=today + timedelta(days=start + days), recorded_by=1,
            recorded_at=self.now, items=frozenset(named))

    @rule(pick=st.integers(0, 99))
    def withdraw(self, pick):
        open_ = [c for c in self.consents.values() if c.withdrawal is None]
        if open_:
            target = open_[pick % len(open_)]
            self.change(replace(target, withdrawal=Withdrawal(target.id, self.now, 100, False,
                                                              "", 1)))
            self.withdrawn.add(target.id)

    @rule(pick=st.integers(0, 99))
    def enter_in_error(self, pick):
        if self.consents:
            target = list(self.consents.values())[pick % len(self.consents)]
            self.change(replace(target, entered_in_error=True))

    @rule(hours=st.integers(1, 24 * 400))
    def time_passes(self, hours):
        self.now += timedelta(hours=hours)

    def change(self, consent: Consent) -> None:
        """Compare decisions just before and after, at the same moment and a later one."""
        for at in (self.now, self.now + timedelta(days=90)):
            before = self.allowed(at)
            self.consents[consent.id] = consent
            assert self.allowed(at) <= before, "a withdrawal or correction granted something"

    @invariant()
    def nothing_relies_on_a_withdrawn_consent_later(self):
        if not hasattr(self, "kid"):
            return
        for at in (self.now, self.now + timedelta(days=1), self.now + timedelta(days=500)):
            for recipient in (SCHOOL, OTHER_SCHOOL):
                relied = set(self.decide(at, recipient).consent_ids_relied_on)
                assert not relied & self.withdrawn


ConsentRegister.TestCase.settings = settings(max_examples=150, stateful_step_count=20,
                                             deadline=None)
test_withdrawal_never_grants = ConsentRegister.TestCase


# -- worked examples -------------------------------------------------------------------------

MUM = Guardian(id=1, child_id=KID, name="Ingrid de Wit", has_authority=True)
DAD = Guardian(id=2, child_id=KID, name="Koen de Wit", has_authority=True)
NOTE = Item("note:1", Category.SESSION_NOTES, Sensitivity.NORMAL)
DIAGNOSIS = Item("document:4", Category.ASSESSMENTS, Sensitivity.SPECIAL)


def kid(birth: date, restricted: bool = False) -> Child:
    return Child(id=KID, first_name="Noor", last_name="de Wit", birth_date=birth,
                 restricted=restricted)


def signed(on: date, **extra) -> Consent:
    values = dict(id=7, child_id=KID, scope=ConsentScope.DISCLOSURE, recipient_id=SCHOOL,
                  purpose="Overstap", categories=frozenset({Category.SESSION_NOTES}),
                  covers_special=False, given_by=(1, 2), child_agrees=None,
                  method=ConsentMethod.WRITTEN, valid_from=on,
                  valid_until=on + timedelta(days=730), recorded_by=1,
                  recorded_at=datetime.combine(on, time(10), tzinfo=UTC))
    return Consent(**(values | extra))


def one(child: Child, consent: Consent, at: datetime, item: Item = NOTE,
        recipient: int = SCHOOL, policy: Policy | None = None):
    policy = policy or Policy()
    facts = Facts(child, (MUM, DAD), (consent,))
    return evaluate(KID, recipient, [item], facts, policy, at).items[0]


def codes(d) -> set[str]:
    return {r.code for r in d.reasons}


def nl(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=ZoneInfo("Europe/Amsterdam"))


def test_turning_12_between_consent_and_export_blocks_with_that_reason():
    child = kid(date(2014, 9, 1))
    given = signed(date(2026, 5, 1))  # both parents, age 11, the child not asked
    assert one(child, given, nl(date(2026, 8, 31))).consent_id == 7
    later = one(child, given, nl(date(2026, 9, 1)))
    assert codes(later) == {"no_longer_sufficient_turned_12"}
    assert later.reasons[0].param("consent") == "7"
    assert one(child, replace(given, child_agrees=True), nl(date(2026, 9, 1))).allowed


def test_turning_16_between_consent_and_export_blocks_with_that_reason():
    child = kid(date(2010, 9, 1))
    given = signed(date(2026, 5, 1), child_agrees=True)  # parents and child, age 15
    assert one(child, replace(given, child_agrees=None), nl(date(2026, 8, 31))).reasons
    assert one(child, given, nl(date(2026, 9, 1))).allowed  # the child agreed: still fine
    parents_only = signed(date(2022, 5, 1), valid_until=date(2027, 1, 1))  # age 11
    assert codes(one(child, parents_only, nl(date(2026, 9, 1)))) == {
        "no_longer_sufficient_turned_16"}


def test_age_is_judged_on_the_dutch_calendar_day():
    child = kid(date(2014, 9, 1))
    given = signed(date(2026, 5, 1))
    evening = datetime(2026, 8, 31, 22, 30, tzinfo=UTC)  # already 1 September in Amsterdam
    assert codes(one(child, given, evening)) == {"no_longer_sufficient_turned_12"}
    assert one(child, given, evening, policy=Policy(timezone="UTC")).allowed


def test_parents_only_for_a_sixteen_year_old_is_not_enough():
    d = one(kid(date(2009, 1, 1)), signed(date(2026, 5, 1)), nl(date(2026, 6, 1)))
    assert codes(d) == {"child_must_consent"}
    alone = signed(date(2026, 5, 1), given_by=(), child_agrees=True)
    assert one(kid(date(2009, 1, 1)), alone, nl(date(2026, 6, 1))).allowed


def test_other_school_is_not_covered():
    d = one(kid(date(2018, 1, 1)), signed(date(2026, 5, 1)), nl(date(2026, 6, 1)),
            recipient=OTHER_SCHOOL)
    assert [r.code for r in d.reasons] == ["no_consent_for_recipient"]


def test_special_needs_explicit_cover():
    covered = signed(date(2026, 5, 1), categories=frozenset({Category.ASSESSMENTS}))
    at = nl(date(2026, 6, 1))
    assert codes(one(kid(date(2018, 1, 1)), covered, at, DIAGNOSIS)) == {"special_not_explicit"}
    explicit = replace(covered, covers_special=True)
    assert one(kid(date(2018, 1, 1)), explicit, at, DIAGNOSIS).consent_id == 7


def test_restricted_dossier_blocks_everything():
    child = kid(date(2018, 1, 1), restricted=True)
    facts = Facts(child, (MUM, DAD), (signed(date(2026, 5, 1)),))
    d = evaluate(KID, SCHOOL, ALL_ITEMS, facts, Policy(), nl(date(2026, 6, 1)))
    assert not d.any_allowed and d.consent_ids_relied_on == ()
    assert all(x.reasons[0].code == "dossier_restricted" for x in d.items)
    assert codes(d.items[0]) == {"dossier_restricted", "category_not_covered"}


def test_one_guardian_policy_and_a_strangers_parent():
    lone = signed(date(2026, 5, 1), given_by=(1,))
    at = nl(date(2026, 6, 1))
    blocked = one(kid(date(2018, 1, 1)), lone, at)
    assert [(r.code, r.param("guardian")) for r in blocked.reasons] == [("guardian_missing",
                                                                          "2")]
    assert one(kid(date(2018, 1, 1)), lone, at, policy=Policy("one")).allowed
    stranger = Guardian(id=3, child_id=OTHER_KID, name="Bas Mulder", has_authority=True)
    facts = Facts(kid(date(2018, 1, 1)), (MUM, DAD, stranger), (signed(date(2026, 5, 1)),))
    assert evaluate(KID, SCHOOL, [NOTE], facts, Policy(), at).all_allowed


def test_withdrawal_takes_effect_at_its_moment():
    at = nl(date(2026, 6, 1))
    child = kid(date(2018, 1, 1))
    gone = signed(date(2026, 5, 1), withdrawal=Withdrawal(7, at, 1, False, "", 1))
    assert codes(one(child, gone, at)) == {"withdrawn"}
    assert one(child, gone, at - timedelta(microseconds=1)).allowed
    assert codes(one(child, replace(gone, withdrawal=None, entered_in_error=True), at)) == {
        "entered_in_error"}


def test_reasons_name_ids_never_people():
    facts = Facts(kid(date(2013, 1, 1)), (MUM, DAD), (signed(date(2026, 5, 1), given_by=()),))
    d = evaluate(KID, SCHOOL, [NOTE], facts, Policy(), nl(date(2026, 6, 1)))
    text = repr(d.items[0].reasons)
    assert "guardian_missing" in text and "child_agreement_missing" in text
    assert "Ingrid" not in text and "de Wit" not in text and "Noor" not in text


def test_facts_about_another_child_block():
    facts = Facts(kid(date(2018, 1, 1)), (MUM, DAD), (signed(date(2026, 5, 1)),))
    d = evaluate(OTHER_KID, SCHOOL, [NOTE], facts, Policy(), nl(date(2026, 6, 1)))
    assert codes(d.items[0]) == {"wrong_child"}


@pytest.mark.parametrize(("at", "state"), [
    (nl(date(2026, 4, 1)), "not_yet_valid"),
    (nl(date(2026, 6, 1)), "active"),
    (nl(date(2028, 4, 15)), "expiring"),
    (nl(date(2028, 4, 30)), "expired"),
])
def test_register_states_over_time(at, state):
    consent = signed(date(2026, 5, 1))  # valid until 30 April 2028
    assert consent_state(consent, kid(date(2020, 1, 1)), (MUM, DAD), Policy(), at) == state


def test_naive_datetime_raises():
    facts = Facts(kid(date(2018, 1, 1)), (MUM, DAD), ())
    with pytest.raises(ValueError):
        evaluate(KID, SCHOOL, [NOTE], facts, Policy(), datetime(2026, 6, 1, 12))
    with pytest.raises(ValueError):
        consent_state(signed(date(2026, 5, 1)), facts.child, (), Policy(), datetime(2026, 6, 1))


# -- consent per report ----------------------------------------------------------------------

REPORT = Item("note:12", Category.SESSION_NOTES, Sensitivity.NORMAL, "2026-05-20")
OTHER_REPORT = Item("note:13", Category.SESSION_NOTES, Sensitivity.NORMAL, "2026-05-27")


def for_report(**extra) -> Consent:
    values = {"categories": frozenset({Category.IDENTITY}), "items": frozenset({"note:12"})}
    return signed(date(2026, 5, 1), **(values | extra))


def test_a_named_report_is_covered_by_its_consent():
    d = one(kid(date(2018, 1, 1)), for_report(), nl(date(2026, 6, 1)), REPORT)
    assert (d.consent_id, d.reasons, d.by_name) == (7, (), True)
    identity = Item("identity", Category.IDENTITY, Sensitivity.NORMAL)
    assert one(kid(date(2018, 1, 1)), for_report(), nl(date(2026, 6, 1)), identity).allowed


def test_another_note_of_the_same_kind_is_not_covered():
    d = one(kid(date(2018, 1, 1)), for_report(), nl(date(2026, 6, 1)), OTHER_REPORT)
    assert [(r.code, r.param("consent")) for r in d.reasons] == [("item_not_named", "7")]
    # even a whole category ticked beside the named report does not widen it
    both = for_report(categories=frozenset({Category.SESSION_NOTES}))
    assert codes(one(kid(date(2018, 1, 1)), both, nl(date(2026, 6, 1)), OTHER_REPORT)) == {
        "item_not_named"}


def test_a_named_report_after_withdrawal_is_not_covered():
    at = nl(date(2026, 6, 1))
    gone = for_report(withdrawal=Withdrawal(7, at - timedelta(hours=1), 1, False, "", 1))
    assert codes(one(kid(date(2018, 1, 1)), gone, at, REPORT)) == {"withdrawn"}


def test_a_report_named_by_an_expired_consent_is_not_covered():
    old = for_report(valid_until=date(2026, 6, 1))
    assert one(kid(date(2018, 1, 1)), old, nl(date(2026, 5, 31)), REPORT).allowed
    assert codes(one(kid(date(2018, 1, 1)), old, nl(date(2026, 6, 1)), REPORT)) == {"expired"}


def test_a_named_report_still_needs_the_right_people_and_special_cover():
    child = kid(date(2013, 1, 1))  # 13: the child must agree too
    assert codes(one(child, for_report(), nl(date(2026, 6, 1)), REPORT)) == {
        "child_agreement_missing"}
    special = replace(REPORT, sensitivity=Sensitivity.SPECIAL)
    assert codes(one(kid(date(2018, 1, 1)), for_report(), nl(date(2026, 6, 1)), special)) == {
        "special_not_explicit"}
