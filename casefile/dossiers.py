"""Children, guardians, organisations and trajectories: the dossier's people and agreements.

Every change records an audit event in the same transaction, and every change of a stored
field keeps its old value with who, when and why (GDPR Art 16)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from casefile import caseload
from casefile.context import VaultContext
from casefile.errors import DossierRestricted, InvalidInput, NotFound, StillReferenced
from casefile.model import (
    AuditAction,
    Child,
    ChildListing,
    GuidanceStatus,
    Organisation,
    OrganisationKind,
    Trajectory,
)
from casefile.storage.database import Connection
from casefile.storage.engines import caseload as caseload_repo
from casefile.storage.engines import people, removals
from casefile.storage.repositories.people import FieldChange
from casefile.validation import clean_date, clean_text


def ensure_writable(conn: Connection, child_id: int) -> Child:
    """The child, or DossierRestricted when the dossier is restricted (GDPR Art 18)."""
    child = people.child(conn, child_id)
    if child.restricted:
        raise DossierRestricted()
    return child


class _Service:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    def _now(self):
        return self._ctx.clock.now()

    def _record(self, conn: Connection, action: AuditAction, object_type: str, object_id: object,
                child_id: int | None, **details: object) -> None:
        self._ctx.audit.record(conn, action=action, object_type=object_type,
                               object_id=object_id, child_id=child_id, details=details)

    def history(self, object_id: int) -> list[FieldChange]:
        """Every change of a stored field, oldest first (rectification with history)."""
        self._ctx.require_user()
        conn = self._ctx.db()
        child_id = self._child_of(conn, object_id)
        if child_id is not None:
            caseload.require_access(self._ctx, conn, child_id)
        return people.field_history(conn, self._object_type, object_id)

    def _child_of(self, conn: Connection, object_id: int) -> int | None:
        """The dossier a row belongs to (None for an organisation)."""
        if self._object_type == "child":
            return object_id
        if self._object_type == "organisation":
            return None
        return self._load(conn, object_id).child_id

    def _readable(self, conn: Connection, loaded: Any) -> Any:
        """A guardian or trajectory, once the user may see its dossier."""
        caseload.require_access(self._ctx, conn, loaded.child_id)
        return loaded

    _object_type = ""
    _FIELDS: tuple[str, ...] = ()

    # each service's repository read of one row (a staticmethod in the subclass)
    _load: Callable[[Connection, int], Any]

    def _clean(self, values: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def _update(self, object_id: int, reason: str, changes: dict[str, Any]) -> Any:
        user = self._ctx.require_user()
        if set(changes) - set(self._FIELDS):
            raise InvalidInput("field_not_editable")
        reason = clean_text(reason, "reason", max_length=500)
        with self._ctx.transaction() as conn:
            current = self._load(conn, object_id)
            if getattr(current, "removed_at", None) is not None:
                raise NotFound()  # a removed row is only a tombstone
            child_id = getattr(current, "child_id", None)
            if self._object_type == "child":
                child_id = object_id
            if child_id is not None:
                caseload.require_access(self._ctx, conn, child_id)
                ensure_writable(conn, child_id)
            values = self._clean({f: getattr(current, f) for f in self._FIELDS} | changes)
            changed = people.change(
                conn, self._object_type, object_id, child_id=child_id,
                changes={k: values[k] for k in changes}, reason=reason, user_id=user.id,
                now=self._now())
            if changed:
                self._record(conn, AuditAction.UPDATE, self._object_type, object_id, child_id,
                             fields=changed)
            return self._load(conn, object_id)


class Children(_Service):
    _object_type = "child"
    _load = staticmethod(people.child)
    _FIELDS = ("first_name", "last_name", "birth_date", "school_id", "school_group", "status",
               "opened_on", "closed_on")

    def add(self, *, first_name: str, last_name: str, birth_date: date,
            school_id: int | None = None, school_group: str = "",
            status: GuidanceStatus | str = GuidanceStatus.INTAKE,
            opened_on: date | None = None) -> Child:
        """A new dossier, on its creator's caseload."""
        user = self._ctx.require_user()
        values = self._clean(dict(first_name=first_name, last_name=last_name,
                                  birth_date=birth_date, school_id=school_id,
                                  school_group=school_group, status=status,
                                  opened_on=opened_on or self._ctx.clock.today()))
        now = self._now()
        with self._ctx.transaction() as conn:
            child_id = people.add(conn, "child", {**values, "created_at": now,
                                                  "updated_at": now})
            caseload_repo.add(conn, child_id, user.id, by=user.id, at=now)
            self._record(conn, AuditAction.CREATE, "child", child_id, child_id)
            return people.child(conn, child_id)

    def get(self, child_id: int) -> Child:
        """Open a dossier: a read that is audited (an admin's outside their own caseload
        as such)."""
        user = self._ctx.require_user()
        with self._ctx.transaction() as conn:
            caseload.require_access(self._ctx, conn, child_id)
            child = people.child(conn, child_id)
            action = AuditAction.READ
            if not caseload_repo.on_caseload(conn, child_id, user.id):
                action = AuditAction.READ_OUTSIDE_CASELOAD  # only an admin gets this far
            self._record(conn, action, "child", child_id, child_id)
        return child

    def peek(self, child_id: int) -> Child:
        """The child's header fields without an audit event, for lists already shown."""
        self._ctx.require_user()
        conn = self._ctx.db()
        caseload.require_access(self._ctx, conn, child_id)
        return people.child(conn, child_id)

    def update(self, child_id: int, *, reason: str = "", **changes: Any) -> Child:
        return self._update(child_id, reason, changes)

    def page(self, offset: int = 0, limit: int = 100, text: str = "", *, order: str = "name",
             descending: bool = False) -> list[Child | ChildListing]:
        """One page of the list; `order` is one of people.CHILD_ORDERS (name: Dutch
        filing order, "van Dalen" under D). A dossier outside a counsellor's caseload is a
        ChildListing: its name and counsellors only (casefile/caseload.py)."""
        viewer = caseload.viewer(self._ctx)
        conn = self._ctx.db()
        if viewer is None:
            return list(people.children_page(conn, offset, limit, text, order=order,
                                             descending=descending))
        rows = caseload_repo.children_page(conn, viewer, offset, limit, text, order=order,
                                           descending=descending)
        listings = caseload.listings_with_counsellors(
            conn, [row for row, mine in rows if isinstance(row, ChildListing)])
        named = iter(listings)
        return [row if mine else next(named) for row, mine in rows]

    def count(self, text: str = "") -> int:
        self._ctx.require_user()
        return people.children_count(self._ctx.db(), text)

    def _clean(self, v: dict[str, Any]) -> dict[str, Any]:
        today = self._ctx.clock.today()
        out = dict(v)
        out["first_name"] = clean_text(v["first_name"], "first name", required=True)
        out["last_name"] = clean_text(v["last_name"], "last name", required=True)
        out["birth_date"] = clean_date(v["birth_date"], "date of birth", not_after=today)
        out["school_group"] = clean_text(v.get("school_group") or "", "group", max_length=40)
        try:
            out["status"] = GuidanceStatus(v["status"])
        except ValueError:
            raise InvalidInput("unknown_status") from None
        if v.get("opened_on") is not None:
            out["opened_on"] = clean_date(v["opened_on"], "opened on")
        if v.get("closed_on") is not None:
            out["closed_on"] = clean_date(v["closed_on"], "closed on")
        school = v.get("school_id")  # NotFound when absent or removed
        if school is not None and people.organisation(self._ctx.db(), school).removed_at:
            raise NotFound()
        return out


