"""The events that follow a recorded consent, each a small form: a signature that arrives
later (the second parent's, the child's) and a withdrawal with who, when and how. Both
append to the register; nothing recorded is edited."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile import catalogue
from casefile.consent import signed_as_of
from casefile.consents import CHANNELS
from casefile.errors import InvalidInput
from casefile.model import Consent
from casefile.render_text import say
from casefile.ui.child_dialog import FormDialog
from casefile.ui.forms import fit_to_screen
from casefile.ui.messages import message_for


class EvidencePicker(QWidget):
    """The signed form as a document of the dossier: one already there, or the returned
    form imported on the spot (it is stored encrypted like every document)."""

    def __init__(self, vault, child_id: int, asker, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.child_id, self.asker = vault, child_id, asker
        self.combo = QComboBox(objectName=name)
        self.combo.setAccessibleName(QCoreApplication.translate("ConsentEvents",
                                                                "Signed form (document)"))
        self.combo.addItem(QCoreApplication.translate("ConsentEvents", "(none)"), None)
        for d in vault.documents.list(child_id):
            self.combo.addItem(d.filename, d.id)
        self.import_button = QPushButton(QCoreApplication.translate(
            "ConsentEvents", "Import the signed form…"), objectName=name + "Import")
        self.import_button.clicked.connect(self.import_form)
        self.import_button.setEnabled(asker is not None)
        self.problem = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.import_button)

    def import_form(self) -> None:
        paths = self.asker.open_paths(self, QCoreApplication.translate(
            "ConsentEvents", "Import the signed form"))
        if not paths:
            return
        try:
            doc = self.vault.documents.import_file(self.child_id, paths[0],
                                                   received_on=self.vault.context.clock.today())
        except Exception as exc:
            self.asker.inform(self, self.import_button.text(), message_for(exc))
            return
        self.combo.addItem(doc.filename, doc.id)
        self.combo.setCurrentIndex(self.combo.count() - 1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _EventDialog(FormDialog):
    """The frame both forms share (FormDialog's fields, a sentence for a refusal, Save and
    Cancel) with an introduction above; `record()` appends the event."""

    def __init__(self, vault, consent: Consent, title: str, parent: QWidget | None) -> None:
        super().__init__(title, "consentEvent", parent)
        self.vault, self.consent = vault, consent
        self.today = vault.context.clock.today()
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # One context for both forms: tr() in a shared base would look in each subclass's.
        self.save_button.setText(QCoreApplication.translate("ConsentEvents", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ConsentEvents", "Cancel"))
        self.intro = QLabel(wordWrap=True)
        cast(QVBoxLayout, self.layout()).insertWidget(0, self.intro)
        self.result_consent: Consent | None = None

    def _day(self, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(self.today), objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMaximumDate(_qdate(self.today))
        edit.setAccessibleName(name)
        return edit

    def save(self) -> None:
        self.result_consent = self.record()

    def record(self) -> Consent:
        raise NotImplementedError


class SignatureDialog(_EventDialog):
    """Who signed later, on which day, and the returned form as the evidence."""

    def __init__(self, vault, consent: Consent, parent: QWidget | None = None,
                 asker=None) -> None:
        super().__init__(vault, consent, self.tr("Add a later signature"), parent)
        self.setObjectName("signatureDialog")
        self.intro.setText(self.tr(
            "A signature that came in after the consent was recorded. It counts from the day "
            "it was signed; the consent itself stays as it was recorded."))
        self.signer = QComboBox(objectName="signatureSigner")
        self.signer.setAccessibleName(self.tr("Signed by"))
        signed = signed_as_of(consent, date.max)
        for g in vault.guardians.list(consent.child_id):
            if g.id not in signed.given_by:
                self.signer.addItem(g.name, g.id)
        if signed.child_agrees is not True:
            self.signer.addItem(self.tr("The child"), None)
        self.signed_on = self._day("signatureDate")
        self.evidence_picker = EvidencePicker(vault, consent.child_id, asker,
                                              "signatureEvidence")
        self.evidence = self.evidence_picker.combo
        self.form.addRow(self.tr("Signed by"), self.signer)
        self.form.addRow(self.tr("Signed on"), self.signed_on)
        self.form.addRow(self.tr("Signed form (document)"), self.evidence_picker)
        if self.signer.count() == 0:
            self.error.setText(self.tr("Everyone who can sign this consent has signed."))
            self.save_button.setEnabled(False)
        fit_to_screen(self, 620, 300)

    def record(self) -> Consent:
        return self.vault.consents.add_signature(
            self.consent.id, guardian_id=self.signer.currentData(),
            signed_on=_date(self.signed_on.date()),
            evidence_document_id=self.evidence.currentData())


class WithdrawDialog(_EventDialog):
    """Who withdrew, when, how it reached the practice, and why (optional)."""

    def __init__(self, vault, consent: Consent, parent: QWidget | None = None) -> None:
        super().__init__(vault, consent, self.tr("Withdraw consent"), parent)
        self.setObjectName("withdrawDialog")
        self.intro.setText(self.tr(
            "Withdrawing works at once: no packet can be made under this consent any more."))
        self.by = QComboBox(objectName="withdrawBy")
        self.by.setAccessibleName(self.tr("Withdrawn by"))
        self.by.addItem(self.tr("(choose who withdrew)"), None)
        for g in vault.guardians.list(consent.child_id):
            self.by.addItem(g.name, g.id)
        self.by.addItem(self.tr("The child"), "child")
        self.on = self._day("withdrawDate")
        self.channel = QComboBox(objectName="withdrawChannel")
        self.channel.setAccessibleName(self.tr("How"))
        self.channel.addItem(self.tr("(choose how)"), "")
        for code in CHANNELS:
            self.channel.addItem(say(catalogue.channel(code)), code)
        self.reason = QPlainTextEdit(objectName="withdrawReason")
        self.reason.setAccessibleName(self.tr("Reason (optional)"))
        self.reason.setFixedHeight(80)
        self.form.addRow(self.tr("Withdrawn by"), self.by)
        self.form.addRow(self.tr("On"), self.on)
        self.form.addRow(self.tr("How"), self.channel)
        self.form.addRow(self.tr("Reason (optional)"), self.reason)
        fit_to_screen(self, 520, 340)

    def record(self) -> Consent:
        who, channel = self.by.currentData(), self.channel.currentData()
        if who is None:
            raise InvalidInput("withdrawn_by_required")
        if not channel:
            raise InvalidInput("withdrawal_channel")
        day = _date(self.on.date())
        at = None if day >= self.today else datetime.combine(day, time(0))
        return self.vault.consents.withdraw(
            self.consent.id, by=None if who == "child" else who, by_child=who == "child",
            reason=self.reason.toPlainText(), at=at, channel=channel)

