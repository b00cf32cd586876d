"""The Notes tab: the timeline of session notes on the left (or search results for this
dossier), the editor on the right."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    QTimer,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_date
from casefile.model import Category, Note
from casefile.ui.asker import Asker
from casefile.ui.dossier_support import kind_label
from casefile.ui.models import PagedModel, fit_columns
from casefile.ui.note_editor import NoteEditor
from casefile.ui.search_dialog import SearchResultsModel, results_view

PAGE = 50


class NotesModel(PagedModel):
    """This child's notes, newest session first, fetched in pages."""

    COL_DATE, COL_STATUS, COL_CATEGORY, COL_AUTHOR = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("NotesModel", "Session"),
        QT_TRANSLATE_NOOP("NotesModel", "Status"),
        QT_TRANSLATE_NOOP("NotesModel", "Kind"),
        QT_TRANSLATE_NOOP("NotesModel", "By"),
    )

    PAGE = PAGE

    def __init__(self, vault, child_id: int, parent=None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._child_id = child_id
        self._users: dict[int, str] = {}

    @property
    def _notes(self) -> list[Note]:
        return self._rows

    def reload(self) -> None:
        self._users = {u.id: u.name for u in self._vault.users.list()}
        self.restart()

    def _fetch(self, loaded: list) -> list:
        return self._vault.notes.list(self._child_id, offset=len(loaded), limit=PAGE)

    def _text(self, note: Note, column: int) -> str:
        if column == self.COL_DATE:
            return fmt_date(note.session_date)
        if column == self.COL_STATUS:
            return self.status(note)
        if column == self.COL_CATEGORY:
            return kind_label(note.category)
        return self._users.get(note.author_id, "")

    def status(self, note: Note) -> str:
        draft, final, amended = self.statuses()
        if not note.finalised:
            return draft
        return amended if note.version > 1 else final

    def statuses(self) -> tuple[str, str, str]:
        return self.tr("Draft"), self.tr("Final"), self.tr("Final (amended)")

    def row_of(self, note_id: int) -> int:
        return next((i for i, n in enumerate(self._notes) if n.id == note_id), -1)

    def note_at(self, row: int) -> Note:
        return self._notes[row]


class NotesTab(QWidget):
    def __init__(self, vault, child_id: int, asker: Asker, *, timer: QTimer | None = None,
                 autosave_ms: int = 2000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierNotesTab")
        self._vault = vault
        self._child_id = child_id
        self.model = NotesModel(vault, child_id, self)
        self.results = SearchResultsModel(vault, child_id, self)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("notesSearch")
        self.search_box.setAccessibleName(self.tr("Search this dossier's notes"))
        self.search_box.setPlaceholderText(self.tr("Search in these notes…"))
        self.search_box.setClearButtonEnabled(True)
        self.timeline = self._timeline_view()
        self.found = results_view(self.results, "notesSearchResults",
                                  self.tr("Notes found in this dossier"), False)
        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.timeline)
        self.lists.addWidget(self.found)
        self.editor = NoteEditor(vault, child_id, asker, timer=timer, autosave_ms=autosave_ms,
                                 parent=self)
        self.editor.saved.connect(self._note_saved)
        self._layout()
        self.search_box.returnPressed.connect(self.search)
        self.search_box.textChanged.connect(self._search_text_changed)
        self.found.activated.connect(self._open_found)
        self.found.selectionModel().currentRowChanged.connect(self._found_changed)
        self.model.reload()
        self._open_own_draft()

    def _open_own_draft(self) -> None:
        """The counsellor's newest unfinished draft of this dossier (in the first page), so
        coming back to a dossier continues the note rather than starting an empty one."""
        me = self._vault.user.id
        notes = (self.model.note_at(row) for row in range(self.model.rowCount()))
        draft = next((n for n in notes if not n.finalised and n.author_id == me), None)
        if draft is not None:
            self.open_note(draft.id)

    def _timeline_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("notesTimeline")
        view.setAccessibleName(self.tr("Session notes, newest first"))
        view.setModel(self.model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        fit_columns(view, {NotesModel.COL_DATE: ["00-00-0000"],
                           NotesModel.COL_STATUS: list(self.model.statuses()),
                           NotesModel.COL_CATEGORY: [kind_label(c) for c in Category]})
        view.selectionModel().currentRowChanged.connect(self._row_changed)
        return view

    def _layout(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New note"), left)
        self.new_button.setObjectName("notesNew")
        self.new_button.setAccessibleName(self.tr("New session note"))
        self.new_button.setToolTip(self.tr("Start a new session note (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_note)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.search_box, 1)
        column.addLayout(bar)
        column.addWidget(self.lists, 1)
        splitter = QSplitter(self)
        splitter.setObjectName("notesSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 640])  # the timeline's four columns fit without scrolling
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    # -- actions -----------------------------------------------------------------------------

    def new_note(self) -> None:
        if not self.new_button.isEnabled():  # Ctrl+N in a restricted dossier
            return
        self.editor.flush()
        self.timeline.clearSelection()
        self.editor.start_new()

    def open_note(self, note_id: int) -> None:
        """Show a note (an audited read) and select it in the timeline when it is loaded."""
        self.editor.flush()
        self.editor.load(note_id)
        self._select(note_id)

    def flush(self) -> None:
        self.editor.flush()

    def set_read_only(self, read_only: bool) -> None:
        self.new_button.setEnabled(not read_only)
        self.editor.set_dossier_read_only(read_only)

    def search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            self.lists.setCurrentWidget(self.timeline)
            return
        self.results.search(text)
        self.lists.setCurrentWidget(self.found)
        if self.results.rowCount():
            self.found.selectRow(0)  # shows the newest hit beside the list (an audited read)
            self.found.setFocus()

    def _search_text_changed(self, text: str) -> None:
        if not text.strip():
            self.lists.setCurrentWidget(self.timeline)

    def _open_found(self, index: QModelIndex) -> None:
        self.open_note(self.results.hit_at(index.row()).note_id)

    def _found_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.results.hit_at(current.row()).note_id != \
                self.editor.note_id:
            self._open_found(current)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        note = self.model.note_at(current.row())
        if note.id != self.editor.note_id:
            self.editor.flush()  # may reload the list: select the chosen note again after
            self.editor.load(note.id)
            self._select(note.id)

    def refresh_list(self) -> None:
        """The timeline read again (another computer saved a note); the editor and the
        note it shows stay as they are."""
        self.model.reload()
        if self.editor.note_id is not None:
            self._select(self.editor.note_id)

    def _note_saved(self, note_id: int) -> None:
        """After a save the timeline shows the new status; keep the same note selected."""
        self.model.reload()
        self._select(note_id)

    def _select(self, note_id: int) -> None:
        row = self.model.row_of(note_id)
        while row < 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(note_id)
        if row < 0:
            return
        selection = self.timeline.selectionModel()
        selection.blockSignals(True)  # the editor already shows this note
        selection.setCurrentIndex(self.model.index(row, 0),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.timeline.viewport().update()
