"""Changing one's own passphrase (and the forced change after a temporary one or after
unlocking with the recovery key). Only this user's key slot is rewrapped."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from casefile.passphrase import strength
from casefile.ui.child_dialog import FormDialog


class PassphraseDialog(FormDialog):
    def __init__(self, vault, first: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change passphrase"), "passphraseDialog", parent)
        self.vault = vault
        if first:
            intro = QLabel(self.tr("Choose your own passphrase now; the temporary one stops "
                                   "working."))
            intro.setWordWrap(True)
            self.form.addRow(intro)
        self.new = self.line("newPassphrase", self.tr("New passphrase"))
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(objectName="newPassphraseStrength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.form.addRow("", self.meter)
        self.again = self.line("newPassphraseAgain", self.tr("Again"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.textChanged.connect(
            lambda text: self.meter.setValue(strength(text, (vault.user.name,)).score))

    def save(self) -> None:
        from casefile.errors import InvalidInput

        if self.new.text() != self.again.text():
            raise InvalidInput(code="passphrases_differ")
        self.vault.users.change_passphrase(self.new.text())
