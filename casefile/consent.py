"""The consent rule (DESIGN section 4): a pure function from facts to a Decision.

No I/O, no clock of its own: the moment `at` is an argument and must be timezone-aware
(callers convert; a naive moment raises ValueError rather than being guessed). Dates (valid
from/until, the child's age) are judged on the calendar day of `at` in the policy's time zone.
An item may go to a recipient at `at` only when one consent covers it:

1. same child, scope `disclosure`, same recipient, the item's category listed; a consent
   that names notes or documents one by one (consent per report) covers of those only
   the named ones, whatever its categories, and its categories the other items;
2. valid_from <= day(at) < valid_until, not withdrawn at or before `at`, not entered in error;
3. a `special` item needs a consent that covers special-category data explicitly;
4. the right people agreed, judged by the child's age on day(at): under 12 the guardians
   with parental authority (every one, or one by policy); 12 to 16 those guardians and the
   child; from 16 the child alone. A consent that met this when it was given (its
   `recorded_at` day) but no longer does blocks with `no_longer_sufficient_turned_12/16`;
5. the recipient is the one named;
6. the dossier is not restricted.

A signature added later (the second parent's, the child's) counts from its `signed_on` day:
before that day the consent is judged as recorded, from it as if that person had signed.

A blocked item carries every reason: the restriction, and what each candidate consent for
this recipient lacks, deduplicated, with the consent id (and guardian id) as params, never
names. Reason codes are stable; the UI and CLI translate them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from casefile.model import Category, Child, Consent, ConsentScope, Guardian, Sensitivity

EXPIRING_DAYS = 30
NAMEABLE = ("note:", "document:")  # the item kinds a consent may name one by one
TWELVE, SIXTEEN = 12, 16


@dataclass(frozen=True)
class Item:
    key: str  # "identity", "contact_details", "guidance_summary", "note:12", "document:3"
    category: Category
    sensitivity: Sensitivity
    title: str = ""


@dataclass(frozen=True)
class Policy:
    guardians_required: Literal["all", "one"] = "all"
    timezone: str = "Europe/Amsterdam"


@dataclass(frozen=True)
class Facts:
    child: Child
    guardians: tuple[Guardian, ...]
    consents: tuple[Consent, ...]


@dataclass(frozen=True)
class Reason:
    code: str
    params: tuple[tuple[str, str], ...] = ()  # ids only, never names

    def param(self, name: str) -> str | None:
        return dict(self.params).get(name)


@dataclass(frozen=True)
class ItemDecision:
    item: Item
    consent_id: int | None
    reasons: tuple[Reason, ...] = ()
    by_name: bool = False  # the consent relied on names this very item (consent per report)

    @property
    def allowed(self) -> bool:
        return self.consent_id is not None


@dataclass(frozen=True)
class Decision:
    child_id: int
    recipient_id: int
    at: datetime
    items: tuple[ItemDecision, ...]

    @property
    def allowed_items(self) -> tuple[ItemDecision, ...]:
        return tuple(d for d in self.items if d.allowed)

    @property
    def blocked_items(self) -> tuple[ItemDecision, ...]:
        return tuple(d for d in self.items if not d.allowed)

    @property
    def any_allowed(self) -> bool:
        return bool(self.allowed_items)

    @property
    def all_allowed(self) -> bool:
        return bool(self.items) and not self.blocked_items

    @property
    def consent_ids_relied_on(self) -> tuple[int, ...]:
        return tuple(sorted({d.consent_id for d in self.allowed_items
                             if d.consent_id is not None}))

    def for_key(self, key: str) -> ItemDecision | None:
        return next((d for d in self.items if d.item.key == key), None)


def local_day(at: datetime, policy: Policy) -> date:
    """The calendar day of `at` in the practice's time zone."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("the moment must be timezone-aware")
    return at.astimezone(ZoneInfo(policy.timezone)).date()


