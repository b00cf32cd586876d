"""RowsModel.multiData: the roles a delegate asks of a cell in one call (issue 13) answer
exactly what data() answers, so the child list paints the same text and the same grey for
a dossier outside the caseload."""

from __future__ import annotations

import pytest
import test_caseload_gui as caseload_gui
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from test_caseload_gui import COR, COR_PASS, ReasonAsker, _rows, _window

from casefile.ui.models import OBJECT_ROLE

kids = caseload_gui.kids  # the fixture: a counsellor's child and another's

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ToolTipRole, OBJECT_ROLE)


def _one(model, index, role):
    data = QModelRoleData(role)
    model.multiData(index, QModelRoleDataSpan(data))
    return data.data()


@pytest.mark.usefixtures("kids")
def test_each_role_of_each_cell_answers_as_data_does(qtbot, vault_dir, clock, secrets,
                                                     reopen, tmp_path):
    window = _window(qtbot, vault_dir, clock, secrets, ReasonAsker(tmp_path),
                     reopen(COR, COR_PASS))
    model = window.workspace.model
    seen = set()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                expected = model.data(index, role)
                assert _one(model, index, role) == expected, (row, column, role)
                seen.add(expected is None)
    assert seen == {True, False}  # some roles answer, others do not


@pytest.mark.usefixtures("kids")
def test_the_delegate_paints_the_names_and_greys_the_others(qtbot, vault_dir, clock,
                                                            secrets, reopen, tmp_path):
    window = _window(qtbot, vault_dir, clock, secrets, ReasonAsker(tmp_path),
                     reopen(COR, COR_PASS))
    table, model = window.workspace.table, window.workspace.model
    rows = _rows(window)
    delegate = QStyledItemDelegate()
    grey = table.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for name, row in rows.items():
        option = QStyleOptionViewItem()
        option.initFrom(table)
        delegate.initStyleOption(option, model.index(row, 0))  # asks every role at once
        assert option.text == name
        painted = option.palette.color(QPalette.ColorRole.Text)
        assert (painted == grey) == ("·" in name), name
