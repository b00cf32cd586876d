"""Full-text search over notes with FTS5 inside the encrypted database.

Whatever the counsellor types is searched as words: each is quoted as an FTS5 string (the
last one as a prefix), so quotes, `*`, `NEAR(`, a lone `-` or AND/OR/NOT never raise.
Newest first takes the newest matches by rowid (cheap at any size); relevance ranks with
bm25 only over a bounded set of the newest matches (DESIGN section 9)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
CANDIDATES = 500
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    note_id: int
    child_id: int
    session_date: date
    snippet: str  # the matching words between MARK_OPEN and MARK_CLOSE
    finalised: bool


def match_expression(query: str, child_id: int | None = None) -> str | None:
    """A safe FTS5 expression for the words in `query`, or None when there are none."""
    words = _WORD.findall(query or "")[:32]
    if not words:
        return None
    terms = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    expression = "text : (" + " ".join(terms) + ")"
    if child_id is not None:
        expression = f'child : "c{int(child_id)}" AND {expression}'
    return expression


class Search:
    def __init__(self, ctx) -> None:
        self._ctx = ctx

    def notes(self, query: str, child_id: int | None = None, limit: int = 50,
              order: Literal["newest", "relevance"] = "newest") -> list[SearchHit]:
        self._ctx.require_user()
        expression = match_expression(query, child_id)
        if expression is None or limit <= 0:
            return []
        with self._ctx.transaction() as conn:
            hits = self._run(conn, expression, limit, order)
            self._ctx.audit.record(conn, action="search", object_type="note",
                                   child_id=child_id, details={"hits": len(hits),
                                                               "order": order})
        return hits

    def _run(self, conn, expression: str, limit: int, order: str) -> list[SearchHit]:
        bounded = max(limit, CANDIDATES) if order == "relevance" else limit
        rows = conn.execute(
            "SELECT f.rowid, n.child_id, n.session_date, n.finalised, bm25(notes_fts) AS score, "
            f"snippet(notes_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 16) AS snippet "
            "FROM notes_fts f JOIN notes n ON n.id = f.rowid "
            "WHERE notes_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
            (expression, bounded)).fetchall()
        if order == "relevance":
            rows = sorted(rows, key=lambda r: r["score"])[:limit]
        else:
            rows = sorted(rows, key=lambda r: (r["session_date"], r[0]), reverse=True)
        return [SearchHit(r[0], r["child_id"], date.fromisoformat(r["session_date"]),
                          r["snippet"], bool(r["finalised"])) for r in rows]

    def optimise(self) -> None:
        """Merge the index's segments, so deleted notes leave no words behind (erasure)."""
        self._ctx.require_user()
        with self._ctx.transaction() as conn:
            conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")
