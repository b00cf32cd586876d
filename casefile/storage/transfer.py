"""The SQL of `casefile migrate` (casefile/migrate.py): every shared table's rows read
from one engine and written to the other unchanged (the same ids), sealed or opened on
this side as the server's repositories do, and the server's own records of a practice
(login roles, key slots, signing keys, the pins). The domain (what is checked before a
commit, the move's audit event) stays in casefile/migrate.py."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from psycopg import sql
from psycopg.types.json import Jsonb

from casefile.errors import MigrationTargetNotEmpty
from casefile.storage import database, server
from casefile.storage.repositories.pg.base import SEALED, as_stored_locally, sealed_values
from casefile.storage.repositories.pg.connection import ServerConnection

# Every table both engines share, parents before the rows that refer to them.
TABLES = (
    "users", "organisations", "children", "guardians", "trajectories", "caseload",
    "documents", "document_chunks", "notes", "note_versions", "consents", "consent_events",
    "consent_signatures", "consent_items", "inzages", "disclosures", "field_history",
    "audit_log", "rights_requests", "retention_holds", "objections", "financial_records",
    "meta", "settings", "vault_secrets",
)
_KEYED = ("meta", "settings", "vault_secrets")  # sealed under row 0 and their key's name
_CHUNKS = "document_chunks"  # sealed under the document's id and the chunk's number


# -- the server's side ------------------------------------------------------------------


def in_utc(pg: server.Connection) -> None:
    """This transaction's times as UTC (the local engine's ISO text carries its offset)."""
    pg.execute("SET LOCAL TIME ZONE 'UTC'")


def copy_table_up(conn: ServerConnection, table: str, rows: Iterable[dict[str, Any]],
                  types: dict[str, str]) -> None:
    """Rows in the local engine's form written to the server's table: sealed where the
    server seals (with the same associated data its repositories use), flags as booleans,
    JSON as jsonb, times and dates parsed by the server from their ISO text."""
    out = []
    for row in rows:
        values = {k: _for_server(v, types[k]) for k, v in row.items() if k in types}
        if table in _KEYED:
            key = values["key" if table != "vault_secrets" else "name"]
            values["value"] = conn.sealer.seal(table, "value", 0, row["value"], part=key)
        elif table == _CHUNKS:
            values["data"] = conn.sealer.seal(table, "data", row["document_id"], row["data"],
                                              part=row["seq"])
        elif table in SEALED:
            values = sealed_values(conn, table, row["id"], values)
        if table == "audit_log":
            values["server_at"] = row["at"]  # as the client recorded it: see the README
        out.append(values)
    if not out:
        return
    columns = list(out[0])
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)),
        sql.SQL(", ").join(sql.Placeholder() * len(columns)))
    with conn.pg.cursor() as cursor:
        cursor.executemany(statement, [tuple(v[c] for c in columns) for v in out])


def _for_server(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "boolean":
        return bool(value)
    if kind == "jsonb":
        return Jsonb(json.loads(value) if isinstance(value, str) else value)
    return value


def note_tokens(conn: ServerConnection) -> None:
    """Each note's blind-index tokens, as the server's notes repository writes them."""
    rows = conn.pg.execute("SELECT id, child_id, text FROM notes").fetchall()
    tokens = []
    for row in rows:
        text = conn.sealer.open_text("notes", "text", row["id"], row["text"])
        tokens += [(t, row["id"], row["child_id"]) for t in sorted(conn.sealer.note_tokens(text))]
    if tokens:
        with conn.pg.cursor() as cursor:
            cursor.executemany("INSERT INTO note_tokens (token, note_id, child_id) "
                               "VALUES (%s, %s, %s)", tokens)


def create_login(pg: server.Connection, database_name: str, login: str, password: str,
                 role: str) -> None:
    """A user's login role in their group, allowed to connect to this database only."""
    verifier = server.scram_verifier(pg, login, password)
    pg.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
        sql.Identifier(login), sql.Literal(verifier), sql.Identifier(f"casefile_{role}")))
    pg.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
        sql.Identifier(database_name), sql.Identifier(login)))


def mark_login_pending(pg: server.Connection, names: list[str]) -> None:
    """Only these users may have their login set, once (server migration 0018)."""
    pg.execute("UPDATE users SET login_pending = true WHERE name = ANY(%s)", (names,))


def put_signing_key(pg: server.Connection, user_id: int, public_b64: str) -> None:
    pg.execute("INSERT INTO signing_keys (user_id, public_key) VALUES (%s, %s)",
               (user_id, public_b64))


def put_user_slot(pg: server.Connection, name: str, login: str, slot: dict) -> None:
    pg.execute("INSERT INTO key_slots (slot_id, kind, login_role, slot) "
               "VALUES (%s, 'user', %s, %s)", (name, login, Jsonb(slot)))


def put_recovery_slot(pg: server.Connection, slot: dict) -> None:
    pg.execute("INSERT INTO key_slots (slot_id, kind, slot) VALUES "
               "('recovery', 'recovery', %s)", (Jsonb(slot),))


def put_practice(pg: server.Connection, vault_id: str, pins: dict[str, str]) -> None:
    pg.execute("INSERT INTO practice (vault_id, pins) VALUES (%s, %s)",
               (vault_id, Jsonb(pins)))


