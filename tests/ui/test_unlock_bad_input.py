"""The lock screen meets bad input with one Dutch sentence and changes nothing on disk;
a recovery-key unlock leads to choosing a new passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from casefile.ui.passphrase_dialog import PassphraseDialog
from casefile.ui.unlock import UnlockWidget
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE

NEW_PASSPHRASE = "veertien-blauwe-fietsen-in-Gouda"


@pytest.fixture
def locked(vault, vault_dir):
    key = vault.recovery_key
    vault.lock()
    return key


def unlock_with(qtbot, vault_dir, clock, secrets, secret: str, recovery: bool = False):
    widget = UnlockWidget(vault_dir, clock, secrets)
    qtbot.addWidget(widget)
    opened = []
    widget.unlocked.connect(opened.append)
    widget.use_recovery.setChecked(recovery)
    widget.passphrase.setText(secret)
    qtbot.keyClick(widget.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(widget.error.text()) or bool(opened), timeout=20000)
    return widget, opened


def test_a_recovery_key_with_a_typo_is_named(qtbot, locked, vault_dir, clock, secrets, dutch):
    typo = locked[:-1] + ("A" if locked[-1] != "A" else "B")
    widget, opened = unlock_with(qtbot, vault_dir, clock, secrets, typo, recovery=True)
    assert not opened
    assert widget.error.text().startswith("Er zit een tikfout in de herstelsleutel")
    assert widget.passphrase.text() == ""  # a secret does not stay in the field


@pytest.mark.parametrize("damage, sentence", [
    (lambda d: (d / "keyslots.json").write_text("{niet json"),
     "Het sleutelbestand (keyslots.json) is beschadigd"),
    (lambda d: (d / "keyslots.json").unlink(), "Het sleutelbestand (keyslots.json) ontbreekt"),
    (lambda d: (d / "casefile.db").write_bytes((d / "casefile.db").read_bytes()[:3000]),
     "De database van de kluis is beschadigd"),
], ids=["garbled-keyslots", "missing-keyslots", "truncated-db"])
def test_a_damaged_vault_gets_one_sentence(qtbot, locked, vault_dir, clock, secrets, dutch,
                                           damage, sentence):
    damage(vault_dir)
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    widget = UnlockWidget(vault_dir, clock, secrets)
    qtbot.addWidget(widget)
    if not widget.error.text():
        widget, opened = unlock_with(qtbot, vault_dir, clock, secrets, PASSPHRASE)
        assert not opened
    assert widget.error.text().startswith(sentence)
    assert "Traceback" not in widget.error.text()
    assert {name: (vault_dir / name).read_bytes() for name in before} == before


def test_recovery_unlock_asks_for_a_new_passphrase(qtbot, locked, vault_dir, clock, secrets,
                                                   dutch, tmp_path):
    from casefile.ui.main_window import MainWindow
    from gui_support import Asker

    asked = []

    def choose_new(dialog) -> bool:
        asked.append(dialog)
        assert isinstance(dialog, PassphraseDialog)
        assert "herstelsleutel" in dialog.findChild(type(dialog.hint), "passphraseIntro").text()
        dialog.new.setText("kort")
        assert not dialog.save_button.isEnabled()
        dialog.new.setText(NEW_PASSPHRASE)
        dialog.again.setText(NEW_PASSPHRASE)
        assert dialog.save_button.isEnabled()
        dialog.try_save()
        return dialog.result() == dialog.DialogCode.Accepted

    window = MainWindow(vault_dir, clock=clock, secrets=secrets, asker=Asker(tmp_path),
                        run_dialog=choose_new)
    qtbot.addWidget(window)
    unlock = window.start
    unlock.use_recovery.setChecked(True)
    unlock.passphrase.setText(locked)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    assert len(asked) == 1
    window.lock()
    Vault.open(vault_dir, user=ADMIN, passphrase=NEW_PASSPHRASE, clock=clock,
               secrets=secrets).lock()


def test_a_vault_open_elsewhere_is_said_so(qtbot, vault, vault_dir, clock, secrets, dutch):
    widget, opened = unlock_with(qtbot, vault_dir, clock, secrets, PASSPHRASE)
    assert not opened
    assert widget.error.text() == "De kluis is elders geopend; sluit hem daar eerst."
    assert widget.button.isEnabled()  # after the other one closes, try again
