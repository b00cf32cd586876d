"""Changing one's own passphrase (and the forced change after a temporary one or after
unlocking with the recovery key). Only this user's key slot is rewrapped."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QWidget

from casefile.passphrase import strength
from casefile.ui.child_dialog import FormDialog
from casefile.ui.messages import weak_hint

# Why the dialog opens by itself after unlocking.
TEMPORARY, RECOVERY = "temporary", "recovery"


class PassphraseDialog(FormDialog):
    def __init__(self, vault, first: bool | str = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change passphrase"), "passphraseDialog", parent)
        self.vault = vault
        if first:
            intro = QLabel(self.tr("You opened the vault with the recovery key. Choose a new "
                                   "passphrase now.") if first == RECOVERY else
                           self.tr("Choose your own passphrase now; the temporary one stops "
                                   "working."), objectName="passphraseIntro")
            intro.setWordWrap(True)
            self.form.addRow(intro)
        self.new = self.line("newPassphrase", self.tr("New passphrase"))
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(objectName="newPassphraseStrength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.form.addRow("", self.meter)
        self.hint = QLabel(objectName="newPassphraseHint")
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)
        self.again = self.line("newPassphraseAgain", self.tr("Again"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = cast(QDialogButtonBox, self.findChild(QDialogButtonBox)).button(
            QDialogButtonBox.StandardButton.Save)
        if first:  # there is no working on without a passphrase of one's own
            cast(QDialogButtonBox, self.findChild(QDialogButtonBox)).button(
                QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Lock"))
        self.new.textChanged.connect(self._rate)
        self.again.textChanged.connect(self._rate)
        self._rate()

    def _rate(self) -> None:
        """The same live meter as when creating a vault; Save waits for 'strong'."""
        text = self.new.text()
        rated = strength(text, (self.vault.user.name,))
        self.meter.setValue(rated.score)
        colour = "#8a1c1c" if not rated.acceptable else "#1e6b3a"
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not text:
            self.hint.setText(self.tr("At least 'strong' is needed."))
        elif not rated.acceptable:
            self.hint.setText(weak_hint(rated.hint))
        elif text != self.again.text():
            self.hint.setText(self.tr("Strong. Type it again below."))
        else:
            self.hint.setText(self.tr("Strong, and both entries match."))
        self.save_button.setEnabled(rated.acceptable and text == self.again.text())

    def save(self) -> None:
        from casefile.errors import InvalidInput

        if self.new.text() != self.again.text():
            raise InvalidInput(code="passphrases_differ")
        self.vault.users.change_passphrase(self.new.text())
