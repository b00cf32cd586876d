"""Session notes, documents and search in the dossier."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile import Category, Sensitivity
from casefile.errors import (
    DocumentEmpty,
    DocumentTooLarge,
    DocumentVanished,
    DossierRestricted,
    InvalidInput,
)
from casefile.integrity import check_vault
from casefile.search import MARK_CLOSE, MARK_OPEN
from casefile.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

NOTE_CANARY = "Qwobblemorf"
DOC_CANARY = b"Zintrafluxbeam"


@pytest.fixture
def kid(vault):
    return vault.children.add(first_name="Daan", last_name="de Wilde",
                              birth_date=date(2016, 4, 2))


@pytest.fixture
def other(vault):
    return vault.children.add(first_name="Noor", last_name="Hoekstra",
                              birth_date=date(2015, 9, 9))


def test_canaries_in_note_and_document_are_in_no_file(vault, vault_dir, kid, tmp_path):
    note = vault.notes.add(kid.id, text=f"Vandaag {NOTE_CANARY} geoefend met lezen.")
    vault.notes.finalise(note.id)
    source = tmp_path / "verslag.txt"
    source.write_bytes(b"Rapport " + DOC_CANARY * 3)
    vault.documents.import_file(kid.id, source)
    source.unlink()
    for checkpoint in (False, True):
        if checkpoint:
            vault.checkpoint()
        for path in vault_dir.iterdir():
            data = path.read_bytes()
            assert NOTE_CANARY.encode() not in data, path.name
            assert DOC_CANARY not in data, path.name


def test_amending_keeps_every_version_in_order(vault, kid, clock):
    note = vault.notes.add(kid.id, text="Eerste versie")
    with pytest.raises(InvalidInput):
        vault.notes.amend(note.id, text="x", reason="te vroeg")
    vault.notes.finalise(note.id)
    with pytest.raises(InvalidInput):
        vault.notes.save_draft(note.id, text="stiekem")
    with pytest.raises(InvalidInput):
        vault.notes.amend(note.id, text="Tweede versie", reason=" ")
    clock.advance(minutes=5)
    vault.notes.amend(note.id, text="Tweede versie", reason="Spelfout hersteld")
    clock.advance(minutes=5)
    third = vault.notes.amend(note.id, text="Derde versie", reason="Datum aangevuld",
                              sensitivity=Sensitivity.SENSITIVE)
    history = vault.notes.history(note.id)
    assert [v.text for v in history] == ["Eerste versie", "Tweede versie", "Derde versie"]
    assert [v.version for v in history] == [1, 2, 3]
    assert [v.reason for v in history] == ["", "Spelfout hersteld", "Datum aangevuld"]
    assert history[1].changed_at < history[2].changed_at
    assert third.version == 3 and third.sensitivity == Sensitivity.SENSITIVE


def test_versions_and_finalised_notes_cannot_be_changed_with_sql(vault, kid):
    note = vault.notes.finalise(vault.notes.add(kid.id, text="Definitief").id)
    conn = vault.context.db()
    import sqlcipher3

    for sql in ("UPDATE notes SET text = 'weg' WHERE id = ?",
                "UPDATE note_versions SET text = 'weg' WHERE note_id = ?",
                "DELETE FROM note_versions WHERE note_id = ?"):
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute(sql, (note.id,))


def test_empty_note_cannot_be_finalised(vault, kid):
    note = vault.notes.add(kid.id, text="   \n ")
    with pytest.raises(InvalidInput):
        vault.notes.finalise(note.id)


def test_restricted_dossier_takes_no_notes(vault, kid):
    vault.context.db().execute("UPDATE children SET restricted = 1 WHERE id = ?", (kid.id,))
    with pytest.raises(DossierRestricted):
        vault.notes.add(kid.id, text="x")


def test_killed_writer_loses_no_acknowledged_draft_save(vault, vault_dir, kid):
    vault.lock()
    script = textwrap.dedent(f"""
        import sys
        from casefile.storage import keys
        keys.DEFAULT_KDF = keys.CHEAP_KDF
        from casefile.vault import Vault
        v = Vault.open({str(vault_dir)!r}, user={ADMIN!r}, passphrase={PASSPHRASE!r})
        note = v.notes.add({kid.id}, text="")
        text = ""
        for i in range(100000):
            text += f"woord{{i}} "
            v.notes.save_draft(note.id, text=text)
            print(note.id, len(text), flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    acknowledged = None
    for _ in range(40):  # wait for a few dozen acknowledged saves, then kill mid-typing
        acknowledged = proc.stdout.readline().split()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    note_id, saved_length = int(acknowledged[0]), int(acknowledged[1])
    with Vault.open(vault_dir, user=ADMIN, passphrase=PASSPHRASE) as again:
        assert len(again.notes.get(note_id).text) >= saved_length
        assert check_vault(again).ok


# -- documents -------------------------------------------------------------------------------


def test_document_round_trip_in_chunks(vault, kid, tmp_path):
    data = os.urandom(700_000)
    source = tmp_path / "scan.bin"
    source.write_bytes(data)
    seen = []
    doc = vault.documents.import_file(kid.id, source, category=Category.ASSESSMENTS,
                                      progress=lambda done, total: seen.append(done))
    assert len(seen) == 3 and seen[-1] == len(data)
    assert vault.documents.read(doc.id) == data
    assert doc.size == len(data) and doc.category == Category.ASSESSMENTS
    target = tmp_path / "kopie.bin"
    vault.documents.save_copy(doc.id, target)
    assert target.read_bytes() == data


def test_document_size_limit_empty_and_vanished(vault, kid, tmp_path):
    vault.settings.update(document_size_limit_mb=1)
    big = tmp_path / "groot.pdf"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(DocumentTooLarge):
        vault.documents.import_file(kid.id, big)
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    with pytest.raises(DocumentEmpty):
        vault.documents.import_file(kid.id, empty)
    with pytest.raises(DocumentVanished):
        vault.documents.import_file(kid.id, tmp_path / "weg.txt")
    assert vault.documents.list(kid.id) == []


@pytest.mark.parametrize(("name", "shown"), [
    ("../../etc/passwd", "passwd"),
    ("rapport\x00\x07.pdf", "rapport.pdf"),
    ("gnp.\u202eexe.pdf", "gnp.exe.pdf"),
    ("a" * 400 + ".pdf", None),
])
def test_odd_file_names_are_stored_safely(vault, kid, name, shown):
    doc = vault.documents.import_bytes(kid.id, b"%PDF-1.4 test", name)
    assert "/" not in doc.filename and all(c.isprintable() for c in doc.filename)
    assert len(doc.filename) <= 120
    if shown:
        assert doc.filename == shown
    assert doc.media_type == "application/pdf"


# -- search ----------------------------------------------------------------------------------


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
