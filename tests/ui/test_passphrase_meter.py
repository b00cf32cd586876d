"""The live strength meter says in Dutch what makes a passphrase weak (zxcvbn's own
feedback is English)."""

from __future__ import annotations

import pytest

from casefile.ui.create_vault import CreateVaultWidget


@pytest.mark.parametrize(("typed", "hint"), [
    ("password", "Dit is een veelgebruikt wachtwoord. Voeg nog een woord of twee toe."),
    ("abcdefgh", "Reeksen als abc of 6543 zijn makkelijk te raden. Voeg nog een woord of "
                 "twee toe."),
    ("jansen", "Namen zijn makkelijk te raden. Voeg nog een woord of twee toe."),
])
def test_a_weak_passphrase_is_told_why_in_dutch(qtbot, tmp_path, clock, secrets, dutch,
                                                 typed, hint):
    create = CreateVaultWidget(tmp_path / "kluis", clock, secrets, asker=None)
    qtbot.addWidget(create)
    create.admin.setText("anna")
    create.passphrase.setText(typed)
    assert create.hint.text() == hint
    assert not create.create_button.isEnabled()


class SilentKeyring:
    def unavailable_reason(self) -> str:
        return "keyring_not_answering"


def test_binding_is_off_and_says_the_keyring_does_not_answer(qtbot, tmp_path, clock, dutch):
    create = CreateVaultWidget(tmp_path / "kluis", clock, SilentKeyring(), asker=None)
    qtbot.addWidget(create)
    assert not create.bind.isEnabled()
    assert create.bind_hint.text().startswith(
        "Niet beschikbaar: de sleutelhanger reageert niet;")


def test_enter_in_the_second_field_creates_the_vault_once_strong(qtbot, tmp_path, clock,
                                                                 secrets):
    create = CreateVaultWidget(tmp_path / "kluis", clock, secrets, asker=None)
    qtbot.addWidget(create)
    create.admin.setText("anna")
    create.passphrase.setText("wolkenkrabber tulpenbol fietsbel")
    create.confirm.setText("wolkenkrabber tulpenbol")
    create.confirm.returnPressed.emit()
    assert not (tmp_path / "kluis").exists()  # not yet the same twice: nothing happens
    create.confirm.setText("wolkenkrabber tulpenbol fietsbel")
    create.confirm.returnPressed.emit()
    qtbot.waitUntil(lambda: create.vault is not None, timeout=20000)
    create.vault.lock()
