"""Session notes: drafts, finalising, amendments with every version kept, durability of an
acknowledged autosave, and what erasing a child does to them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date

import pytest
import sqlcipher3

from casefile import Sensitivity
from casefile.errors import DossierRestricted, InvalidInput, NotFound
from casefile.integrity import check_vault
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE

NOTE_CANARY = "Qwobblemorf"
DOC_CANARY = b"Zintrafluxbeam"


@pytest.fixture
def kid(vault):
    return vault.children.add(first_name="Daan", last_name="de Wilde",
                              birth_date=date(2016, 4, 2))


def fts_consistent(vault) -> bool:
    """FTS5's own check that the index matches the notes (rank 1: against the content)."""
    try:
        vault.context.db().execute(
            "INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    except sqlcipher3.DatabaseError:
        return False
    return True


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
        assert fts_consistent(again)


def test_versions_go_with_an_erased_child_and_leave_the_others(vault, kid):
    other = vault.children.add(first_name="Noor", last_name="Hoekstra",
                               birth_date=date(2015, 9, 9))
    for child in (kid, other):
        note = vault.notes.finalise(vault.notes.add(child.id, text="rekenen geoefend").id)
        vault.notes.amend(note.id, text="rekenen en lezen geoefend", reason="aangevuld")
    conn = vault.context.db()
    # the append-only trigger does not stand in the way of the cascade from an erasure
    conn.execute("DELETE FROM children WHERE id = ?", (kid.id,))
    assert conn.execute("SELECT count(*) FROM note_versions WHERE child_id = ?",
                        (kid.id,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM note_versions WHERE child_id = ?",
                        (other.id,)).fetchone()[0] == 2
    assert {h.child_id for h in vault.search.notes("rekenen")} == {other.id}
    assert fts_consistent(vault)


def test_autosaves_are_audited_without_flooding_the_log(vault, kid, clock):
    note = vault.notes.add(kid.id, text="")
    for i in range(30):  # a minute of typing with the editor's 2 s autosave
        clock.advance(seconds=2)
        vault.notes.save_draft(note.id, text="woord " * i)
    assert len(vault.audit.events(action="update", child_id=kid.id)) == 1
    clock.advance(minutes=10)
    vault.notes.save_draft(note.id, text="later verder getypt")
    assert len(vault.audit.events(action="update", child_id=kid.id)) == 2
    assert vault.notes.get(note.id).text == "later verder getypt"


def test_save_draft_keeps_what_it_is_not_given(vault, kid, clock):
    note = vault.notes.add(kid.id, text="begin", duration_minutes=30,
                           session_date=date(2026, 2, 20))
    clock.advance(seconds=2)
    saved = vault.notes.save_draft(note.id, sensitivity=Sensitivity.SPECIAL)
    assert (saved.text, saved.duration_minutes, saved.session_date) == (
        "begin", 30, date(2026, 2, 20))
    assert saved.sensitivity == Sensitivity.SPECIAL and not saved.finalised
    assert saved.updated_at > note.updated_at
    clock.advance(seconds=2)
    assert vault.notes.save_draft(note.id, text="begin").updated_at == saved.updated_at
    assert vault.search.notes("begin") and fts_consistent(vault)
    for bad in ({"author_id": 2}, {"category": "geheim"}, {"duration_minutes": -1},
                {"session_date": "gisteren"}):
        with pytest.raises(InvalidInput):
            vault.notes.save_draft(note.id, **bad)


def test_timeline_is_newest_session_first_in_pages(vault, kid):
    for day in (5, 1, 9, 3):
        vault.notes.add(kid.id, text=f"dag {day}", session_date=date(2026, 1, day))
    first, second = vault.notes.list(kid.id, limit=2), vault.notes.list(kid.id, offset=2)
    assert [n.session_date.day for n in first + second] == [9, 5, 3, 1]
    assert vault.notes.count(kid.id) == 4


def test_only_drafts_can_be_deleted(vault, kid):
    draft = vault.notes.add(kid.id, text="nog niets")
    final = vault.notes.finalise(vault.notes.add(kid.id, text="klaar").id)
    vault.notes.delete_draft(draft.id)
    with pytest.raises(NotFound):
        vault.notes.get(draft.id)
    with pytest.raises(InvalidInput):
        vault.notes.delete_draft(final.id)
    assert [n.id for n in vault.notes.list(kid.id)] == [final.id]


def test_reading_a_note_or_its_history_is_audited(vault, kid):
    note = vault.notes.add(kid.id, text="gelezen")
    vault.notes.get(note.id)
    vault.notes.history(note.id)
    actions = {e.action for e in vault.audit.events(child_id=kid.id)
               if e.object_type == "note" and e.object_id == str(note.id)}
    assert {"create", "read", "read_history"} <= actions
    assert all("gelezen" not in str(e.details) for e in vault.audit.events(child_id=kid.id))
