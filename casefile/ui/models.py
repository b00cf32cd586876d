"""The item-model plumbing the lists share: objects as rows, translated column headers, an
object role, and paging with canFetchMore/fetchMore (STYLE rule 7)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView

from casefile.errors import VaultLocked

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of objects. Subclasses give HEADERS (QT_TRANSLATE_NOOP in their own class's
    context), `_text(row, column)` and, when needed, `_extra(row, column, role)`."""

    HEADERS: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP's results (str at run time)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        # Each cell's text, formatted when a view first asks for it: views ask for the same
        # cell many times (sizing, painting, every role), and a reset or any change of rows
        # forgets them all.
        self._texts: dict[tuple[int, int], str] = {}
        for signal in (self.modelReset, self.rowsInserted, self.rowsRemoved,
                       self.rowsMoved, self.layoutChanged, self.dataChanged):
            signal.connect(self._forget_texts)

    def _forget_texts(self, *_args) -> None:
        self._texts.clear()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(type(self).__name__, str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), index.column(), row)
        return self._extra(row, index.column(), role)

    def multiData(self, index: Index, roleDataSpan) -> None:
        """Every role a view asks of one cell, in one call: Qt 6's delegates ask seven
        (font, alignment, colours, check state, icon, text) for each cell they paint, and
        each data() is a call from C++ into Python (issue 13). The same answers as data()."""
        if type(self).data is not RowsModel.data:  # a subclass answers in its own data()
            super().multiData(index, roleDataSpan)
            return
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._rows):
            return
        row, column = self._rows[number], index.column()
        for item in roleDataSpan:
            role = item.role()
            if role == _DISPLAY:
                item.setData(self._display(number, column, row))
            elif role == OBJECT_ROLE:
                item.setData(row)
            else:
                value = self._extra(row, column, role)
                if value is not None:
                    item.setData(value)

    def _display(self, number: int, column: int, row) -> str:
        key = (number, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._text(row, column)
        return text

    def _text(self, row, column: int) -> str:
        raise NotImplementedError

    def _extra(self, row, column: int, role: int):
        return None


def fit_columns(view, samples: dict[int, list[str]]) -> None:
    """Widths from the font and the widest text a column can hold (`samples`, besides its
    title), not from the rows: sizing to contents measures every loaded row again on each
    reset and page (issue 13). The last column stretches."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    width = view.fontMetrics().horizontalAdvance
    for column, texts in samples.items():
        title = view.model().headerData(column, Qt.Orientation.Horizontal) or ""
        header.resizeSection(column, max(map(width, [*texts, title])) + 24)


class PagedModel(RowsModel):
    """Rows fetched in pages as the view scrolls: `_fetch(rows_so_far)` returns the next."""

    PAGE = 50

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._more = True

    def restart(self, more: bool = True) -> None:
        """Drop what is loaded and load the first page again, inside one reset (a view
        that fetches in reaction to the reset must not insert rows during it)."""
        first = self._page([]) if more else []  # read before the reset: a failed read
        self.beginResetModel()                  # leaves the rows shown as they were
        self._rows, self._more = first, more and len(first) == self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        page = self._page(self._rows)
        self._more = len(page) == self.PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(ROOT, first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _page(self, loaded: list) -> list:
        """The next page; none once the vault is locked (a view may still ask while the
        window drops it)."""
        try:
            return list(self._fetch(loaded))
        except VaultLocked:
            self._more = False
            return []

    def _fetch(self, loaded: list) -> list:
        raise NotImplementedError