class Guardians(_Service):
    _object_type = "guardian"
    _load = staticmethod(people.guardian)
    _FIELDS = ("name", "relation", "phone", "email", "address", "has_authority")

    def add(self, child_id: int, *, name: str, relation: str = "", phone: str = "",
            email: str = "", address: str = "", has_authority: bool = False):
        self._ctx.require_user()
        values = self._clean(dict(name=name, relation=relation, phone=phone, email=email,
                                  address=address, has_authority=has_authority))
        now = self._now()
        with self._ctx.transaction() as conn:
            caseload.require_access(self._ctx, conn, child_id)
            ensure_writable(conn, child_id)
            gid = people.add(conn, "guardian", {"child_id": child_id, **values,
                                                "created_at": now, "updated_at": now})
            self._record(conn, AuditAction.CREATE, "guardian", gid, child_id)
            return people.guardian(conn, gid)

    def update(self, guardian_id: int, *, reason: str = "", **changes: Any):
        return self._update(guardian_id, reason, changes)

    def get(self, guardian_id: int):
        self._ctx.require_user()
        conn = self._ctx.db()
        return self._readable(conn, people.guardian(conn, guardian_id))

    def remove(self, guardian_id: int, *, reason: str) -> None:
        """Remove a parent or guardian entered by mistake or no longer involved: the contact
        details are wiped; the name and relation stay, so the consents they gave still read
        as given by them, but they no longer count for consent or appear in the dossier.
        Refused while a packet sent since they were added held the contact details."""
        user = self._ctx.require_user()
        reason = clean_text(reason, "reason", required=True, max_length=500)
        with self._ctx.transaction() as conn:
            guardian = people.guardian(conn, guardian_id)
            if guardian.removed_at is not None:
                raise NotFound()
            caseload.require_access(self._ctx, conn, guardian.child_id)
            ensure_writable(conn, guardian.child_id)
            sent = removals.guardian_disclosed(
                conn, guardian.child_id, removals.created_at(conn, "guardian", guardian_id))
            if sent is not None:
                raise StillReferenced("guardian_disclosed", recipient=sent.recipient,
                                      on=sent.at.date())
            removals.remove(conn, "guardian", guardian_id, child_id=guardian.child_id,
                            reason=reason, user_id=user.id, now=self._now())
            self._record(conn, AuditAction.DELETE, "guardian", guardian_id, guardian.child_id)

    def list(self, child_id: int):
        self._ctx.require_user()
        conn = self._ctx.db()
        caseload.require_access(self._ctx, conn, child_id)
        return people.guardians_of(conn, child_id)

    def _clean(self, v: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": clean_text(v["name"], "name", required=True),
            "relation": clean_text(v["relation"], "relation", max_length=60),
            "phone": clean_text(v["phone"], "phone number", max_length=40),
            "email": clean_text(v["email"], "e-mail address", max_length=120),
            "address": clean_text(v["address"], "address", max_length=300),
            "has_authority": bool(v["has_authority"]),
        }


