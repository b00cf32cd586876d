"""The server's SQL for children, guardians and organisations: the functions of
casefile/storage/repositories/people.py for the practice server. Names are sealed, so
the child list is ordered and filtered here, on this side, after opening every child
(10,000 children are little), once: ChildDirectory keeps them; the orders and the filter
are the local engine's."""

from __future__ import annotations

from typing import Any

from psycopg import Notify
from psycopg.pq import TransactionStatus

from casefile.model import Child, Guardian, GuidanceStatus, Organisation
from casefile.storage.database import fold, name_sort_key
from casefile.storage.repositories.pg.base import (
    ServerConnection,
    fetch_one,
    insert,
    opened,
    opened_all,
)

_TABLES = {"child": "children", "guardian": "guardians", "organisation": "organisations"}
_STATUS_RANK = {GuidanceStatus.INTAKE: 0, GuidanceStatus.ACTIVE: 1, GuidanceStatus.PAUSED: 2}


def _by_name(c: Child) -> str:
    return name_sort_key(c.first_name, c.last_name)


# The child list's orders, as people.CHILD_ORDERS gives them in SQL; each ends in id.
CHILD_ORDERS = {
    "name": lambda c: (_by_name(c), c.id),
    "born": lambda c: (c.birth_date, c.id),
    "group": lambda c: (c.school_group, _by_name(c), c.id),
    "status": lambda c: (_STATUS_RANK.get(c.status, 3), _by_name(c), c.id),
}


class ChildDirectory:
    """Every child of the practice, opened once and then kept: a committed change arrives
    as a notice with the child's id (migration 0002; this connection hears its own too),
    and only that child is read and opened again. Inside a transaction the list is read
    afresh (its own uncommitted rows, a rollback) and what is kept is left alone."""

    CHANNEL = "casefile_children"

    def __init__(self) -> None:
        self._kept: dict[int, Child] | None = None
        self._stale: set[int] = set()

    def every(self, conn: ServerConnection) -> list[Child]:
        if conn.pg.info.transaction_status != TransactionStatus.IDLE:
            return _opened_children(conn, "SELECT * FROM children", ())
        if self._kept is None:
            conn.pg.add_notify_handler(self._notice)
            conn.pg.execute(f"LISTEN {self.CHANNEL}")  # before the read: nothing is missed
            self._kept = {c.id: c for c in _opened_children(conn, "SELECT * FROM children",
                                                             ())}
            self._stale.clear()
        else:
            conn.pg.execute("SELECT 1")  # a round trip delivers the notices that arrived
        if self._stale:
            ids, self._stale = sorted(self._stale), set()
            for child_id in ids:
                self._kept.pop(child_id, None)
            fresh = _opened_children(conn, "SELECT * FROM children WHERE id = ANY(%s)",
                                     (ids,))
            self._kept.update((c.id, c) for c in fresh)
        return list(self._kept.values())

    def _notice(self, notice: Notify) -> None:
        if notice.channel == self.CHANNEL and notice.payload.isdigit():
            self._stale.add(int(notice.payload))


def _opened_children(conn: ServerConnection, sql: str, args: tuple) -> list[Child]:
    return opened_all(conn, "children", conn.pg.execute(sql, args), Child)


def add(conn: ServerConnection, object_type: str, values: dict[str, Any]) -> int:
    """A new child, guardian or organisation."""
    return insert(conn, _TABLES[object_type], values)


def child(conn: ServerConnection, child_id: int) -> Child:
    return opened(conn, "children", fetch_one(conn, "children", child_id), Child)


def _children(conn: ServerConnection, text: str) -> list[Child]:
    """Every child whose name holds each typed word (case and diacritics folded)."""
    words = fold(text).split()
    return [c for c in conn.children.every(conn)
            if all(w in fold(f"{c.first_name} {c.last_name}") for w in words)]


def children_page(conn: ServerConnection, offset: int, limit: int, text: str = "", *,
                  order: str = "name", descending: bool = False) -> list[Child]:
    ordered = sorted(_children(conn, text), key=CHILD_ORDERS[order], reverse=descending)
    return ordered[offset:offset + limit]


def children_count(conn: ServerConnection, text: str = "") -> int:
    return len(_children(conn, text))


def guardian(conn: ServerConnection, guardian_id: int) -> Guardian:
    return opened(conn, "guardians", fetch_one(conn, "guardians", guardian_id), Guardian)


def guardians_of(conn: ServerConnection, child_id: int) -> list[Guardian]:
    rows = conn.pg.execute("SELECT * FROM guardians WHERE child_id = %s ORDER BY id",
                           (child_id,))
    return opened_all(conn, "guardians", rows, Guardian)


def organisation(conn: ServerConnection, organisation_id: int) -> Organisation:
    return opened(conn, "organisations", fetch_one(conn, "organisations", organisation_id),
                  Organisation)


def organisations(conn: ServerConnection, kind: str | None = None) -> list[Organisation]:
    """Ordered as the local engine's `name COLLATE NOCASE, id` (ASCII case folded)."""
    sql, args = "SELECT * FROM organisations", []
    if kind is not None:
        sql, args = sql + " WHERE kind = %s", [kind]
    found = opened_all(conn, "organisations", conn.pg.execute(sql, args), Organisation)
    return sorted(found, key=lambda o: (_nocase(o.name), o.id))


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _nocase(text: str) -> str:
    return text.translate(_ASCII_LOWER)