def advance_sequences(pg: server.Connection) -> None:
    """Each id sequence past the ids copied, so the next row gets the next id."""
    for table in TABLES:
        if table in (*_KEYED, _CHUNKS):
            continue
        found = pg.execute(sql.SQL("SELECT max(id) AS m FROM {}").format(
            sql.Identifier(table))).fetchone()
        if found and found["m"] is not None:
            pg.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)",
                       (table, found["m"]))


def server_types(pg: server.Connection) -> dict[str, dict[str, str]]:
    """Each shared table's columns and their types on the server."""
    found: dict[str, dict[str, str]] = {t: {} for t in TABLES}
    for row in pg.execute("SELECT table_name, column_name, data_type FROM "
                          "information_schema.columns WHERE table_schema = 'public'"):
        if row["table_name"] in found:
            found[row["table_name"]][row["column_name"]] = row["data_type"]
    return found


def server_counts(pg: server.Connection) -> dict[str, int]:
    """The rows of each shared table on a server (as its owner or an administrator)."""
    return {t: int(server.scalar(pg.execute(sql.SQL("SELECT count(*) AS n FROM {}").format(
        sql.Identifier(t))), "n")) for t in TABLES}


def require_empty_server(pg: server.Connection) -> None:
    if pg.execute("SELECT 1 FROM practice").fetchone() is not None or any(
            server_counts(pg).values()):
        raise MigrationTargetNotEmpty()


def server_slots(pg: server.Connection) -> list[dict]:
    """Every key slot as the server keeps it, the users' before the recovery slot."""
    return [r["slot"] for r in pg.execute(
        "SELECT slot FROM key_slots ORDER BY kind DESC, slot_id")]


def server_pins(pg: server.Connection) -> dict[str, str]:
    found = pg.execute("SELECT pins FROM practice").fetchone()
    return dict(found["pins"]) if found else {}


def server_rows(conn: ServerConnection, table: str) -> list[dict[str, Any]]:
    """A table's rows on the server in the local engine's form (opened on this side)."""
    order = {"document_chunks": "document_id, seq", "meta": "key", "settings": "key",
             "vault_secrets": "name"}.get(table, "id")
    rows = conn.pg.execute(sql.SQL("SELECT * FROM {} ORDER BY " + order).format(
        sql.Identifier(table))).fetchall()
    out = []
    for row in rows:
        if table in _KEYED:
            key = row["key" if table != "vault_secrets" else "name"]
            value = conn.sealer.open(table, "value", 0, row["value"], part=key)
            out.append({**row, "value": value if table == "vault_secrets"
                        else value.decode("utf-8")})
        elif table == _CHUNKS:
            out.append({**row, "data": conn.sealer.open(table, "data", row["document_id"],
                                                        row["data"], part=row["seq"])})
        else:
            out.append(as_stored_locally(conn, table, dict(row)))
    return out


# -- the local side ----------------------------------------------------------------------


def copy_table_down(local: database.Connection, table: str, rows: list[dict[str, Any]],
                    columns: list[str], blanks: dict[str, Any] | None = None) -> None:
    """Rows in the local engine's form written to the vault's table; a child's sort key
    and folded name (the local list's own columns) are made as its repository makes them."""
    if not rows:
        return
    out = []
    for row in rows:
        if table == "children":
            row = {**row, "sort_key": database.name_sort_key(row["first_name"],
                                                             row["last_name"]),
                   "folded_name": database.fold(f"{row['first_name']} {row['last_name']}")}
        values = {c: row.get(c) for c in columns}
        values |= {c: b for c, b in (blanks or {}).items() if values.get(c) is None}
        out.append(tuple(values[c] for c in columns))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    local.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', out)


def local_rows(local: database.Connection, table: str) -> list[dict[str, Any]]:
    order = " ORDER BY id" if table == "users" else ""
    return [dict(r) for r in local.execute(f'SELECT * FROM "{table}"{order}')]


def local_user(local: database.Connection, name: str) -> dict[str, Any] | None:
    row = local.execute("SELECT role, active FROM users WHERE name = ?", (name,)).fetchone()
    return dict(row) if row is not None else None


def local_columns(local: database.Connection) -> dict[str, list[str]]:
    return {t: [r[1] for r in local.execute(f"PRAGMA table_info('{t}')")] for t in TABLES}


def local_blanks(local: database.Connection) -> dict[str, dict[str, Any]]:
    """What a vault stores for "none" in each NOT NULL column a server leaves NULL (a
    remark not given, a reason not asked): its default, else the empty text."""
    blanks: dict[str, dict[str, Any]] = {}
    for table in TABLES:
        for _cid, name, kind, notnull, default, pk in local.execute(
                f"PRAGMA table_info('{table}')"):
            if notnull and not pk:
                blanks.setdefault(table, {})[name] = (
                    json.loads(default.replace("'", '"')) if default is not None
                    else "" if "TEXT" in kind.upper() else None)
    return blanks


def local_counts(local: database.Connection) -> dict[str, int]:
    """The rows of each shared table in a vault."""
    return {t: int(local.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in TABLES}
