"""Correcting and removing what was recorded by mistake: a document's details (its content
never changes), and the removal of a document, a parent or guardian, or an organisation,
always with a reason. The rules (what may go, what is wiped, what is kept) live in the
domain; a refusal comes back as its one sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from casefile.model import Document, Sensitivity
from casefile.ui.asker import Asker
from casefile.ui.child_dialog import FormDialog
from casefile.ui.document_import import KINDS
from casefile.ui.dossier_support import kind_label, label
from casefile.ui.messages import message_for


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


def remove_with_reason(asker: Asker, parent: QWidget, title: str, prompt: str,
                       remove: Callable[[str], None]) -> bool:
    """Ask why, then remove; a refusal (or an empty reason) is told in its one sentence and
    nothing changes. True when removed."""
    while True:
        reason = asker.reason(parent, title, prompt)
        if reason is None:
            return False
        try:
            remove(reason)
        except Exception as exc:
            asker.inform(parent, title, message_for(exc))
            if getattr(exc, "code", "") != "field_empty":
                return False  # a refusal: asking again would not change it
            continue
        return True


def remove_document(asker: Asker, vault, parent: QWidget, doc: Document) -> bool:
    return remove_with_reason(
        asker, parent, QCoreApplication.translate("Corrections", "Remove document"),
        QCoreApplication.translate(
            "Corrections", "Why is this document removed? Its content is wiped; the dossier "
            "keeps who removed it, when and why."),
        lambda reason: vault.documents.remove(doc.id, reason=reason))


def remove_guardian(asker: Asker, vault, parent: QWidget, guardian_id: int) -> bool:
    return remove_with_reason(
        asker, parent, QCoreApplication.translate("Corrections", "Remove parent or guardian"),
        QCoreApplication.translate(
            "Corrections", "Why is this parent or guardian removed? The contact details are "
            "wiped; the name stays on the consents they gave."),
        lambda reason: vault.guardians.remove(guardian_id, reason=reason))


def remove_organisation(asker: Asker, vault, parent: QWidget, organisation_id: int) -> bool:
    return remove_with_reason(
        asker, parent, QCoreApplication.translate("Corrections", "Remove organisation"),
        QCoreApplication.translate(
            "Corrections", "Why is this organisation removed? Its contact details are wiped; "
            "its name stays on the consents and documents that name it."),
        lambda reason: vault.organisations.remove(organisation_id, reason=reason))

