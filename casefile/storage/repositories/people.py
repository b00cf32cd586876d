"""SQL for children, guardians, organisations, trajectories and field history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from casefile.model import Child, Guardian, Organisation, Trajectory
from casefile.storage.database import Connection, fold
from casefile.storage.repositories.base import build, fetch_one


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


def child(conn: Connection, child_id: int) -> Child:
    return build(Child, fetch_one(conn, "children", child_id))


def _name_filter(text: str) -> tuple[str, list[str]]:
    """Every typed word must occur in the name, ignoring case and diacritics."""
    words = fold(text).split()
    clauses = ["casefile_fold(first_name || ' ' || last_name) LIKE ? ESCAPE '\\'"] * len(
        words)
    args = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            for w in words]
    return (" WHERE " + " AND ".join(clauses)) if words else "", args


def children_page(conn: Connection, offset: int, limit: int, text: str = "") -> list[Child]:
    where, args = _name_filter(text)
    rows = conn.execute(
        f"SELECT * FROM children{where} ORDER BY last_name COLLATE NOCASE, "
        "first_name COLLATE NOCASE, id LIMIT ? OFFSET ?", (*args, limit, offset))
    return [build(Child, r) for r in rows]


def children_count(conn: Connection, text: str = "") -> int:
    where, args = _name_filter(text)
    return conn.execute(f"SELECT count(*) FROM children{where}", args).fetchone()[0]


def guardian(conn: Connection, guardian_id: int) -> Guardian:
    return build(Guardian, fetch_one(conn, "guardians", guardian_id))


def guardians_of(conn: Connection, child_id: int) -> list[Guardian]:
    rows = conn.execute("SELECT * FROM guardians WHERE child_id = ? ORDER BY id", (child_id,))
    return [build(Guardian, r) for r in rows]


def organisation(conn: Connection, organisation_id: int) -> Organisation:
    return build(Organisation, fetch_one(conn, "organisations", organisation_id))


def organisations(conn: Connection, kind: str | None = None) -> list[Organisation]:
    sql, args = "SELECT * FROM organisations", []
    if kind is not None:
        sql, args = sql + " WHERE kind = ?", [kind]
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
