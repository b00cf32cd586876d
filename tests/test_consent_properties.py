"""Property tests of the consent rule against a small oracle written separately from the
text of DESIGN section 4, and a state machine in which withdrawals only ever take away."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from casefile.consent import Facts, Item, Policy, evaluate
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

AMS = ZoneInfo("Europe/Amsterdam")
CHILD_ID, OTHER_CHILD = 1, 2
SCHOOL, OTHER_SCHOOL = 10, 11
BASE_DAY = date(2026, 6, 15)


# -- the oracle: DESIGN section 4, read literally --------------------------------------------


def oracle_accepting(item: Item, facts: Facts, policy: Policy, recipient: int,
                     at: datetime) -> set[int]:
    """Ids of every consent that covers `item` for `recipient` at `at`."""
    child = facts.child
    if child.restricted:
        return set()
    day = at.astimezone(ZoneInfo(policy.timezone)).date()
    age = day.year - child.birth_date.year - (
        (day.month, day.day) < (child.birth_date.month, child.birth_date.day))
    with_authority = [g.id for g in facts.guardians if g.has_authority]
    accepting = set()
    for c in facts.consents:
        if c.child_id != child.id or c.scope != ConsentScope.DISCLOSURE:
            continue
        if c.recipient_id != recipient or item.category not in c.categories:
            continue
        if not (c.valid_from <= day < c.valid_until):
            continue
        if c.entered_in_error or (c.withdrawal and c.withdrawal.withdrawn_at <= at):
            continue
        if item.sensitivity == Sensitivity.SPECIAL and not c.covers_special:
            continue
        if policy.guardians_required == "all":
            parents = bool(with_authority) and all(g in c.given_by for g in with_authority)
        else:
            parents = any(g in c.given_by for g in with_authority)
        if age < 12:
            agreed = parents
        elif age < 16:
            agreed = parents and c.child_agrees is True
        else:
            agreed = c.child_agrees is True
        if agreed:
            accepting.add(c.id)
    return accepting


# -- strategies -------------------------------------------------------------------------------

items_st = st.lists(
    st.builds(lambda i, cat, sens: Item(f"item:{i}", cat, sens),
              st.integers(0, 5), st.sampled_from(list(Category)),
              st.sampled_from(list(Sensitivity))),
    min_size=1, max_size=4, unique_by=lambda i: i.key)


@st.composite
def moments(draw) -> datetime:
    day = BASE_DAY + timedelta(days=draw(st.integers(-400, 400)))
    clock = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 30, 59])))
    return datetime.combine(day, clock, tzinfo=AMS).astimezone(UTC)


@st.composite
def children(draw) -> Child:
    # birthdays cluster around the 12th and 16th birthday within the tested period
    age = draw(st.sampled_from([8, 11, 12, 15, 16, 17]))
    offset = draw(st.integers(-400, 400))
    birth = BASE_DAY.replace(year=BASE_DAY.year - age) + timedelta(days=offset)
    return Child(id=CHILD_ID, first_name="Test", last_name="Kind", birth_date=birth,
                 restricted=draw(st.integers(0, 9)) == 0)


@st.composite
def guardians(draw) -> tuple[Guardian, ...]:
    count = draw(st.integers(0, 3))
    return tuple(Guardian(id=100 + i, child_id=CHILD_ID, name=f"G{i}",
                          has_authority=draw(st.booleans())) for i in range(count))


@st.composite
def consents(draw, guardian_ids: list[int], n: int) -> tuple[Consent, ...]:
    out = []
    for cid in range(1, n + 1):
        start = BASE_DAY + timedelta(days=draw(st.integers(-500, 300)))
        recorded = datetime.combine(start - timedelta(days=draw(st.integers(0, 60))),
                                    time(10), tzinfo=AMS)
        withdrawal = None
        if draw(st.integers(0, 3)) == 0:
            withdrawal = Withdrawal(cid, draw(moments()), None, False, "", 1)
        out.append(Consent(
            id=cid, child_id=draw(st.sampled_from([CHILD_ID] * 5 + [OTHER_CHILD])),
            scope=draw(st.sampled_from([ConsentScope.DISCLOSURE] * 4
                                       + [ConsentScope.PROCESSING])),
            recipient_id=draw(st.sampled_from([SCHOOL, SCHOOL, OTHER_SCHOOL])),
            purpose="p", categories=frozenset(draw(st.sets(st.sampled_from(list(Category)),
                                                           min_size=1))),
            covers_special=draw(st.booleans()),
            given_by=tuple(draw(st.sets(st.sampled_from(guardian_ids))) if guardian_ids
                           else ()),
            child_agrees=draw(st.sampled_from([None, True, False])),
            method=ConsentMethod.WRITTEN, valid_from=start,
            valid_until=start + timedelta(days=draw(st.integers(1, 800))),
            recorded_by=1, recorded_at=recorded, withdrawal=withdrawal,
            entered_in_error=draw(st.integers(0, 7)) == 0))
    return tuple(out)


@st.composite
def scenarios(draw):
    child = draw(children())
    gs = draw(guardians())
    cs = draw(consents([g.id for g in gs] + [999], draw(st.integers(0, 4))))
    policy = Policy(guardians_required=draw(st.sampled_from(["all", "one"])))
    return Facts(child, gs, cs), policy, draw(items_st), draw(moments())


@settings(max_examples=2000, deadline=None)
@given(scenarios())
def test_evaluate_agrees_with_the_oracle(scenario):
    facts, policy, items, at = scenario
    decision = evaluate(CHILD_ID, SCHOOL, items, facts, policy, at)
    assert [d.item for d in decision.items] == items
    for d in decision.items:
        accepting = oracle_accepting(d.item, facts, policy, SCHOOL, at)
        if accepting:
            assert d.allowed and d.consent_id in accepting and not d.reasons
        else:
            assert not d.allowed and d.reasons, "a blocked item names why"


@settings(max_examples=500, deadline=None)
@given(scenarios())
def test_blocked_reasons_are_codes_without_personal_data(scenario):
    facts, policy, items, at = scenario
    for d in evaluate(CHILD_ID, SCHOOL, items, facts, policy, at).blocked_items:
        for reason in d.reasons:
            assert reason.code.isidentifier()
            assert all(v.isdigit() for _, v in reason.params)


# -- the state machine: a withdrawal never turns a block into an allowance --------------------


class ConsentHistory(RuleBasedStateMachine):
    @initialize(child=children(), gs=guardians(), policy_all=st.booleans())
    def setup(self, child, gs, policy_all):
        self.child = replace(child, restricted=False)
        self.guardians = gs
        self.policy = Policy("all" if policy_all else "one")
        self.consents: list[Consent] = []
        self.now = datetime.combine(BASE_DAY, time(9), tzinfo=AMS).astimezone(UTC)
        self.items = [Item(f"i:{c}:{s}", c, s) for c in Category for s in Sensitivity]
        self.withdrawn_at: dict[int, datetime] = {}

    def decide(self, at: datetime | None = None):
        facts = Facts(self.child, self.guardians, tuple(self.consents))
        return evaluate(CHILD_ID, SCHOOL, self.items, facts, self.policy, at or self.now)

    def allowed(self, at: datetime | None = None) -> set[str]:
        return {d.item.key for d in self.decide(at).allowed_items}

    @rule(cats=st.sets(st.sampled_from(list(Category)), min_size=1), special=st.booleans(),
          agrees=st.sampled_from([None, True]), days=st.integers(1, 700),
          everyone=st.booleans())
    def record(self, cats, special, agrees, days, everyone):
        givers = [g.id for g in self.guardians if g.has_authority]
        if not everyone:
            givers = givers[:1]
        self.consents.append(Consent(
            id=len(self.consents) + 1, child_id=CHILD_ID, scope=ConsentScope.DISCLOSURE,
            recipient_id=SCHOOL, purpose="p", categories=frozenset(cats),
            covers_special=special, given_by=tuple(givers), child_agrees=agrees,
            method=ConsentMethod.WRITTEN, valid_from=self.now.astimezone(AMS).date(),
            valid_until=self.now.astimezone(AMS).date() + timedelta(days=days),
            recorded_by=1, recorded_at=self.now))

    @rule(pick=st.integers(0, 50))
    def withdraw(self, pick):
        open_ = [c for c in self.consents if c.withdrawal is None]
        if not open_:
            return
        target = open_[pick % len(open_)]
        before = self.allowed()
        self._replace(replace(target, withdrawal=Withdrawal(target.id, self.now, None, False,
                                                            "", 1)))
        self.withdrawn_at[target.id] = self.now
        assert self.allowed() <= before

    @rule(pick=st.integers(0, 50))
    def enter_in_error(self, pick):
        if not self.consents:
            return
        target = self.consents[pick % len(self.consents)]
        before = self.allowed()
        self._replace(replace(target, entered_in_error=True))
        assert self.allowed() <= before

    @rule(days=st.integers(0, 400), hours=st.integers(0, 23))
    def time_passes(self, days, hours):
        self.now += timedelta(days=days, hours=hours)

    @invariant()
    def nothing_relies_on_a_withdrawn_consent(self):
        if not hasattr(self, "consents"):
            return
        relied = set(self.decide().consent_ids_relied_on)
        assert not relied & set(self.withdrawn_at)

    def _replace(self, consent: Consent) -> None:
        self.consents = [consent if c.id == consent.id else c for c in self.consents]


ConsentHistory.TestCase.settings = settings(max_examples=300, stateful_step_count=25,
                                            deadline=None)
test_withdrawals_only_take_away = ConsentHistory.TestCase
