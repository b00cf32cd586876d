"""The consent register: record, withdraw, mark entered in error, and evaluate.

Records are append-only (database triggers); a withdrawal is effective at once and is never
blocked, not even on a restricted dossier. The rule itself lives in consent.py."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from casefile import consent as rule
from casefile.caseload import require_access
from casefile.context import VaultContext
from casefile.dossiers import ensure_writable
from casefile.errors import InvalidInput
from casefile.items import list_items
from casefile.model import (
    AuditAction,
    Category,
    Consent,
    ConsentMethod,
    ConsentScope,
    Disclosure,
    Sensitivity,
)
from casefile.storage import database
from casefile.storage.database import Connection
from casefile.storage.engines import consents as repo
from casefile.storage.engines import items as item_repo
from casefile.storage.engines import people
from casefile.storage.engines import search as search_repo
from casefile.validation import clean_text

# How a withdrawal reached the practice (the register keeps it; catalogue.CHANNELS words it).
CHANNELS = ("phone", "email", "letter", "in_person")


@dataclass(frozen=True)
class ConsentView:
    """A consent with its register state at a moment (active, expiring, withdrawn...)."""

    consent: Consent
    state: str


class Consents:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    # -- recording ------------------------------------------------------------------------

    def record(
        self,
        child_id: int,
        *,
        scope: ConsentScope | str,
        purpose: str,
        categories: Iterable[Category | str],
        given_by: Sequence[int],
        valid_from: date,
        valid_until: date,
        recipient_id: int | None = None,
        child_agrees: bool | None = None,
        method: ConsentMethod | str = "written",
        covers_special: bool = False,
        evidence_document_id: int | None = None,
        items: Iterable[str] = (),
    ) -> Consent:
        """`items` names notes and documents one by one ("note:12", consent per report):
        of notes and documents the consent then covers only those."""
        user = self._ctx.require_user()
        with self._ctx.transaction() as conn:
            require_access(self._ctx, conn, child_id)
            ensure_writable(conn, child_id)
            values = self._checked(conn, child_id, dict(
                scope=scope, purpose=purpose, categories=categories, given_by=given_by,
                valid_from=valid_from, valid_until=valid_until, recipient_id=recipient_id,
                child_agrees=child_agrees, method=method,
                evidence_document_id=evidence_document_id, items=items))
            cid = repo.add_consent(
                conn,
                {
                    **values,
                    "child_id": child_id,
                    "covers_special": bool(covers_special),
                    "recorded_by": user.id,
                    "recorded_at": self._ctx.clock.now(),
                },
            )
            self._ctx.audit.record(
                conn,
                action=AuditAction.CONSENT_RECORDED,
                object_type="consent",
                object_id=cid,
                child_id=child_id,
                details={"scope": str(values["scope"]), "items": len(values["items"])},
            )
            return repo.consent(conn, cid)

    def withdraw(
        self,
        consent_id: int,
        *,
        by: int | None = None,
        by_child: bool = False,
        reason: str = "",
        at: datetime | None = None,
        channel: str = "",
    ) -> Consent:
        """Effective at once (or at `at`, never later than now). Never blocked. `channel`
        says how it reached the practice (CHANNELS; empty: not recorded)."""
        now = self._ctx.clock.now()
        effective = now if at is None else min(self._aware(at), now)
        reason = clean_text(reason, "reason", max_length=1000, multiline=True)
        if channel and channel not in CHANNELS:
            raise InvalidInput("withdrawal_channel")

        def work(conn: Connection) -> Consent:
            current = repo.consent(conn, consent_id)
            require_access(self._ctx, conn, current.child_id)
            if current.withdrawal is not None:
                raise InvalidInput("already_withdrawn")
            if by is not None and by not in {
                g.id for g in people.guardians_of(conn, current.child_id)
            }:
                raise InvalidInput("guardian_not_of_child")
            # The disclosures that relied on it (the recipients Art 19 tells), read in the
            # same transaction: on a server that read is what makes a packet being made on
            # another computer at this moment either seen here or refused there.
            sent = [d.id for d in repo.disclosures_relying_on(conn, consent_id)]
            return self._event(conn, current, "withdrawn", effective_at=effective,
                               by_guardian_id=by, by_child=bool(by_child), reason=reason,
                               channel=channel, details={"disclosures": sent})

        return self._ctx.serializable(work)

    def add_signature(self, consent_id: int, *, guardian_id: int | None = None,
                      signed_on: date, evidence_document_id: int | None = None) -> Consent:
        """A signature that arrives after recording (the second parent's; the child's when
        `guardian_id` is None): a new event counted from `signed_on`, never an edit."""
        user = self._ctx.require_user()
        with self._ctx.transaction() as conn:
            current = repo.consent(conn, consent_id)
            require_access(self._ctx, conn, current.child_id)
            ensure_writable(conn, current.child_id)
            self._check_signature(conn, current, guardian_id, signed_on)
            repo.add_signature(conn, {
                "consent_id": consent_id, "child_id": current.child_id,
                "guardian_id": guardian_id, "by_child": guardian_id is None,
                "signed_on": signed_on, "evidence_document_id": evidence_document_id,
                "recorded_by": user.id, "recorded_at": self._ctx.clock.now()})
            self._ctx.audit.record(conn, action=AuditAction.CONSENT_SIGNED,
                                   object_type="consent", object_id=consent_id,
                                   child_id=current.child_id,
                                   details={"by": "child" if guardian_id is None else "guardian"})
            return repo.consent(conn, consent_id)

    def _check_signature(self, conn: Connection, consent: Consent, guardian_id: int | None,
                         signed_on: object) -> None:
        if consent.withdrawal is not None or consent.entered_in_error:
            raise InvalidInput("consent_closed")
        if not isinstance(signed_on, date) or isinstance(signed_on, datetime):
            raise InvalidInput("validity_dates")
        recorded = consent.recorded_at.astimezone(ZoneInfo(self.policy().timezone)).date()
        if not recorded <= signed_on <= self._ctx.clock.today():
            raise InvalidInput("signed_on_out_of_range")
        signed = rule.signed_as_of(consent, signed_on.max)
        if guardian_id is None:
            if signed.child_agrees is True:
                raise InvalidInput("already_signed")
            return
        if guardian_id not in {g.id for g in people.guardians_of(conn, consent.child_id)}:
            raise InvalidInput("guardian_not_of_child")
        if guardian_id in signed.given_by:
            raise InvalidInput("already_signed")

    def enter_in_error(self, consent_id: int, *, reason: str) -> Consent:
        """Mark a record made by mistake; the record itself stays."""
        reason = clean_text(reason, "reason", required=True, max_length=1000, multiline=True)
        with self._ctx.transaction() as conn:
            current = repo.consent(conn, consent_id)
            require_access(self._ctx, conn, current.child_id)
            if current.entered_in_error:
                raise InvalidInput("already_in_error")
            return self._event(conn, current, "entered_in_error",
                               effective_at=self._ctx.clock.now(), reason=reason)

    def _event(self, conn: Connection, consent: Consent, kind: str, *,
               details: dict | None = None, **values) -> Consent:
        """Append a withdrawal or an entered-in-error mark, and its audit event."""
        user = self._ctx.require_user()
        repo.add_event(conn, {"consent_id": consent.id, "child_id": consent.child_id,
                              "kind": kind, "recorded_by": user.id,
                              "recorded_at": self._ctx.clock.now(), **values})
        action = (AuditAction.CONSENT_WITHDRAWN if kind == "withdrawn"
                  else AuditAction.CONSENT_ENTERED_IN_ERROR)
        self._ctx.audit.record(conn, action=action, object_type="consent",
                               object_id=consent.id, child_id=consent.child_id,
                               details=details)
        return repo.consent(conn, consent.id)

    # -- reading --------------------------------------------------------------------------

    def get(self, consent_id: int) -> Consent:
        self._ctx.require_user()
        consent = repo.consent(self._ctx.db(), consent_id)
        require_access(self._ctx, self._ctx.db(), consent.child_id)
        return consent

    def list(self, child_id: int) -> builtins.list[Consent]:
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.consents_of(self._ctx.db(), child_id)

    def register(self, child_id: int, at: datetime | None = None) -> builtins.list[ConsentView]:
        """Every consent of a child with its state at `at` (default now), newest first."""
        self._ctx.require_user()
        conn = self._ctx.db()
        require_access(self._ctx, conn, child_id)
        moment = self._aware(at) if at else self._ctx.clock.now()
        child = people.child(conn, child_id)
        guardians = tuple(people.guardians_of(conn, child_id))
        policy = self.policy()
        return [
            ConsentView(c, rule.consent_state(c, child, guardians, policy, moment))
            for c in repo.consents_of(conn, child_id)
        ]

    def nameable_items(self, child_id: int) -> builtins.list[rule.Item]:
        """The notes and documents a consent may name one by one (consent per report)."""
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return [i for i in list_items(self._ctx.db(), child_id)
                if i.key.startswith(rule.NAMEABLE)]

    def disclosures(self, child_id: int) -> builtins.list[Disclosure]:
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.disclosures_of(self._ctx.db(), child_id)

    def disclosures_relying_on(self, consent_id: int) -> builtins.list[Disclosure]:
        """Earlier packets whose recipients an Art 19 letter asks to delete them."""
        self._ctx.require_user()
        return repo.disclosures_relying_on(self._ctx.db(), self.get(consent_id).id)

    # -- a withdrawn processing consent --------------------------------------------------

    def held_on_basis(self, consent_id: int) -> builtins.list[rule.Item]:
        """The sensitive and special notes and documents a processing consent covers."""
        self._ctx.require_user()
        conn = self._ctx.db()
        consent = self.get(consent_id)
        if consent.scope != ConsentScope.PROCESSING:
            return []
        return [
            i
            for i in list_items(conn, consent.child_id, drafts=True)
            if i.sensitivity != Sensitivity.NORMAL
            and i.category in consent.categories
            and i.key.startswith(("note:", "document:"))
        ]

    def erase_held_on_basis(self, consent_id: int, *, confirm_count: int) -> int:
        """After a processing consent is withdrawn, erase what was held on it (the privacy
        statement promises this). `confirm_count` is the number the counsellor confirmed."""
        self._ctx.require_user()
        held = self.held_on_basis(consent_id)
        consent = self.get(consent_id)
        if consent.withdrawal is None:
            raise InvalidInput("withdraw_first")
        if confirm_count != len(held):
            raise InvalidInput("count_mismatch")
        with self._ctx.transaction() as conn:
            for item in held:
                kind, _, raw = item.key.partition(":")
                item_repo.delete(conn, kind, int(raw))
            search_repo.optimise(conn)
            self._ctx.audit.record(
                conn,
                action=AuditAction.ERASE_ON_WITHDRAWAL,
                object_type="consent",
                object_id=consent_id,
                child_id=consent.child_id,
                details={"erased": len(held)},
            )
        if self._ctx.engine == "local":  # a server's rows were ciphertext (rights.py)
            database.wipe_free_pages(self._ctx.db())  # as erasure does: no freed page keeps it
        return len(held)

    # -- the rule -------------------------------------------------------------------------

    def policy(self) -> rule.Policy:
        return rule.Policy(guardians_required=self._ctx.settings.consent_policy)

    def evaluate(
        self,
        child_id: int,
        recipient_id: int,
        at: datetime | None = None,
        items: Sequence[rule.Item] | None = None,
    ) -> rule.Decision:
        """Which of the child's items may go to the recipient at `at` (default now)."""
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        moment = self._aware(at) if at else self._ctx.clock.now()
        return evaluate_in(self._ctx.db(), child_id, recipient_id, moment, self.policy(), items)

    def _aware(self, at: datetime) -> datetime:
        """A naive moment means local (practice) time."""
        if at.tzinfo is None:
            return at.replace(tzinfo=ZoneInfo(self.policy().timezone))
        return at

    # -- checks ---------------------------------------------------------------------------

    @staticmethod
    def _checked(conn: Connection, child_id: int, fields: dict) -> dict:
        """The consent's fields, checked; InvalidInput with a code otherwise."""
        scope, purpose, categories = fields["scope"], fields["purpose"], fields["categories"]
        given_by, valid_from = fields["given_by"], fields["valid_from"]
        valid_until, recipient_id = fields["valid_until"], fields["recipient_id"]
        child_agrees, method = fields["child_agrees"], fields["method"]
        evidence_document_id = fields["evidence_document_id"]
        try:
            scope = ConsentScope(scope)
            method = ConsentMethod(method)
            cats = frozenset(Category(c) for c in categories)
        except ValueError:
            raise InvalidInput("unknown_consent_choice") from None
        named = _named_items(conn, child_id, scope, cats, fields["items"])
        if not cats and not named:
            raise InvalidInput("no_category")
        if not isinstance(valid_from, date) or not isinstance(valid_until, date):
            raise InvalidInput("validity_dates")
        if valid_until <= valid_from:
            raise InvalidInput("validity_order")
        if scope == ConsentScope.DISCLOSURE and recipient_id is None:
            raise InvalidInput("no_recipient")
        if recipient_id is not None:
            people.organisation(conn, recipient_id)
        own = {g.id for g in people.guardians_of(conn, child_id)}
        if not set(given_by) <= own:
            raise InvalidInput("guardian_not_of_child")
        if child_agrees not in (None, True, False):
            raise InvalidInput("child_agreement_value")
        return {
            "scope": scope,
            "recipient_id": recipient_id,
            "purpose": clean_text(purpose, "purpose", required=True, max_length=500),
            "categories": cats,
            "given_by": list(dict.fromkeys(given_by)),
            "child_agrees": child_agrees,
            "method": method,
            "evidence_document_id": evidence_document_id,
            "valid_from": valid_from,
            "valid_until": valid_until,
            "items": named,
        }


