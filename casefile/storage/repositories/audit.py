"""SQL for the audit log. The chain's rule (what is hashed, how it is checked) is the
domain's (casefile/audit.py); here rows go in and come out as they are stored."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from casefile.model import AuditEvent
from casefile.storage.database import Connection
from casefile.storage.repositories import meta
from casefile.storage.repositories.base import build

HEAD = "audit_head"  # the newest hash, kept in meta so a removed tail is found


# the columns the chain's hash covers, in the order they are written
CHAINED = ("at", "user_id", "role", "action", "object_type", "object_id", "child_id",
           "outcome", "workstation", "details")


@dataclass(frozen=True)
class Link:
    """One event of the chain with its chained fields exactly as stored (text, not the
    model's types): the hash is checked over these very values."""

    id: int
    prev_hash: str
    hash: str
    fields: dict[str, object]
    signature: str = ""  # the actor's Ed25519 signature (casefile/signatures.py)


def append(conn: Connection, values: dict[str, object], prev_hash: str, digest: str,
           signature: str = "") -> None:
    """One event (the CHAINED fields) and the new head, in the caller's transaction."""
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(CHAINED)}, prev_hash, hash, signature) "
        f"VALUES ({', '.join('?' * len(CHAINED))}, ?, ?, ?)",
        (*[values[f] for f in CHAINED], prev_hash, digest, signature))
    meta.put(conn, HEAD, digest)


def last_hash(conn: Connection) -> str | None:
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def head(conn: Connection) -> tuple[int, str]:
    """The newest event's id and hash, (0, 64 zeros) in an empty log."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, "0" * 64)


def with_actions(conn: Connection, actions: Sequence[str]) -> list:
    """Whole rows of the events with these actions (the role statements), oldest first."""
    marks = ", ".join("?" * len(actions))
    return conn.execute(f"SELECT * FROM audit_log WHERE action IN ({marks}) ORDER BY id",
                        tuple(actions)).fetchall()


def recorded_head(conn: Connection) -> str | None:
    return meta.value(conn, HEAD)


def chain(conn: Connection) -> Iterator[Link]:
    """Every event, oldest first, read in batches (a log may hold millions)."""
    cursor = conn.execute("SELECT * FROM audit_log ORDER BY id")
    # a vault not yet migrated (a backup taken before the upgrade) has no signature column
    signed = any(column[0] == "signature" for column in cursor.description)
    while batch := cursor.fetchmany(2000):
        for row in batch:
            yield Link(row["id"], row["prev_hash"], row["hash"], {f: row[f] for f in CHAINED},
                       row["signature"] if signed else "")


def events(conn: Connection, *, child_id: int | None = None, user_id: int | None = None,
           action: str | None = None, since: datetime | None = None,
           until: datetime | None = None, limit: int = 200,
           before_id: int | None = None) -> list[AuditEvent]:
    """Newest first, filtered; page with `before_id`."""
    where, args = event_filter("?", child_id=child_id, user_id=user_id, action=action,
                               since=since, until=until, before_id=before_id)
    rows = conn.execute(f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT ?",
                        (*args, limit))
    return [replace(build(AuditEvent, row), details=json.loads(row["details"])) for row in rows]


def event_filter(mark: str, *, child_id: int | None, user_id: int | None,
                 action: str | None, since: datetime | None, until: datetime | None,
                 before_id: int | None) -> tuple[str, list[object]]:
    """The WHERE clause (with the engine's placeholder `mark`) and its arguments."""
    where: list[str] = []
    args: list[object] = []
    for clause, value in (("child_id = ", child_id), ("user_id = ", user_id),
                          ("action = ", action), ("id < ", before_id),
                          ("at >= ", _iso(since)), ("at < ", _iso(until))):
        if value is not None:
            where.append(clause + mark)
            args.append(value)
    return (" WHERE " + " AND ".join(where) if where else ""), args


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="microseconds")
