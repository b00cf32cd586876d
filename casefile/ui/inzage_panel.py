"""The parents' inzage in the export wizard: one row under the items with the state of the
inzage for the chosen recipient, "Inzage voor ouders maken" (the preview, made on the
worker like a packet, its password shown once) and the dialog that records the parents'
answer. The rules are the domain's (casefile/inzage.py); this only asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_date, fmt_moment
from casefile.ui.asker import Asker
from casefile.ui.forms import start_at
from casefile.ui.jobs import Job
from casefile.ui.messages import message_for

# How the disclosures tab names a packet's inzage answer (Disclosure.inzage_answer).
_ANSWERS = {
    "remarks": QT_TRANSLATE_NOOP("InzagePanel", "the parents' view attached"),
    "no_remarks": QT_TRANSLATE_NOOP("InzagePanel", "no remarks"),
    "no_answer": QT_TRANSLATE_NOOP("InzagePanel", "no answer in time"),
    "pending": QT_TRANSLATE_NOOP("InzagePanel", "not answered yet"),
}


def inzage_note(disclosure) -> str:
    """"Inzage offered on 02-03-2026: no remarks", or nothing when the packet had none."""
    if disclosure.inzage_offered_at is None:
        return ""
    answer = _ANSWERS.get(disclosure.inzage_answer, _ANSWERS["pending"])
    return (QCoreApplication.translate("InzagePanel", "inzage offered on %1: %2")
            .replace("%1", fmt_date(disclosure.inzage_offered_at.date()))
            .replace("%2", QCoreApplication.translate("InzagePanel", str(answer))))


class InzagePanel(QWidget):
    """`recipient()`, `chosen()` and `purpose()` read the wizard's current choice;
    `packet_job` is the wizard's own (export_wizard.packet_job), so the preview runs on the
    worker exactly as a packet does."""

    def __init__(self, vault, child_id: int, asker: Asker, recipient: Callable[[], int | None],
                 chosen: Callable[[], list[str]], purpose: Callable[[], str],
                 packet_job: Callable[..., Job], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inzagePanel")
        self.vault, self.child_id, self.asker = vault, child_id, asker
        self._recipient, self._chosen, self._purpose = recipient, chosen, purpose
        self._packet_job = packet_job
        self.job: Job | None = None
        self.state = QLabel(objectName="inzageState")
        self.state.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Make an inzage for the parents…"),
                                       objectName="inzageMake")
        self.make_button.setAccessibleName(self.tr("Make an inzage for the parents"))
        self.make_button.setToolTip(self.tr(
            "A draft of this packet for the parents to read first, marked on every page and "
            "with its own password. It is not sent to the school."))
        self.make_button.clicked.connect(self.make)
        self.answer_button = QPushButton(self.tr("Record the parents' answer…"),
                                         objectName="inzageAnswer")
        self.answer_button.setAccessibleName(self.tr("Record the parents' answer"))
        self.answer_button.clicked.connect(self.record_answer)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        row.addWidget(self.answer_button)
        row.addWidget(self.make_button)
        self.refresh()

    def open_inzage(self):
        recipient = self._recipient()
        return None if recipient is None else self.vault.inzage.open_for(self.child_id,
                                                                         recipient)

    def refresh(self) -> None:
        mode = self.vault.settings.get().inzage
        self.setVisible(mode != "off")
        inzage = self.open_inzage()
        self.make_button.setEnabled(bool(self._chosen()) and self.job is None)
        self.answer_button.setVisible(inzage is not None and inzage.answer is None)
        self.state.setText(self._state_text(inzage, mode))

    def _state_text(self, inzage, mode: str) -> str:
        if inzage is None:
            if mode == "required":
                return self.tr("The parents read every packet first: make an inzage for them.")
            return self.tr("No inzage for the parents yet.")
        offered = fmt_moment(inzage.offered_at)
        if inzage.answer is not None:
            return self.tr("Inzage offered on %1; the parents' answer is recorded.").replace(
                "%1", offered)
        return (self.tr("Inzage offered on %1; the parents can answer until %2.")
                .replace("%1", offered).replace("%2", fmt_date(inzage.answer_by)))

    def make(self) -> None:
        path = self.asker.save_path(self, self.tr("Save the inzage for the parents"),
                                    "inzage-concept.pdf")
        recipient = self._recipient()
        if path is None or recipient is None:
            return
        chosen, purpose = self._chosen(), self._purpose()
        self.make_button.setEnabled(False)
        self.job = self._packet_job(
            self, self.vault, lambda packets, progress: packets.inzage_preview(
                self.child_id, recipient, Path(path), items=chosen, purpose=purpose,
                progress=progress), self._made, self._failed)

    def _made(self, preview) -> None:
        self.job = None
        self.asker.show_secret(self, self.tr("Inzage password"), self.tr(
            "Give this password to the parents through another channel than the file, for "
            "example by phone. It is shown only now."), preview.password)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.asker.inform(self, self.tr("Make an inzage for the parents"), message_for(exc))
        self.refresh()

    def record_answer(self) -> None:
        inzage = self.open_inzage()
        if inzage is None:
            return
        dialog = AnswerDialog(self.vault, inzage, self)
        self.answer_dialog = dialog  # the tests' seam: they fill it and press Save
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()


class AnswerDialog(QDialog):
    """The parents' answer, typed by the counsellor from a call or an e-mail, or a returned
    document already imported into the dossier; or no remarks; or no answer in time."""

    def __init__(self, vault, inzage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inzageAnswerDialog")
        self.setWindowTitle(self.tr("The parents' answer"))
        self.vault, self.inzage = vault, inzage
        self.answer = QComboBox(objectName="inzageAnswerChoice")
        self.answer.setAccessibleName(self.tr("Answer"))
        self.answer.addItem(self.tr("The parents have remarks"), "remarks")
        self.answer.addItem(self.tr("No remarks"), "no_remarks")
        self.answer.addItem(self.tr("No answer in time"), "no_answer")
        self.remarks = QPlainTextEdit(objectName="inzageRemarks")
        self.remarks.setAccessibleName(self.tr("Remarks"))
        self.remarks.setPlaceholderText(self.tr(
            "What the parents said, in their words (from a call or an e-mail)"))
        self.document = QComboBox(objectName="inzageDocument")
        self.document.setAccessibleName(self.tr("Returned document"))
        self.document.addItem(self.tr("(none)"), None)
        for doc in vault.documents.list(inzage.child_id):
            self.document.addItem(doc.filename, doc.id)
        self.answer.currentIndexChanged.connect(self._update)
        self.message = QLabel(objectName="inzageAnswerMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Answer"), self.answer)
        form.addRow(self.tr("Remarks"), self.remarks)
        form.addRow(self.tr("Returned document"), self.document)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Their view goes with the packet to the school, as a "
                                        "section of its own."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        start_at(self, self.answer, buttons.button(QDialogButtonBox.StandardButton.Save))
        self._update()

    def _update(self, *_args) -> None:
        with_remarks = self.answer.currentData() == "remarks"
        self.remarks.setEnabled(with_remarks)
        self.document.setEnabled(with_remarks)

    def save(self) -> None:
        try:
            self.vault.inzage.answer(self.inzage.id, self.answer.currentData(),
                                     remarks=self.remarks.toPlainText(),
                                     document_id=self.document.currentData())
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.accept()
