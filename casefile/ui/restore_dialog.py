"""Restore from a backup, from the lock screen: into a new, empty folder, opened with the
recovery key, off the GUI thread with progress (Vault.restore, the same as `casefile
restore`). It never writes over a vault: the domain refuses a folder that holds one or
holds anything at all, before a byte is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.ui.forms import fit_to_screen
from casefile.ui.jobs import Job
from casefile.ui.messages import message_for


class RestoreDialog(QDialog):
    def __init__(self, clock, secrets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.clock, self.secrets = clock, secrets
        self.restored: Path | None = None
        self.backup = self._path_edit("restoreBackup", self.tr("Backup file"))
        self.target = self._path_edit("restoreTarget", self.tr("New folder for the vault"))
        self.user = QLineEdit(objectName="restoreUser")
        self.user.setAccessibleName(self.tr("User"))
        self.recovery_key = QLineEdit(objectName="restoreRecoveryKey")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.button = QPushButton(self.tr("Restore"), objectName="restoreButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.restore)
        self.message = QLabel(objectName="restoreMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Backup file"), self._with_browse(self.backup, self._choose_file))
        form.addRow(self.tr("New folder"), self._with_browse(self.target, self._choose_folder))
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        intro = QLabel(self.tr("The backup is restored into a new, empty folder; an existing "
                               "vault is never overwritten. You need the recovery key printed "
                               "when the vault was created."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        fit_to_screen(self, 620, 300)

    def _path_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setAccessibleName(accessible)
        return edit

    def _with_browse(self, edit: QLineEdit, choose) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        browse = QPushButton(self.tr("Choose…"), objectName=edit.objectName() + "Choose")
        browse.setAccessibleName(self.tr("Choose %1").replace("%1", edit.accessibleName()))
        browse.clicked.connect(choose)
        layout.addWidget(browse)
        return row

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Backup file"))
        if name:
            self.backup.setText(name)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("New folder"))
        if name:
            self.target.setText(name)

    def restore(self) -> None:
        if not self.button.isEnabled():
            return
        from casefile.vault import Vault

        backup, target = self.backup.text().strip(), self.target.text().strip()
        user, key = self.user.text().strip(), self.recovery_key.text()
        self.recovery_key.clear()  # the key lives no longer than the job needs it
        if not (backup and target and user and key.strip()):
            self.message.setText(self.tr("Fill in the backup file, the new folder, the user "
                                         "and the recovery key."))
            return
        self.message.clear()
        self.button.setEnabled(False)

        def work(control):
            vault = Vault.restore(Path(backup), Path(target), user=user, recovery_key=key,
                                  clock=self.clock, secrets=self.secrets,
                                  progress=control.progress)
            try:
                return vault.children.count()
            finally:
                vault.lock()

        self.job = Job(self, self.tr("Restoring the backup…"), work,
                       lambda count: self._done(Path(target), count), self._failed)

    def _done(self, target: Path, count: int) -> None:
        self.restored = target
        self.button.setEnabled(True)
        self.message.setText(self.tr(
            "Restored into %1 (%n dossier(s)). Open that folder as the vault: start Casefile "
            "with it, or move it to where the old vault was.", "", count).replace(
            "%1", str(target)))

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.message.setText(message_for(exc))
