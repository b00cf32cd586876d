"""On a practice server the note editor says who else is editing the same dossier
(casefile/presence.py: NOTIFY/LISTEN, ids only, fading after `FRESH` seconds)."""

from __future__ import annotations

from datetime import date

import pytest

from casefile import presence as presence_module
from casefile.model import Role
from casefile.presence import Presence
from casefile.ui.note_editor import NoteEditor
from casefile.vault import Vault
from gui_support import Asker
from support import ADMIN, COUNSELLOR, PASSPHRASE


@pytest.fixture
def two_users(pg_empty_database, clock, secrets):
    here = Vault.create(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                        secrets=secrets, practice_name="Praktijk De Leeslamp")
    kid = here.children.add(first_name="Kiki", last_name="Wolters",
                            birth_date=date(2016, 4, 4))
    other = here.children.add(first_name="Joep", last_name="Haverkamp",
                              birth_date=date(2015, 9, 1))
    here.context.add_server_user(COUNSELLOR, Role.COUNSELLOR, PASSPHRASE)
    there = Vault.open(pg_empty_database, user=COUNSELLOR, passphrase=PASSPHRASE,
                       clock=clock, secrets=secrets)
    yield here, there, kid.id, other.id
    there.lock()
    here.lock()


def test_the_editor_says_who_else_is_editing_the_dossier(qtbot, tmp_path, two_users,
                                                         monkeypatch):
    here, there, kid, other = two_users
    editor = NoteEditor(here, kid, Asker(tmp_path), presence_ms=50)
    qtbot.addWidget(editor)
    assert not editor.others.isVisibleTo(editor)
    Presence.of(there).announce(other)  # another dossier: nothing here
    Presence.of(there).announce(kid)
    qtbot.waitUntil(lambda: editor.others.isVisibleTo(editor), timeout=5000)
    assert editor.others.text() == f"Also working in this dossier now: {COUNSELLOR}"

    # typing here is heard there, and nobody hears themselves
    editor.text.setPlainText("Oefende met spelling.")
    heard_there = Presence.of(there)
    qtbot.waitUntil(lambda: heard_there.others(kid) == [here.user.id], timeout=5000)
    assert Presence.of(here).others(kid) == [there.user.id]

    # a notice fades: the other stopped typing a while ago
    later = presence_module.time.monotonic() + presence_module.FRESH + 1
    monkeypatch.setattr(Presence.of(here), "_now", lambda: later)
    qtbot.waitUntil(lambda: not editor.others.isVisibleTo(editor), timeout=5000)


def test_a_vault_on_this_computer_has_no_presence(qtbot, tmp_path, vault, family):
    editor = NoteEditor(vault, family[0].id, Asker(tmp_path))
    qtbot.addWidget(editor)
    assert Presence.of(vault) is None and not editor.presence_timer.isActive()
