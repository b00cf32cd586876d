"""Helpers shared by the repositories: value conversion and updates with field history."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from casefile.errors import NotFound
from casefile.storage.database import Connection

T = TypeVar("T")


def to_db(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _converter(kind: Any) -> Callable[[Any], Any] | None:
    """How a stored value becomes the field's type (None: as stored)."""
    for candidate in typing.get_args(kind) or (kind,):
        if candidate is type(None):
            continue
        if candidate is bool:
            return bool
        if candidate is datetime:
            return datetime.fromisoformat
        if candidate is date:
            return date.fromisoformat
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return _enum_converter(candidate)
    return None


def _enum_converter(kind: type[Enum]) -> Callable[[Any], Any]:
    """A stored value to its member by a dict lookup: calling the Enum class goes through
    EnumType.__call__ and __new__, about 4 us a value, most of building a child (issue 13).
    An unknown value still raises the Enum's own ValueError."""
    members = {member.value: member for member in kind}

    def convert(value: Any) -> Any:
        member = members.get(value)
        return kind(value) if member is None else member

    return convert


Fields = tuple[tuple[str, Callable[[Any], Any] | None], ...]
_FIELDS: dict[type, Fields] = {}  # a cache: model classes are few and never change


def _fields(cls: type) -> Fields:
    """(name, converter) of each field: resolving the type hints costs about 0.2 ms a
    class, which once per row was most of the time a 200-row page took."""
    if cls not in _FIELDS:
        hints = typing.get_type_hints(cls)
        _FIELDS[cls] = tuple((f.name, _converter(hints[f.name]))
                             for f in dataclasses.fields(cls))
    return _FIELDS[cls]


Plan = tuple[tuple[int, str, Callable[[Any], Any] | None], ...]
_PLANS: dict[tuple[type, tuple[str, ...]], Plan] = {}  # per class and query's columns


def _plan(cls: type, columns: tuple[str, ...]) -> Plan:
    """(column index, field, converter) of each field the query's columns hold."""
    key = (cls, columns)
    if key not in _PLANS:
        where = {name: i for i, name in enumerate(columns)}
        _PLANS[key] = tuple((where[name], name, convert) for name, convert in _fields(cls)
                            if name in where)
    return _PLANS[key]


_WHOLE: dict[tuple[type, tuple[str, ...]], bool] = {}


def _whole(cls: type, plan: Plan) -> bool:
    """The query fills every field of a plain dataclass (its generated __init__, no
    __post_init__, no slots): its object can be filled without that __init__, whose
    object.__setattr__ per field of a frozen class is about half of building a row."""
    key = (cls, tuple(name for _, name, _ in plan))
    if key not in _WHOLE:
        fields = {f.name for f in dataclasses.fields(cls) if f.init}
        init = getattr(vars(cls).get("__init__"), "__code__", None)
        generated = init is not None and init.co_filename == "<string>"  # dataclass's own
        _WHOLE[key] = (fields == set(key[1]) and len(fields) == len(dataclasses.fields(cls))
                       and generated and not hasattr(cls, "__post_init__")
                       and "__slots__" not in vars(cls))
    return _WHOLE[key]


def build(cls: type[T], row: Any) -> T:
    """A model object from a row whose column names match the dataclass fields."""
    return build_all(cls, (row,))[0]


def build_all(cls: type[T], rows: Any) -> list[T]:
    """Model objects from rows of one query (their column names match the dataclass
    fields): the columns are looked up once, not per row."""
    out: list[T] = []
    plan: Plan | None = None
    whole = by_name = False
    for row in rows:
        if plan is None:
            plan = _plan(cls, tuple(row.keys()))
            whole = _whole(cls, plan)
            by_name = isinstance(row, dict)  # the server's rows are dicts, SQLite's by position
        values = {}
        for i, name, convert in plan:
            value = row[name] if by_name else row[i]
            values[name] = value if value is None or convert is None else convert(value)
        if whole:
            obj = object.__new__(cls)
            obj.__dict__.update(values)
            out.append(obj)
        else:
            out.append(cls(**values))
    return out


def insert(conn: Connection, table: str, values: dict[str, Any]) -> int:
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                          [to_db(v) for v in values.values()])
    return int(cursor.lastrowid)


def update(conn: Connection, table: str, object_id: int, values: dict[str, Any]) -> None:
    """Set the given columns of one row (the names are the caller's own, never input)."""
    sets = ", ".join(f"{column} = ?" for column in values)
    conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                 (*[to_db(v) for v in values.values()], object_id))


def fetch_one(conn: Connection, table: str, object_id: int) -> Any:
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (object_id,)).fetchone()
    if row is None:
        raise NotFound()
    return row


def update_with_history(conn: Connection, table: str, object_type: str, object_id: int, *,
                        child_id: int | None, changes: dict[str, Any], reason: str,
                        user_id: int | None, now: datetime) -> list[str]:
    """Apply `changes`, recording each changed field's old and new value. Returns the names
    of the fields that really changed."""
    old = fetch_one(conn, table, object_id)
    changed = [k for k, v in changes.items() if to_db(v) != old[k]]
    for field in changed:
        new = to_db(changes[field])
        conn.execute(
            "INSERT INTO field_history(object_type, object_id, child_id, field, old_value, "
            "new_value, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (object_type, object_id, child_id, field, _text(old[field]), _text(new), reason,
             user_id, to_db(now)),
        )
    if changed:
        update(conn, table, object_id, {**{f: changes[f] for f in changed}, "updated_at": now})
    return changed


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
