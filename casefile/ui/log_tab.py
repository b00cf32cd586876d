"""The Log tab: this child's audit events, readable in Dutch (who did what, when, on what)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from casefile import catalogue, log_rows
from casefile.catalogue import fmt_date, fmt_moment
from casefile.log_rows import LogNames
from casefile.model import AuditEvent
from casefile.render_text import say
from casefile.ui.models import PagedModel

PAGE = 100

class AuditLogModel(PagedModel):
    """Newest first; pages of PAGE events fetched as the view scrolls."""

    PAGE = PAGE
    COL_WHEN, COL_WHO, COL_WHAT, COL_OBJECT = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditLogModel", "When"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Who"),
        QT_TRANSLATE_NOOP("AuditLogModel", "What"),
        QT_TRANSLATE_NOOP("AuditLogModel", "On what"),
    )

    def __init__(self, vault, child_id: int, parent=None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._child_id = child_id
        self._names = LogNames()
        self._more = False  # nothing is read until the tab is shown (reload)

    def reload(self) -> None:
        self._names = LogNames(
            users={u.id: u.name for u in self._vault.users.list()},
            organisations={o.id: o.name for o in self._vault.organisations.list()},
            objects=self._object_names())
        self.restart()

    @property
    def _events(self) -> list[AuditEvent]:
        return self._rows

    def _fetch(self, loaded: list) -> list:
        before = loaded[-1].id if loaded else None
        return self._vault.audit.events(child_id=self._child_id, limit=PAGE, before_id=before)

    def _extra(self, event, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and event.outcome != "ok":
            return self.tr("This did not succeed.")
        return None

    def event_at(self, row: int) -> AuditEvent:
        return self._events[row]

    def _text(self, event: AuditEvent, column: int) -> str:
        if column == self.COL_WHEN:
            return fmt_moment(event.at)
        if column == self.COL_WHO:
            return self.who(event)
        if column == self.COL_WHAT:
            return self.what(event)
        return self.on_what(event)

    def who(self, event: AuditEvent) -> str:
        return say(log_rows.who(event.user_id, self._names))

    def what(self, event: AuditEvent) -> str:
        words = say(catalogue.action(event.action, event.object_type))
        if event.outcome != "ok":
            words = self.tr("%1 (failed)").replace("%1", words)
        return words

    def on_what(self, event: AuditEvent) -> str:
        return say(log_rows.on_what(event, self._names))

    def _object_names(self) -> dict[tuple[str, str], str]:
        """The log keeps ids only (no personal data); inside the dossier we may show what
        they point at. Metadata only: no note text is read for this."""
        names = {("guardian", str(g.id)): g.name
                 for g in self._vault.guardians.list(self._child_id)}
        names.update({("trajectory", str(t.id)): f"“{t.title}”"
                      for t in self._vault.trajectories.list(self._child_id)})
        names.update({("document", str(d.id)): f"“{d.filename}”"
                      for d in self._vault.documents.list(self._child_id, limit=1000)})
        names.update({("note", str(n.id)): self.tr("of %1").replace(
            "%1", fmt_date(n.session_date))
            for n in self._vault.notes.list(self._child_id, limit=1000)})
        return names


class LogTab(QWidget):
    def __init__(self, vault, child_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierLogTab")
        self.model = AuditLogModel(vault, child_id, self)
        intro = QLabel(self.tr("Everything that was done in this dossier, newest first. "
                               "The log cannot be changed."))
        intro.setWordWrap(True)
        intro.setObjectName("logIntro")
        self.view = QTableView(self)
        self.view.setObjectName("logView")
        self.view.setAccessibleName(self.tr("Log of this dossier"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.reload()
