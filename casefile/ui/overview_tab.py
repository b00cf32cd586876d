"""The Overview tab: the child, the guardians (with parental authority) and the trajectories,
as a calm read-only summary. Editing reuses the first window's dialogs through `editors`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_date, rights_word
from casefile.model import Child, Guardian, Trajectory
from casefile.render_text import say
from casefile.ui.dossier_support import label


@dataclass
class Editors:
    """Callables from the main window that open its dialogs; each returns True when something
    changed. A missing one hides its button."""

    edit_child: Callable[[QWidget, int], bool] | None = None
    add_guardian: Callable[[QWidget, int], bool] | None = None
    edit_guardian: Callable[[QWidget, int], bool] | None = None
    remove_guardian: Callable[[QWidget, int], bool] | None = None
    add_trajectory: Callable[[QWidget, int], bool] | None = None
    edit_trajectory: Callable[[QWidget, int], bool] | None = None


class OverviewTab(QWidget):
    changed = Signal()

    def __init__(self, vault, child_id: int, editors: Editors | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierOverviewTab")
        self._vault = vault
        self._child_id = child_id
        self._editors = editors or Editors()
        self._content: QWidget | None = None
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The summary wraps to the width it has; only a long one scrolls, downwards.
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

    def show_child(self, child: Child) -> None:
        """Fill the summary; `child` was read (and audited) by the dossier."""
        content = QWidget()
        content.setMaximumWidth(860)  # long lines are hard to read on a wide screen
        column = QVBoxLayout(content)
        column.setSpacing(16)
        column.addWidget(self._child_box(child))
        column.addWidget(self._guardian_box(self._vault.guardians.list(child.id)))
        column.addWidget(self._trajectory_box(self._vault.trajectories.list(child.id)))
        column.addStretch(1)
        self._scroll.setWidget(content)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._content = content

    # -- sections -----------------------------------------------------------------------------

    def _child_box(self, child: Child) -> QGroupBox:
        box = QGroupBox(self.tr("Child"))
        box.setObjectName("overviewChild")
        form = QFormLayout(box)
        today = self._vault.context.clock.today()
        born = self.tr("%1 (%2 years)").replace("%1", fmt_date(child.birth_date)).replace(
            "%2", str(child.age_on(today)))
        rows = [
            (self.tr("Name"), child.full_name, "overviewName"),
            (self.tr("Date of birth"), born, "overviewBirth"),
            (self.tr("School"), self._school_name(child), "overviewSchool"),
            (self.tr("Group"), child.school_group or "–", "overviewGroup"),
            (self.tr("Guidance"), label(child.status), "overviewStatus"),
            (self.tr("Dossier opened"), fmt_date(child.opened_on) or "–", "overviewOpened"),
        ]
        if child.closed_on:
            rows.append((self.tr("Dossier closed"), fmt_date(child.closed_on), "overviewClosed"))
        rows += self._rights_rows(child.id)
        for caption, value, name in rows:
            form.addRow(caption, _value_label(value, name, caption))
        self._add_button(form, self.tr("Edit child details"), "overviewEditChild",
                         self._editors.edit_child, child.id)
        return box

    def _rights_rows(self, child_id: int) -> list[tuple[str, str, str]]:
        """An objection (Art 21) and a hold on the retention period, where there is one."""
        desk, rows = self._vault.rights_desk, []
        objections = [say(rights_word("objection", o.purpose))
                      for o in desk.objections(child_id) if o.lifted_on is None]
        if objections:
            rows.append((self.tr("Objection"), "; ".join(objections), "overviewObjection"))
        hold = desk.hold_on(child_id)
        if hold:
            rows.append((self.tr("Hold"), self.tr("Not erased before %1: %2").replace(
                "%1", fmt_date(hold.ends_on)).replace("%2", hold.reason), "overviewHold"))
        return rows

    def _guardian_box(self, guardians: list[Guardian]) -> QGroupBox:
        box = QGroupBox(self.tr("Parents and guardians"))
        box.setObjectName("overviewGuardians")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(16)
        if not guardians:
            grid.addWidget(QLabel(self.tr("No parents or guardians recorded yet.")), 0, 0)
        for row, guardian in enumerate(guardians):
            self._guardian_row(grid, row, guardian)
        row = len(guardians) or 1
        self._add_button_at(grid, row, self.tr("Add parent or guardian"), "overviewAddGuardian",
                            self._editors.add_guardian, self._child_id)
        grid.setColumnStretch(2, 1)
        return box

    def _guardian_row(self, grid: QGridLayout, row: int, guardian: Guardian) -> None:
        name = guardian.name + (f" ({guardian.relation})" if guardian.relation else "")
        authority = (self.tr("has parental authority") if guardian.has_authority
                     else self.tr("no parental authority"))
        contact = " · ".join(x for x in (guardian.phone, guardian.email) if x)
        cells = (name, authority, contact)
        for col, text in enumerate(cells):
            widget = _value_label(text, f"overviewGuardian{guardian.id}_{col}", text)
            # (word wrap stays on: on a small screen the row wraps and "Wijzigen" stays)
            if col == 0:
                widget.setStyleSheet("font-weight: 600;")
            grid.addWidget(widget, row, col)
        actions = QHBoxLayout()  # one cell, so a small screen keeps both buttons in view
        actions.setSpacing(6)
        if self._editors.edit_guardian:
            button = _button(self.tr("Edit"), f"overviewEditGuardian{guardian.id}",
                             self.tr("Edit %1").replace("%1", guardian.name))
            button.clicked.connect(lambda: self._run(self._editors.edit_guardian, guardian.id))
            actions.addWidget(button)
        if self._editors.remove_guardian:
            button = _button(self.tr("Remove…"), f"overviewRemoveGuardian{guardian.id}",
                             self.tr("Remove %1").replace("%1", guardian.name))
            button.clicked.connect(
                lambda: self._run(self._editors.remove_guardian, guardian.id))
            actions.addWidget(button)
        grid.addLayout(actions, row, 3)

    def _trajectory_box(self, trajectories: list[Trajectory]) -> QGroupBox:
        box = QGroupBox(self.tr("Trajectories"))
        box.setObjectName("overviewTrajectories")
        column = QVBoxLayout(box)
        if not trajectories:
            column.addWidget(QLabel(self.tr("No trajectories recorded yet.")))
        for trajectory in trajectories:
            column.addWidget(self._trajectory_row(trajectory))
        holder = QHBoxLayout()
        if self._editors.add_trajectory:
            button = _button(self.tr("Add trajectory"), "overviewAddTrajectory")
            button.clicked.connect(lambda: self._run(self._editors.add_trajectory,
                                                     self._child_id))
            holder.addWidget(button)
        holder.addStretch(1)
        column.addLayout(holder)
        return box

    def _trajectory_row(self, trajectory: Trajectory) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        until = fmt_date(trajectory.end_date) if trajectory.end_date else self.tr("ongoing")
        text = f"<b>{_escape(trajectory.title)}</b> &nbsp; {fmt_date(trajectory.start_date)}" \
               f" – {_escape(until)}"
        if trajectory.summary:
            text += f"<br>{_escape(trajectory.summary)}"
        body = _value_label(text, f"overviewTrajectory{trajectory.id}", trajectory.title)
        body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(body, 1)
        if self._editors.edit_trajectory:
            button = _button(self.tr("Edit"), f"overviewEditTrajectory{trajectory.id}",
                             self.tr("Edit %1").replace("%1", trajectory.title))
            button.clicked.connect(lambda: self._run(self._editors.edit_trajectory,
                                                     trajectory.id))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # -- helpers ------------------------------------------------------------------------------

    def _school_name(self, child: Child) -> str:
        if child.school_id is None:
            return "–"
        return self._vault.organisations.get(child.school_id).name

    def _add_button(self, form: QFormLayout, text: str, name: str, fn, arg: int) -> None:
        if fn is None:
            return
        button = _button(text, name)
        button.clicked.connect(lambda: self._run(fn, arg))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)  # a button as wide as the form reads as a banner, not an action
        form.addRow("", row)

    def _add_button_at(self, grid: QGridLayout, row: int, text: str, name: str, fn,
                       arg: int) -> None:
        if fn is None:
            return
        button = _button(text, name)
        button.clicked.connect(lambda: self._run(fn, arg))
        # across the whole row: under two narrow columns it would widen them on a small screen
        grid.addWidget(button, row, 0, 1, -1, Qt.AlignmentFlag.AlignLeft)

    def _run(self, fn, arg: int) -> None:
        if fn(self, arg):
            self.changed.emit()


def _value_label(text: str, name: str, accessible: str) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setWordWrap(True)
    return widget


def _button(text: str, name: str, accessible: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible or text)
    return button


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
