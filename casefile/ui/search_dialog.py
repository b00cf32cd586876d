"""Full-text search over session notes: the results model (shared with the Notes tab's own
search box) and the Ctrl+F dialog over every dossier. Enter opens the note in its dossier."""

from __future__ import annotations

import functools
from collections import OrderedDict
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeySequence, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_date
from casefile.search import MARK_CLOSE, MARK_OPEN
from casefile.ui.forms import fit_to_screen
from casefile.ui.models import PagedModel, fit_columns

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 50
_PAD = 4  # breathing room above and below a snippet



@functools.lru_cache(maxsize=512)  # views ask for a row's HTML on every paint and size
def snippet_html(snippet: str, start: str = MARK_OPEN, end: str = MARK_CLOSE) -> str:
    """Escape the note text and turn the highlight markers into bold."""
    out, bold = [], False
    for part in _split(snippet, start, end):
        if part == start:
            bold = True
        elif part == end:
            bold = False
        else:
            out.append(f"<b>{escape(part)}</b>" if bold else escape(part))
    return "".join(out).replace("\n", " ")


def _split(text: str, start: str, end: str) -> list[str]:
    parts, i = [], 0
    while i < len(text):
        hits = [p for p in (text.find(start, i), text.find(end, i)) if p >= 0]
        if not hits:
            parts.append(text[i:])
            break
        at = min(hits)
        marker = start if text.startswith(start, at) else end
        if at > i:
            parts.append(text[i:at])
        parts.append(marker)
        i = at + len(marker)
    return parts


class SearchResultsModel(PagedModel):
    """Hits newest first; a larger window is fetched when the view scrolls to the end."""

    COL_DATE, COL_CHILD, COL_SNIPPET = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("SearchResultsModel", "Session"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Child"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Found"),
    )

    def __init__(self, vault, child_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._child_id = child_id
        self._query = ""
        self._more = False
        self._names: dict[int, str] = {}

    @property
    def query(self) -> str:
        return self._query

    def search(self, query: str) -> None:
        self._query = query.strip()
        self.restart(more=bool(self._query))

    @property
    def _hits(self) -> list:
        return self._rows

    def _fetch(self, loaded: list) -> list:
        # the search returns the newest `limit`: ask for one page more than shown
        hits = self._vault.search.notes(self._query, child_id=self._child_id,
                                        limit=len(loaded) + PAGE, order="newest")
        return hits[len(loaded):]

    def _extra(self, hit, column: int, role: int):
        if role == HTML_ROLE and column == self.COL_SNIPPET:
            return snippet_html(hit.snippet)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(hit, column)
        return None

    def hit_at(self, row: int):
        return self._hits[row]

    def _text(self, hit, column: int) -> str:
        if column == self.COL_DATE:
            return fmt_date(hit.session_date)
        if column == self.COL_CHILD:
            return self._name(hit.child_id)
        return hit.snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").replace("\n", " ")

    def _name(self, child_id: int) -> str:
        if child_id not in self._names:
            # peek: the child's name is already on the main list; no dossier is opened here
            self._names[child_id] = self._vault.children.peek(child_id).full_name
        return self._names[child_id]


class HtmlDelegate(QStyledItemDelegate):
    """Paints the snippet column's HTML (escaped text with <b> around the matches)."""

    def paint(self, painter, option, index) -> None:
        html = index.data(HTML_ROLE)
        if html is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(html, opt)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left(), opt.rect.top() + _PAD)
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height() - _PAD))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        """Two lines, whatever the snippet: a snippet is 16 words at most, and rows of one
        height need no layout of every hit's HTML on each page and resize (issue 13)."""
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        return QSize(300, snippet_row_height(option.fontMetrics))

    _CACHED = 128  # laid-out snippets kept: a few screens of hits

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()

    def _document(self, html: str, option) -> QTextDocument:
        """The snippet laid out at this width and font. Kept: a view paints the same rows
        again on every selection, hover and scroll, and parsing and laying out the HTML
        was about 40 % of painting a row again (issue 13)."""
        width = max(option.rect.width(), 120)
        key = (html, width, option.font.key())
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(html)
        doc.setTextWidth(width)
        self._documents[key] = doc
        if len(self._documents) > self._CACHED:
            self._documents.popitem(last=False)
        return doc

    def forget(self) -> None:
        """A new search: the old snippets are not painted again."""
        self._documents.clear()


def results_view(model: SearchResultsModel, name: str, accessible: str,
                 show_child: bool) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    delegate = HtmlDelegate(view)
    view.setItemDelegateForColumn(SearchResultsModel.COL_SNIPPET, delegate)
    model.modelReset.connect(delegate.forget)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.setColumnHidden(SearchResultsModel.COL_CHILD, not show_child)
    fit_columns(view, {SearchResultsModel.COL_DATE: ["00-00-0000"],
                       SearchResultsModel.COL_CHILD: ["M" * 14]})
    # a snippet wraps over two lines: every row has their height, known without layout
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(snippet_row_height(view.fontMetrics()))
    return view


def snippet_row_height(metrics) -> int:
    return 2 * metrics.lineSpacing() + 2 * _PAD


class SearchDialog(QDialog):
    """Ctrl+F: search the notes of every dossier. `openNote(child_id, note_id)` asks the
    main window to open the note in its dossier."""

    openNote = Signal(int, int)

    def __init__(self, vault, parent: QWidget | None = None, debounce_ms: int = 250) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setAccessibleName(self.tr("Search all session notes"))
        self.setWindowTitle(self.tr("Search all session notes"))
        fit_to_screen(self, 760, 480)
        self.model = SearchResultsModel(vault, None, self)
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setAccessibleName(self.tr("Search words"))
        self.query.setPlaceholderText(self.tr("Words from a session note, e.g. spelling"))
        self.query.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setAccessibleName(self.tr("Search result count"))
        self.results = results_view(self.model, "searchResults", self.tr("Found notes"), True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._enter_in_query)
        self.results.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        hint = QLabel(self.tr("Enter opens the selected note in its dossier."), self)
        hint.setObjectName("searchHint")
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)

    def run(self) -> None:
        self._timer.stop()
        self.model.search(self.query.text())
        count = self.model.rowCount()
        if not self.model.query:
            self.status.setText("")
        elif count == 0:
            self.status.setText(self.tr("No session notes contain these words."))
        elif self.model.canFetchMore(QModelIndex()):
            self.status.setText(self.tr("More than %n notes found; the newest first.", "",
                                        count))
        else:
            self.status.setText(self.tr("%n note(s) found, the newest first.", "", count))
        if count:
            self.results.selectRow(0)

    def _enter_in_query(self) -> None:
        """Enter searches; a second Enter (results already current) opens the first hit."""
        if self._timer.isActive() or self.model.query != self.query.text().strip():
            self.run()
            return
        current = self.results.currentIndex()
        if current.isValid():
            self._open(current)

    def _open(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row())
        self.openNote.emit(hit.child_id, hit.note_id)
        self.accept()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.query.setFocus()
            self.query.selectAll()
            return
        super().keyPressEvent(event)
