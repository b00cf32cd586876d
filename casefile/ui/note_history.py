"""Every version of a note with who changed it, when and why (GDPR Art 16)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
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

from casefile.model import NoteVersion
from casefile.ui.dossier_support import fmt_moment, kind_label, label

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


class NoteVersionsModel(QAbstractTableModel):
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
        self._versions = sorted(versions, key=lambda v: v.version)
        self._users = users

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(
                self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        version = self._versions[index.row()]
        if role == OBJECT_ROLE:
            return version
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(version, index.column())
        return None

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
        return self._versions[row]


class NoteHistoryDialog(QDialog):
    def __init__(self, versions: list[NoteVersion], users: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteHistoryDialog")
        self.setAccessibleName(self.tr("History of this note"))
        self.setWindowTitle(self.tr("History of this note"))
        self.resize(720, 460)
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