class Organisations(_Service):
    _object_type = "organisation"
    _load = staticmethod(people.organisation)
    _FIELDS = ("name", "kind", "contact_person", "email", "phone", "address")

    def add(self, *, name: str, kind: OrganisationKind | str = OrganisationKind.SCHOOL,
            contact_person: str = "", email: str = "", phone: str = "",
            address: str = "") -> Organisation:
        self._ctx.require_user()
        values = self._clean(dict(name=name, kind=kind, contact_person=contact_person,
                                  email=email, phone=phone, address=address))
        now = self._now()
        with self._ctx.transaction() as conn:
            oid = people.add(conn, "organisation", {**values, "created_at": now,
                                                    "updated_at": now})
            self._record(conn, AuditAction.CREATE, "organisation", oid, None)
            return people.organisation(conn, oid)

    def update(self, organisation_id: int, *, reason: str = "", **changes: Any) -> Organisation:
        return self._update(organisation_id, reason, changes)

    def get(self, organisation_id: int) -> Organisation:
        self._ctx.require_user()
        return people.organisation(self._ctx.db(), organisation_id)

    def remove(self, organisation_id: int, *, reason: str) -> None:
        """Remove an organisation from the address book: its contact details are wiped, its
        name stays for the consents and documents that name it. Refused while it is a
        child's school or has been sent a packet (the disclosure log names it)."""
        user = self._ctx.require_user()
        reason = clean_text(reason, "reason", required=True, max_length=500)
        with self._ctx.transaction() as conn:
            if people.organisation(conn, organisation_id).removed_at is not None:
                raise NotFound()
            sent = removals.organisation_disclosed(conn, organisation_id)
            if sent is not None:
                raise StillReferenced("organisation_disclosed", recipient=sent.recipient,
                                      on=sent.at.date())
            if removals.school_of_children(conn, organisation_id):
                raise StillReferenced("organisation_is_school")
            removals.remove(conn, "organisation", organisation_id, child_id=None,
                            reason=reason, user_id=user.id, now=self._now())
            self._record(conn, AuditAction.DELETE, "organisation", organisation_id, None)

    def list(self, kind: OrganisationKind | str | None = None) -> list[Organisation]:
        self._ctx.require_user()
        return people.organisations(self._ctx.db(), None if kind is None else str(kind))

    def _clean(self, v: dict[str, Any]) -> dict[str, Any]:
        try:
            kind = OrganisationKind(v["kind"])
        except ValueError:
            raise InvalidInput("unknown_organisation_kind") from None
        return {
            "name": clean_text(v["name"], "name", required=True),
            "kind": kind,
            "contact_person": clean_text(v["contact_person"], "contact person"),
            "email": clean_text(v["email"], "e-mail address", max_length=120),
            "phone": clean_text(v["phone"], "phone number", max_length=40),
            "address": clean_text(v["address"], "address", max_length=300),
        }


