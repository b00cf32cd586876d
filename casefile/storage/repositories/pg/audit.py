"""The server's SQL for the audit log: the functions of casefile/storage/repositories/
audit.py for the practice server. Appends are serialised by a lock held until the
transaction ends, taken when the newest hash is read, so two computers never chain onto
the same event (the UNIQUE prev_hash would refuse the second anyway)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime

from casefile.model import AuditEvent
from casefile.storage import server
from casefile.storage.repositories.audit import CHAINED, Link
from casefile.storage.repositories.audit import event_filter as event_filter  # engine-free
from casefile.storage.repositories.base import build
from casefile.storage.repositories.pg.base import ServerConnection, as_stored_locally


def lock_chain(conn: ServerConnection) -> None:
    """Hold the chain until this transaction ends (server migration 0016). As the first
    statement of a SERIALIZABLE transaction it comes before that transaction's snapshot,
    which then holds every event appended before it."""
    conn.pg.execute("LOCK TABLE audit_chain_lock IN EXCLUSIVE MODE")


def last_hash(conn: ServerConnection) -> str | None:
    """The newest hash, with the chain locked until this transaction ends: call it in
    the transaction that appends."""
    lock_chain(conn)
    row = conn.pg.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return row["hash"] if row else None


def append(conn: ServerConnection, values: dict[str, object], prev_hash: str,
           digest: str, signature: str = "") -> None:
    """One event (the CHAINED fields), in the caller's transaction, after last_hash. Its
    id is the newest one plus one, not the sequence's next value (which a rolled-back
    append would skip): under the lock the ids have no gap, so verify can ask for none."""
    columns = ", ".join(CHAINED)
    marks = ", ".join(["%s"] * len(CHAINED))
    conn.pg.execute(f"INSERT INTO audit_log (id, {columns}, prev_hash, hash, signature) "
                    f"SELECT coalesce(max(id), 0) + 1, {marks}, %s, %s, %s FROM audit_log",
                    (*[values[f] for f in CHAINED], prev_hash, digest, signature))


def head(conn: ServerConnection) -> tuple[int, str]:
    """The newest event's id and hash, (0, 64 zeros) in an empty log. No lock: a backup's
    header or a statement's reference reads it, not an append."""
    row = conn.pg.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row["id"], row["hash"]) if row else (0, "0" * 64)


def with_actions(conn: ServerConnection, actions: Sequence[str]) -> list[dict]:
    """Whole rows of the events with these actions (the role statements), oldest first,
    in the local engine's form (times as text)."""
    rows = conn.pg.execute("SELECT * FROM audit_log WHERE action = ANY(%s) ORDER BY id",
                           (list(actions),))
    return [as_stored_locally(conn, "audit_log", r) for r in rows]


def recorded_head(conn: ServerConnection) -> str | None:
    """None: no member can remove the tail (no DELETE grant), so no head is kept apart."""
    return None


def chain(conn: ServerConnection) -> Iterator[Link]:
    """Every event, oldest first, read in batches through a server-side cursor."""
    for row in stored_chain(conn):
        yield Link(row["id"], row["prev_hash"], row["hash"], {f: row[f] for f in CHAINED},
                   row["signature"])


def stored_chain(conn: ServerConnection) -> Iterator[dict]:
    """Every event's whole row (the server's time and the signature too), oldest first."""
    with conn.pg.transaction(), conn.pg.cursor(name="audit_chain") as cursor:
        cursor.execute("SELECT * FROM audit_log ORDER BY id")
        while batch := cursor.fetchmany(2000):
            yield from batch


def signing_keys(conn: ServerConnection) -> dict[int, list[tuple[int, str]]]:
    """Each user's public signing keys (base64) as the server keeps them, oldest first,
    each with the first event id it may sign (a reset adds one: pg_migrations/0017). A
    schema from before 0017 has one key per user, from the start."""
    since = ("since_event" if server.schema_version(conn.pg) >= KEY_HISTORY_SINCE
             else "0 AS since_event")
    found: dict[int, list[tuple[int, str]]] = {}
    for r in conn.pg.execute(f"SELECT user_id, public_key, {since} FROM signing_keys "
                             "ORDER BY user_id, since_event"):
        found.setdefault(r["user_id"], []).append((r["since_event"], r["public_key"]))
    return found


KEY_HISTORY_SINCE = 17


def slot_keys(conn: ServerConnection) -> dict[int, str]:
    """The public signing key each key slot the caller may read states (an administrator
    reads every slot, a counsellor only their own)."""
    rows = conn.pg.execute(
        "SELECT u.id, k.slot->>'sign_public' AS public_key FROM key_slots k "
        "JOIN users u ON u.login_role = k.login_role WHERE k.kind = 'user'")
    return {r["id"]: r["public_key"] for r in rows if r["public_key"]}


def pins(conn: ServerConnection) -> dict[str, str]:
    row = conn.pg.execute("SELECT pins FROM practice").fetchone()
    return dict(row["pins"]) if row else {}


def user_roles(conn: ServerConnection) -> list[dict]:
    """Each user's id, role and status as the users table says, with the group their
    login role is in now (None once the user is removed and the role dropped)."""
    return list(conn.pg.execute(
        "SELECT u.id, u.role, u.active, CASE "
        "  WHEN r.oid IS NULL THEN NULL "
        "  WHEN pg_has_role(r.oid, 'casefile_admin', 'MEMBER') THEN 'admin' "
        "  WHEN pg_has_role(r.oid, 'casefile_counsellor', 'MEMBER') THEN 'counsellor' "
        "END AS group_role "
        "FROM users u LEFT JOIN pg_roles r ON r.rolname = u.login_role ORDER BY u.id"))


def events(conn: ServerConnection, *, child_id: int | None = None,
           user_id: int | None = None, action: str | None = None,
           since: datetime | None = None, until: datetime | None = None, limit: int = 200,
           before_id: int | None = None) -> list[AuditEvent]:
    """Newest first, filtered; page with `before_id`."""
    where, args = event_filter("%s", child_id=child_id, user_id=user_id, action=action,
                               since=since, until=until, before_id=before_id)
    rows = conn.pg.execute(f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT %s",
                           (*args, limit))
    return [replace(build(AuditEvent, stored), details=json.loads(stored["details"]))
            for stored in (as_stored_locally(conn, "audit_log", r) for r in rows)]

