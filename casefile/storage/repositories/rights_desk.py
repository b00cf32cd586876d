"""SQL for the rights desk: requests and their deadlines, retention holds, objections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from casefile.storage.database import Connection
from casefile.storage.repositories.base import build, fetch_one, insert, update


@dataclass(frozen=True)
class RightsRequest:
    id: int
    child_id: int
    kind: str  # casefile.rights_desk.REQUEST_KINDS
    requester: str  # "guardian" or "child"
    guardian_id: int | None
    identity_check: str  # casefile.rights_desk.IDENTITY_CHECKS
    received_on: date
    due_on: date
    extension_months: int = 0
    extension_reason: str = ""
    closed_on: date | None = None
    outcome: str | None = None
    outcome_event_id: int | None = None
    note: str = ""
    recorded_by: int | None = None
    recorded_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class RetentionHold:
    id: int
    child_id: int
    reason: str
    starts_on: date
    ends_on: date
    lifted_on: date | None = None
    recorded_by: int | None = None
    recorded_at: datetime | None = None

    def holds_on(self, day: date) -> bool:
        """In force on `day`: from its start, until its end or its lifting (exclusive)."""
        until = min(self.ends_on, self.lifted_on) if self.lifted_on else self.ends_on
        return self.starts_on <= day < until


@dataclass(frozen=True)
class Objection:
    id: int
    child_id: int
    purpose: str
    received_on: date
    request_id: int | None = None
    lifted_on: date | None = None
    recorded_by: int | None = None
    recorded_at: datetime | None = None


def add_request(conn: Connection, values: dict[str, Any]) -> RightsRequest:
    return request(conn, insert(conn, "rights_requests", values))


def request(conn: Connection, request_id: int) -> RightsRequest:
    return build(RightsRequest, fetch_one(conn, "rights_requests", request_id))


def change_request(conn: Connection, request_id: int, values: dict[str, Any]) -> None:
    update(conn, "rights_requests", request_id, values)


def requests(conn: Connection, *, open_only: bool = False, child_id: int | None = None,
             due_by: date | None = None) -> list[RightsRequest]:
    """Requests by deadline (soonest first); open ones only, one child's, or due by a day."""
    where, args = request_filter("?", open_only, child_id,
                                 None if due_by is None else due_by.isoformat())
    return [build(RightsRequest, r) for r in conn.execute(
        f"SELECT * FROM rights_requests{where} ORDER BY due_on, id", args)]


def request_filter(mark: str, open_only: bool, child_id: int | None,
                   due_by: object) -> tuple[str, list[object]]:
    """The WHERE clause of `requests` (with the engine's placeholder `mark`, `due_by` in
    the engine's form) and its arguments."""
    where = ["closed_on IS NULL"] if open_only else []
    args: list[object] = []
    for clause, value in (("child_id = ", child_id), ("due_on <= ", due_by)):
        if value is not None:
            where.append(clause + mark)
            args.append(value)
    return (" WHERE " + " AND ".join(where) if where else ""), args


def add_hold(conn: Connection, values: dict[str, Any]) -> RetentionHold:
    return hold(conn, insert(conn, "retention_holds", values))


def hold(conn: Connection, hold_id: int) -> RetentionHold:
    return build(RetentionHold, fetch_one(conn, "retention_holds", hold_id))


def lift_hold(conn: Connection, hold_id: int, day: date) -> None:
    update(conn, "retention_holds", hold_id, {"lifted_on": day})


def holds(conn: Connection, child_id: int | None = None) -> list[RetentionHold]:
    sql, args = "SELECT * FROM retention_holds", []
    if child_id is not None:
        sql, args = sql + " WHERE child_id = ?", [child_id]
    return [build(RetentionHold, r) for r in conn.execute(sql + " ORDER BY starts_on, id",
                                                           args)]


def add_objection(conn: Connection, values: dict[str, Any]) -> Objection:
    row = fetch_one(conn, "objections", insert(conn, "objections", values))
    return build(Objection, row)


def lift_objection(conn: Connection, objection_id: int, day: date) -> None:
    fetch_one(conn, "objections", objection_id)
    update(conn, "objections", objection_id, {"lifted_on": day})


def objections(conn: Connection, child_id: int | None = None) -> list[Objection]:
    sql, args = "SELECT * FROM objections", []
    if child_id is not None:
        sql, args = sql + " WHERE child_id = ?", [child_id]
    return [build(Objection, r) for r in conn.execute(sql + " ORDER BY received_on, id",
                                                       args)]


def objecting_children(conn: Connection, purpose: str) -> set[int]:
    """The children with an objection in force to `purpose`."""
    rows = conn.execute("SELECT DISTINCT child_id FROM objections "
                        "WHERE purpose = ? AND lifted_on IS NULL", (purpose,))
    return {r[0] for r in rows}


def event_exists(conn: Connection, event_id: int, child_id: int) -> bool:
    row = conn.execute("SELECT 1 FROM audit_log WHERE id = ? AND child_id = ?",
                       (event_id, child_id)).fetchone()
    return row is not None


def last_event_id(conn: Connection) -> int:
    """The audit event just recorded in this transaction."""
    return int(conn.execute("SELECT max(id) FROM audit_log").fetchone()[0])
