"""The server's SQL for the rights desk (pg_migrations/0014): the functions of
casefile/storage/repositories/rights_desk.py for the practice server. A request's
extension reason and note and a hold's reason are sealed; kinds, codes and the dates the
deadlines need are in clear. An erasure forgets a request's free text (NULL, read as the
local engine's '')."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from casefile.storage import server
from casefile.storage.repositories.pg.base import (
    ServerConnection,
    fetch_one,
    insert,
    opened,
    update,
)
from casefile.storage.repositories.rights_desk import (
    Objection,
    RetentionHold,
    RightsRequest,
    request_filter,
)


def add_request(conn: ServerConnection, values: dict[str, Any]) -> RightsRequest:
    return request(conn, insert(conn, "rights_requests", values))


def request(conn: ServerConnection, request_id: int) -> RightsRequest:
    return _request(conn, fetch_one(conn, "rights_requests", request_id))


def change_request(conn: ServerConnection, request_id: int, values: dict[str, Any]) -> None:
    update(conn, "rights_requests", request_id, values)


def requests(conn: ServerConnection, *, open_only: bool = False, child_id: int | None = None,
             due_by: date | None = None) -> list[RightsRequest]:
    """Requests by deadline (soonest first); open ones only, one child's, or due by a day."""
    where, args = request_filter("%s", open_only, child_id, due_by)
    return [_request(conn, r) for r in conn.pg.execute(
        f"SELECT * FROM rights_requests{where} ORDER BY due_on, id", args)]


def _request(conn: ServerConnection, row: dict) -> RightsRequest:
    found = opened(conn, "rights_requests", row, RightsRequest)
    return replace(found, extension_reason=found.extension_reason or "",
                   note=found.note or "")


def add_hold(conn: ServerConnection, values: dict[str, Any]) -> RetentionHold:
    return hold(conn, insert(conn, "retention_holds", values))


def hold(conn: ServerConnection, hold_id: int) -> RetentionHold:
    return opened(conn, "retention_holds", fetch_one(conn, "retention_holds", hold_id),
                  RetentionHold)


def lift_hold(conn: ServerConnection, hold_id: int, day: date) -> None:
    update(conn, "retention_holds", hold_id, {"lifted_on": day})


def holds(conn: ServerConnection, child_id: int | None = None) -> list[RetentionHold]:
    sql, args = "SELECT * FROM retention_holds", []
    if child_id is not None:
        sql, args = sql + " WHERE child_id = %s", [child_id]
    return [opened(conn, "retention_holds", r, RetentionHold)
            for r in conn.pg.execute(sql + " ORDER BY starts_on, id", args)]


def add_objection(conn: ServerConnection, values: dict[str, Any]) -> Objection:
    return _objection(conn, fetch_one(conn, "objections", insert(conn, "objections", values)))


def lift_objection(conn: ServerConnection, objection_id: int, day: date) -> None:
    fetch_one(conn, "objections", objection_id)
    update(conn, "objections", objection_id, {"lifted_on": day})


def objections(conn: ServerConnection, child_id: int | None = None) -> list[Objection]:
    sql, args = "SELECT * FROM objections", []
    if child_id is not None:
        sql, args = sql + " WHERE child_id = %s", [child_id]
    return [_objection(conn, r) for r in conn.pg.execute(sql + " ORDER BY received_on, id",
                                                         args)]


def _objection(conn: ServerConnection, row: dict) -> Objection:
    return opened(conn, "objections", row, Objection)


def objecting_children(conn: ServerConnection, purpose: str) -> set[int]:
    """The children with an objection in force to `purpose`."""
    rows = conn.pg.execute("SELECT DISTINCT child_id FROM objections "
                           "WHERE purpose = %s AND lifted_on IS NULL", (purpose,))
    return {r["child_id"] for r in rows}


def event_exists(conn: ServerConnection, event_id: int, child_id: int) -> bool:
    return conn.pg.execute("SELECT 1 FROM audit_log WHERE id = %s AND child_id = %s",
                           (event_id, child_id)).fetchone() is not None


def last_event_id(conn: ServerConnection) -> int:
    """The audit event just recorded in this transaction."""
    return int(server.scalar(conn.pg.execute("SELECT max(id) AS id FROM audit_log"), "id"))
