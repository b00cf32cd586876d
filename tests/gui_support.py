"""The GUI tests' shared pieces: a scripted asker, the dialogs' fill-and-save seam, a main
window and the creation of a vault through the start screen. On pytest's pythonpath (like
support.py), so a test imports them without importing another test module."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casefile.ui.child_dialog import ChildDialog, GuardianDialog
from casefile.ui.main_window import MainWindow
from support import ADMIN, PASSPHRASE

CANARY = "Wobbeltje"


class Asker:
    def __init__(self, tmp_path) -> None:
        self.tmp_path, self.told = tmp_path, []

    def save_path(self, parent, title, suggested):
        return self.tmp_path / suggested

    def inform(self, parent, title, text):
        self.told.append(text)

    def warn(self, parent, title, text):
        self.told.append(text)

    def confirm(self, parent, title, text):
        return True

    def confirm_typed(self, parent, title, text, expected):
        return True

    def show_secret(self, parent, title, text, secret):
        self.told.append(text)


def accept_filled(dialog) -> bool:
    """The dialogs' seam: tests fill the fields and press Save instead of a modal exec."""
    if isinstance(dialog, ChildDialog):
        dialog.first_name.setText(CANARY)
        dialog.last_name.setText("van Dalfsen")
    if isinstance(dialog, GuardianDialog):
        dialog.name.setText("Judith van Dalfsen")
        dialog.authority.setChecked(True)
    dialog.try_save()
    return dialog.result() == dialog.DialogCode.Accepted


def make_window(qtbot, vault_dir, clock, secrets, tmp_path) -> MainWindow:
    window = MainWindow(vault_dir, clock=clock, secrets=secrets, asker=Asker(tmp_path),
                        run_dialog=accept_filled)
    qtbot.addWidget(window)
    window.show()
    return window


def create_through_gui(qtbot, window) -> None:
    create = window.start
    create.practice.setText("Praktijk De Leeslamp")
    create.admin.setText(ADMIN)
    create.backup_dir.setText(str(window.asker.tmp_path / "back-ups"))  # never the home
    create.passphrase.setText("kort")
    assert not create.create_button.isEnabled()
    create.passphrase.setText(PASSPHRASE)
    create.confirm.setText(PASSPHRASE)
    assert create.create_button.isEnabled()
    qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: create.vault is not None, timeout=20000)
    assert len(create.key_label.text().replace("-", "")) >= 30
    assert not create.go_on.isEnabled()
    create.save_pdf()
    qtbot.waitUntil(lambda: not create.job.running, timeout=20000)
    create.stored.setChecked(True)
    qtbot.mouseClick(create.go_on, Qt.MouseButton.LeftButton)


class DeskAsker:
    """The privacy desk's scripted answers: confirms and reasons in order, files saved in
    tmp_path, what it was told (informed and warned apart) and the passwords and secrets it
    was shown kept. A typed confirmation is answered from `confirms` too; what it asked to
    type is kept in `typed`."""

    def __init__(self, tmp_path) -> None:
        self.tmp_path, self.told, self.passwords = tmp_path, [], []
        self.informed: list[str] = []
        self.warned: list[str] = []
        self.secrets: list[str] = []
        self.confirms: list[bool] = []
        self.reasons: list[str] = []
        self.typed: list[str] = []

    def confirm(self, parent, title, text):
        return self.confirms.pop(0)

    def confirm_typed(self, parent, title, text, expected):
        self.typed.append(expected)
        return self.confirm(parent, title, text)

    def warn(self, parent, title, text):
        self.told.append(text)
        self.warned.append(text)

    def show_secret(self, parent, title, text, secret):
        self.told.append(text)
        self.secrets.append(secret)

    def reason(self, parent, title, prompt):
        return self.reasons.pop(0)

    def inform(self, parent, title, text):
        self.told.append(text)
        self.informed.append(text)

    def save_path(self, parent, title, suggested):
        return self.tmp_path / suggested

    def show_password(self, parent, password):
        self.passwords.append(password)


def action(menu, name):
    return next(a for a in menu.actions() if a.objectName() == name)
