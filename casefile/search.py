"""Full-text search over notes with FTS5 inside the encrypted database.

Whatever the counsellor types is searched as words: each is quoted as an FTS5 string, so
quotes, `*`, `NEAR(`, a lone `-` or AND/OR/NOT never raise. The last word may be unfinished:
it is matched as a prefix through FTS5's three-letter prefix index (a doclist that streams in
rowid order) and then checked in full, because a plain FTS5 prefix query merges the doclists
of every matching term before it returns a row (about 45 s for a common prefix at 500,000
notes). A last word shorter than three letters is matched whole. Newest first takes the
newest matches by rowid; relevance ranks with bm25 only over a bounded set of the newest
matches (DESIGN section 9).

The index holds the current text of every note, drafts included: a draft is the
counsellor's own work and the one they most often look for (each hit says `finalised`).
A search is audited with its counts only; the words typed may contain a name."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from casefile import caseload
from casefile.context import VaultContext
from casefile.model import AuditAction
from casefile.storage import engines
from casefile.storage.database import fold  # as the index's tokenizer sees words
from casefile.storage.engines import search as repo
from casefile.storage.repositories.search import MARK_CLOSE as MARK_CLOSE  # for callers
from casefile.storage.repositories.search import MARK_OPEN as MARK_OPEN
from casefile.storage.repositories.search import Match

CANDIDATES = 500  # ranked by relevance
SCAN_LIMIT = 5000  # rows read at most to confirm an unfinished word
PREFIX_INDEX = 3
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    note_id: int
    child_id: int
    session_date: date
    snippet: str  # the matching words between MARK_OPEN and MARK_CLOSE
    finalised: bool


@dataclass(frozen=True)
class Query:
    expression: str  # the FTS5 MATCH expression
    prefix: str | None  # an unfinished last word to confirm in the text, folded


def parse(query: str, child_id: int | None = None) -> Query | None:
    """A safe FTS5 expression for the words in `query`, or None when there are none."""
    words = _WORD.findall(query or "")[:32]
    if not words:
        return None
    *whole, last = words
    terms = [f'"{w}"' for w in whole]
    prefix = None
    if len(last) < PREFIX_INDEX:
        terms.append(f'"{last}"')
    else:
        terms.append(f'"{last[:PREFIX_INDEX]}"*')
        prefix = fold(last) if len(last) > PREFIX_INDEX else None
    expression = "text : (" + " ".join(terms) + ")"
    if child_id is not None:
        expression = f'child : "c{int(child_id)}" AND {expression}'
    return Query(expression, prefix)


def match_expression(query: str, child_id: int | None = None) -> str | None:
    parsed = parse(query, child_id)
    return parsed.expression if parsed else None


def _confirms(text: str, prefix: str | None) -> bool:
    """Some word of `text` starts with `prefix` (folded). One regular expression over the
    text: folding a note character by character was most of a search (issue 13), and an
    ASCII text folds to its casefold."""
    if prefix is None:
        return True
    folded = text.casefold() if text.isascii() else fold(text)
    return _starts_a_word(prefix).search(folded) is not None


@functools.lru_cache(maxsize=64)
def _starts_a_word(prefix: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(prefix))


class Search:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    def notes(self, query: str, child_id: int | None = None, limit: int = 50,
              order: Literal["newest", "relevance"] = "newest") -> list[SearchHit]:
        self._ctx.require_user()
        if child_id is not None:
            caseload.require_access(self._ctx, self._ctx.db(), child_id)
        parsed = parse(query, child_id)
        if parsed is None or limit <= 0:
            return []
        viewer = caseload.viewer(self._ctx)  # a counsellor finds only their own caseload
        with self._ctx.transaction() as conn:
            if engines.is_server(conn):
                hits = _on_server(conn, query, child_id, limit, viewer)
            else:
                hits = self._run(conn, parsed, limit, order, viewer)
            self._ctx.audit.record(conn, action=AuditAction.SEARCH, object_type="note",
                                   child_id=child_id, details={"hits": len(hits),
                                                               "order": order})
        return hits

    def _run(self, conn, parsed: Query, limit: int, order: str,
             viewer: int | None) -> list[SearchHit]:
        if order == "relevance":
            ranked = _newest(conn, parsed, max(limit, CANDIDATES), rank=True, viewer=viewer)
            chosen = [m.note_id for m in sorted(ranked, key=lambda m: m.rank or 0.0)[:limit]]
            hits = [_hit(m) for m in repo.snippets(conn, parsed.expression, chosen,
                                                   viewer=viewer)]
            return sorted(hits, key=lambda h: chosen.index(h.note_id))
        hits = [_hit(m) for m in _newest(conn, parsed, limit, viewer=viewer)]
        return sorted(hits, key=lambda h: (h.session_date, h.note_id), reverse=True)

    def optimise(self) -> None:
        """Merge the index's segments, so deleted notes leave no words behind (erasure)."""
        self._ctx.require_user()
        with self._ctx.transaction() as conn:
            repo.optimise(conn)


def _newest(conn, parsed: Query, wanted: int, rank: bool = False,
            viewer: int | None = None) -> list[Match]:
    """The newest matches (only from `viewer`'s caseload unless None); an unfinished word
    is confirmed in the text, reading at most SCAN_LIMIT rows."""
    if parsed.prefix is None:
        return list(repo.newest(conn, parsed.expression, limit=wanted, rank=rank,
                                viewer=viewer))
    # The first `wanted` candidates come with their snippets in one statement: for a
    # common word nearly all of them are confirmed and no second statement runs. Past
    # them, candidates are read without snippets (the costly part of a hit) and the
    # confirmed ones get theirs afterwards.
    first = list(repo.newest(conn, parsed.expression, limit=wanted, rank=rank,
                             snippet=not rank, viewer=viewer))
    found = [m for m in first if _confirms(m.text, parsed.prefix)]
    if len(found) == wanted or len(first) < wanted:
        return found
    later: list[Match] = []
    matches = repo.newest(conn, parsed.expression, rank=rank, snippet=False, batch=wanted,
                          viewer=viewer, below=first[-1].note_id)
    for match in itertools.islice(matches, SCAN_LIMIT - len(first)):
        if _confirms(match.text, parsed.prefix):
            later.append(match)
            if len(found) + len(later) == wanted:
                break
    matches.close()  # ends the statement: its cursor is not left open on the connection
    if rank or not later:
        return found + later
    with_snippets = {m.note_id: m for m in repo.snippets(conn, parsed.expression,
                                                         [m.note_id for m in later],
                                                         viewer=viewer)}
    return found + [with_snippets.get(m.note_id, m) for m in later]


def _on_server(conn, query: str, child_id: int | None, limit: int,
               viewer: int | None) -> list[SearchHit]:
    """A practice server's search through its blind index (repositories/pg/search.py):
    the newest matches, with snippets made on this side from the opened text. The server
    ranks nothing (it sees tokens, not words), so "relevance" gives the newest too."""
    found = repo.newest(conn, query, child_id, limit=limit, viewer=viewer)
    marked = {m.note_id: m for m in repo.snippets(conn, query, [m.note_id for m in found],
                                                  viewer=viewer)}
    hits = [_hit(marked.get(m.note_id, m)) for m in found]
    return sorted(hits, key=lambda h: (h.session_date, h.note_id), reverse=True)


def _hit(match: Match) -> SearchHit:
    return SearchHit(match.note_id, match.child_id, match.session_date, match.snippet or "",
                     match.finalised)
