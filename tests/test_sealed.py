"""Client-side encryption for the practice server: per-column keys, values bound to their
table, column and row, and blind-index tokens for note search."""

from __future__ import annotations

import os

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from casefile.errors import DatabaseDamaged
from casefile.storage.database import fold
from casefile.storage.sealed import Sealer, words

KEY = bytes(range(32))
SEALER = Sealer(KEY, "practice-1")
names = st.sampled_from(["children", "guardians", "notes", "organisations"])
columns = st.sampled_from(["first_name", "last_name", "text", "email"])
ids = st.integers(min_value=1, max_value=2**62)
word = st.text(st.characters(categories=("Ll", "Lu", "Nd")), min_size=1, max_size=20)


@given(names, columns, ids, st.text())
def test_a_sealed_value_opens_to_itself(table, column, row_id, value):
    sealed = SEALER.seal(table, column, row_id, value)
    assert SEALER.open_text(table, column, row_id, sealed) == value


@given(names, columns, ids, st.binary(max_size=300))
def test_bytes_round_trip_and_the_plaintext_is_not_in_the_ciphertext(table, column, row_id,
                                                                      value):
    sealed = SEALER.seal(table, column, row_id, value)
    assert SEALER.open(table, column, row_id, sealed) == value
    assert len(sealed) % 16 == 13  # version and nonce, then whole blocks and the tag
    if len(value) >= 8:
        assert value not in sealed


@given(names, columns, ids, names, columns, ids, st.text(max_size=50))
def test_a_value_moved_to_another_row_or_column_does_not_open(t1, c1, r1, t2, c2, r2, value):
    assume((t1, c1, r1) != (t2, c2, r2))
    sealed = SEALER.seal(t1, c1, r1, value)
    with pytest.raises(DatabaseDamaged):
        SEALER.open(t2, c2, r2, sealed)


@given(st.binary(min_size=1, max_size=80), st.integers(min_value=0, max_value=79))
def test_an_altered_value_does_not_open(value, position):
    sealed = bytearray(SEALER.seal("notes", "text", 7, value))
    sealed[position % len(sealed)] ^= 0x01
    with pytest.raises(DatabaseDamaged):
        SEALER.open("notes", "text", 7, bytes(sealed))


def test_another_practice_key_does_not_open_it():
    sealed = SEALER.seal("children", "first_name", 1, "Fenna")
    with pytest.raises(DatabaseDamaged):
        Sealer(os.urandom(32), "practice-1").open("children", "first_name", 1, sealed)
    with pytest.raises(DatabaseDamaged):
        Sealer(KEY, "practice-2").open("children", "first_name", 1, sealed)


def test_the_same_value_seals_differently_each_time():
    assert SEALER.seal("children", "last_name", 1, "de Vries") != SEALER.seal(
        "children", "last_name", 1, "de Vries")


@given(word, st.text(max_size=40), st.text(max_size=40))
def test_the_same_word_in_two_notes_gives_the_same_token(w, before, after):
    first = SEALER.note_tokens(f"{before} {w} {after}")
    second = SEALER.note_tokens(f"{after}, {w}!")
    for folded in words(w):
        assert SEALER.word_token(folded) in first & second


@given(word, word)
def test_different_words_give_different_tokens(a, b):
    assume(fold(a) != fold(b))
    assert SEALER.word_token(a) != SEALER.word_token(b)


def test_tokens_fold_case_and_diacritics_as_the_local_index_does():
    assert SEALER.word_token("Özdemir") == SEALER.word_token("ozdemir")
    assert SEALER.prefix_token("Dyslexie") == SEALER.prefix_token("dys")
    tokens = SEALER.note_tokens("Lezen gaat beter")
    assert SEALER.prefix_token("lez") in tokens
    assert SEALER.prefix_token("ga") not in tokens  # a prefix is three letters
    assert SEALER.word_token("beter") in tokens


def test_tokens_depend_on_the_practice_key():
    other = Sealer(os.urandom(32), "practice-1")
    assert other.word_token("lezen") != SEALER.word_token("lezen")
    assert "0001" not in repr(SEALER) and KEY.hex() not in repr(SEALER)


@given(ids, st.integers(min_value=0, max_value=2**31), st.integers(min_value=0, max_value=2**31),
       st.binary(min_size=1, max_size=300))
def test_a_part_is_bound_in_and_opens_nowhere_else(document_id, seq, other, chunk):
    """A document's chunk is sealed with its number (pg documents.add_chunk): moved to
    another place, or read as a value without a part, it does not open."""
    assume(seq != other)
    sealed = SEALER.seal("document_chunks", "data", document_id, chunk, part=seq)
    assert SEALER.open("document_chunks", "data", document_id, sealed, part=seq) == chunk
    for where in ({"part": other}, {}, {"part": str(seq) + "0"}):
        with pytest.raises(DatabaseDamaged):
            SEALER.open("document_chunks", "data", document_id, sealed, **where)
    plain = SEALER.seal("document_chunks", "data", document_id, chunk)
    with pytest.raises(DatabaseDamaged):
        SEALER.open("document_chunks", "data", document_id, plain, part=seq)


def test_a_key_named_part_binds_the_setting_it_belongs_to():
    sealed = SEALER.seal("settings", "value", 0, '"Praktijk Het Anker"', part="practice_name")
    assert SEALER.open_text("settings", "value", 0, sealed,
                            part="practice_name") == '"Praktijk Het Anker"'
    with pytest.raises(DatabaseDamaged):
        SEALER.open_text("settings", "value", 0, sealed, part="practice_phone")
