"""Note search on the practice server through the blind index (casefile/storage/sealed.py):
the words become tokens on this side, the server intersects the notes holding every
token, newest first, and an unfinished last word longer than the prefix is confirmed here
in the opened text, as the local engine confirms it (casefile/search.py)."""

from __future__ import annotations

import itertools
import re
from datetime import date

from casefile.storage.database import fold
from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.search import MARK_CLOSE, MARK_OPEN, Match
from casefile.storage.sealed import PREFIX, words

MAX_WORDS = 32
SCAN_LIMIT = 5000  # notes read at most to confirm an unfinished word
_BATCH = 200
_CANDIDATES = ("SELECT note_id FROM note_tokens WHERE token = ANY(%(tokens)s) {child}{caseload} "
               "AND note_id < %(before)s GROUP BY note_id HAVING count(*) = %(n)s "
               "ORDER BY note_id DESC LIMIT %(batch)s")
_NOTES = ("SELECT id, child_id, session_date, finalised, text FROM notes "
          "WHERE id = ANY(%(ids)s){caseload} ORDER BY id DESC")
SNIPPET_WORDS = 16  # as the local engine's snippet(..., 16)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_QUOTED = re.compile(r'"([^"]*)"(\*?)')


def terms(query: str) -> tuple[list[str], str | None]:
    """The words matched whole, and the unfinished last word matched by its prefix (None
    when it is shorter than the prefix, and so matched whole)."""
    found = words(query or "")[:MAX_WORDS]
    if not found or len(found[-1]) < PREFIX:
        return found, None
    return found[:-1], found[-1]


# A counsellor's search sees only the dossiers on their caseload (pg_migrations/0004).
_CASELOAD = (" AND child_id IN (SELECT child_id FROM caseload WHERE user_id = %(viewer)s "
             "AND removed_at IS NULL)")


def newest(conn: ServerConnection, query: str, child_id: int | None = None,
           limit: int = 50, viewer: int | None = None) -> list[Match]:
    """The newest notes (by id) holding every word of `query`, at most `limit`; only
    from `viewer`'s caseload unless None."""
    whole, prefix = terms(query)
    tokens = {conn.sealer.word_token(w) for w in whole}
    if prefix is not None:
        tokens.add(conn.sealer.prefix_token(prefix))
    if not tokens or limit <= 0:
        return []
    found: list[Match] = []
    before, scanned = 2**63 - 1, 0
    while len(found) < limit and scanned < SCAN_LIMIT:
        ids = _candidates(conn, sorted(tokens), child_id, before, viewer)
        if not ids:
            break
        scanned, before = scanned + len(ids), ids[-1]
        found += [m for m in _opened(conn, ids) if _confirms(m.text, prefix)]
    return found[:limit]


def _candidates(conn: ServerConnection, tokens: list[int], child_id: int | None,
                before: int, viewer: int | None = None) -> list[int]:
    sql = _CANDIDATES.format(child="AND child_id = %(child)s" if child_id is not None else "",
                             caseload=_CASELOAD if viewer is not None else "")
    rows = conn.pg.execute(sql, {"tokens": tokens, "child": child_id, "before": before,
                                 "n": len(tokens), "batch": _BATCH, "viewer": viewer})
    return [r["note_id"] for r in rows]


def _opened(conn: ServerConnection, ids: list[int], viewer: int | None = None
            ) -> list[Match]:
    seal = conn.sealer
    sql = _NOTES.format(caseload=_CASELOAD if viewer is not None else "")
    return [Match(r["id"], r["child_id"],
                  date.fromisoformat(seal.open_text("notes", "session_date", r["id"],
                                                    r["session_date"])),
                  r["finalised"], seal.open_text("notes", "text", r["id"], r["text"]))
            for r in conn.pg.execute(sql, {"ids": ids, "viewer": viewer})]


def snippets(conn: ServerConnection, expression: str, note_ids: list[int], *,
             viewer: int | None = None) -> list[Match]:
    """The chosen notes (only from `viewer`'s caseload unless None), newest first, each
    with a snippet made here from its opened text as the local engine's snippet() makes
    one: at most SNIPPET_WORDS words around the most matches, each match between
    MARK_OPEN and MARK_CLOSE, '…' where the text goes on. `expression` is the local
    engine's (casefile/search.py parse) or the words typed."""
    if not note_ids:
        return []
    whole, prefixes = _snippet_terms(expression)
    found = []
    for m in _opened(conn, sorted(set(note_ids)), viewer):
        snippet = snippet_of(m.text, whole, prefixes)
        found.append(Match(m.note_id, m.child_id, m.session_date, m.finalised, m.text,
                           snippet))
    return found


def optimise(conn: ServerConnection) -> None:
    """Nothing to merge: a deleted note's tokens go with it (ON DELETE CASCADE)."""


def _snippet_terms(expression: str) -> tuple[set[str], set[str]]:
    """The whole words and the prefixes a snippet marks (folded)."""
    _, has_text, text = expression.partition("text :")
    if has_text:
        whole: set[str] = set()
        prefixes: set[str] = set()
        for term, star in _QUOTED.findall(text):
            (prefixes if star else whole).add(fold(term))
        return whole, prefixes
    found, prefix = terms(expression)
    if prefix is None:
        return set(found), set()
    return set(found), {prefix[:PREFIX]}


def snippet_of(text: str, whole: set[str], prefixes: set[str]) -> str:
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        return ""
    matches: dict[str, bool] = {}  # per distinct word: folding is the costly part
    hits = []
    for t in tokens:
        word = t.group()
        if word not in matches:
            folded = fold(word)
            matches[word] = folded in whole or any(folded.startswith(p) for p in prefixes)
        hits.append(matches[word])
    size = min(SNIPPET_WORDS, len(tokens))
    counts = list(itertools.accumulate(hits, initial=0))  # hits in [i, i + size): a difference
    start = max(range(len(tokens) - size + 1), key=lambda i: (counts[i + size] - counts[i], -i))
    inside = [i for i in range(start, start + size) if hits[i]]
    if inside:  # the matches in the middle of the window, as FTS5 places them
        start = (inside[0] + inside[-1] + 1 - size) // 2
        start = max(0, min(start, len(tokens) - size))
    end = start + size
    out = ["…" if start > 0 else text[:tokens[0].start()]]
    for i in range(start, end):
        word = tokens[i].group()
        out.append(f"{MARK_OPEN}{word}{MARK_CLOSE}" if hits[i] else word)
        if i + 1 < end:
            out.append(text[tokens[i].end():tokens[i + 1].start()])
    out.append("…" if end < len(tokens) else text[tokens[-1].end():])
    return "".join(out)


def _confirms(text: str, prefix: str | None) -> bool:
    """A prefix token covers PREFIX letters; a longer unfinished word is checked whole."""
    return prefix is None or len(prefix) <= PREFIX or any(
        w.startswith(prefix) for w in words(text))
