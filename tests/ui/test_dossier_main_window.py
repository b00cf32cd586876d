"""The dossier inside the main window: Ctrl+F finds a note in any dossier and Enter opens it
there; locking saves a draft that was still waiting for its autosave."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from casefile.ui.main_window import MainWindow
from casefile.ui.search_dialog import SearchDialog


class Asker:
    def __init__(self) -> None:
        self.told: list[str] = []

    def inform(self, parent, title, text):
        self.told.append(text)

    def warn(self, parent, title, text):
        self.told.append(text)

    def confirm(self, parent, title, text):
        return True


@pytest.fixture
def window(qtbot, vault, vault_dir, clock, secrets):
    win = MainWindow(vault_dir, clock=clock, secrets=secrets, asker=Asker(),
                     run_dialog=lambda dialog: False)
    qtbot.addWidget(win)
    win.show()
    win.unlocked(vault)
    return win


def test_ctrl_f_finds_a_note_and_enter_opens_it_in_its_dossier(qtbot, vault, window):
    sem = vault.children.add(first_name="Sem", last_name="Bosgra", birth_date=date(2014, 6, 1))
    isa = vault.children.add(first_name="Isa", last_name="Wolters", birth_date=date(2016, 1, 9))
    vault.notes.add(sem.id, text="Rekenen met breuken")
    wanted = vault.notes.add(isa.id, text="Dictee met lange klinkers, ging vlot")
    window.findChild(QAction, "actionSearch").trigger()
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "klinkers")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # search now
    assert dialog.model.rowCount() == 1
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # open the selected hit
    dossier = window.workspace.dossier
    assert dossier is not None and dossier.child_id == isa.id
    assert dossier.tabs.currentWidget() is dossier.notes
    assert dossier.notes.editor.note_id == wanted.id
    assert "klinkers" in dossier.notes.editor.text.toPlainText()


def test_lock_saves_the_draft_being_typed(qtbot, vault, window, reopen):
    kid = vault.children.add(first_name="Roos", last_name="Veldkamp",
                             birth_date=date(2015, 4, 4))
    window.workspace.open_dossier(kid.id)
    dossier = window.workspace.dossier
    dossier.new_note()
    qtbot.keyClicks(dossier.notes.editor.text, "Halverwege een zin")
    assert dossier.notes.editor.autosave_timer.isActive()  # not saved yet
    window.lock()
    assert vault.locked
    again = reopen()
    try:
        assert [n.text for n in again.notes.list(kid.id)] == ["Halverwege een zin"]
    finally:
        again.lock()


def test_unlocking_again_continues_in_the_dossier_the_tab_and_the_draft(qtbot, vault,
                                                                        window, reopen):
    kid = vault.children.add(first_name="Jip", last_name="Verzonnen",
                             birth_date=date(2016, 2, 2))
    window.workspace.open_dossier(kid.id)
    dossier = window.workspace.dossier
    dossier.new_note()
    qtbot.keyClicks(dossier.notes.editor.text, "Woordrijtjes geoefend")
    dossier.show_section(dossier.log)
    tab = dossier.tabs.currentIndex()
    window.lock()
    assert window.workspace is None
    window.unlocked(reopen())
    again = window.workspace.dossier
    assert again is not None and again.child_id == kid.id
    assert again.tabs.currentIndex() == tab
    assert again.notes.editor.text.toPlainText() == "Woordrijtjes geoefend"
    assert again.notes.editor.state == "draft"  # the draft, not an empty new note
    assert again.notes.new_button.isEnabled()


def test_another_user_unlocking_starts_without_a_dossier(qtbot, vault, window, reopen):
    vault.users.add("cor", role="counsellor", temporary_passphrase="gewone-gebruiker-Cor-2026")
    kid = vault.children.add(first_name="Jip", last_name="Verzonnen",
                             birth_date=date(2016, 2, 2))
    window.workspace.open_dossier(kid.id)
    window.lock()
    with reopen("cor", "gewone-gebruiker-Cor-2026") as cor:  # the forced change, done
        cor.users.change_passphrase("eigen-wachtzin-van-Cor-2026")
    window.unlocked(reopen("cor", "eigen-wachtzin-van-Cor-2026"))
    assert window.workspace is not None and window.workspace.dossier is None


def test_help_menu_says_the_version_and_where_the_vault_is_and_quit_closes(qtbot, vault,
                                                                           window, vault_dir):
    from casefile import __version__

    window.findChild(QAction, "actionAbout").trigger()
    told = window.asker.told[-1]
    assert __version__ in told and str(vault_dir) in told and "casefile.log" in told
    quit_action = window.findChild(QAction, "actionQuit")
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    quit_action.trigger()
    assert vault.locked and not window.isVisible()
