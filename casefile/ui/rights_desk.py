"""The requests register (Privacy > Requests): every request from the parents or the
child with its deadline, late and due-this-week first; record a new one for the open
dossier, extend one once with a reason, close one with what was done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile import catalogue, rights_desk
from casefile.catalogue import fmt_date, fmt_moment, rights_word
from casefile.render_text import say
from casefile.ui.admin import ColumnsModel, _selected, _table
from casefile.ui.asker import Asker
from casefile.ui.forms import fit_to_screen
from casefile.ui.messages import message_for

VIEWS = ("open", "late", "due_this_week", "all")


class RequestsDialog(QDialog):
    """`current_child()` gives the open dossier's child id, or None: a new request is
    recorded for that dossier."""

    def __init__(self, vault, asker: Asker, current_child: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsDialog")
        self.setWindowTitle(self.tr("Requests from parents and children"))
        self.vault, self.asker, self.child = vault, asker, current_child()
        self.model = ColumnsModel(
            [self.tr("Request"), self.tr("Child"), self.tr("Asked by"), self.tr("Received"),
             self.tr("Deadline"), self.tr("State")],
            [lambda r: say(rights_word("kind", r.kind)), self._name, self._asker_name,
             lambda r: fmt_date(r.received_on), self._deadline,
             lambda r: say(rights_word("state", rights_desk.state(r, self._today())))], self)
        self.table = _table("requestsTable", self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view = _combo("requestsView", self.tr("Show"),
                           [(self.tr("Open requests"), "open"), (self.tr("Late"), "late"),
                            (self.tr("Due this week"), "due_this_week"),
                            (self.tr("All requests"), "all")])
        self.view.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(objectName="requestsSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel(objectName="requestsMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.view)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self._answer_box())
        layout.addWidget(self._new_box())
        layout.addWidget(self.message)
        fit_to_screen(self, 900, 680)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _new_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New request for the open dossier"))
        self.kind = _combo("requestKind", self.tr("Kind of request"),
                           [(say(rights_word("kind", k)), k) for k in rights_desk.REQUEST_KINDS])
        self.requester = _combo("requestRequester", self.tr("Asked by"), [])
        self.identity = _combo("requestIdentity", self.tr("Identity checked"),
                               [(say(rights_word("identity_check", c)), c)
                                for c in rights_desk.IDENTITY_CHECKS])
        self.received = QDateEdit(objectName="requestReceived", calendarPopup=True)
        self.received.setDisplayFormat("dd-MM-yyyy")
        self.received.setAccessibleName(self.tr("Received on"))
        self.received.setDate(_qdate(self._today()))
        self.note = QLineEdit(objectName="requestNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("How it came in (phone, e-mail, letter)"))
        self.add_button = QPushButton(self.tr("Record request"), objectName="requestAdd")
        self.add_button.clicked.connect(self.add)
        form = QFormLayout(box)
        form.addRow(self.tr("Kind of request"), self.kind)
        form.addRow(self.tr("Asked by"), self.requester)
        form.addRow(self.tr("Identity checked"), self.identity)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.add_button)
        if self.child is None:
            box.setEnabled(False)
            box.setTitle(self.tr("New request: open the child's dossier first"))
        else:
            box.setTitle(self.tr("New request for %1").replace("%1", self._child_name(
                self.child)))
            for g in self.vault.guardians.list(self.child):
                self.requester.addItem(g.name, ("guardian", g.id))
            self.requester.addItem(say(rights_word("requester", "child")), ("child", None))
        return box

    def _answer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The selected request"))
        self.months = QSpinBox(objectName="requestExtendMonths", minimum=1,
                               maximum=rights_desk.MAX_EXTENSION_MONTHS)
        self.months.setAccessibleName(self.tr("Months of extension"))
        self.extend_button = QPushButton(self.tr("Extend…"), objectName="requestExtend")
        self.extend_button.clicked.connect(self.extend)
        self.outcome = _combo("requestOutcome", self.tr("Outcome"),
                              [(say(rights_word("outcome", o)), o)
                               for o in rights_desk.OUTCOMES])
        self.done_by = _combo("requestDoneBy", self.tr("What was done"), [])
        self.close_button = QPushButton(self.tr("Close request"), objectName="requestClose")
        self.close_button.clicked.connect(self.close_request)
        extend = QHBoxLayout()
        extend.addWidget(self.months)
        extend.addWidget(self.extend_button)
        extend.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Extend once by months (Art. 12(3))"), extend)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("What was done"), self.done_by)
        form.addRow("", self.close_button)
        return box

    # -- reading --------------------------------------------------------------------------

    def _today(self):
        return self.vault.context.clock.today()

    def _child_name(self, child_id: int) -> str:
        try:
            return self.vault.children.peek(child_id).full_name
        except Exception:  # erased since: the register keeps the bare request
            return self.tr("(erased dossier)")

    def _name(self, r) -> str:
        return self._child_name(r.child_id)

    def _asker_name(self, r) -> str:
        if r.requester == "child":
            return say(rights_word("requester", "child"))
        names = self._guardians.get(r.guardian_id)
        return names or say(rights_word("requester", "guardian"))

    def _deadline(self, r) -> str:
        if r.extension_months:
            return self.tr("%1 (extended)").replace("%1", fmt_date(r.due_on))
        return fmt_date(r.due_on)

    def refresh(self) -> None:
        desk, choice = self.vault.rights_desk, self.view.currentData()
        today = self._today()
        shown = desk.requests() if choice == "all" else desk.requests(open_only=True)
        if choice in ("late", "due_this_week"):
            shown = [r for r in shown if rights_desk.state(r, today) == choice]
        self._guardians = {g.id: g.name for r in shown if r.guardian_id
                           for g in self._guardians_of(r.child_id)}
        self.model.set_rows(shown)
        view = desk.view()
        self.summary.setText(self.tr("%1 late, %2 due this week, %3 open in all.").replace(
            "%1", str(len(view.late))).replace("%2", str(len(view.due_this_week))).replace(
            "%3", str(len(view.late) + len(view.due_this_week) + len(view.later))))
        self._selection_changed()

    def _guardians_of(self, child_id: int) -> list:
        try:
            return self.vault.guardians.list(child_id)
        except Exception:
            return []

    def selected(self):
        return _selected(self.table)

    def _selection_changed(self, *_args) -> None:
        r = self.selected()
        is_open = r is not None and r.is_open
        self.extend_button.setEnabled(is_open and not r.extension_months)
        self.close_button.setEnabled(is_open)
        self.done_by.clear()
        self.done_by.addItem(self.tr("(nothing to link)"), None)
        if is_open:
            names = catalogue.action
            for e in self.vault.rights_desk.candidate_events(r.id):
                self.done_by.addItem(f"{fmt_moment(e.at)}: {say(names(e.action, e.object_type))}",
                                     e.id)
            if self.done_by.count() > 1:
                self.done_by.setCurrentIndex(1)

    # -- acting ---------------------------------------------------------------------------

    def add(self) -> None:
        requester, guardian = self.requester.currentData() or ("guardian", None)
        try:
            self.vault.rights_desk.record(
                self.child, kind=self.kind.currentData(), requester=requester,
                guardian_id=guardian, identity_check=self.identity.currentData(),
                received_on=self.received.date().toPython(), note=self.note.text())
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.note.clear()
        self.message.setText(self.tr("Request recorded."))
        self.refresh()

    def extend(self) -> None:
        r = self.selected()
        if r is None:
            return
        reason = self.asker.reason(self, self.tr("Extend the deadline"), self.tr(
            "Why does the answer take longer? The requester must be told within the first "
            "month."))
        if not reason:
            return
        try:
            longer = self.vault.rights_desk.extend(r.id, months=self.months.value(),
                                                   reason=reason)
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.message.setText(self.tr("New deadline: %1.").replace("%1", fmt_date(longer.due_on)))
        self.refresh()

    def close_request(self) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            self.vault.rights_desk.close(r.id, outcome=self.outcome.currentData(),
                                         event_id=self.done_by.currentData())
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.message.setText(self.tr("Request closed."))
        self.refresh()


def _combo(name: str, accessible: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setAccessibleName(accessible)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class HoldDialog(QDialog):
    """A hold on the open dossier's retention (a complaint, a legal case): with a reason
    and an end date; while it holds the dossier is neither purged nor erased. Admin only,
    as purging and erasing are."""

    def __init__(self, vault, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdDialog")
        self.setWindowTitle(self.tr("Hold on the retention period"))
        self.vault, self.child = vault, child_id
        today = vault.context.clock.today()
        self.model = ColumnsModel(
            [self.tr("Reason"), self.tr("From"), self.tr("Until"), self.tr("Lifted on")],
            [lambda h: h.reason, lambda h: fmt_date(h.starts_on), lambda h: fmt_date(h.ends_on),
             lambda h: fmt_date(h.lifted_on, "–")], self)
        self.table = _table("holdsTable", self.model)
        self.reason = QLineEdit(objectName="holdReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: complaint to the disputes "
                                               "committee"))
        self.ends = QDateEdit(objectName="holdEnds", calendarPopup=True)
        self.ends.setDisplayFormat("dd-MM-yyyy")
        self.ends.setAccessibleName(self.tr("Until"))
        self.ends.setDate(_qdate(today).addYears(1))
        place = QPushButton(self.tr("Place hold"), objectName="holdPlace")
        place.clicked.connect(self.place)
        lift = QPushButton(self.tr("Lift the selected hold"), objectName="holdLift")
        lift.clicked.connect(self.lift)
        self.message = QLabel(objectName="holdMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Until"), self.ends)
        form.addRow("", place)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("While a hold lasts, this dossier is not erased, "
                                        "not even when its retention period has ended.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(lift)
        layout.addLayout(form)
        layout.addWidget(self.message)
        fit_to_screen(self, 640, 420)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.vault.rights_desk.holds(self.child))

    def place(self) -> None:
        try:
            self.vault.rights_desk.place_hold(self.child, reason=self.reason.text(),
                                              ends_on=self.ends.date().toPython())
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.reason.clear()
        self.message.setText(self.tr("Hold placed."))
        self.refresh()

    def lift(self) -> None:
        hold = _selected(self.table)
        if hold is None:
            return
        try:
            self.vault.rights_desk.lift_hold(hold.id)
        except Exception as exc:
            self.message.setText(message_for(exc))
            return
        self.message.setText(self.tr("Hold lifted."))
        self.refresh()
