"""Every version of a note with who changed it, when and why (GDPR Art 16)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_moment
from casefile.model import NoteVersion
from casefile.ui.dossier_support import kind_label, label
from casefile.ui.forms import fit_to_screen
from casefile.ui.models import RowsModel


class NoteVersionsModel(RowsModel):
    """A note's versions, oldest first; a note has few, so no paging."""

    COL_VERSION, COL_WHEN, COL_WHO, COL_REASON = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("NoteVersionsModel", "Version"),
        QT_TRANSLATE_NOOP("NoteVersionsModel", "When"),
        QT_TRANSLATE_NOOP("NoteVersionsModel", "Who"),
        QT_TRANSLATE_NOOP("NoteVersionsModel", "Reason"),
    )

    def __init__(self, versions: list[NoteVersion], users: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        self._rows = sorted(versions, key=lambda v: v.version)
        self._users = users

    def _text(self, v: NoteVersion, column: int) -> str:
        if column == self.COL_VERSION:
            return str(v.version)
        if column == self.COL_WHEN:
            return fmt_moment(v.changed_at)
        if column == self.COL_WHO:
            return self._users.get(v.changed_by, "")
        if v.version == 1 and not v.reason:
            return self.tr("First version")
        return v.reason

    def version_at(self, row: int) -> NoteVersion:
        return self._rows[row]


class NoteHistoryDialog(QDialog):
    def __init__(self, versions: list[NoteVersion], users: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteHistoryDialog")
        self.setAccessibleName(self.tr("History of this note"))
        self.setWindowTitle(self.tr("History of this note"))
        fit_to_screen(self, 720, 460)
        self.model = NoteVersionsModel(versions, users, self)
        self.view = QTableView(self)
        self.view.setObjectName("noteHistoryView")
        self.view.setAccessibleName(self.tr("Versions of this note"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteHistoryText")
        self.text.setAccessibleName(self.tr("Text of the selected version"))
        self.text.setReadOnly(True)
        self.view.selectionModel().currentRowChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if self.model.rowCount():
            self.view.selectRow(self.model.rowCount() - 1)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        v = self.model.version_at(current.row())
        meta = self.tr("%1 · %2").replace("%1", kind_label(v.category)).replace(
            "%2", label(v.sensitivity))
        self.text.setPlainText(f"{meta}\n\n{v.text}")
