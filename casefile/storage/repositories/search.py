"""SQL for the full-text index over notes (FTS5 inside the encrypted database). The query
language and what counts as a hit are the domain's (casefile/search.py): here an FTS5
expression goes in and matches come out, newest first."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import date

from casefile.storage.database import Connection

MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # around the matching words of a snippet


@dataclass(frozen=True)
class Match:
    note_id: int
    child_id: int
    session_date: date
    finalised: bool
    text: str
    snippet: str | None = None
    rank: float | None = None  # bm25: lower is better


_SNIPPET = f"snippet(notes_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 16)"
_NEWEST = ("SELECT f.rowid, {extra}, n.child_id, n.session_date, n.finalised, n.text "
           "FROM notes_fts f JOIN notes n ON n.id = f.rowid "
           "WHERE notes_fts MATCH ? AND f.rowid >= ?{caseload} ORDER BY f.rowid DESC")
# A counsellor's search sees only the dossiers on their caseload (migration 0008).
_CASELOAD = (" AND n.child_id IN (SELECT child_id FROM caseload WHERE user_id = ? "
             "AND removed_at IS NULL)")


def _scoped(sql: str, args: tuple, viewer: int | None) -> tuple[str, tuple]:
    if viewer is None:
        return sql.format(caseload=""), args
    return sql.format(caseload=_CASELOAD), (*args, viewer)


def newest(conn: Connection, expression: str, *, limit: int | None = None,
           rank: bool = False, snippet: bool = True, batch: int = 100,
           viewer: int | None = None, below: int | None = None
           ) -> Generator[Match, None, None]:
    """Matches by rowid, newest first (a streaming doclist), each with its snippet (unless
    not `snippet`), or its bm25 rank when `rank`; read `batch` rows at a time as the caller
    asks; only from `viewer`'s caseload unless None, and only notes older than `below`
    unless None. Close the iterator when stopping early."""
    extra = "bm25(notes_fts)" if rank else _SNIPPET if snippet else "NULL"
    sql, args = _scoped(_NEWEST.format(extra=extra, caseload="{caseload}"), (expression, 0),
                        viewer)
    if below is not None:
        sql, args = sql.replace(" ORDER BY", " AND f.rowid < ? ORDER BY"), (*args, below)
    if limit is not None:
        sql, args = sql + " LIMIT ?", (*args, limit)
    return _stream(conn.execute(sql, args), rank, batch)


def snippets(conn: Connection, expression: str, note_ids: list[int], *,
             viewer: int | None = None) -> list[Match]:
    """The chosen matches with their snippets: the range is scanned again (cheap) and
    snippet(), the costly part of a hit, runs for the chosen rows alone."""
    if not note_ids:
        return []
    marks = ", ".join("?" * len(note_ids))
    sql, args = _scoped(_NEWEST.format(extra=f"CASE WHEN f.rowid IN ({marks}) THEN {_SNIPPET} END",
                                       caseload="{caseload}"),
                        (*note_ids, expression, min(note_ids)), viewer)
    found = _stream(conn.execute(sql, args), False)
    return [m for m in found if m.snippet is not None]


def optimise(conn: Connection) -> None:
    """Merge the index's segments, so deleted notes leave no words behind (erasure)."""
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")


def _stream(cursor, rank: bool, size: int = 100) -> Generator[Match, None, None]:
    try:
        while batch := cursor.fetchmany(max(size, 1)):
            for r in batch:
                yield Match(r[0], r[2], date.fromisoformat(r[3]), bool(r[4]), r[5],
                            None if rank else r[1], r[1] if rank else None)
    finally:
        cursor.close()
