"""SQL for children, guardians, organisations, trajectories and field history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from casefile.model import Child, Guardian, Organisation, Trajectory
from casefile.storage.database import Connection, fold, name_sort_key
from casefile.storage.repositories.base import (
    build,
    build_all,
    fetch_one,
    insert,
    update,
    update_with_history,
)

_TABLES = {"child": "children", "guardian": "guardians", "organisation": "organisations",
           "trajectory": "trajectories"}
_NAME_FIELDS = {"first_name", "last_name"}
# The child list's orders; each ends in id, so paging never repeats or skips a row. The
# name and the date of birth have an index (migration 0005).
CHILD_ORDERS = {
    "name": ("sort_key", "id"),
    "born": ("birth_date", "id"),
    "group": ("school_group", "sort_key", "id"),
    "status": ("CASE status WHEN 'intake' THEN 0 WHEN 'active' THEN 1 WHEN 'paused' THEN 2 "
               "ELSE 3 END", "sort_key", "id"),
}


@dataclass(frozen=True)
class FieldChange:
    object_type: str
    object_id: int
    field: str
    old_value: str | None
    new_value: str | None
    reason: str
    changed_by: int | None
    changed_at: datetime


def add(conn: Connection, object_type: str, values: dict[str, Any]) -> int:
    """A new child, guardian, organisation or trajectory; a child gets its sort key."""
    if object_type == "child":
        values = {**values, **_name_keys(values["first_name"], values["last_name"])}
    return insert(conn, _TABLES[object_type], values)


def change(conn: Connection, object_type: str, object_id: int, *, child_id: int | None,
           changes: dict[str, Any], reason: str, user_id: int | None,
           now: datetime) -> list[str]:
    """Apply `changes` keeping each old value (field history); a child's changed name
    changes its sort key with it. Returns the fields that really changed."""
    changed = update_with_history(conn, _TABLES[object_type], object_type, object_id,
                                  child_id=child_id, changes=changes, reason=reason,
                                  user_id=user_id, now=now)
    if object_type == "child" and _NAME_FIELDS & set(changed):
        renamed = child(conn, object_id)
        update(conn, "children", object_id, _name_keys(renamed.first_name, renamed.last_name))
    return changed


def _name_keys(first_name: str, last_name: str) -> dict[str, str]:
    """The stored columns the child list sorts by and filters on (migrations 0005, 0006):
    a change of either rule needs a migration that fills them again."""
    return {"sort_key": name_sort_key(first_name, last_name),
            "folded_name": fold(f"{first_name} {last_name}")}


def child(conn: Connection, child_id: int) -> Child:
    return build(Child, fetch_one(conn, "children", child_id))


def _name_filter(text: str) -> tuple[str, list[str]]:
    """Every typed word must occur in the name, ignoring case and diacritics."""
    words = fold(text).split()
    clauses = ["folded_name LIKE ? ESCAPE '\\'"] * len(words)
    args = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            for w in words]
    return (" WHERE " + " AND ".join(clauses)) if words else "", args


def children_page(conn: Connection, offset: int, limit: int, text: str = "", *,
                  order: str = "name", descending: bool = False) -> list[Child]:
    """One page of the child list, in one of CHILD_ORDERS."""
    where, args = _name_filter(text)
    direction = " DESC" if descending else ""
    by = ", ".join(term + direction for term in CHILD_ORDERS[order])
    rows = conn.execute(f"SELECT * FROM children{where} ORDER BY {by} LIMIT ? OFFSET ?",
                        (*args, limit, offset))
    return build_all(Child, rows)


def children_count(conn: Connection, text: str = "") -> int:
    where, args = _name_filter(text)
    return conn.execute(f"SELECT count(*) FROM children{where}", args).fetchone()[0]


def guardian(conn: Connection, guardian_id: int) -> Guardian:
    return build(Guardian, fetch_one(conn, "guardians", guardian_id))


def guardians_of(conn: Connection, child_id: int) -> list[Guardian]:
    rows = conn.execute("SELECT * FROM guardians WHERE child_id = ? AND removed_at IS NULL "
                        "ORDER BY id", (child_id,))
    return [build(Guardian, r) for r in rows]


def organisation(conn: Connection, organisation_id: int) -> Organisation:
    return build(Organisation, fetch_one(conn, "organisations", organisation_id))


def organisations(conn: Connection, kind: str | None = None) -> list[Organisation]:
    sql, args = "SELECT * FROM organisations WHERE removed_at IS NULL", []
    if kind is not None:
        sql, args = sql + " AND kind = ?", [kind]
    rows = conn.execute(sql + " ORDER BY name COLLATE NOCASE, id", args)
    return [build(Organisation, r) for r in rows]


def trajectory(conn: Connection, trajectory_id: int) -> Trajectory:
    return build(Trajectory, fetch_one(conn, "trajectories", trajectory_id))


def trajectories_of(conn: Connection, child_id: int) -> list[Trajectory]:
    rows = conn.execute(
        "SELECT * FROM trajectories WHERE child_id = ? ORDER BY start_date, id", (child_id,))
    return [build(Trajectory, r) for r in rows]


def field_history(conn: Connection, object_type: str, object_id: int) -> list[FieldChange]:
    rows = conn.execute(
        "SELECT * FROM field_history WHERE object_type = ? AND object_id = ? ORDER BY id",
        (object_type, object_id))
    return [build(FieldChange, r) for r in rows]


def field_changes_of_child(conn: Connection, child_id: int) -> list[FieldChange]:
    """Every change of the child's, guardians' and trajectories' fields, oldest first."""
    rows = conn.execute("SELECT * FROM field_history WHERE child_id = ? ORDER BY id",
                        (child_id,))
    return [build(FieldChange, r) for r in rows]
