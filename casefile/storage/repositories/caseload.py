"""SQL for the caseload: which users may see which dossier (migration 0008). A row is one
stretch of access; removing closes it, so the rows are also the history."""

from __future__ import annotations

from datetime import datetime

from casefile.model import CaseloadEntry, Child, ChildListing
from casefile.storage.database import Connection
from casefile.storage.repositories.base import build, build_all, to_db
from casefile.storage.repositories.people import CHILD_ORDERS, _name_filter

_OPEN = "removed_at IS NULL"


def on_caseload(conn: Connection, child_id: int, user_id: int) -> bool:
    return conn.execute(f"SELECT 1 FROM caseload WHERE child_id = ? AND user_id = ? AND {_OPEN}",
                        (child_id, user_id)).fetchone() is not None


def add(conn: Connection, child_id: int, user_id: int, *, by: int | None, at: datetime,
        reason: str = "") -> bool:
    """Open a stretch of access; False when the user is on the caseload already."""
    if on_caseload(conn, child_id, user_id):
        return False
    conn.execute("INSERT INTO caseload (child_id, user_id, added_at, added_by, added_reason) "
                 "VALUES (?, ?, ?, ?, ?)", (child_id, user_id, to_db(at), by, reason))
    return True


def remove(conn: Connection, child_id: int, user_id: int, *, by: int, at: datetime,
           reason: str) -> bool:
    """Close the open stretch; False when there was none."""
    cursor = conn.execute(
        f"UPDATE caseload SET removed_at = ?, removed_by = ?, removed_reason = ? "
        f"WHERE child_id = ? AND user_id = ? AND {_OPEN}",
        (to_db(at), by, reason, child_id, user_id))
    return cursor.rowcount > 0


def counsellors(conn: Connection, child_ids: list[int]) -> dict[int, list[int]]:
    """The users on each child's caseload now, by user id."""
    if not child_ids:
        return {}
    marks = ", ".join("?" * len(child_ids))
    found: dict[int, list[int]] = {c: [] for c in child_ids}
    for child_id, user_id in conn.execute(
            f"SELECT child_id, user_id FROM caseload WHERE child_id IN ({marks}) AND {_OPEN} "
            "ORDER BY id", child_ids):
        found[child_id].append(user_id)
    return found


def history(conn: Connection, child_id: int) -> list[CaseloadEntry]:
    rows = conn.execute("SELECT * FROM caseload WHERE child_id = ? ORDER BY id", (child_id,))
    return [build(CaseloadEntry, r) for r in rows]


def children_page(conn: Connection, viewer: int, offset: int, limit: int, text: str = "", *,
                  order: str = "name", descending: bool = False,
                  ) -> list[tuple[Child | ChildListing, bool]]:
    """The child list as `viewer` may see it: (child, True) for their caseload, (listing,
    False) for the rest. In any order but the name the caseload comes first and the rest
    follows by name, so no order reveals the hidden fields (a date of birth, say)."""
    where, args = _name_filter(text)
    direction = " DESC" if descending else ""
    terms = CHILD_ORDERS[order]
    if order == "name":
        by = ", ".join(term + direction for term in terms)
    else:
        hidden = [f"CASE WHEN mine THEN {term} END{direction}" for term in terms
                  if term not in ("sort_key", "id")]
        by = ", ".join(["mine DESC", *hidden, f"sort_key{direction}", f"id{direction}"])
    found = conn.execute(
        f"SELECT *, EXISTS (SELECT 1 FROM caseload k WHERE k.child_id = children.id AND "
        f"k.user_id = ? AND k.{_OPEN}) AS mine FROM children{where} ORDER BY {by} "
        "LIMIT ? OFFSET ?", (viewer, *args, limit, offset))
    rows = found.fetchall()
    mine = iter(build_all(Child, [r for r in rows if r["mine"]]))  # the columns looked up once
    return [(next(mine), True) if r["mine"] else
            (ChildListing(r["id"], r["first_name"], r["last_name"]), False) for r in rows]


def open_stretches(conn: Connection) -> list[tuple[int, int, int | None]]:
    """(child, user, added_by) of every open stretch, for `verify`."""
    return [(r[0], r[1], r[2]) for r in conn.execute(
        f"SELECT child_id, user_id, added_by FROM caseload WHERE {_OPEN} ORDER BY id")]


def access_events(conn: Connection) -> list[tuple[str, str, int | None, int | None, str]]:
    """(action, object id, child, actor, actor's role) of every event that opens or closes
    access, oldest first: grants, revocations and the creation of a child."""
    return [(r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(
        "SELECT action, object_id, child_id, user_id, role FROM audit_log "
        "WHERE action IN ('caseload_add', 'caseload_remove') "
        "OR (action = 'create' AND object_type = 'child') ORDER BY id")]


def from_the_upgrade(conn: Connection, child_id: int, user_id: int) -> bool:
    """The child and the user both existed when migration 0008 ran (so it added them)."""
    return conn.execute(
        "SELECT 1 FROM schema_version v, children c, users u WHERE v.version = 8 "
        "AND c.id = ? AND u.id = ? AND c.created_at <= v.applied_at "
        "AND u.created_at <= v.applied_at", (child_id, user_id)).fetchone() is not None
