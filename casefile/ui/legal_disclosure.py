"""The narrow door beside consent (DESIGN section 4): a disclosure the law requires or
permits without consent, such as a report to Veilig Thuis under the Meldcode. It is never
the export button: it names the legal ground and a reason, and a second administrator
approves it with their own passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.model import Role
from casefile.ui.asker import Asker
from casefile.ui.export_wizard import packet_job, show_password
from casefile.ui.forms import fit_to_screen, start_at
from casefile.ui.messages import message_for

GROUNDS = (
    "Meldcode huiselijk geweld en kindermishandeling (melding Veilig Thuis)",
    "Rechterlijke uitspraak of bevel",
    "Vordering van de Raad voor de Kinderbescherming",
)


class LegalDisclosureDialog(QDialog):
    def __init__(self, vault, child_id: int, asker: Asker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legalDisclosureDialog")
        self.setWindowTitle(self.tr("Disclosure without consent"))
        self.vault, self.child_id, self.asker = vault, child_id, asker
        self.packet = None
        warning = QLabel(self.tr(
            "Only where the law requires or permits it without consent. The packet, the "
            "disclosure log and the parents' access report will say so."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #8a1c1c;")
        self.recipient = QComboBox(objectName="legalRecipient")
        for org in vault.organisations.list():
            self.recipient.addItem(org.name, org.id)
        self.ground = QComboBox(objectName="legalGround")
        self.ground.setEditable(True)
        self.ground.addItems(GROUNDS)
        self.reason = QPlainTextEdit(objectName="legalReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.approver = QComboBox(objectName="legalApprover")
        me = vault.user.id
        for user in vault.users.list():
            if user.role == Role.ADMIN and user.active and user.id != me:
                self.approver.addItem(user.name, user.name)
        self.approver_passphrase = QLineEdit(objectName="legalApproverPassphrase")
        self.approver_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.approver_passphrase.setAccessibleName(self.tr("Approver's passphrase"))
        self.error = QLabel(objectName="legalError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1c1c;")
        self.alone = QLabel(objectName="legalAlone", wordWrap=True)
        self.alone.hide()
        passphrase_label = self.tr("Their passphrase")
        if self.approver.count() == 0 and vault.user.role == Role.ADMIN:
            # The only admin of a small practice: they approve themselves, on the record.
            self.approver.addItem(self.tr("%1 (the only administrator)").replace(
                "%1", vault.user.name), vault.user.name)
            passphrase_label = self.tr("Your passphrase, once more")
            self.alone.setText(self.tr(
                "You are the only administrator, so there is no second reviewer. Write your "
                "reasoning in full above and type your passphrase again to approve. The "
                "disclosure will be marked “without a second reviewer” on the packet, in "
                "the disclosure log and in the audit log."))
            self.alone.show()
        elif self.approver.count() == 0:
            self.error.setText(self.tr("An administrator must approve this disclosure; "
                                       "ask one to open it with you."))
        form = QFormLayout()
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Legal ground"), self.ground)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Approved by (administrator)"), self.approver)
        form.addRow(passphrase_label, self.approver_passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create packet…"))
        buttons.accepted.connect(self.make_packet)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.alone)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        start_at(self, self.recipient, buttons.button(QDialogButtonBox.StandardButton.Ok))
        fit_to_screen(self, 620, 480)

    def make_packet(self) -> None:
        path = self.asker.save_path(self, self.windowTitle(), "verstrekking.pdf")
        if path is None:
            return
        args = dict(legal_ground=self.ground.currentText(), reason=self.reason.toPlainText(),
                    approver=self.approver.currentData() or "",
                    approver_passphrase=self.approver_passphrase.text())
        self.approver_passphrase.clear()
        child_id, recipient_id = self.child_id, self.recipient.currentData()
        self.job = packet_job(self, self.vault, lambda packets, progress: packets.create_legal(
            child_id, recipient_id, Path(path), progress=progress, **args), self._created,
            self._failed)

    def _created(self, packet) -> None:
        self.packet = packet
        show_password(self.asker, self, packet.password)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
