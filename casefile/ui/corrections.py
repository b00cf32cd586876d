"""Correcting a document's details (its content never changes); the removals are in
removal.py. The rules live in the domain; a refusal comes back as its one sentence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from casefile.model import Document, Sensitivity
from casefile.ui.child_dialog import FormDialog
from casefile.ui.document_import import KINDS
from casefile.ui.dossier_support import kind_label, label


class DocumentDialog(FormDialog):
    """Correct what a document is: its name, kind, sensitivity, when and from whom it came."""

    def __init__(self, vault, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct document details"), "documentDialog", parent)
        self.vault, self.doc = vault, doc
        self.name = self.line("documentName", self.tr("Name"), doc.filename)
        self.category = self._combo("documentCategory", self.tr("Kind"),
                                    [(kind_label(k), k) for k in KINDS], doc.category)
        self.sensitivity = self._combo("documentSensitivity", self.tr("Sensitivity"),
                                       [(label(s), s) for s in Sensitivity], doc.sensitivity)
        self.has_date = QCheckBox(self.tr("Date received known"), objectName="documentHasDate")
        self.has_date.setChecked(doc.received_on is not None)
        self.form.addRow("", self.has_date)
        today = vault.context.clock.today()
        self.received = self.date_edit("documentReceived", self.tr("Date received"),
                                       doc.received_on or today)
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.received.setEnabled)
        sources = [(self.tr("(not from an organisation)"), None)] + [
            (o.name, o.id) for o in vault.organisations.list()]
        self.source = self._combo("documentSource", self.tr("Received from"), sources,
                                  doc.source_organisation_id)
        self.reason = self.line("documentReason", self.tr("Reason for the correction"))

    def _combo(self, name: str, text: str, items: list[tuple[str, Any]],
               current: Any) -> QComboBox:
        box = QComboBox(objectName=name)
        box.setAccessibleName(text)
        for shown, value in items:
            box.addItem(shown, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        self.form.addRow(text, box)
        return box

    def changes(self) -> dict[str, Any]:
        received = self.received.date().toPython() if self.has_date.isChecked() else None
        wanted = {"filename": self.name.text().strip(),
                  "category": self.category.currentData(),
                  "sensitivity": self.sensitivity.currentData(),
                  "received_on": received,
                  "source_organisation_id": self.source.currentData()}
        return {k: v for k, v in wanted.items() if v != getattr(self.doc, k)}

    def save(self) -> None:
        changes = self.changes()
        if changes:
            self.vault.documents.update(self.doc.id, reason=self.reason.text(), **changes)
