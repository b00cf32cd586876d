"""The server's SQL for the caseload (pg_migrations/0004): the functions of
casefile/storage/repositories/caseload.py for the practice server. The reasons are
sealed; who, whom and when are in clear, and the server's policies allow a counsellor to
add only themselves to a dossier nobody has yet."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from casefile.model import CaseloadEntry, Child, ChildListing
from casefile.storage.repositories.pg.base import (
    ServerConnection,
    insert,
    opened,
    sealed_values,
)
from casefile.storage.repositories.pg.people import CHILD_ORDERS, Listed, _children

_OPEN = "removed_at IS NULL"


def on_caseload(conn: ServerConnection, child_id: int, user_id: int) -> bool:
    return conn.pg.execute(
        f"SELECT 1 FROM caseload WHERE child_id = %s AND user_id = %s AND {_OPEN}",
        (child_id, user_id)).fetchone() is not None


def add(conn: ServerConnection, child_id: int, user_id: int, *, by: int | None,
        at: datetime, reason: str = "") -> bool:
    if on_caseload(conn, child_id, user_id):
        return False
    insert(conn, "caseload", {"child_id": child_id, "user_id": user_id, "added_at": at,
                              "added_by": by, "added_reason": reason})
    return True


def remove(conn: ServerConnection, child_id: int, user_id: int, *, by: int, at: datetime,
           reason: str) -> bool:
    row = conn.pg.execute(
        f"SELECT id FROM caseload WHERE child_id = %s AND user_id = %s AND {_OPEN}",
        (child_id, user_id)).fetchone()
    if row is None:
        return False
    sealed = sealed_values(conn, "caseload", row["id"], {"removed_reason": reason})
    conn.pg.execute("UPDATE caseload SET removed_at = %s, removed_by = %s, "
                    "removed_reason = %s WHERE id = %s",
                    (at, by, sealed["removed_reason"], row["id"]))
    return True


def counsellors(conn: ServerConnection, child_ids: list[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {c: [] for c in child_ids}
    if not child_ids:
        return found
    for r in conn.pg.execute(f"SELECT child_id, user_id FROM caseload WHERE child_id = "
                             f"ANY(%s) AND {_OPEN} ORDER BY id", (list(child_ids),)):
        found[r["child_id"]].append(r["user_id"])
    return found


def history(conn: ServerConnection, child_id: int) -> list[CaseloadEntry]:
    rows = conn.pg.execute("SELECT * FROM caseload WHERE child_id = %s ORDER BY id",
                           (child_id,))
    # a stretch from the upgrade has no sealed reason: read as the local engine's ''
    return [replace(e, added_reason=e.added_reason or "", removed_reason=e.removed_reason or "")
            for e in (opened(conn, "caseload", r, CaseloadEntry) for r in rows)]


def children_page(conn: ServerConnection, viewer: int, offset: int, limit: int, text: str = "",
                  *, order: str = "name", descending: bool = False,
                  ) -> list[tuple[Child | ChildListing, bool]]:
    """The child list as `viewer` may see it, as the local engine's children_page: in any
    order but the name the caseload comes first and the rest follows by name."""
    mine = {r["child_id"] for r in conn.pg.execute(
        f"SELECT child_id FROM caseload WHERE user_id = %s AND {_OPEN}", (viewer,))}
    found = _children(conn, text)
    by = CHILD_ORDERS[order]
    if order == "name":
        ordered = sorted(found, key=by, reverse=descending)
    else:
        own = sorted((e for e in found if e.child.id in mine), key=by, reverse=descending)
        rest = sorted((e for e in found if e.child.id not in mine),
                      key=CHILD_ORDERS["name"], reverse=descending)
        ordered = own + rest
    return [_row(e, e.child.id in mine) for e in ordered[offset:offset + limit]]


def _row(entry: Listed, mine: bool) -> tuple[Child | ChildListing, bool]:
    c = entry.child
    return (c, True) if mine else (ChildListing(c.id, c.first_name, c.last_name), False)


def open_stretches(conn: ServerConnection) -> list[tuple[int, int, int | None]]:
    """(child, user, added_by) of every open stretch, for `verify`."""
    return [(r["child_id"], r["user_id"], r["added_by"]) for r in conn.pg.execute(
        f"SELECT child_id, user_id, added_by FROM caseload WHERE {_OPEN} ORDER BY id")]


def access_events(conn: ServerConnection
                  ) -> list[tuple[str, str, int | None, int | None, str]]:
    """(action, object id, child, actor, actor's role) of every event that opens or closes
    access, oldest first: grants, revocations and the creation of a child."""
    return [(r["action"], r["object_id"], r["child_id"], r["user_id"], r["role"])
            for r in conn.pg.execute(
                "SELECT action, object_id, child_id, user_id, role FROM audit_log "
                "WHERE action IN ('caseload_add', 'caseload_remove') "
                "OR (action = 'create' AND object_type = 'child') ORDER BY id")]


UPGRADE = 4  # the server migration that put every child on every user's caseload


def from_the_upgrade(conn: ServerConnection, child_id: int, user_id: int) -> bool:
    """The child and the user both existed when server migration 0004 ran (so it added
    them)."""
    return conn.pg.execute(
        "SELECT 1 FROM schema_version v, children c, users u WHERE v.version = %s "
        "AND c.id = %s AND u.id = %s AND c.created_at <= v.applied_at "
        "AND u.created_at <= v.applied_at", (UPGRADE, child_id, user_id)).fetchone() is not None