# Whole kinds that hold notes and documents: beside named ones they would say two things.
_REPORT_KINDS = frozenset({Category.SESSION_NOTES, Category.ASSESSMENTS, Category.DOCUMENTS})


def _named_items(conn: Connection, child_id: int, scope: ConsentScope,
                 categories: frozenset[Category], items: Iterable[str]) -> frozenset[str]:
    """The notes and documents a consent names, checked against the child's dossier."""
    if isinstance(items, str):
        raise InvalidInput("item_not_of_child")
    named = frozenset(items)
    if not named:
        return named
    if scope != ConsentScope.DISCLOSURE:
        raise InvalidInput("items_only_for_disclosure")
    if categories & _REPORT_KINDS:
        raise InvalidInput("items_and_whole_categories")
    own = {i.key for i in list_items(conn, child_id) if i.key.startswith(rule.NAMEABLE)}
    if not named <= own:
        raise InvalidInput("item_not_of_child")
    return named


def evaluate_in(
    conn: Connection,
    child_id: int,
    recipient_id: int,
    at: datetime,
    policy: rule.Policy,
    items: Sequence[rule.Item] | None = None,
) -> rule.Decision:
    """The rule over the facts as stored, on a given connection: packets call this inside
    the transaction that records the disclosure."""
    facts = rule.Facts(
        child=people.child(conn, child_id),
        guardians=tuple(people.guardians_of(conn, child_id)),
        consents=tuple(repo.consents_of(conn, child_id)),
    )
    chosen = list(items) if items is not None else list_items(conn, child_id)
    return rule.evaluate(child_id, recipient_id, chosen, facts, policy, at)