class Trajectories(_Service):
    _object_type = "trajectory"
    _load = staticmethod(people.trajectory)
    _FIELDS = ("title", "start_date", "end_date", "summary")

    def add(self, child_id: int, *, title: str, start_date: date, end_date: date | None = None,
            summary: str = "") -> Trajectory:
        self._ctx.require_user()
        values = self._clean(dict(title=title, start_date=start_date, end_date=end_date,
                                  summary=summary))
        now = self._now()
        with self._ctx.transaction() as conn:
            caseload.require_access(self._ctx, conn, child_id)
            ensure_writable(conn, child_id)
            tid = people.add(conn, "trajectory", {"child_id": child_id, **values,
                                                  "created_at": now, "updated_at": now})
            self._record(conn, AuditAction.CREATE, "trajectory", tid, child_id)
            return people.trajectory(conn, tid)

    def update(self, trajectory_id: int, *, reason: str = "", **changes: Any) -> Trajectory:
        return self._update(trajectory_id, reason, changes)

    def end(self, trajectory_id: int, end_date: date, *, reason: str = "") -> Trajectory:
        """End a guidance agreement; its end date starts the retention clock."""
        return self.update(trajectory_id, end_date=end_date, reason=reason)

    def get(self, trajectory_id: int) -> Trajectory:
        self._ctx.require_user()
        conn = self._ctx.db()
        return self._readable(conn, people.trajectory(conn, trajectory_id))

    def list(self, child_id: int) -> list[Trajectory]:
        self._ctx.require_user()
        conn = self._ctx.db()
        caseload.require_access(self._ctx, conn, child_id)
        return people.trajectories_of(conn, child_id)

    def _clean(self, v: dict[str, Any]) -> dict[str, Any]:
        start = clean_date(v["start_date"], "start date")
        end = None if v["end_date"] is None else clean_date(v["end_date"], "end date")
        if end is not None and end < start:
            raise InvalidInput("end_before_start")
        return {
            "title": clean_text(v["title"], "title", required=True),
            "start_date": start,
            "end_date": end,
            "summary": clean_text(v["summary"], "summary", max_length=4000, multiline=True),
        }
