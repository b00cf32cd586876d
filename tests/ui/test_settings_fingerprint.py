"""The settings screen shows the practice's signing-key fingerprint, the same one the
packets are signed with, so the practice can read it to a school."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from casefile.packet_format import fingerprint, public_bytes
from casefile.ui.admin import SettingsDialog


def test_settings_show_the_signing_fingerprint(vault, qtbot, dutch):
    dialog = SettingsDialog(vault, asker=None)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "signingFingerprint")
    assert label is not None
    assert label.text() == fingerprint(public_bytes(vault.signing_key()))
    assert label.accessibleName() == "Vingerafdruk ondertekeningssleutel"
