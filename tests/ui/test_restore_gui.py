"""The lock screen's "Restore from a backup": into a new, empty folder, with the recovery
key, with progress on the worker; never over an existing vault, and a refusal is one
sentence with nothing written."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton

from casefile.ui.restore_dialog import RestoreDialog
from casefile.ui.unlock import UnlockWidget
from casefile.vault import Vault
from support import ADMIN


def _backup(vault, tmp_path):
    vault.children.add(first_name="Jesse", last_name="Kuipers", birth_date=date(2015, 2, 2))
    result = vault.backups.create(tmp_path / "usb")
    key = vault.recovery_key
    vault.lock()
    return result.path, key


def _fill(dialog, backup, target, key, user=ADMIN):
    dialog.backup.setText(str(backup))
    dialog.target.setText(str(target))
    dialog.user.setText(user)
    dialog.recovery_key.setText(key)


def test_lock_screen_restores_into_a_new_folder(qtbot, vault, vault_dir, clock, secrets,
                                                tmp_path, dutch):
    backup, key = _backup(vault, tmp_path)
    lock_screen = UnlockWidget(vault_dir, clock, secrets)
    qtbot.addWidget(lock_screen)
    button = lock_screen.findChild(QPushButton, "unlockRestore")
    assert button.text() == "Herstellen uit een back-up…"
    button.click()
    dialog = lock_screen.restore_dialog
    target = tmp_path / "hersteld"
    _fill(dialog, backup, target, key)
    dialog.restore()
    assert dialog.recovery_key.text() == ""  # not kept in the widget while the job runs
    assert dialog.job.progress.objectName() == "jobProgress"
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=30000)
    assert dialog.message.text().startswith(f"Hersteld in {target} (1 dossier)")
    dialog.grab().save("/tmp/rightsdesk-restore.png")
    with Vault.open(target, user=ADMIN, recovery_key=key, clock=clock,
                    secrets=secrets) as restored:
        assert restored.children.page()[0].first_name == "Jesse"


def test_restore_refuses_an_existing_vault_and_a_used_folder(qtbot, vault, vault_dir, clock,
                                                             secrets, tmp_path, dutch):
    backup, key = _backup(vault, tmp_path)
    used = tmp_path / "gebruikt"
    used.mkdir()
    (used / "foto.jpg").write_bytes(b"x")
    before = sorted(p.name for p in vault_dir.iterdir())
    for target, sentence in (
            (vault_dir, "In die map staat al een kluis; kies een lege map."),
            (used, None)):
        dialog = RestoreDialog(clock, secrets)
        qtbot.addWidget(dialog)
        _fill(dialog, backup, target, key)
        dialog.restore()
        qtbot.waitUntil(lambda d=dialog: d.button.isEnabled(), timeout=30000)
        assert dialog.restored is None and dialog.message.text()
        assert "\n" not in dialog.message.text() and "Traceback" not in dialog.message.text()
        if sentence:
            assert dialog.message.text() == sentence
    assert sorted(p.name for p in vault_dir.iterdir()) == before
    assert [p.name for p in used.iterdir()] == ["foto.jpg"]
    assert not list(tmp_path.glob(".*restoring"))


def test_restore_with_a_wrong_key_writes_nothing(qtbot, vault, clock, secrets, tmp_path,
                                                 dutch):
    backup, key = _backup(vault, tmp_path)
    dialog = RestoreDialog(clock, secrets)
    qtbot.addWidget(dialog)
    target = tmp_path / "nieuw"
    _fill(dialog, backup, target, "AAAA-" + key[5:] if not key.startswith("AAAA") else
          "BBBB-" + key[5:])
    dialog.restore()
    qtbot.waitUntil(lambda: dialog.button.isEnabled(), timeout=30000)
    assert dialog.restored is None and not target.exists()
    empty = RestoreDialog(clock, secrets)
    qtbot.addWidget(empty)
    empty.restore()
    assert empty.message.text().startswith("Vul het back-upbestand")


def test_restore_reports_each_step(vault, clock, secrets, tmp_path):
    backup, key = _backup(vault, tmp_path)
    steps = []
    with Vault.restore(backup, tmp_path / "stap", user=ADMIN, recovery_key=key, clock=clock,
                       secrets=secrets, progress=lambda d, t: steps.append((d, t))):
        pass
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
