"""The server's SQL for children, guardians and organisations: the functions of
casefile/storage/repositories/people.py for the practice server. Names are sealed, so
the child list is ordered and filtered here, on this side, after opening every child
(10,000 children are little), once: ChildDirectory keeps them; the orders and the filter
are the local engine's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg import Notify
from psycopg.pq import TransactionStatus

from casefile.model import Child, Guardian, GuidanceStatus, Organisation, Trajectory
from casefile.storage.database import fold, name_sort_key
from casefile.storage.repositories.people import FieldChange
from casefile.storage.repositories.pg import notices
from casefile.storage.repositories.pg.base import (
    ServerConnection,
    fetch_one,
    insert,
    opened,
    opened_all,
    update_with_history,
)
from casefile.storage.sealed import Sealer
from casefile.storage.server import Connection

_TABLES = {"child": "children", "guardian": "guardians", "organisation": "organisations",
           "trajectory": "trajectories"}
_STATUS_RANK = {GuidanceStatus.INTAKE: 0, GuidanceStatus.ACTIVE: 1, GuidanceStatus.PAUSED: 2}


@dataclass(frozen=True)
class Listed:
    """A child as the list filters and orders it: folded once, when opened."""

    child: Child
    folded: str  # the name, case and diacritics folded, for the filter
    key: str  # name_sort_key: the local engine's stored sort key

    @classmethod
    def of(cls, c: Child) -> Listed:
        return cls(c, fold(f"{c.first_name} {c.last_name}"),
                   name_sort_key(c.first_name, c.last_name))


# The child list's orders, as people.CHILD_ORDERS gives them in SQL; each ends in id.
CHILD_ORDERS = {
    "name": lambda e: (e.key, e.child.id),
    "born": lambda e: (e.child.birth_date, e.child.id),
    "group": lambda e: (e.child.school_group, e.key, e.child.id),
    "status": lambda e: (_STATUS_RANK.get(e.child.status, 3), e.key, e.child.id),
}


def server_connection(pg: Connection, sealer: Sealer) -> ServerConnection:
    """The `conn` the server repositories take, with its own kept child list."""
    return ServerConnection(pg, sealer, ChildDirectory())


class ChildDirectory:
    """Every child of the practice, opened once and then kept: a committed change arrives
    as a notice with the child's id (migration 0002; this connection hears its own too),
    and only that child is read and opened again. Inside a transaction the list is read
    afresh (its own uncommitted rows, a rollback) and what is kept is left alone."""

    CHANNEL = notices.CHILDREN

    def __init__(self) -> None:
        self._kept: dict[int, Listed] | None = None
        self._stale: set[int] = set()

    def every(self, conn: ServerConnection) -> list[Listed]:
        if conn.pg.info.transaction_status != TransactionStatus.IDLE:
            return _opened_children(conn, "SELECT * FROM children", ())
        if self._kept is None:
            conn.pg.add_notify_handler(self._notice)
            notices.listen(conn.pg, self.CHANNEL)  # before the read: nothing is missed
            self._kept = {e.child.id: e for e in _opened_children(
                conn, "SELECT * FROM children", ())}
            self._stale.clear()
        else:
            notices.deliver(conn.pg)  # the notices that arrived
        if self._stale:
            ids, self._stale = sorted(self._stale), set()
            for child_id in ids:
                self._kept.pop(child_id, None)
            fresh = _opened_children(conn, "SELECT * FROM children WHERE id = ANY(%s)",
                                     (ids,))
            self._kept.update((e.child.id, e) for e in fresh)
        return list(self._kept.values())

    def _notice(self, notice: Notify) -> None:
        if notice.channel == self.CHANNEL and notice.payload.isdigit():
            self._stale.add(int(notice.payload))


def _opened_children(conn: ServerConnection, sql: str, args: tuple) -> list[Listed]:
    return [Listed.of(c) for c in opened_all(conn, "children", conn.pg.execute(sql, args),
                                             Child)]


def add(conn: ServerConnection, object_type: str, values: dict[str, Any]) -> int:
    """A new child, guardian, organisation or trajectory."""
    return insert(conn, _TABLES[object_type], values)


def change(conn: ServerConnection, object_type: str, object_id: int, *,
           child_id: int | None, changes: dict[str, Any], reason: str,
           user_id: int | None, now: datetime) -> list[str]:
    """Apply `changes` keeping each old value (field history), compared as the local
    engine compares them (as stored). Returns the fields that really changed."""
    return update_with_history(conn, _TABLES[object_type], object_type, object_id,
                               child_id=child_id, changes=changes, reason=reason,
                               user_id=user_id, now=now)


def child(conn: ServerConnection, child_id: int) -> Child:
    return opened(conn, "children", fetch_one(conn, "children", child_id), Child)


def _children(conn: ServerConnection, text: str) -> list[Listed]:
    """Every child whose name holds each typed word (case and diacritics folded)."""
    words = fold(text).split()
    return [e for e in conn.children.every(conn) if all(w in e.folded for w in words)]


def children_page(conn: ServerConnection, offset: int, limit: int, text: str = "", *,
                  order: str = "name", descending: bool = False) -> list[Child]:
    ordered = sorted(_children(conn, text), key=CHILD_ORDERS[order], reverse=descending)
    return [e.child for e in ordered[offset:offset + limit]]


def children_count(conn: ServerConnection, text: str = "") -> int:
    return len(_children(conn, text))


def guardian(conn: ServerConnection, guardian_id: int) -> Guardian:
    return opened(conn, "guardians", fetch_one(conn, "guardians", guardian_id), Guardian)


def guardians_of(conn: ServerConnection, child_id: int) -> list[Guardian]:
    rows = conn.pg.execute("SELECT * FROM guardians WHERE child_id = %s AND removed_at IS "
                           "NULL ORDER BY id", (child_id,))
    return opened_all(conn, "guardians", rows, Guardian)


def organisation(conn: ServerConnection, organisation_id: int) -> Organisation:
    return opened(conn, "organisations", fetch_one(conn, "organisations", organisation_id),
                  Organisation)


def trajectory(conn: ServerConnection, trajectory_id: int) -> Trajectory:
    return opened(conn, "trajectories", fetch_one(conn, "trajectories", trajectory_id),
                  Trajectory)


def trajectories_of(conn: ServerConnection, child_id: int) -> list[Trajectory]:
    rows = conn.pg.execute("SELECT * FROM trajectories WHERE child_id = %s "
                           "ORDER BY start_date, id", (child_id,))
    return opened_all(conn, "trajectories", rows, Trajectory)


def field_history(conn: ServerConnection, object_type: str,
                  object_id: int) -> list[FieldChange]:
    rows = conn.pg.execute("SELECT * FROM field_history WHERE object_type = %s AND "
                           "object_id = %s ORDER BY id", (object_type, object_id))
    return opened_all(conn, "field_history", rows, FieldChange)


def field_changes_of_child(conn: ServerConnection, child_id: int) -> list[FieldChange]:
    """Every change of the child's, guardians' and trajectories' fields, oldest first."""
    rows = conn.pg.execute("SELECT * FROM field_history WHERE child_id = %s ORDER BY id",
                           (child_id,))
    return opened_all(conn, "field_history", rows, FieldChange)


def organisations(conn: ServerConnection, kind: str | None = None) -> list[Organisation]:
    """Ordered as the local engine's `name COLLATE NOCASE, id` (ASCII case folded)."""
    sql, args = "SELECT * FROM organisations WHERE removed_at IS NULL", []
    if kind is not None:
        sql, args = sql + " AND kind = %s", [kind]
    found = opened_all(conn, "organisations", conn.pg.execute(sql, args), Organisation)
    return sorted(found, key=lambda o: (_nocase(o.name), o.id))


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _nocase(text: str) -> str:
    return text.translate(_ASCII_LOWER)
