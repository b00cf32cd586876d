"""Full-text search over notes: folded diacritics, unfinished words, hostile syntax, newest
first, relevance over a bounded set, one dossier at a time, and a log without the words."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.search import MARK_CLOSE, MARK_OPEN, parse


@pytest.fixture
def kid(vault):
    return vault.children.add(first_name="Daan", last_name="de Wilde",
                              birth_date=date(2016, 4, 2))


@pytest.fixture
def other(vault):
    return vault.children.add(first_name="Noor", last_name="Hoekstra",
                              birth_date=date(2015, 9, 9))



def test_search_folds_diacritics_and_finds_prefixes(vault, kid):
    vault.notes.add(kid.id, text="Eén keer per week oefenen met begrijpend lezen.")
    assert vault.search.notes("een")
    assert vault.search.notes("begrijp")
    hit = vault.search.notes("week")[0]
    assert f"{MARK_OPEN}week{MARK_CLOSE}" in hit.snippet


def test_search_is_newest_first_and_stays_in_the_dossier(vault, kid, other):
    for day in (3, 1, 2):
        vault.notes.add(kid.id, text=f"spelling dag {day}", session_date=date(2026, 2, day))
    vault.notes.add(other.id, text="spelling bij een ander kind")
    dates = [h.session_date.day for h in vault.search.notes("spelling", child_id=kid.id)]
    assert dates == [3, 2, 1]
    assert {h.child_id for h in vault.search.notes("spelling", child_id=other.id)} == {other.id}
    assert len(vault.search.notes("spelling")) == 4
    assert vault.search.notes("spelling", order="relevance")


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "-", "a AND", "OR NOT", "(((", "",
                                   "spel*ling", '"spelling', "c1:"])
def test_hostile_search_syntax_never_raises(vault, kid, query):
    vault.notes.add(kid.id, text="spelling oefenen")
    hits = vault.search.notes(query)
    assert isinstance(hits, list)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_text_is_a_safe_query(vault, kid, query):
    # the vault is shared between examples on purpose: searching never changes a note
    if not vault.notes.count(kid.id):
        vault.notes.add(kid.id, text="spelling oefenen")
    assert isinstance(vault.search.notes(query), list)
    assert isinstance(vault.search.notes(query, child_id=kid.id, order="relevance"), list)


def test_finding_text_after_amendment_only_finds_the_current_version(vault, kid):
    note = vault.notes.finalise(vault.notes.add(kid.id, text="olifant").id)
    vault.notes.amend(note.id, text="giraffe", reason="verkeerd dier")
    assert not vault.search.notes("olifant")
    assert vault.search.notes("giraffe")[0].note_id == note.id


def test_an_unfinished_word_is_confirmed_in_full(vault, kid):
    wanted = vault.notes.add(kid.id, text="Begrijpend lezen geoefend")
    vault.notes.add(kid.id, text="Het begin van de les ging moeizaam")
    assert [h.note_id for h in vault.search.notes("begri")] == [wanted.id]
    assert len(vault.search.notes("beg")) == 2
    assert [h.note_id for h in vault.search.notes("lezen begrijp")] == [wanted.id]


def test_drafts_are_found_and_say_so(vault, kid):
    draft = vault.notes.add(kid.id, text="concept over het dictee")
    final = vault.notes.finalise(vault.notes.add(kid.id, text="dictee geoefend").id)
    hits = {h.note_id: h.finalised for h in vault.search.notes("dictee")}
    assert hits == {draft.id: False, final.id: True}


def test_relevance_puts_the_closest_match_first(vault, kid):
    vault.notes.add(kid.id, text="tafels " * 8 + "en verder niets")
    vault.notes.add(kid.id, text="lezen, spelling, huiswerk, agenda en ook even tafels")
    hits = vault.search.notes("tafels", order="relevance")
    assert hits[0].snippet.count(MARK_OPEN) > hits[1].snippet.count(MARK_OPEN)
    assert len(vault.search.notes("tafels", limit=1)) == 1


def test_the_log_keeps_counts_not_words(vault, kid):
    vault.notes.add(kid.id, text="Gesprek met Marieke de Wilde")
    vault.search.notes("Marieke", child_id=kid.id)
    event = vault.audit.events(action="search")[0]
    assert event.child_id == kid.id and event.details["hits"] == 1
    assert "Marieke" not in str(event.details)


@given(query=st.text(max_size=60))
def test_every_word_is_quoted(query):
    parsed = parse(query, child_id=7)
    if parsed is not None:
        # outside the quoted words only our own operators remain
        outside = parsed.expression.split('"')[::2]
        assert set("".join(outside)) <= set("child: AND text()*")


def test_index_leaves_fit_the_encrypted_page(vault):
    config = dict(vault.context.db().execute("SELECT k, v FROM notes_fts_config").fetchall())
    assert config["pgsz"] == 3960  # SQLCipher leaves 4016 of each 4096-byte page


@given(text=st.text(alphabet="abcçdeéëiïoöuüAÉÖ -'.,\n", max_size=60),
       prefix=st.text(alphabet="abcdeiou", min_size=4, max_size=6))
def test_an_unfinished_word_is_confirmed_as_a_word_by_word_fold_would(text, prefix):
    """The fast check (one expression over the casefolded text) says what folding each
    word and comparing its start says."""
    from casefile.search import _WORD, _confirms, fold

    expected = any(w.startswith(prefix) for w in _WORD.findall(fold(text)))
    assert _confirms(text, prefix) == expected
    assert _confirms(f"{text} X{prefix}", prefix) == expected  # inside a word: no
    assert _confirms(f"{text} {prefix.upper()}é", prefix)  # a word of its own: yes


def test_confirmed_matches_past_the_first_candidates_come_with_snippets(vault, kid):
    """An unfinished word whose three-letter prefix many other words share: the newest
    candidates are rejected, the older real matches are still found (newest first) and
    each has its marked snippet, whichever statement read it."""
    vault.notes.add(kid.id, text="zeldzaam woord bij het lezen", session_date=date(2026, 1, 5))
    vault.notes.add(kid.id, text="een zeldzame fout in het dictee", session_date=date(2026, 1, 6))
    for day in range(1, 8):
        vault.notes.add(kid.id, text=f"zelf plannen, dag {day}", session_date=date(2026, 2, day))
    vault.notes.add(kid.id, text="weer zeldzaam goed gelezen", session_date=date(2026, 3, 1))
    hits = vault.search.notes("zeldz", limit=3)
    assert [h.session_date for h in hits] == [date(2026, 3, 1), date(2026, 1, 6),
                                              date(2026, 1, 5)]
    assert all(f"{MARK_OPEN}zeldza" in h.snippet for h in hits)
    assert len(vault.search.notes("zeldz", limit=2)) == 2
    assert vault.search.notes("zelf", limit=3)[0].session_date == date(2026, 2, 7)
