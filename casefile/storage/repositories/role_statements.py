"""SQL for the signed role statements (audit events of action grant or claim_key) and the
audit log's head."""

from __future__ import annotations

from collections.abc import Sequence

from casefile.storage.database import Connection

GENESIS = "0" * 64


def statement_rows(conn: Connection, actions: Sequence[str]) -> list:
    marks = ", ".join("?" * len(actions))
    return conn.execute(f"SELECT * FROM audit_log WHERE action IN ({marks}) ORDER BY id",
                        tuple(actions)).fetchall()


def head(conn: Connection) -> tuple[int, str]:
    """The newest event's id and hash, (0, GENESIS) in an empty log."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)