def evaluate(child_id: int, recipient_id: int, items: Sequence[Item], facts: Facts,
             policy: Policy, at: datetime) -> Decision:
    """Judge every item for `recipient_id` at `at` (DESIGN section 4)."""
    day = local_day(at, policy)
    if facts.child.id != child_id:
        return _all_blocked(child_id, recipient_id, at, items, Reason("wrong_child"))
    candidates = sorted((signed_as_of(c, day) for c in _candidates(facts, child_id, recipient_id)),
                        key=lambda c: (c.valid_until, c.id), reverse=True)
    people = {c.id: _people_reasons(c, facts, policy, day) for c in candidates}
    decided = tuple(_decide(i, candidates, people, at, day) for i in items)
    if facts.child.restricted:
        decided = tuple(_restrict(d) for d in decided)
    return Decision(child_id, recipient_id, at, decided)


def signed_as_of(consent: Consent, day: date) -> Consent:
    """The consent with the later signatures made on or before `day` counted in."""
    later = [s for s in consent.signatures if s.signed_on <= day]
    if not later:
        return consent
    guardians = [s.guardian_id for s in later if s.guardian_id is not None]
    child = consent.child_agrees or any(s.guardian_id is None for s in later)
    return replace(consent, given_by=tuple(dict.fromkeys((*consent.given_by, *guardians))),
                   child_agrees=True if child else consent.child_agrees)


def _all_blocked(child_id: int, recipient_id: int, at: datetime, items: Sequence[Item],
                 reason: Reason) -> Decision:
    return Decision(child_id, recipient_id, at,
                    tuple(ItemDecision(i, None, (reason,)) for i in items))


def _candidates(facts: Facts, child_id: int, recipient_id: int) -> list[Consent]:
    """Rules 1 and 5: the disclosure consents for this child that name this recipient."""
    return [c for c in facts.consents if c.child_id == child_id
            and c.scope == ConsentScope.DISCLOSURE and c.recipient_id == recipient_id]


def _restrict(decision: ItemDecision) -> ItemDecision:
    """Rule 6: a restricted dossier blocks everything, still naming what else is missing."""
    return ItemDecision(decision.item, None, (Reason("dossier_restricted"), *decision.reasons))


def _decide(item: Item, candidates: list[Consent], people: dict[int, tuple[Reason, ...]],
            at: datetime, day: date) -> ItemDecision:
    """Rely on the first candidate (longest-running, then newest) that covers the item."""
    if not candidates:
        return ItemDecision(item, None, (Reason("no_consent_for_recipient"),))
    reasons: list[Reason] = []
    for consent in candidates:
        failing = _consent_reasons(consent, item, at, day) + people[consent.id]
        if not failing:
            return ItemDecision(item, consent.id, (), item.key in consent.items)
        reasons += [r for r in failing if r not in reasons]
    return ItemDecision(item, None, tuple(reasons))


def _ref(consent: Consent) -> tuple[tuple[str, str], ...]:
    return (("consent", str(consent.id)),)


def _consent_reasons(consent: Consent, item: Item, at: datetime, day: date) -> tuple[
        Reason, ...]:
    """Rules 1 to 3 for one consent and one item."""
    checks = (
        ("entered_in_error", consent.entered_in_error),
        ("withdrawn", consent.withdrawal is not None and consent.withdrawal.withdrawn_at <= at),
        ("not_yet_valid", day < consent.valid_from),
        ("expired", day >= consent.valid_until),
        ("category_not_covered", not _in_scope(consent, item) and not _nameable(consent, item)),
        ("item_not_named", not _in_scope(consent, item) and _nameable(consent, item)),
        ("special_not_explicit",
         item.sensitivity == Sensitivity.SPECIAL and not consent.covers_special),
    )
    return tuple(Reason(code, _ref(consent)) for code, failed in checks if failed)


def _in_scope(consent: Consent, item: Item) -> bool:
    """Rule 1's what: the item named on its own, or else its whole category."""
    if _nameable(consent, item):
        return item.key in consent.items
    return item.category in consent.categories


def _nameable(consent: Consent, item: Item) -> bool:
    """A consent that names items says of an unnamed note or document "not this one"."""
    return bool(consent.items) and item.key.startswith(NAMEABLE)


