"""The server's SQL for the caseload (pg_migrations/0004): the functions of
casefile/storage/repositories/caseload.py for the practice server. The reasons are
sealed; who, whom and when are in clear, and the server's policies allow a counsellor to
add only themselves to a dossier nobody has yet."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from casefile.model import CaseloadEntry
from casefile.storage.repositories.pg.base import (
    ServerConnection,
    insert,
    opened,
    sealed_values,
)

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
