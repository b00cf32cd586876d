"""The consent rule (DESIGN section 4): a pure function from facts to a Decision.

No I/O, no clock of its own: the moment is an argument. An item may go to a recipient at
moment `at` only when one consent covers it:

1. same child, scope `disclosure`, same recipient, the item's category listed;
2. valid_from <= day(at) < valid_until, not withdrawn at or before `at`, not entered in error;
3. a `special` item needs a consent that covers special-category data explicitly;
4. the right people agreed, judged by the child's age on day(at): under 12 the guardians
   with parental authority (every one, or one by policy); 12 to 16 those guardians and the
   child; from 16 the child alone;
5. the recipient is the one named;
6. the dossier is not restricted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from casefile.model import Category, Child, Consent, ConsentScope, Guardian, Sensitivity

EXPIRING_DAYS = 30


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
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str | None:
        return dict(self.params).get(name)


@dataclass(frozen=True)
class ItemDecision:
    item: Item
    consent_id: int | None
    reasons: tuple[Reason, ...] = ()

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
    if at.tzinfo is None:
        raise ValueError("the moment must be timezone-aware")
    return at.astimezone(ZoneInfo(policy.timezone)).date()


def evaluate(child_id: int, recipient_id: int, items: Sequence[Item], facts: Facts,
             policy: Policy, at: datetime) -> Decision:
    day = local_day(at, policy)
    if facts.child.id != child_id:
        blocked = (Reason("wrong_child"),)
        return Decision(child_id, recipient_id, at, tuple(ItemDecision(i, None, blocked)
                                                          for i in items))
    if facts.child.restricted:
        blocked = (Reason("dossier_restricted"),)
        return Decision(child_id, recipient_id, at, tuple(ItemDecision(i, None, blocked)
                                                          for i in items))
    candidates = [c for c in facts.consents if c.child_id == child_id
                  and c.scope == ConsentScope.DISCLOSURE and c.recipient_id == recipient_id]
    people = {c.id: _people_reasons(c, facts, policy, day) for c in candidates}
    decided = tuple(_decide(item, candidates, people, at, day) for item in items)
    return Decision(child_id, recipient_id, at, decided)


def _decide(item: Item, candidates: list[Consent], people: dict[int, tuple[Reason, ...]],
            at: datetime, day: date) -> ItemDecision:
    if not candidates:
        return ItemDecision(item, None, (Reason("no_consent_for_recipient"),))
    reasons: list[Reason] = []
    for consent in sorted(candidates, key=lambda c: (c.valid_until, c.id), reverse=True):
        failing = _consent_reasons(consent, item, at, day) + people[consent.id]
        if not failing:
            return ItemDecision(item, consent.id, ())
        reasons += [r for r in failing if r not in reasons]
    return ItemDecision(item, None, tuple(reasons))


def _consent_reasons(consent: Consent, item: Item, at: datetime, day: date) -> tuple[Reason,
                                                                                     ...]:
    ref = (("consent", str(consent.id)),)
    found = []
    if consent.entered_in_error:
        found.append(Reason("entered_in_error", ref))
    if consent.withdrawal is not None and consent.withdrawal.withdrawn_at <= at:
        found.append(Reason("withdrawn", ref))
    if day < consent.valid_from:
        found.append(Reason("not_yet_valid", ref))
    if day >= consent.valid_until:
        found.append(Reason("expired", ref))
    if item.category not in consent.categories:
        found.append(Reason("category_not_covered", ref))
    if item.sensitivity == Sensitivity.SPECIAL and not consent.covers_special:
        found.append(Reason("special_not_explicit", ref))
    return tuple(found)


def _people_reasons(consent: Consent, facts: Facts, policy: Policy, day: date) -> tuple[
        Reason, ...]:
    """Rule 4: did the right people agree, judged by the child's age on `day`?"""
    ref = (("consent", str(consent.id)),)
    age_now = facts.child.age_on(day)
    guardians_ok, missing = _guardians_agreed(consent, facts.guardians, policy)
    child_ok = consent.child_agrees is True
    if age_now >= 16:
        if child_ok:
            return ()
        if _met_rule_at_signing(consent, facts, policy):
            return (Reason("no_longer_sufficient_turned_16", ref),)
        return (Reason("child_must_consent", ref),)
    found: list[Reason] = []
    if not guardians_ok:
        found += [Reason("guardian_missing", (*ref, ("guardian", str(g)))) for g in missing]
        if not missing:
            found.append(Reason("guardian_missing", ref))
    if age_now >= 12 and not child_ok:
        if guardians_ok and _met_rule_at_signing(consent, facts, policy):
            found.append(Reason("no_longer_sufficient_turned_12", ref))
        else:
            found.append(Reason("child_agreement_missing", ref))
    return tuple(found)


def _guardians_agreed(consent: Consent, guardians: tuple[Guardian, ...],
                      policy: Policy) -> tuple[bool, list[int]]:
    with_authority = [g.id for g in guardians if g.has_authority
                      and g.child_id == consent.child_id]
    given = set(consent.given_by)
    missing = [g for g in with_authority if g not in given]
    if not with_authority:
        return False, []
    if policy.guardians_required == "one":
        return len(missing) < len(with_authority), ([] if len(missing) < len(
            with_authority) else missing)
    return not missing, missing


def _met_rule_at_signing(consent: Consent, facts: Facts, policy: Policy) -> bool:
    """Did the consent satisfy rule 4 on the day it was given (recorded)?"""
    age = facts.child.age_on(local_day(consent.recorded_at, policy))
    guardians_ok, _ = _guardians_agreed(consent, facts.guardians, policy)
    child_ok = consent.child_agrees is True
    if age >= 16:
        return child_ok
    if age >= 12:
        return guardians_ok and child_ok
    return guardians_ok


def consent_state(consent: Consent, child: Child, guardians: Sequence[Guardian],
                  policy: Policy, at: datetime) -> str:
    """The register state shown on the Consent tab."""
    day = local_day(at, policy)
    if consent.entered_in_error:
        return "entered_in_error"
    if consent.withdrawal is not None and consent.withdrawal.withdrawn_at <= at:
        return "withdrawn"
    if day >= consent.valid_until:
        return "expired"
    if day < consent.valid_from:
        return "not_yet_valid"
    if consent.scope == ConsentScope.DISCLOSURE:
        facts = Facts(child, tuple(guardians), (consent,))
        people = _people_reasons(consent, facts, policy, day)
        if any(r.code.startswith("no_longer_sufficient") for r in people):
            return "no_longer_sufficient"
        if people:
            return "insufficient"
    if consent.valid_until - day <= timedelta(days=EXPIRING_DAYS):
        return "expiring"
    return "active"
