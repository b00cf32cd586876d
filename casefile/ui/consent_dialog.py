"""Recording a consent: everything DESIGN section 3 asks, on one calm form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile import catalogue
from casefile.catalogue import METHODS, SCOPES, item_title
from casefile.consent import people_missing
from casefile.model import Category, Consent, ConsentMethod, ConsentScope, OrganisationKind
from casefile.render_text import say
from casefile.retention import add_years
from casefile.ui.consent_events import EvidencePicker
from casefile.ui.consent_texts import reason_text
from casefile.ui.dossier_support import label
from casefile.ui.forms import fit_to_screen, start_at
from casefile.ui.messages import message_for


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RecordConsentDialog(QDialog):
    """Fills in a consent and records it through `vault.consents.record` on OK."""

    def __init__(self, vault, child_id: int, parent: QWidget | None = None,
                 on_print: Callable[[dict], None] | None = None, asker=None) -> None:
        super().__init__(parent)
        self.setObjectName("recordConsentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.vault, self.child_id = vault, child_id
        self.recorded = None
        today = vault.context.clock.today()
        self._now = vault.context.clock.now()
        self._child = vault.children.get(child_id)
        self._guardians = tuple(vault.guardians.list(child_id))
        form = QFormLayout()
        self.scope = self._combo("consentScope", [(k, say(catalogue.scope(k))) for k in SCOPES])
        self.scope.currentIndexChanged.connect(self._scope_changed)
        form.addRow(self.tr("Kind of consent"), self.scope)
        self.recipient = self._recipients()
        form.addRow(self.tr("Recipient"), self.recipient)
        self.purpose = QLineEdit(objectName="consentPurpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setPlaceholderText(self.tr("e.g. transfer to group 6"))
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("What may be shared"), self._categories())
        form.addRow(self.tr("Specific reports or documents"), self._items())
        self.special = QCheckBox(self.tr("Explicitly includes special-category data "
                                         "(e.g. a diagnosis)"), objectName="consentSpecial")
        form.addRow("", self.special)
        form.addRow(self.tr("Given by"), self._givers())
        self.child_agrees = self._combo("consentChildAgrees", [
            (None, self.tr("Not asked (under 12)")), (True, self.tr("Yes, the child agrees")),
            (False, self.tr("No, the child does not agree"))])
        form.addRow(self.tr("The child"), self.child_agrees)
        self.method = self._combo("consentMethod", [(k, say(catalogue.method(k))) for k in METHODS])
        form.addRow(self.tr("How it was given"), self.method)
        self.evidence_picker = EvidencePicker(vault, child_id, asker, "consentEvidence")
        self.evidence = self.evidence_picker.combo
        form.addRow(self.tr("Signed form (document)"), self.evidence_picker)
        self.valid_from = self._date_edit("consentValidFrom", today)
        self.valid_until = self._date_edit("consentValidUntil",
                                           add_years(today, 1))
        form.addRow(self.tr("Valid from"), self.valid_from)
        form.addRow(self.tr("Valid until"), self.valid_until)
        self.warning = QLabel(objectName="consentWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.error = QLabel(objectName="consentError")
        self.error.setStyleSheet("color: #8a1c1c;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.on_print = on_print
        self.print_button = QPushButton(self.tr("Print form to sign…"),
                                        objectName="consentPrintForm")
        self.print_button.setAccessibleName(self.tr("Print form to sign"))
        self.print_button.setToolTip(self.tr("Print this consent as a form for the parents to "
                                             "sign, before you record it."))
        self.print_button.clicked.connect(self.print_form)
        self.print_button.setEnabled(on_print is not None)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        # The form scrolls; the sentences about what is missing stay in full view above the
        # buttons, never squeezed to a cut-off line.
        body = QWidget(objectName="consentFormBody")
        body.setLayout(form)
        scroll = QScrollArea(objectName="consentScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        scroll.setMinimumWidth(body.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        fit_to_screen(self, 680, 580)  # fits a 1024x600 screen; the form scrolls
        for box in self.guardian_boxes.values():
            box.toggled.connect(self.update_warning)
        for combo in (self.child_agrees, self.method, self.evidence, self.scope):
            combo.currentIndexChanged.connect(self.update_warning)
        self.update_warning()
        start_at(self, self.scope, buttons.button(QDialogButtonBox.StandardButton.Ok))

    def _combo(self, name: str, entries) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setAccessibleName(name)
        for value, text in entries:
            combo.addItem(text, value)
        return combo

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setAccessibleName(name)
        return edit

    def _recipients(self) -> QComboBox:
        """Nothing chosen for the counsellor, except the child's own school: a consent
        nobody gave must not be one click away."""
        orgs = sorted(self.vault.organisations.list(), key=lambda o: (
            o.kind != OrganisationKind.SCHOOL, o.name.lower()))
        combo = self._combo("consentRecipient", [(None, self.tr("(choose a recipient)"))]
                            + [(o.id, o.name) for o in orgs])
        school = self._child.school_id
        combo.setCurrentIndex(max(0, combo.findData(school)) if school is not None else 0)
        return combo

    def _categories(self) -> QGroupBox:
        box = QGroupBox(objectName="consentCategories")
        layout = QVBoxLayout(box)
        self.category_boxes = {}
        for category in Category:
            check = QCheckBox(label(category), objectName=f"category_{category.value}")
            self.category_boxes[category] = check
            layout.addWidget(check)
        return box

    def _items(self) -> QListWidget:
        """This child's notes and documents, to name one by one (consent per report);
        nothing ticked: a consent names what the parents saw, never a default."""
        self.item_list = QListWidget(objectName="consentItems")
        self.item_list.setAccessibleName(self.tr("Specific reports or documents"))
        self.item_list.setToolTip(self.tr("Tick a report or document to ask consent for that "
                                          "one only; other notes and documents of its kind "
                                          "are then not shared."))
        for item in self.vault.consents.nameable_items(self.child_id):
            entry = QListWidgetItem(item_title(say, item.key, item.category, item.title))
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.item_list.addItem(entry)
        if not self.item_list.count():
            self.item_list.addItem(QListWidgetItem(self.tr("No finalised notes or documents "
                                                           "yet.")))
        rows = max(1, min(self.item_list.count(), 6))
        self.item_list.setFixedHeight(rows * self.item_list.sizeHintForRow(0)
                                      + 2 * self.item_list.frameWidth() + 4)
        return self.item_list

    def named_items(self) -> list[str]:
        found = (self.item_list.item(row) for row in range(self.item_list.count()))
        return [e.data(Qt.ItemDataRole.UserRole) for e in found
                if e.checkState() == Qt.CheckState.Checked]

    def _givers(self) -> QGroupBox:
        box = QGroupBox(objectName="consentGivenBy")
        layout = QVBoxLayout(box)
        self.guardian_boxes = {}
        for g in self._guardians:
            text = g.name + (self.tr(" (parental authority)") if g.has_authority else "")
            check = QCheckBox(text, objectName=f"guardian_{g.id}")
            self.guardian_boxes[g.id] = check
            layout.addWidget(check)
        if not self.guardian_boxes:
            layout.addWidget(QLabel(self.tr("Add the parents on the Overview tab first.")))
        return box

    def _scope_changed(self) -> None:
        self.recipient.setEnabled(self.scope.currentData() == "disclosure")
        self.item_list.setEnabled(self.scope.currentData() == "disclosure")

    def update_warning(self, *_args) -> None:
        """What this consent will lack, said before saving, so that nobody learns it from a
        register state afterwards."""
        self.warning.setText("\n".join(self.warnings()))
        self.warning.setVisible(bool(self.warning.text()))

    def warnings(self) -> list[str]:
        v = self.values()
        found = []
        if v["method"] == "written" and v["evidence_document_id"] is None:
            found.append(self.tr("No signed form is chosen yet. Import the returned form "
                                 "here, or choose another way the consent was given."))
        if v["scope"] != "disclosure":
            return found
        provisional = Consent(
            id=0, child_id=self.child_id, scope=ConsentScope.DISCLOSURE, recipient_id=None,
            purpose="", categories=frozenset(), covers_special=False,
            given_by=tuple(v["given_by"]), child_agrees=v["child_agrees"],
            method=ConsentMethod(v["method"]), valid_from=v["valid_from"],
            valid_until=v["valid_until"], recorded_by=0, recorded_at=self._now)
        missing = people_missing(provisional, self._child, self._guardians,
                                 self.vault.consents.policy(), self._now)
        names = {str(g.id): g.name for g in self._guardians}
        absent = [names[g] for r in missing if (g := r.param("guardian") or "") in names]
        if absent and not v["given_by"]:
            found.append(self.tr("Tick the parents who signed."))
        elif absent:
            found.append(self.tr("Not signed yet by %1 (parental authority). Until that "
                                 "signature is added this consent allows no packet; you can "
                                 "add it later on the Consent tab.").replace(
                                     "%1", ", ".join(absent)))
        if any(r.code == "guardian_missing" and r.param("guardian") is None for r in missing):
            found.append(self.tr("No parent with parental authority is on record: add the "
                                 "parents on the Overview tab first."))
        found += [reason_text(r.code) for r in missing if r.code != "guardian_missing"]
        return found

    def values(self) -> dict:
        disclosure = self.scope.currentData() == "disclosure"
        return dict(
            scope=self.scope.currentData(),
            recipient_id=self.recipient.currentData() if disclosure else None,
            purpose=self.purpose.text(),
            categories={c for c, box in self.category_boxes.items() if box.isChecked()},
            covers_special=self.special.isChecked(),
            given_by=[g for g, box in self.guardian_boxes.items() if box.isChecked()],
            child_agrees=self.child_agrees.currentData(), method=self.method.currentData(),
            evidence_document_id=self.evidence.currentData(),
            valid_from=_date(self.valid_from.date()), valid_until=_date(self.valid_until.date()),
            items=self.named_items() if disclosure else [])

    def print_form(self) -> None:
        """The form prefilled with what is filled in so far, printed before recording."""
        v = self.values()
        fields = dict(recipient_id=v["recipient_id"], purpose=v["purpose"].strip(),
                      categories=v["categories"], valid_from=v["valid_from"],
                      valid_until=v["valid_until"], covers_special=v["covers_special"],
                      items=v["items"])
        if self.on_print is not None:
            self.on_print(fields)

    def record(self) -> None:
        try:
            self.recorded = self.vault.consents.record(self.child_id, **self.values())
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        self.accept()

