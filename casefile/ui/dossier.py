"""The dossier of one child: a header (name, age, school and group, status, restriction) over
tabs for the overview, session notes, documents and the log.

The main window shows it as a page (`open_dossier(child_id)`), calls `flush()` before it
locks or closes so no typed word is lost, and drops it when the vault locks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_date
from casefile.errors import CasefileError
from casefile.model import Child
from casefile.ui.asker import Asker, QtAsker
from casefile.ui.consent_tab import ConsentTab, DisclosuresTab
from casefile.ui.dossier_support import label
from casefile.ui.log_tab import LogTab
from casefile.ui.messages import message_for
from casefile.ui.overview_tab import Editors, OverviewTab


class DossierWidget(QWidget):
    closeRequested = Signal()

    def __init__(self, vault, child_id: int, *, asker: Asker | None = None,
                 editors: Editors | None = None, autosave_timer: QTimer | None = None,
                 autosave_ms: int = 2000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierWidget")
        self.setAccessibleName(self.tr("Dossier"))
        self.setAcceptDrops(True)
        self.vault = vault
        self.child_id = child_id
        self.asker: Asker = asker or QtAsker()
        self.child: Child = vault.children.get(child_id)  # opening a dossier is audited
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dossierTabs")
        self.tabs.setAccessibleName(self.tr("Dossier sections"))
        self.overview = OverviewTab(vault, child_id, editors, self)
        self.overview.changed.connect(self.refresh)
        self.notes = self._make_notes(autosave_timer, autosave_ms)
        # The tabs behind the first two are built when first shown or asked for: opening a
        # dossier builds and queries only what it shows (issue 13).
        self._makers = {
            "documents": self._make_documents,
            "consent": lambda: ConsentTab(vault, child_id, self.asker, self),
            "disclosures": lambda: DisclosuresTab(vault, child_id, self.asker, self),
            "log": lambda: LogTab(vault, child_id, self),
        }
        self._built: dict[str, Any] = {}  # each tab's widget, made when first shown
        self._placeholders = {name: QWidget(self) for name in self._makers}
        self._add_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self._header())
        layout.addWidget(self.tabs, 1)
        self._shortcuts()
        self._show(self.child)
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- structure ----------------------------------------------------------------------------

    def _make_notes(self, timer: QTimer | None, interval: int):
        from casefile.ui.notes_tab import NotesTab

        return NotesTab(self.vault, self.child_id, self.asker, timer=timer,
                        autosave_ms=interval, parent=self)

    def _make_documents(self):
        from casefile.ui.documents_tab import DocumentsTab

        return DocumentsTab(self.vault, self.child_id, self.asker, parent=self)

    def _add_tabs(self) -> None:
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.notes, self.tr("Session notes"))
        self.tabs.addTab(self._placeholders["documents"], self.tr("Documents"))
        self.tabs.addTab(self._placeholders["consent"], self.tr("Consent"))
        self.tabs.addTab(self._placeholders["disclosures"], self.tr("Disclosures"))
        self.tabs.addTab(self._placeholders["log"], self.tr("Log"))

    @property
    def documents(self):
        return self._page("documents")

    @property
    def consent(self) -> ConsentTab:
        return self._page("consent")

    @property
    def disclosures(self) -> DisclosuresTab:
        return self._page("disclosures")

    @property
    def log(self) -> LogTab:
        return self._page("log")

    def _page(self, name: str):
        """The tab's widget, built now (in its placeholder's place) when it was not yet."""
        if name not in self._built:
            content = self._built[name] = self._makers[name]()
            self._read_only_of(name, self.child.restricted)
            placeholder = self._placeholders.pop(name)
            index, current = self.tabs.indexOf(placeholder), self.tabs.currentWidget()
            blocked = self.tabs.blockSignals(True)  # the same tab stays current
            self.tabs.insertTab(index, content, self.tabs.tabText(index))
            self.tabs.removeTab(index + 1)
            if current is placeholder:
                self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(blocked)
            placeholder.deleteLater()
        return self._built[name]

    def _read_only_of(self, name: str, restricted: bool) -> None:
        content = self._built[name]
        if name in ("documents", "consent"):
            content.set_read_only(restricted)
        elif name == "disclosures":
            content.export_button.setEnabled(not restricted)

    def _header(self) -> QHBoxLayout:
        self.name_label = _label("dossierName", self.tr("Child's name"))
        self.name_label.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.details_label = _label("dossierDetails", self.tr("Child's details"))
        self.details_label.setStyleSheet("color: palette(placeholder-text);")
        for text in (self.name_label, self.details_label):  # a long school name wraps
            text.setWordWrap(True)
        self.restricted_badge = _label("dossierRestricted", self.tr("Restricted dossier"))
        self.restricted_badge.setText(self.tr("Restricted – read-only"))
        self.restricted_badge.setToolTip(self.tr(
            "Processing of this dossier is restricted (GDPR Art. 18): it is read-only and "
            "nothing may be exported."))
        self.restricted_badge.setStyleSheet(
            "background: #fde7c8; color: #6b3d00; border-radius: 4px; padding: 2px 8px;")
        close = QPushButton(self.tr("Close dossier"))
        close.setObjectName("dossierClose")
        close.setAccessibleName(self.tr("Close dossier"))
        close.clicked.connect(self.request_close)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        names.addWidget(self.details_label)
        row = QHBoxLayout()
        row.addLayout(names, 1)
        row.addWidget(self.restricted_badge)
        row.addWidget(close)
        return row

    def _shortcuts(self) -> None:
        new_note = QShortcut(QKeySequence.StandardKey.New, self)
        new_note.activated.connect(self.new_note)

    def _show(self, child: Child) -> None:
        self.child = child
        self.name_label.setText(child.full_name)
        self.details_label.setText(self._details(child))
        self.restricted_badge.setVisible(child.restricted)
        self.overview.show_child(child)
        self.notes.set_read_only(child.restricted)
        for name in self._built:
            self._read_only_of(name, child.restricted)

    def _details(self, child: Child) -> str:
        age = child.age_on(self.vault.context.clock.today())
        parts = [self.tr("%n years", "", age), self.tr("born %1").replace(
            "%1", fmt_date(child.birth_date))]
        where = ", ".join(x for x in (self._school(child), self._group(child)) if x)
        if where:
            parts.append(where)
        parts.append(label(child.status))
        parts.append(self._caseload(child.id))
        return " · ".join(p for p in parts if p)

    def _caseload(self, child_id: int) -> str:
        """Who guides the child; an admin reading someone else's dossier is told so (the
        log records it as such)."""
        names = ", ".join(u.name for u in self.vault.caseload.counsellors(child_id))
        text = self.tr("caseload: %1").replace("%1", names) if names else ""
        if not self.vault.caseload.mine(child_id):
            text = " · ".join(t for t in (text, self.tr("outside your own caseload")) if t)
        return text

    def _group(self, child: Child) -> str:
        """'5' reads as 'group 5'; a group stored as 'groep 5' or 'klas 2b' stays as is."""
        group = child.school_group.strip()
        if group and len(group) <= 3:
            return self.tr("group %1").replace("%1", group)
        return group

    def _school(self, child: Child) -> str:
        if child.school_id is None:
            return ""
        return self.vault.organisations.get(child.school_id).name

    def _tab_changed(self, index: int) -> None:
        try:
            self._show_tab(index)
        except CasefileError as exc:  # the server away, say: one sentence, the tab stays
            self.show_error(exc)

    def _show_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        waiting = next((n for n, w in self._placeholders.items() if w is widget), None)
        if waiting is not None:
            built = self._page(waiting)  # consent and disclosures read their rows as built
            if waiting == "log":
                built.refresh()
        else:
            for name in ("log", "consent", "disclosures"):
                if self._built.get(name) is widget:
                    self._built[name].refresh()

    # -- what the main window calls ---------------------------------------------------------

    def refresh(self) -> None:
        """Reload the header and overview after a change (peek: no second audited read)."""
        self._show(self.vault.children.peek(self.child_id))

    def changed_elsewhere(self) -> None:
        """Another computer changed what is in this dossier (a note, a document, a consent,
        a packet): the lists built so far read it again (the note being edited stays as it
        is), and an open export wizard checks its items again."""
        self.notes.refresh_list()
        if "documents" in self._built:
            self._built["documents"].model.reload()
        for name in ("consent", "disclosures"):
            if name in self._built:
                self._built[name].refresh()
        if "disclosures" in self._built:
            self._built["disclosures"].changed_elsewhere()

    def flush(self) -> None:
        """Save a pending draft now; the main window calls this before it locks or closes."""
        self.notes.flush()

    def request_close(self) -> None:
        self.flush()
        self.closeRequested.emit()

    def new_note(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.new_note()

    def open_note(self, note_id: int) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.open_note(note_id)

    def show_section(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def import_paths(self, paths: list[Path]) -> None:
        self.tabs.setCurrentWidget(self.documents)
        self.documents.import_paths(paths)

    # -- drag and drop: a received file dropped anywhere on the dossier ----------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def show_error(self, exc: BaseException) -> None:
        self.asker.warn(self, self.tr("Dossier"), message_for(exc))


def _local_paths(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def _label(name: str, accessible: str) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
    return widget
