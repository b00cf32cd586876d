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
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile import app_files
from casefile.app_files import ServerConnection
from casefile.errors import CasefileError
from casefile.ui.jobs import Job
from casefile.ui.messages import backup_advice, message_for

CONTENT_WIDTH = 520
LOCAL, ADD = "local", "add"  # the place list's two entries that are not a saved server


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

    def __init__(self, vault_dir: Path, clock, secrets, parent: QWidget | None = None,
                 *, add_server: bool = False):
        super().__init__(parent)
        from casefile.vault import is_vault

        self.setObjectName("unlockWidget")
        self.vault_dir, self.clock, self.secrets = Path(vault_dir), clock, secrets
        self.has_local = is_vault(self.vault_dir)
        title = QLabel(self.tr("Casefile is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.place = QComboBox(objectName="unlockPlace")
        self.place.setAccessibleName(self.tr("Vault or server"))
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
        self._build_add_server()
        form = QFormLayout()
        self.secret_label = QLabel(self.tr("Passphrase"))
        form.addRow(self.tr("Vault or server"), self.place)
        form.addRow("", self.add_server)
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
        self._fill_places()
        self.place.currentIndexChanged.connect(self._place_chosen)
        if add_server or (not self.has_local and self.place.count() == 1):
            self.place.setCurrentIndex(self.place.count() - 1)
        self._place_chosen()

    # -- where to unlock ----------------------------------------------------------------------

    def _build_add_server(self) -> None:
        """The fields of a new saved connection, shown under the place list."""
        self.add_server = QWidget(objectName="unlockAddServer")
        self.server_host = QLineEdit(objectName="serverHost")
        self.server_host.setAccessibleName(self.tr("Server"))
        self.server_host.setPlaceholderText("server.praktijk.nl")
        self.server_port = QSpinBox(objectName="serverPort")
        self.server_port.setAccessibleName(self.tr("Port"))
        self.server_port.setRange(1, 65535)
        self.server_port.setValue(5432)
        self.server_database = QLineEdit(objectName="serverDatabase")
        self.server_database.setAccessibleName(self.tr("Database"))
        self.server_ca = QLineEdit(objectName="serverCaFile")
        self.server_ca.setAccessibleName(self.tr("CA certificate"))
        choose = QPushButton(self.tr("Choose…"), objectName="serverChooseCa")
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.server_ca, 1)
        ca_row.addWidget(choose)
        self.save_server_button = QPushButton(self.tr("Save connection"),
                                              objectName="serverSave")
        self.save_server_button.clicked.connect(self.save_server)
        hint = QLabel(self.tr("No password is saved: you type your passphrase at every "
                              "unlock."), objectName="serverHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self.add_server)
        form.setContentsMargins(0, 4, 0, 8)
        form.addRow(self.tr("Server"), self.server_host)
        form.addRow(self.tr("Port"), self.server_port)
        form.addRow(self.tr("Database"), self.server_database)
        form.addRow(self.tr("CA certificate"), ca_row)
        form.addRow("", hint)
        form.addRow("", self.save_server_button)
        self.add_server.hide()

    def _fill_places(self, select: ServerConnection | None = None) -> None:
        self.place.blockSignals(True)
        self.place.clear()
        if self.has_local:
            self.place.addItem(self.tr("The vault on this computer"), LOCAL)
        for connection in app_files.load_connections():
            self.place.addItem(self.tr("Practice server %1").replace("%1", connection.label),
                               connection)
        self.place.addItem(self.tr("Add a practice server…"), ADD)
        if select is not None:
            self.choose(select)
        self.place.blockSignals(False)

    def choose(self, connection: ServerConnection) -> None:
        """Choose a saved server in the place list (when it is there)."""
        for index in range(self.place.count()):
            if self.place.itemData(index) == connection:
                self.place.setCurrentIndex(index)
                return

    def server(self) -> ServerConnection | None:
        """The chosen saved server; None for the local vault (or while one is added)."""
        chosen = self.place.currentData()
        return chosen if isinstance(chosen, ServerConnection) else None

    def _place_chosen(self, *_args) -> None:
        chosen = self.place.currentData()
        adding, local = chosen == ADD, chosen == LOCAL
        self.error.clear()
        self.add_server.setVisible(adding)
        for widget in (self.user, self.passphrase, self.button):
            widget.setEnabled(not adding)
        self.use_recovery.setChecked(False)
        # a server is opened with the passphrase only (its recovery key opens a vault
        # here), and its backups are not restored from this screen
        self.use_recovery.setVisible(local)
        self.restore_button.setVisible(local or not self.has_local)
        if local:
            self.reload()
            return
        self.user.clear()
        self.notice.clear()
        (self.server_host if adding else self.user).setFocus()

    def _choose_ca(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The practice's CA certificate"), str(Path.home()),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if name:
            self.server_ca.setText(name)

    def save_server(self) -> None:
        """Check the fields, save the connection, and choose it."""
        try:
            connection = ServerConnection.checked(
                self.server_host.text(), self.server_port.value(),
                self.server_database.text(), self.server_ca.text())
            app_files.save_connection(connection)
        except (CasefileError, OSError) as exc:
            self.error.setText(message_for(exc))
            return
        self._fill_places(select=connection)
        self._place_chosen()

    def reload(self) -> None:
        from casefile.backup_advice import advice
        from casefile.storage.backup import read_status
        from casefile.storage.keys import KEYSLOTS, KeySlots

        self.user.clear()
        if not self.has_local or self.server() is not None:
            return
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

        if self.place.currentData() == ADD:
            return
        connection = self.server()
        where = connection.dsn() if connection is not None else self.vault_dir
        user, secret = self.user.currentText().strip(), self.passphrase.text()
        key = {"recovery_key": secret} if self.use_recovery.isChecked() else {
            "passphrase": secret}
        self.passphrase.clear()
        self.error.clear()
        self.button.setEnabled(False)
        self.place.setEnabled(False)
        self.job = Job(self, self.tr("Unlocking…"), lambda control: Vault.open(
            where, user=user, clock=self.clock, secrets=self.secrets, **key),
            self._done, self._failed)
        QTimer.singleShot(0, warm_up)

    def restore(self) -> None:
        from casefile.ui.restore_dialog import RestoreDialog

        self.restore_dialog = RestoreDialog(self.clock, self.secrets, self)
        self.restore_dialog.open()

    def _done(self, vault) -> None:
        self.button.setEnabled(True)
        self.place.setEnabled(True)
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        """One sentence (a wrong passphrase, a server away or not the practice's); the
        screen stays as it was, ready for another try or another place."""
        self.button.setEnabled(True)
        self.place.setEnabled(True)
        self.error.setText(message_for(exc))
        self.passphrase.setFocus()
