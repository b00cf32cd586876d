"""What the server's repositories share: the connection they take (psycopg and the
practice's Sealer together) and the sealing of rows on their way in and out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

from psycopg import sql

from casefile.errors import NotFound
from casefile.storage import server
from casefile.storage.repositories.base import build, to_db
from casefile.storage.repositories.pg.connection import ServerConnection as ServerConnection

T = TypeVar("T")

# The sealed columns of each table (casefile/storage/pg_migrations): everything else is
# in clear on the server.
SEALED: dict[str, frozenset[str]] = {
    "organisations": frozenset({"name", "contact_person", "email", "phone", "address"}),
    "children": frozenset({"first_name", "last_name", "birth_date", "school_group"}),
    "guardians": frozenset({"name", "relation", "phone", "email", "address",
                            "has_authority"}),
    "notes": frozenset({"session_date", "text"}),
    "note_versions": frozenset({"text", "reason"}),
    "consents": frozenset({"purpose"}),
    "consent_events": frozenset({"reason"}),
    "disclosures": frozenset({"items", "reason", "purpose"}),
    "trajectories": frozenset({"title", "summary"}),
    "field_history": frozenset({"old_value", "new_value", "reason"}),
    "caseload": frozenset({"added_reason", "removed_reason"}),
    "documents": frozenset({"filename", "sha256", "received_on"}),
    "inzages": frozenset({"items", "remarks"}),
    "rights_requests": frozenset({"extension_reason", "note"}),
    "retention_holds": frozenset({"reason"}),
    "financial_records": frozenset({"payer", "description"}),
}
_SEALED_FLAGS = frozenset({"has_authority"})  # booleans, sealed as "1" or "0"


def next_id(conn: ServerConnection, table: str) -> int:
    """A row's id before it is written: the id is part of every sealed value's
    associated data."""
    return int(server.scalar(conn.pg.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id')) AS id", (table,)), "id"))


def insert(conn: ServerConnection, table: str, values: dict[str, Any]) -> int:
    row_id = int(values["id"]) if "id" in values else next_id(conn, table)
    sealed = sealed_values(conn, table, row_id, {k: v for k, v in values.items() if k != "id"})
    columns = [sql.Identifier("id"), *map(sql.Identifier, sealed)]
    conn.pg.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(table), sql.SQL(", ").join(columns),
        sql.SQL(", ").join(sql.Placeholder() * len(columns))), (row_id, *sealed.values()))
    return row_id


def update(conn: ServerConnection, table: str, row_id: int, values: dict[str, Any]) -> None:
    sealed = sealed_values(conn, table, row_id, values)
    sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(c)) for c in sealed)
    conn.pg.execute(sql.SQL("UPDATE {} SET {} WHERE id = %s").format(sql.Identifier(table),
                                                                      sets),
                    (*sealed.values(), row_id))


def sealed_values(conn: ServerConnection, table: str, row_id: int,
                  values: dict[str, Any]) -> dict[str, Any]:
    """Each value as the server stores it: sealed where the column is (a None stays
    NULL), else as it is."""
    columns = SEALED.get(table, frozenset())
    return {k: conn.sealer.seal(table, k, row_id, str(to_db(v)))
            if k in columns and v is not None else v for k, v in values.items()}


def fetch_one(conn: ServerConnection, table: str, row_id: int) -> dict[str, Any]:
    row = conn.pg.execute(sql.SQL("SELECT * FROM {} WHERE id = %s").format(
        sql.Identifier(table)), (row_id,)).fetchone()
    if row is None:
        raise NotFound()
    return row


def as_stored_locally(conn: ServerConnection, table: str, row: dict[str, Any]
                      ) -> dict[str, Any]:
    """A stored row in the local engine's form: sealed columns opened, dates and times
    as ISO text, JSON as text, flags as 0 or 1; the local builders take it from there."""
    columns, values = SEALED.get(table, frozenset()), {}
    for name, value in row.items():
        if name in columns and value is not None:
            value = conn.sealer.open_text(table, name, row["id"], value)
            value = int(value) if name in _SEALED_FLAGS else value
        elif isinstance(value, list | dict):
            value = json.dumps(value)
        values[name] = to_db(value)
    return values


def opened(conn: ServerConnection, table: str, row: dict[str, Any], cls: type[T]) -> T:
    """The model object of a stored row, built as the local engine's rows are."""
    return build(cls, as_stored_locally(conn, table, row))


def opened_all(conn: ServerConnection, table: str, rows: Iterable[dict[str, Any]],
               cls: type[T]) -> list[T]:
    return [opened(conn, table, r, cls) for r in rows]


def update_with_history(conn: ServerConnection, table: str, object_type: str,
                        object_id: int, *, child_id: int | None, changes: dict[str, Any],
                        reason: str, user_id: int | None, now: datetime) -> list[str]:
    """Apply `changes` keeping each old value (field history, sealed like the fields),
    compared as the local engine compares them (as stored). Returns the fields that
    really changed."""
    old = as_stored_locally(conn, table, fetch_one(conn, table, object_id))
    changed = [k for k, v in changes.items() if to_db(v) != old[k]]
    for name in changed:
        insert(conn, "field_history", {
            "object_type": object_type, "object_id": object_id, "child_id": child_id,
            "field": name, "old_value": _text(old[name]), "new_value": _text(to_db(
                changes[name])), "reason": reason, "changed_by": user_id, "changed_at": now})
    if changed:
        update(conn, table, object_id, {**{k: changes[k] for k in changed}, "updated_at": now})
    return changed


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
