"""The rights desk: every request from a parent or the child, with its deadline; holds
that stop retention; objections (Art 21).

The deadline (GDPR Art 12(3)) is one calendar month after the day received; where that
month has no such day (31 January), the month's last day (28 or 29 February), as EU
Regulation 1182/71 counts periods. It may be extended once, by one or two months, with a
reason. A request is *late* once its deadline has passed unanswered, *due this week* when
its deadline falls in the next seven days. Closing names the outcome and may link the
audit event of what was done (the access report, the erasure), so an answer in time can
be checked."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from casefile.caseload import admits, require_access
from casefile.context import VaultContext
from casefile.errors import InvalidInput
from casefile.model import AuditAction
from casefile.storage.engines import people
from casefile.storage.engines import rights_desk as repo
from casefile.storage.repositories.rights_desk import Objection, RetentionHold, RightsRequest
from casefile.validation import clean_text

REQUEST_KINDS = ("access", "rectification", "erasure", "restriction", "objection",
                 "portability", "withdrawal")
REQUESTERS = ("guardian", "child")
IDENTITY_CHECKS = ("id_document", "known_contact", "in_person", "video_call")
OUTCOMES = ("granted", "partly_granted", "refused", "withdrawn_by_requester")
GRANTED = ("granted", "partly_granted")
# The audit actions that show a request of each kind was carried out.
DONE_BY = {"access": ("access_report",), "portability": ("access_report",),
           "erasure": ("erase", "erase_on_withdrawal"), "restriction": ("restrict",),
           "rectification": ("update", "amend"), "withdrawal": ("consent_withdrawn",),
           "objection": ("objection_recorded",)}
OBJECTION_PURPOSES = ("service_information", "other_legitimate_interest")
MAX_EXTENSION_MONTHS = 2
WEEK = 7


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later, or that month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline(received_on: date, extension_months: int = 0) -> date:
    """One month from receipt, plus an extension, both counted from the day received."""
    return add_months(received_on, 1 + extension_months)


@dataclass(frozen=True)
class DeskView:
    late: list[RightsRequest]
    due_this_week: list[RightsRequest]
    later: list[RightsRequest]


class RightsDesk:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    # -- requests -------------------------------------------------------------------------

    def record(self, child_id: int, *, kind: str, requester: str, identity_check: str,
               received_on: date, guardian_id: int | None = None,
               note: str = "") -> RightsRequest:
        user = self._ctx.require_user()
        _choice(kind, REQUEST_KINDS)
        _choice(requester, REQUESTERS)
        _choice(identity_check, IDENTITY_CHECKS)
        note = clean_text(note, "note", max_length=500, multiline=True)
        if received_on > self._ctx.clock.today():
            raise InvalidInput("received_in_future")
        with self._ctx.transaction() as conn:
            people.child(conn, child_id)
            require_access(self._ctx, conn, child_id)
            if requester == "guardian":
                if guardian_id is None or guardian_id not in {
                        g.id for g in people.guardians_of(conn, child_id)}:
                    raise InvalidInput("guardian_not_of_child")
            else:
                guardian_id = None
            found = repo.add_request(conn, {
                "child_id": child_id, "kind": kind, "requester": requester,
                "guardian_id": guardian_id, "identity_check": identity_check,
                "received_on": received_on, "due_on": deadline(received_on), "note": note,
                "recorded_by": user.id, "recorded_at": self._ctx.clock.now()})
            self._audit(conn, AuditAction.REQUEST_RECORDED, found, {"kind": kind})
        return found

    def extend(self, request_id: int, *, months: int, reason: str) -> RightsRequest:
        """Once, by one or two months, with a reason (Art 12(3))."""
        self._ctx.require_user()
        reason = clean_text(reason, "reason", required=True, max_length=500)
        if months not in range(1, MAX_EXTENSION_MONTHS + 1):
            raise InvalidInput("extension_too_long")
        with self._ctx.transaction() as conn:
            found = repo.request(conn, request_id)
            require_access(self._ctx, conn, found.child_id)
            if not found.is_open:
                raise InvalidInput("request_closed")
            if found.extension_months:
                raise InvalidInput("already_extended")
            repo.change_request(conn, request_id, {
                "extension_months": months, "extension_reason": reason,
                "due_on": deadline(found.received_on, months)})
            self._audit(conn, AuditAction.REQUEST_EXTENDED, found, {"months": months})
            return repo.request(conn, request_id)

    def close(self, request_id: int, *, outcome: str, event_id: int | None = None,
              closed_on: date | None = None) -> RightsRequest:
        """Answer the request; `event_id` is the audit event of what was done."""
        self._ctx.require_user()
        _choice(outcome, OUTCOMES)
        day = closed_on or self._ctx.clock.today()
        with self._ctx.transaction() as conn:
            found = repo.request(conn, request_id)
            require_access(self._ctx, conn, found.child_id)
            if not found.is_open:
                raise InvalidInput("request_closed")
            if day < found.received_on or day > self._ctx.clock.today():
                raise InvalidInput("closed_before_received")
            if event_id is not None and not repo.event_exists(conn, event_id, found.child_id):
                raise InvalidInput("event_not_of_child")
            if found.kind == "objection" and outcome in GRANTED and event_id is None:
                event_id = self._object(conn, found, day)
            repo.change_request(conn, request_id, {"closed_on": day, "outcome": outcome,
                                                   "outcome_event_id": event_id})
            self._audit(conn, AuditAction.REQUEST_CLOSED, found,
                        {"outcome": outcome, "in_time": day <= found.due_on})
            return repo.request(conn, request_id)

    def requests(self, *, open_only: bool = False,
                 child_id: int | None = None) -> list[RightsRequest]:
        self._ctx.require_user()
        conn = self._ctx.db()
        if child_id is not None:
            require_access(self._ctx, conn, child_id)
        # the register is the practice's; a counsellor sees the requests of their caseload
        return [r for r in repo.requests(conn, open_only=open_only, child_id=child_id)
                if admits(self._ctx, conn, r.child_id)]

    def view(self, at: date | None = None) -> DeskView:
        """The open requests: late, due within seven days, and the rest."""
        day = at or self._ctx.clock.today()
        late: list[RightsRequest] = []
        week: list[RightsRequest] = []
        later: list[RightsRequest] = []
        lists = {"late": late, "due_this_week": week, "open": later}
        for r in self.requests(open_only=True):
            lists[state(r, day)].append(r)
        return DeskView(late, week, later)

    def late(self, at: date | None = None) -> list[RightsRequest]:
        return self.view(at).late

    def due_this_week(self, at: date | None = None) -> list[RightsRequest]:
        return self.view(at).due_this_week

    def candidate_events(self, request_id: int) -> list:
        """The audit events since the request came in that could be its answer."""
        self._ctx.require_user()
        found = repo.request(self._ctx.db(), request_id)
        require_access(self._ctx, self._ctx.db(), found.child_id)
        actions = DONE_BY.get(found.kind, ())
        return [e for e in self._ctx.audit.events(child_id=found.child_id, limit=500)
                if e.action in actions and e.at.date() >= found.received_on]

    def _audit(self, conn, action: AuditAction, found: RightsRequest, details: dict) -> None:
        self._ctx.audit.record(conn, action=action, object_type="rights_request",
                               object_id=found.id, child_id=found.child_id, details=details)

    # -- retention holds ------------------------------------------------------------------

    def place_hold(self, child_id: int, *, reason: str, ends_on: date) -> RetentionHold:
        """A complaint or legal case: the dossier is not purged or erased until `ends_on`."""
        user = self._ctx.require_admin()
        reason = clean_text(reason, "reason", required=True, max_length=500)
        today = self._ctx.clock.today()
        if ends_on <= today:
            raise InvalidInput("hold_ends_in_past")
        with self._ctx.transaction() as conn:
            people.child(conn, child_id)
            found = repo.add_hold(conn, {"child_id": child_id, "reason": reason,
                                         "starts_on": today, "ends_on": ends_on,
                                         "recorded_by": user.id,
                                         "recorded_at": self._ctx.clock.now()})
            self._ctx.audit.record(conn, action=AuditAction.HOLD_PLACED,
                                   object_type="retention_hold", object_id=found.id,
                                   child_id=child_id, details={"ends_on": ends_on.isoformat()})
        return found

    def lift_hold(self, hold_id: int) -> None:
        self._ctx.require_admin()
        with self._ctx.transaction() as conn:
            found = repo.hold(conn, hold_id)
            if found.lifted_on is None:
                repo.lift_hold(conn, hold_id, self._ctx.clock.today())
                self._ctx.audit.record(conn, action=AuditAction.HOLD_LIFTED,
                                       object_type="retention_hold", object_id=hold_id,
                                       child_id=found.child_id)

    def holds(self, child_id: int) -> list[RetentionHold]:
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.holds(self._ctx.db(), child_id)

    def hold_on(self, child_id: int, at: date | None = None) -> RetentionHold | None:
        """The hold in force on a dossier (the latest-ending one), or None."""
        day = at or self._ctx.clock.today()
        return held(self.holds(child_id), day).get(child_id)

    # -- objections (Art 21) --------------------------------------------------------------

    def record_objection(self, child_id: int, *, purpose: str, received_on: date,
                         request_id: int | None = None) -> Objection:
        """An objection to processing on the ground of legitimate interest; honoured at
        once (Art 21(3): for direct marketing there is nothing to weigh)."""
        user = self._ctx.require_user()
        _choice(purpose, OBJECTION_PURPOSES)
        with self._ctx.transaction() as conn:
            people.child(conn, child_id)
            require_access(self._ctx, conn, child_id)
            if request_id is not None and repo.request(conn, request_id).child_id != child_id:
                raise InvalidInput("request_not_of_child")
            found = repo.add_objection(conn, {
                "child_id": child_id, "purpose": purpose, "received_on": received_on,
                "request_id": request_id, "recorded_by": user.id,
                "recorded_at": self._ctx.clock.now()})
            self._ctx.audit.record(conn, action=AuditAction.OBJECTION_RECORDED,
                                   object_type="objection", object_id=found.id,
                                   child_id=child_id, details={"purpose": purpose})
        return found

    def _object(self, conn, found: RightsRequest, day: date) -> int:
        """Granting an objection request records the objection (to being informed about
        new services, the legitimate interest a practice like this one has) and returns
        its audit event, the link the closed request keeps."""
        user = self._ctx.require_user()
        objection = repo.add_objection(conn, {
            "child_id": found.child_id, "purpose": OBJECTION_PURPOSES[0], "received_on": day,
            "request_id": found.id, "recorded_by": user.id,
            "recorded_at": self._ctx.clock.now()})
        self._ctx.audit.record(conn, action=AuditAction.OBJECTION_RECORDED,
                               object_type="objection", object_id=objection.id,
                               child_id=found.child_id,
                               details={"purpose": OBJECTION_PURPOSES[0]})
        return repo.last_event_id(conn)

    def portable(self, child_id: int) -> dict[str, list[dict]]:
        """The child's requests, objections and holds as plain data (ISO dates), for the
        access report's JSON: the parents see what they asked and how it was answered."""
        self._ctx.require_user()
        conn = self._ctx.db()
        require_access(self._ctx, conn, child_id)
        return {"rights_requests": [_plain(r, _REQUEST_FIELDS)
                                    for r in repo.requests(conn, child_id=child_id)],
                "objections": [_plain(o, ("purpose", "received_on", "lifted_on"))
                               for o in repo.objections(conn, child_id)],
                "retention_holds": [_plain(h, ("reason", "starts_on", "ends_on", "lifted_on"))
                                    for h in repo.holds(conn, child_id)]}

    def objections(self, child_id: int) -> list[Objection]:
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.objections(self._ctx.db(), child_id)

    def objects_to(self, child_id: int, purpose: str = "service_information") -> bool:
        """The flag the rest of the application respects."""
        return any(o.purpose == purpose and o.lifted_on is None
                   for o in self.objections(child_id))

    def may_contact(self, child_ids: list[int],
                    purpose: str = "service_information") -> list[int]:
        """Of these children, those whose parents may be informed for `purpose` (e.g. about
        new services): everyone without an objection in force to it."""
        self._ctx.require_user()
        barred = repo.objecting_children(self._ctx.db(), purpose)
        return [c for c in child_ids if c not in barred]


def state(request: RightsRequest, day: date) -> str:
    """late, due_this_week, open; answered or answered_late once closed."""
    if request.closed_on is not None:
        return "answered" if request.closed_on <= request.due_on else "answered_late"
    if request.due_on < day:
        return "late"
    return "due_this_week" if request.due_on <= day + timedelta(WEEK) else "open"


def held(holds: list[RetentionHold], day: date) -> dict[int, RetentionHold]:
    """child id -> the hold in force on `day` that ends last."""
    found: dict[int, RetentionHold] = {}
    for h in holds:
        if h.holds_on(day) and (h.child_id not in found or
                                h.ends_on > found[h.child_id].ends_on):
            found[h.child_id] = h
    return found


_REQUEST_FIELDS = ("kind", "requester", "identity_check", "received_on", "due_on",
                   "extension_months", "extension_reason", "closed_on", "outcome")


def _plain(record: object, names: tuple[str, ...]) -> dict:
    return {n: (v.isoformat() if isinstance(v, date) else v)
            for n in names for v in (getattr(record, n),)}


def _choice(value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InvalidInput("unknown_rights_choice")
