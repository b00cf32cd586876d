"""Backups from the first day (issue 11): creating a vault asks for the backup folder, the
lock screen warns when there is no recent backup, and a backup made is information, not a
warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from casefile.storage.backup import write_status
from casefile.ui.admin import backup_now
from casefile.ui.create_vault import CreateVaultWidget
from casefile.ui.unlock import UnlockWidget
from gui_support import DeskAsker
from support import PASSPHRASE

NONE = "Er is nog geen back-up."
STALE = "De laatste back-up is meer dan een week oud."
FAILED = "De laatste back-up is mislukt."


def test_creating_a_vault_stores_the_backup_folder_and_enter_goes_on(qtbot, tmp_path, clock,
                                                                     secrets, dutch):
    suggested = tmp_path / "media" / "USB" / "Casefile-back-ups"
    create = CreateVaultWidget(tmp_path / "kluis", clock, secrets, DeskAsker(tmp_path),
                               backup_suggestion=suggested)
    qtbot.addWidget(create)
    create.show()
    assert create.backup_dir.text() == str(suggested)
    create.practice.setText("Praktijk De Leeslamp")
    create.admin.setText("marieke")
    create.passphrase.setText(PASSPHRASE)
    create.confirm.setText(PASSPHRASE)
    create.backup_dir.setText("  ")
    assert not create.create_button.isEnabled()  # a vault without a backup folder: no
    create.backup_dir.setText(str(suggested))
    assert create.create_button.isEnabled()
    create.create_vault()
    qtbot.waitUntil(lambda: create.vault is not None, timeout=20000)
    assert create.vault.settings.get().backup_dir == str(suggested)
    created = []
    create.created.connect(created.append)
    qtbot.keyClick(create.stored, Qt.Key.Key_Return)
    assert not created  # not stored yet: Enter does nothing
    create.stored.setChecked(True)
    qtbot.keyClick(create.stored, Qt.Key.Key_Return)
    assert created == [create.vault]
    create.vault.lock()


def _notice(qtbot, vault_dir, clock, secrets) -> str:
    widget = UnlockWidget(vault_dir, clock, secrets)
    qtbot.addWidget(widget)
    return widget.notice.text()


def test_the_lock_screen_warns_without_a_recent_backup(qtbot, vault, vault_dir, clock,
                                                       secrets, tmp_path, dutch):
    vault.settings.update(backup_dir=str(tmp_path / "back-ups"))
    assert _notice(qtbot, vault_dir, clock, secrets).startswith(NONE)
    vault.backups.create()
    assert _notice(qtbot, vault_dir, clock, secrets) == ""
    clock.advance(days=7, minutes=1)
    assert _notice(qtbot, vault_dir, clock, secrets).startswith(STALE)
    write_status(vault_dir, False, clock.now())
    assert _notice(qtbot, vault_dir, clock, secrets).startswith(FAILED)


def test_a_backup_made_informs_a_failed_one_warns(qtbot, vault, tmp_path, dutch):
    window = QWidget()
    qtbot.addWidget(window)
    asker = DeskAsker(tmp_path)
    results = []
    backup_now(window, vault, asker, done=results.append)  # no folder set
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results == [False] and asker.warned and not asker.informed
    vault.settings.update(backup_dir=str(tmp_path / "back-ups"))
    backup_now(window, vault, asker, done=results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20000)
    assert results[1] is True and len(asker.informed) == 1
    assert asker.informed[0].startswith("Back-up gemaakt")