def _people_reasons(consent: Consent, facts: Facts, policy: Policy, day: date) -> tuple[
        Reason, ...]:
    """Rule 4: did the right people agree, judged by the child's age on `day`?"""
    age = facts.child.age_on(day)
    if age >= SIXTEEN:
        return _sixteen_reasons(consent, facts, policy)
    missing = _guardians_missing(consent, facts.guardians, policy)
    found = [Reason("guardian_missing", (*_ref(consent), *g)) for g in missing]
    if age >= TWELVE and consent.child_agrees is not True:
        turned = _met_rule_when_given(consent, facts, policy)  # then: parents agreed
        code = "no_longer_sufficient_turned_12" if turned else "child_agreement_missing"
        found.append(Reason(code, _ref(consent)))
    return tuple(found)


def _sixteen_reasons(consent: Consent, facts: Facts, policy: Policy) -> tuple[Reason, ...]:
    if consent.child_agrees is True:
        return ()
    turned = _met_rule_when_given(consent, facts, policy)
    return (Reason("no_longer_sufficient_turned_16" if turned else "child_must_consent",
                   _ref(consent)),)


def _authority_ids(consent: Consent, guardians: Sequence[Guardian]) -> list[int]:
    return [g.id for g in guardians if g.has_authority and g.child_id == consent.child_id]


def _guardians_missing(consent: Consent, guardians: Sequence[Guardian],
                       policy: Policy) -> list[tuple[tuple[str, str], ...]]:
    """Params for each guardian whose agreement is missing; [()] when nobody could agree."""
    with_authority = _authority_ids(consent, guardians)
    if not with_authority:
        return [()]  # no one holds authority on record: nobody could have agreed for the child
    absent = [g for g in with_authority if g not in consent.given_by]
    if policy.guardians_required == "one" and len(absent) < len(with_authority):
        return []
    return [(("guardian", str(g)),) for g in absent]


def _met_rule_when_given(consent: Consent, facts: Facts, policy: Policy) -> bool:
    """Did the consent satisfy rule 4 on the day it was given (recorded)?"""
    age = facts.child.age_on(local_day(consent.recorded_at, policy))
    guardians_ok = not _guardians_missing(consent, facts.guardians, policy)
    child_ok = consent.child_agrees is True
    if age >= SIXTEEN:
        return child_ok
    if age >= TWELVE:
        return guardians_ok and child_ok
    return guardians_ok


def people_missing(consent: Consent, child: Child, guardians: Sequence[Guardian],
                   policy: Policy, at: datetime) -> tuple[Reason, ...]:
    """Rule 4 alone, for a consent about to be recorded: whose agreement is missing?"""
    day = local_day(at, policy)
    return _people_reasons(signed_as_of(consent, day), Facts(child, tuple(guardians), ()),
                           policy, day)


def consent_state(consent: Consent, child: Child, guardians: Sequence[Guardian],
                  policy: Policy, at: datetime) -> str:
    """The register state shown on the Consent tab: active, expiring (valid_until within
    30 days), expired, not_yet_valid, withdrawn, entered_in_error, no_longer_sufficient (the
    child turned 12 or 16 since), or insufficient (the right people never all agreed)."""
    day = local_day(at, policy)
    consent = signed_as_of(consent, day)
    if consent.entered_in_error:
        return "entered_in_error"
    if consent.withdrawal is not None and consent.withdrawal.withdrawn_at <= at:
        return "withdrawn"
    if day >= consent.valid_until:
        return "expired"
    if day < consent.valid_from:
        return "not_yet_valid"
    if consent.scope == ConsentScope.DISCLOSURE:
        people = _people_reasons(consent, Facts(child, tuple(guardians), (consent,)),
                                 policy, day)
        if any(r.code.startswith("no_longer_sufficient") for r in people):
            return "no_longer_sufficient"
        if people:
            return "insufficient"
    if consent.valid_until - day <= timedelta(days=EXPIRING_DAYS):
        return "expiring"
    return "active"
