"""The lock screen: choose a user, type the passphrase (or the recovery key), unlock off the
GUI thread. It shows nothing of any dossier; its window title is just "Casefile"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import CasefileError
from casefile.ui.jobs import Job
from casefile.ui.messages import backup_advice, message_for

CONTENT_WIDTH = 520


def centred(inner: QWidget) -> QWidget:
    """A calm column in the middle of the window."""
    outer = QWidget()
    layout = QVBoxLayout(outer)
    layout.addStretch(1)
    layout.addWidget(inner, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
    inner.setFixedWidth(CONTENT_WIDTH)
    return outer


def warm_up() -> None:
    """Import what the unlocked window builds while the KDF runs on the worker (it leaves
    the GIL): a first unlock otherwise pays for these imports after the KDF (issue 13)."""
    import casefile.ui.child_dialog
    import casefile.ui.dossier
    import casefile.ui.inactivity
    import casefile.ui.privacy  # noqa: F401


class UnlockWidget(QWidget):
    unlocked = Signal(object)  # the Vault

    def __init__(self, vault_dir: Path, clock, secrets, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockWidget")
        self.vault_dir, self.clock, self.secrets = Path(vault_dir), clock, secrets
        title = QLabel(self.tr("Casefile is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.user = QComboBox(objectName="unlockUser")
        self.user.setAccessibleName(self.tr("User"))
        self.user.setEditable(True)
        self.passphrase = QLineEdit(objectName="unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.use_recovery = QCheckBox(self.tr("Use the recovery key"),
                                      objectName="unlockUseRecovery")
        self.use_recovery.toggled.connect(self._mode)
        self.button = QPushButton(self.tr("Unlock"), objectName="unlockButton")
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock)
        self.error = QLabel(objectName="unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1c1c;")
        self.notice = QLabel(objectName="unlockNotice")
        self.notice.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"),
                                          objectName="unlockRestore")
        self.restore_button.clicked.connect(self.restore)
        form = QFormLayout()
        self.secret_label = QLabel(self.tr("Passphrase"))
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.secret_label, self.passphrase)
        form.addRow("", self.use_recovery)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(title)
        column.addLayout(form)
        column.addWidget(self.button)
        column.addWidget(self.error)
        column.addWidget(self.notice)
        column.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(centred(box))
        self.reload()

    def reload(self) -> None:
        from casefile.backup_advice import advice
        from casefile.storage.backup import read_status
        from casefile.storage.keys import KEYSLOTS, KeySlots

        self.user.clear()
        try:
            users = KeySlots.load(self.vault_dir / KEYSLOTS).user_slot_ids()
        except CasefileError as exc:
            self.error.setText(message_for(exc))
            users = []
        self.user.addItems(users)
        code = advice(read_status(self.vault_dir), self._now())
        self.notice.setText(backup_advice(code) if code else "")
        self.passphrase.setFocus()

    def _now(self) -> datetime:
        from casefile.clock import SystemClock

        return (self.clock or SystemClock()).now()

    def _mode(self, recovery: bool) -> None:
        self.secret_label.setText(self.tr("Recovery key") if recovery else self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if recovery
                                    else QLineEdit.EchoMode.Password)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if recovery \
            else QFont()  # groups of letters and digits read best in a fixed-width font
        self.passphrase.setFont(font)
        self.passphrase.clear()

    def unlock(self) -> None:
        if not self.button.isEnabled():
            return
        from casefile.vault import Vault

        user, secret = self.user.currentText().strip(), self.passphrase.text()
        key = {"recovery_key": secret} if self.use_recovery.isChecked() else {
            "passphrase": secret}
        self.passphrase.clear()
        self.error.clear()
        self.button.setEnabled(False)
        self.job = Job(self, self.tr("Unlocking…"), lambda control: Vault.open(
            self.vault_dir, user=user, clock=self.clock, secrets=self.secrets, **key),
            self._done, self._failed)
        QTimer.singleShot(0, warm_up)

    def restore(self) -> None:
        from casefile.ui.restore_dialog import RestoreDialog

        self.restore_dialog = RestoreDialog(self.clock, self.secrets, self)
        self.restore_dialog.open()

    def _done(self, vault) -> None:
        self.button.setEnabled(True)
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.error.setText(message_for(exc))
        self.passphrase.setFocus()
