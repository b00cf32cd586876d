"""What a practice reads out or notes down: the signing-key fingerprint on the settings
screen (the one packets are signed with) and the audit chain's head after verify."""

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


def test_verify_shows_the_chain_head(vault, qtbot, dutch):
    from casefile.ui.admin import AuditDialog

    dialog = AuditDialog(vault)
    qtbot.addWidget(dialog)
    dialog.verify()  # on the worker
    head = dialog.findChild(QLabel, "auditHead")
    qtbot.waitUntil(lambda: head.text() != "", timeout=20000)
    report = vault.audit.verify()
    assert head.text() == f"Nieuwste gebeurtenis {report.head_id}, kop {report.head_hash[:16]}"
    assert report.head_id > 0 and report.head_hash != "0" * 64
