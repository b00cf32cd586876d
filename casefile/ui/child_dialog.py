"""Dialogs for the dossier's people and agreements (child, guardian, trajectory) and the
organisations address book. Each saves through the Vault and shows the domain's refusal
as one translated sentence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.model import GuidanceStatus, OrganisationKind
from casefile.retention import add_years
from casefile.ui.dossier_support import label
from casefile.ui.forms import fit_to_screen, start_at
from casefile.ui.messages import message_for
from casefile.ui.overview_tab import Editors

ORG_ID = 256  # Qt.UserRole: the organisation's id on its row


def kind_name(kind: str) -> str:
    return label(kind)  # the catalogue's ORGANISATION_KINDS


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FormDialog(QDialog):
    """A form with an error line and Save/Cancel; subclasses implement `save()`."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(objectName=f"{name}Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1c1c;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._keyboard_set = False

    def first_field(self) -> QWidget | None:
        """The first field of the form that takes the keyboard (an intro label does not)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole) or self.form.itemAt(
                row, QFormLayout.ItemRole.SpanningRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                    and widget.isEnabled() and not widget.isHidden():
                return widget
        return None

    def showEvent(self, event) -> None:
        # Here, not in __init__: the subclass adds its fields after this constructor.
        if not self._keyboard_set:
            self._keyboard_set = True
            first = self.first_field()
            if first is not None:
                start_at(self, first, self.buttons.button(
                    QDialogButtonBox.StandardButton.Save))
        super().showEvent(event)

    def line(self, name: str, text: str, value: str = "") -> QLineEdit:
        edit = QLineEdit(value, objectName=name)
        edit.setAccessibleName(text)
        self.form.addRow(text, edit)
        return edit

    def date_edit(self, name: str, text: str, value: date | None) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(text)
        if value is not None:
            edit.setDate(qdate(value))
        self.form.addRow(text, edit)
        return edit

    def try_save(self) -> None:
        try:
            self.save()
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError


class ChildDialog(FormDialog):
    def __init__(self, vault, child_id: int | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Child") if child_id else self.tr("New child"), "childDialog",
                         parent)
        self.vault, self.child_id, self.saved = vault, child_id, None
        child = vault.children.peek(child_id) if child_id else None
        self.first_name = self.line("childFirstName", self.tr("First name"),
                                    child.first_name if child else "")
        self.last_name = self.line("childLastName", self.tr("Last name"),
                                   child.last_name if child else "")
        today = vault.context.clock.today()
        self.birth_date = self.date_edit("childBirthDate", self.tr("Date of birth"),
                                         child.birth_date if child else
                                         add_years(today, -8))
        self.school = QComboBox(objectName="childSchool")
        self.school.addItem(self.tr("(none)"), None)
        for org in vault.organisations.list(kind=OrganisationKind.SCHOOL):
            self.school.addItem(org.name, org.id)
        if child and child.school_id:
            self.school.setCurrentIndex(self.school.findData(child.school_id))
        self.form.addRow(self.tr("School"), self.school)
        self.group = self.line("childGroup", self.tr("Group"), child.school_group if child
                               else "")
        self.status = QComboBox(objectName="childStatus")
        for status in GuidanceStatus:
            self.status.addItem(label(status), status.value)
        if child:
            self.status.setCurrentIndex(self.status.findData(child.status.value))
        self.form.addRow(self.tr("Guidance"), self.status)
        self.reason = self.line("childReason", self.tr("Reason for the change"))
        self.reason.setVisible(child is not None)
        self.form.labelForField(self.reason).setVisible(child is not None)

    def save(self) -> None:
        values = dict(first_name=self.first_name.text(), last_name=self.last_name.text(),
                      birth_date=pydate(self.birth_date.date()),
                      school_id=self.school.currentData(), school_group=self.group.text(),
                      status=self.status.currentData())
        if self.child_id is None:
            self.saved = self.vault.children.add(**values)
        else:
            self.saved = self.vault.children.update(self.child_id, reason=self.reason.text(),
                                                    **values)


class GuardianDialog(FormDialog):
    def __init__(self, vault, child_id: int, guardian_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Parent or guardian"), "guardianDialog", parent)
        self.vault, self.child_id, self.guardian_id = vault, child_id, guardian_id
        g = vault.guardians.get(guardian_id) if guardian_id else None
        self.name = self.line("guardianName", self.tr("Name"), g.name if g else "")
        self.relation = self.line("guardianRelation", self.tr("Relation"),
                                  g.relation if g else "")
        self.relation.setPlaceholderText(self.tr("e.g. mother, father, foster parent"))
        self.phone = self.line("guardianPhone", self.tr("Phone"), g.phone if g else "")
        self.email = self.line("guardianEmail", self.tr("E-mail"), g.email if g else "")
        self.address = self.line("guardianAddress", self.tr("Address"), g.address if g else "")
        self.authority = QCheckBox(self.tr("Has parental authority (gezag)"),
                                   objectName="guardianAuthority")
        self.authority.setChecked(g.has_authority if g else True)
        self.form.addRow("", self.authority)

    def save(self) -> None:
        values = dict(name=self.name.text(), relation=self.relation.text(),
                      phone=self.phone.text(), email=self.email.text(),
                      address=self.address.text(), has_authority=self.authority.isChecked())
        if self.guardian_id is None:
            self.vault.guardians.add(self.child_id, **values)
        else:
            self.vault.guardians.update(self.guardian_id, **values)


class TrajectoryDialog(FormDialog):
    def __init__(self, vault, child_id: int, trajectory_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trajectory"), "trajectoryDialog", parent)
        self.vault, self.child_id, self.trajectory_id = vault, child_id, trajectory_id
        t = vault.trajectories.get(trajectory_id) if trajectory_id else None
        today = vault.context.clock.today()
        self.title_edit = self.line("trajectoryTitle", self.tr("Title"), t.title if t else "")
        self.start = self.date_edit("trajectoryStart", self.tr("Start"),
                                    t.start_date if t else today)
        self.ended = QCheckBox(self.tr("Ended"), objectName="trajectoryEnded")
        self.ended.setChecked(bool(t and t.end_date))
        self.form.addRow("", self.ended)
        self.end = self.date_edit("trajectoryEnd", self.tr("End"),
                                  t.end_date if t and t.end_date else today)
        self.end.setEnabled(self.ended.isChecked())  # an end date only once it has ended
        self.ended.toggled.connect(self.end.setEnabled)
        self.summary = QPlainTextEdit(t.summary if t else "", objectName="trajectorySummary")
        self.form.addRow(self.tr("Summary"), self.summary)

    def save(self) -> None:
        values = dict(title=self.title_edit.text(), start_date=pydate(self.start.date()),
                      end_date=pydate(self.end.date()) if self.ended.isChecked() else None,
                      summary=self.summary.toPlainText())
        if self.trajectory_id is None:
            self.vault.trajectories.add(self.child_id, **values)
        else:
            self.vault.trajectories.update(self.trajectory_id, **values)


class OrganisationDialog(FormDialog):
    def __init__(self, vault, organisation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Organisation"), "organisationDialog", parent)
        self.vault, self.organisation_id = vault, organisation_id
        o = vault.organisations.get(organisation_id) if organisation_id else None
        self.name = self.line("organisationName", self.tr("Name"), o.name if o else "")
        self.kind = QComboBox(objectName="organisationKind")
        for kind in OrganisationKind:
            self.kind.addItem(kind_name(kind.value), kind.value)
        if o:
            self.kind.setCurrentIndex(self.kind.findData(o.kind.value))
        self.form.addRow(self.tr("Kind"), self.kind)
        self.contact = self.line("organisationContact", self.tr("Contact person"),
                                 o.contact_person if o else "")
        self.email = self.line("organisationEmail", self.tr("E-mail"), o.email if o else "")
        self.phone = self.line("organisationPhone", self.tr("Phone"), o.phone if o else "")
        self.address = self.line("organisationAddress", self.tr("Address"),
                                 o.address if o else "")

    def save(self) -> None:
        values = dict(name=self.name.text(), kind=self.kind.currentData(),
                      contact_person=self.contact.text(), email=self.email.text(),
                      phone=self.phone.text(), address=self.address.text())
        if self.organisation_id is None:
            self.vault.organisations.add(**values)
        else:
            self.vault.organisations.update(self.organisation_id, **values)


class OrganisationsDialog(QDialog):
    """The address book: schools and other bodies, the possible recipients."""

    def __init__(self, vault, run_dialog, parent: QWidget | None = None,
                 asker=None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationsDialog")
        self.asker = asker
        self.setWindowTitle(self.tr("Organisations"))
        self.vault, self.run_dialog = vault, run_dialog
        self.list = QTreeWidget(objectName="organisationsList")
        self.list.setAccessibleName(self.tr("Organisations"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QTreeView::item { padding: 3px 10px 3px 0; }")
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Contact person"),
                                   self.tr("Phone"), self.tr("E-mail")])
        self.list.itemActivated.connect(lambda item, _column: self.edit(item))
        add = QPushButton(self.tr("Add…"), objectName="organisationAdd")
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("Edit…"), objectName="organisationEdit")
        edit.clicked.connect(lambda: self.edit(self.list.currentItem()))
        remove = QPushButton(self.tr("Remove…"), objectName="organisationRemove")
        remove.clicked.connect(lambda: self.remove(self.list.currentItem()))
        remove.setVisible(asker is not None)
        close = QPushButton(self.tr("Close"), objectName="organisationsClose")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 860, 460)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for org in self.vault.organisations.list():
            item = QTreeWidgetItem([org.name, kind_name(org.kind.value), org.contact_person,
                                    org.phone, org.email])
            item.setData(0, ORG_ID, org.id)
            self.list.addTopLevelItem(item)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)

    def add(self) -> None:
        if self.run_dialog(OrganisationDialog(self.vault, None, self)):
            self.refresh()

    def edit(self, item) -> None:
        if item is not None and self.run_dialog(OrganisationDialog(self.vault,
                                                                   item.data(0, ORG_ID),
                                                                   self)):
            self.refresh()

    def remove(self, item) -> None:
        from casefile.ui.removal import remove_organisation

        if item is not None and self.asker is not None and remove_organisation(
                self.asker, self.vault, self, item.data(0, ORG_ID)):
            self.refresh()


def editors_for(vault, run_dialog, asker=None) -> Editors:
    """The dossier Overview's buttons, wired to these dialogs (removal asks through
    `asker`, for a reason)."""
    editors = Editors()
    if asker is not None:
        from casefile.ui.removal import remove_guardian

        editors.remove_guardian = lambda parent, gid: remove_guardian(asker, vault, parent, gid)
    editors.edit_child = lambda parent, cid: run_dialog(ChildDialog(vault, cid, parent))
    editors.add_guardian = lambda parent, cid: run_dialog(GuardianDialog(vault, cid, None,
                                                                         parent))
    editors.edit_guardian = lambda parent, gid: run_dialog(GuardianDialog(
        vault, vault.guardians.get(gid).child_id, gid, parent))
    editors.add_trajectory = lambda parent, cid: run_dialog(TrajectoryDialog(vault, cid, None,
                                                                             parent))
    editors.edit_trajectory = lambda parent, tid: run_dialog(TrajectoryDialog(
        vault, vault.trajectories.get(tid).child_id, tid, parent))
    return editors
