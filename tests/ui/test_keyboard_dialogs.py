"""The keyboard in the dialogs (issue 11): each form opens with the focus on its first field
and Enter presses its save (or next) button; the forced passphrase change cannot be
skipped; an irreversible action waits for the child's name typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from casefile.ui.forms import TypedConfirmation, default_button
from casefile.vault import Vault
from gui_support import DeskAsker
from support import ADMIN

NEW_PASSPHRASE = "paarse-olifant-fietst-langzaam-bergop"


def _save(dialog) -> object:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def _ok(dialog) -> object:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _kid(vault):
    return vault.children.add(first_name="Ties", last_name="van Lieshout",
                              birth_date=date(2016, 8, 8))


# name: (make(vault, asker, kid), first field's attribute, the default button)
DIALOGS = {
    "child": (lambda v, a, k: _import("child_dialog").ChildDialog(v), "first_name", _save),
    "guardian": (lambda v, a, k: _import("child_dialog").GuardianDialog(v, k), "name", _save),
    "trajectory": (lambda v, a, k: _import("child_dialog").TrajectoryDialog(v, k),
                   "title_edit", _save),
    "organisation": (lambda v, a, k: _import("child_dialog").OrganisationDialog(v), "name",
                     _save),
    "passphrase": (lambda v, a, k: _import("passphrase_dialog").PassphraseDialog(v), "new",
                   _save),
    "users": (lambda v, a, k: _import("admin").UsersDialog(v, a), "name",
              lambda d: d.findChild(QWidget, "addUser")),
    "settings": (lambda v, a, k: _import("admin").SettingsDialog(v, a), "auto_lock", _save),
    "consent": (lambda v, a, k: _import("consent_dialog").RecordConsentDialog(v, k), "scope",
                _ok),
    "import": (lambda v, a, k: _import("document_import").ImportDetailsDialog(
        ["verslag.pdf"], v.organisations.list(), date(2026, 3, 2)), "source", _ok),
    "legal": (lambda v, a, k: _import("legal_disclosure").LegalDisclosureDialog(v, k, a),
              "recipient", _ok),
    "export": (lambda v, a, k: _import("export_wizard").ExportWizard(v, k, a), "recipient",
               lambda d: d.create_button),
}


def _import(module: str):
    import importlib

    return importlib.import_module(f"casefile.ui.{module}")


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_a_form_opens_on_its_first_field_and_enter_means_save(qtbot, vault, tmp_path, dutch,
                                                              name):
    make, first, button = DIALOGS[name]
    vault.organisations.add(name="Basisschool De Klimop", kind="school")
    dialog = make(vault, DeskAsker(tmp_path), _kid(vault).id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is getattr(dialog, first)
    assert default_button(dialog) is button(dialog)


def test_enter_in_the_child_form_saves_it(qtbot, vault, dutch):
    from casefile.ui.child_dialog import ChildDialog

    dialog = ChildDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.focusWidget(), "Wobbeltje")
    dialog.last_name.setText("van Dalfsen")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [c.first_name for c in vault.children.page()] == ["Wobbeltje"]


def test_enter_on_the_users_dialog_adds_a_user_never_deactivates(qtbot, vault, tmp_path,
                                                                dutch):
    from casefile.ui.admin import UsersDialog

    asker = DeskAsker(tmp_path)
    dialog = UsersDialog(vault, asker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.selectRow(0)  # the admin herself: a deactivate would be asked for
    qtbot.keyClicks(dialog.focusWidget(), "dirk")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert [u.name for u in vault.users.list()] == [ADMIN, "dirk"]
    assert asker.confirms == [] and len(asker.secrets) == 1  # asked nothing, shown once
    assert asker.secrets[0] not in " ".join(asker.told)  # the secret only in its own place


def test_escape_on_the_forced_change_locks(qtbot, vault, vault_dir, clock, secrets, tmp_path,
                                          dutch):
    from casefile.passphrase import temporary_passphrase
    from casefile.ui.main_window import MainWindow
    from casefile.ui.passphrase_dialog import PassphraseDialog
    from casefile.ui.unlock import UnlockWidget
    from gui_support import Asker

    temporary = temporary_passphrase(("cor",))
    vault.users.add("cor", role="counsellor", temporary_passphrase=temporary)
    vault.lock()
    asked = []

    def escape(dialog) -> bool:
        asked.append(dialog)
        assert isinstance(dialog, PassphraseDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.new
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        return dialog.result() == dialog.DialogCode.Accepted

    window = MainWindow(vault_dir, clock=clock, secrets=secrets, asker=Asker(tmp_path),
                        run_dialog=escape)
    qtbot.addWidget(window)
    window.show()
    unlock = window.start
    unlock.user.setCurrentText("cor")
    unlock.passphrase.setText(temporary)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert window.vault is None and window.workspace is None
    assert isinstance(window.start, UnlockWidget)
    assert not window.menuBar().isVisible()
    again = Vault.open(vault_dir, user="cor", passphrase=temporary, clock=clock,
                       secrets=secrets)
    assert again.user.must_change_passphrase  # still to be changed at the next unlock
    again.lock()


def test_the_forced_change_saved_opens_the_workspace(qtbot, vault, vault_dir, clock,
                                                     secrets, tmp_path, dutch):
    from casefile.passphrase import temporary_passphrase
    from casefile.ui.main_window import MainWindow
    from gui_support import Asker

    temporary = temporary_passphrase(("cor",))
    vault.users.add("cor", role="counsellor", temporary_passphrase=temporary)
    vault.lock()

    def choose(dialog) -> bool:
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == \
            "Vergrendelen"
        dialog.new.setText("kort")
        assert not dialog.save_button.isEnabled()  # the strength check
        dialog.new.setText(NEW_PASSPHRASE)
        dialog.again.setText(NEW_PASSPHRASE)
        dialog.try_save()
        return dialog.result() == dialog.DialogCode.Accepted

    window = MainWindow(vault_dir, clock=clock, secrets=secrets, asker=Asker(tmp_path),
                        run_dialog=choose)
    qtbot.addWidget(window)
    window.start.user.setCurrentText("cor")
    window.start.passphrase.setText(temporary)
    window.start.unlock()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    assert not window.vault.user.must_change_passphrase
    window.lock()


def test_typed_confirmation_defaults_to_cancel_and_waits_for_the_name(qtbot, dutch):
    dialog = TypedConfirmation("Dossier wissen", "Het dossier van Ties van Lieshout wissen?",
                               "Ties van Lieshout")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.typed
    assert default_button(dialog) is dialog.cancel
    qtbot.keyClicks(dialog.typed, "Ties van")
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter: the safe choice
    assert dialog.result() == dialog.DialogCode.Rejected
    dialog.show()
    dialog.typed.setText("ties  van lieshout")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_erasure_asks_for_the_childs_name(qtbot, vault, tmp_path, dutch):
    from casefile.ui.privacy import PrivacyMenu
    from gui_support import action

    kid = _kid(vault)
    window = QWidget()
    qtbot.addWidget(window)
    asker = DeskAsker(tmp_path)
    asker.confirms = [False]
    menu = PrivacyMenu(window, vault, asker, lambda: kid.id, lambda **_: None)
    action(menu, "actionErase").trigger()
    assert asker.typed == ["Ties van Lieshout"]
    assert vault.children.count() == 1  # not typed: nothing erased, no reason asked



def _answer_box(qtbot, seen: list) -> None:
    """Looks at the modal message box Qt opens next, then closes it with Escape."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append((box.icon(), box.defaultButton() and box.standardButton(
            box.defaultButton())))
        box.reject()

    QTimer.singleShot(0, look)


@pytest.mark.parametrize("ask, icon, default", [
    ("inform", "Information", None), ("warn", "Warning", None),
    ("confirm", "Question", "No")])
def test_the_real_asker_picks_the_icon_and_the_safe_default(qtbot, dutch, ask, icon, default):
    from PySide6.QtWidgets import QMessageBox

    from casefile.ui.asker import QtAsker

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list = []
    _answer_box(qtbot, seen)
    answer = getattr(QtAsker(), ask)(parent, "Back-up", "Back-up gemaakt en gecontroleerd.")
    assert seen[0][0] == getattr(QMessageBox.Icon, icon)
    if default:
        assert seen[0][1] == getattr(QMessageBox.StandardButton, default)
        assert answer is False  # Escape: no
