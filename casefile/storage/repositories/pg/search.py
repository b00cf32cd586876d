"""Note search on the practice server through the blind index (casefile/storage/sealed.py):
the words become tokens on this side, the server intersects the notes holding every
token, newest first, and an unfinished last word longer than the prefix is confirmed here
in the opened text, as the local engine confirms it (casefile/search.py)."""

from __future__ import annotations

from datetime import date

from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.search import Match
from casefile.storage.sealed import PREFIX, words

MAX_WORDS = 32
SCAN_LIMIT = 5000  # notes read at most to confirm an unfinished word
_BATCH = 200
_CANDIDATES = ("SELECT note_id FROM note_tokens WHERE token = ANY(%(tokens)s) {child}{caseload} "
               "AND note_id < %(before)s GROUP BY note_id HAVING count(*) = %(n)s "
               "ORDER BY note_id DESC LIMIT %(batch)s")
_NOTES = ("SELECT id, child_id, session_date, finalised, text FROM notes "
          "WHERE id = ANY(%s) ORDER BY id DESC")


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


def _opened(conn: ServerConnection, ids: list[int]) -> list[Match]:
    seal = conn.sealer
    return [Match(r["id"], r["child_id"],
                  date.fromisoformat(seal.open_text("notes", "session_date", r["id"],
                                                    r["session_date"])),
                  r["finalised"], seal.open_text("notes", "text", r["id"], r["text"]))
            for r in conn.pg.execute(_NOTES, (ids,))]


def _confirms(text: str, prefix: str | None) -> bool:
    """A prefix token covers PREFIX letters; a longer unfinished word is checked whole."""
    return prefix is None or len(prefix) <= PREFIX or any(
        w.startswith(prefix) for w in words(text))
