"""The note editor beside the timeline.

A draft saves itself when typing pauses (a single-shot timer restarted on each change) and
whenever `flush()` is called: before another note opens, before the window locks or closes.
A final note is read-only; "Amend" unlocks the text and saving asks for the reason.

On a practice server that cannot be reached, a draft's save keeps it sealed on this
computer instead (casefile/offline_drafts.py), says so in the status line, and tries again
every `retry_ms` while the editor is open; what is still kept is saved at the next unlock."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_date, fmt_moment
from casefile.model import Category, Note, Sensitivity
from casefile.offline_drafts import OfflineDraft, OfflineDrafts, unreachable
from casefile.presence import Presence
from casefile.ui.asker import Asker
from casefile.ui.dossier_support import kind_label, label
from casefile.ui.forms import HEED
from casefile.ui.messages import message_for
from casefile.ui.note_history import NoteHistoryDialog
from casefile.ui.server_watch import look_on_a_thread

NEW, DRAFT, FINAL, AMENDING = "new", "draft", "final", "amending"
QUIET = "color: palette(placeholder-text);"


class NoteEditor(QWidget):
    saved = Signal(int)  # note id, after any save that changed the list

    def __init__(self, vault, child_id: int, asker: Asker, *, timer: QTimer | None = None,
                 autosave_ms: int = 2000, retry_ms: int = 15000, presence_ms: int = 10000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setAccessibleName(self.tr("Session note"))
        self._vault = vault
        self._child_id = child_id
        self._asker = asker
        self.note: Note | None = None
        self.state = NEW
        self.history_dialog: NoteHistoryDialog | None = None
        self._dirty = False
        self._loading = False
        self._dossier_read_only = False
        self.autosave_timer = timer or QTimer(self)
        self.autosave_timer.setSingleShot(True)
        if timer is None:
            self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.save_draft)
        # while the server is away: where the draft is kept, and the timer that tries again
        self._offline = OfflineDrafts.of(vault)
        self.offline_name: str | None = None
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(retry_ms)
        self.retry_timer.timeout.connect(self.retry)
        # on a server: who else works on this dossier now (casefile/presence.py)
        self._presence = Presence.of(vault)
        self._user_names: dict[int, str] = {}
        self.presence_timer = QTimer(self)
        self.presence_timer.setInterval(presence_ms)
        self.presence_timer.timeout.connect(self.check_presence)
        self._build()
        self.start_new()
        if self._presence is not None:
            self.presence_timer.start()
            self.check_presence()

    @property
    def note_id(self) -> int | None:
        return self.note.id if self.note else None

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = _named(QLabel(), "noteTitle", self.tr("Note title"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.status = _named(QLabel(), "noteStatus", self.tr("Save status"))
        self.status.setStyleSheet(QUIET)
        self.status.setWordWrap(True)  # the offline sentence is long
        self.meta = _named(QLabel(), "noteMeta", self.tr("About this note"))
        self.meta.setWordWrap(True)
        self.date = _named(QDateEdit(), "noteDate", self.tr("Session date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.duration = _named(QSpinBox(), "noteDuration", self.tr("Duration in minutes"))
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.category = _combo("noteCategory", self.tr("Kind of note"), Category,
                               (Category.SESSION_NOTES, Category.GUIDANCE_SUMMARY,
                                Category.ASSESSMENTS))
        self.sensitivity = _combo("noteSensitivity", self.tr("Sensitivity"), Sensitivity,
                                  tuple(Sensitivity))
        self.text = _named(QPlainTextEdit(), "noteText", self.tr("Text of the session note"))
        self.text.setPlaceholderText(self.tr("What happened in this session?"))
        self.text.setTabChangesFocus(True)
        self.others = _named(QLabel(), "noteOthers", self.tr("Others in this dossier"))
        self.others.setWordWrap(True)
        self.others.setStyleSheet(HEED)
        self.others.hide()
        self._buttons()
        self._arrange()
        for signal in (self.text.textChanged, self.date.dateChanged,
                       self.duration.valueChanged, self.category.currentIndexChanged,
                       self.sensitivity.currentIndexChanged):
            signal.connect(self._changed)

    def _buttons(self) -> None:
        self.finalise_button = _button(self.tr("Finalise"), "noteFinalise", self.finalise)
        self.finalise_button.setToolTip(self.tr(
            "A final note can only be changed later with an amendment and a reason."))
        self.amend_button = _button(self.tr("Amend…"), "noteAmend", self.begin_amend)
        self.save_amend_button = _button(self.tr("Save amendment…"), "noteSaveAmendment",
                                         self.save_amendment)
        self.cancel_amend_button = _button(self.tr("Cancel"), "noteCancelAmendment",
                                           self.cancel_amend)
        self.history_button = _button(self.tr("History"), "noteHistory", self.show_history)
        self.delete_button = _button(self.tr("Delete draft"), "noteDeleteDraft",
                                     self.delete_draft)

    def _arrange(self) -> None:
        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Session date"), self.date)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Kind"), self.category)
        form.addRow(self.tr("Sensitivity"), self.sensitivity)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        for b in (self.cancel_amend_button, self.amend_button, self.save_amend_button,
                  self.finalise_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.others)
        layout.addWidget(self.meta)
        layout.addWidget(self.fields)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    # -- showing a note -----------------------------------------------------------------------

    def start_new(self) -> None:
        self.note = None
        self._fill(None)
        self._set_state(NEW)
        self.text.setFocus()

    def load(self, note_id: int) -> None:
        """Open a note through the audited API."""
        try:
            note = self._vault.notes.get(note_id)
        except Exception as exc:
            self._error(exc)
            return
        self.note = note
        self._fill(note)
        self._set_state(FINAL if note.finalised else DRAFT)

    def _fill(self, note: Note | None) -> None:
        self._loading = True
        today = self._vault.context.clock.today()
        day = note.session_date if note else today
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.duration.setValue(note.duration_minutes if note else 45)
        _select(self.category, note.category if note else Category.SESSION_NOTES)
        _select(self.sensitivity, note.sensitivity if note else Sensitivity.NORMAL)
        self.text.setPlainText(note.text if note else "")
        self._loading = False
        self._dirty = False
        # a draft still kept for the note shown before stays kept: the next unlock saves it
        self.offline_name = None
        self.retry_timer.stop()

    def _set_state(self, state: str) -> None:
        self.state = state
        locked = self._dossier_read_only
        editable = state in (NEW, DRAFT, AMENDING) and not locked
        self.text.setReadOnly(not editable)
        for w in (self.date, self.duration):
            w.setEnabled(state in (NEW, DRAFT) and not locked)
        for w in (self.category, self.sensitivity):
            w.setEnabled(editable)
        self.finalise_button.setVisible(state in (NEW, DRAFT) and not locked)
        self.delete_button.setVisible(state == DRAFT and not locked)
        self.amend_button.setVisible(state == FINAL and not locked)
        self.save_amend_button.setVisible(state == AMENDING)
        self.cancel_amend_button.setVisible(state == AMENDING)
        self.history_button.setVisible(state in (FINAL, AMENDING))
        # a final note reads as a line of facts rather than a form of greyed-out fields
        self.fields.setVisible(state != FINAL)
        self.meta.setVisible(state == FINAL)
        self.meta.setText(self._meta_text() if state == FINAL else "")
        self._show_title()

    def _show_title(self) -> None:
        titles = {NEW: self.tr("New session note"), DRAFT: self.tr("Session note – draft"),
                  FINAL: self.tr("Session note – final"),
                  AMENDING: self.tr("Session note – amending")}
        self.title.setText(titles[self.state])
        self.status.setStyleSheet(HEED if self.kept_offline else QUIET)
        if self.state == FINAL and self.note and self.note.version > 1:
            self.status.setText(self.tr("Version %1; see the history for every change.")
                                .replace("%1", str(self.note.version)))
        elif self.state == AMENDING:
            self.status.setText(self.tr("Change the text, then save it with a reason."))
        elif self.state == DRAFT and self.note and self.note.updated_at:
            self.status.setText(self.tr("Draft saved %1").replace(
                "%1", fmt_moment(self.note.updated_at)))
        elif self.state == NEW:
            self.status.setText(self.tr("Saves itself as a draft while you type."))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))

    def _meta_text(self) -> str:
        note = self.note
        if note is None:
            return ""
        author = {u.id: u.name for u in self._vault.users.list()}.get(note.author_id, "")
        parts = [fmt_date(note.session_date),
                 self.tr("%1 min").replace("%1", str(note.duration_minutes)),
                 kind_label(note.category), label(note.sensitivity)]
        if author:
            parts.append(self.tr("by %1").replace("%1", author))
        return " · ".join(parts)

    def set_dossier_read_only(self, read_only: bool) -> None:
        self._dossier_read_only = read_only
        self._set_state(self.state)

    # -- saving -------------------------------------------------------------------------------

    # -- who else is here (a practice server) -------------------------------------------------

    def check_presence(self) -> None:
        """Show who else was heard editing this dossier lately; nothing when not known."""
        names: list[str] = []
        try:
            if self._presence is not None:
                ids = self._presence.others(self._child_id)
                if any(i not in self._user_names for i in ids):
                    self._user_names = {u.id: u.name for u in self._vault.users.list()}
                names = [self._user_names[i] for i in ids if i in self._user_names]
        except Exception:  # the server away or the vault locked: say nothing
            names = []
        self.others.setText(self.tr("Also working in this dossier now: %1").replace(
            "%1", ", ".join(names)) if names else "")
        self.others.setVisible(bool(names))

    def _announce(self) -> None:
        try:
            if self._presence is not None:
                self._presence.announce(self._child_id)
        except Exception:  # a notice is a courtesy: never an error for it
            pass

    def _changed(self, *_args) -> None:
        if not self._loading and self.state in (NEW, DRAFT, AMENDING):
            self._announce()
        if self._loading or self.state not in (NEW, DRAFT):
            return
        self._dirty = True
        self.status.setText(self.tr("Not saved yet…"))
        self.status.setVisible(True)
        self.autosave_timer.start()

    def flush(self) -> None:
        """Save the draft now if anything changed (before lock, close, or another note)."""
        if self._dirty and self.state in (NEW, DRAFT):
            self.save_draft()

    def save_draft(self) -> bool:
        self.autosave_timer.stop()
        if not self._dirty or self.state not in (NEW, DRAFT):
            return True
        text = self.text.toPlainText()
        if self.note is None and not text.strip():
            self._dirty = False
            return True  # nothing typed yet: no empty drafts in the dossier
        try:
            self.note = self._write_draft(text)
        except Exception as exc:
            if not self._keep_offline(exc, text):
                self._error(exc)
            return False
        self._dirty = False
        if self.offline_name is not None and self._offline is not None:
            self._offline.drop(self.offline_name)  # on the server now: the kept copy goes
            self.offline_name = None
            self.retry_timer.stop()
        self._set_state(DRAFT)
        self.saved.emit(self.note.id)
        return True

    @property
    def kept_offline(self) -> bool:
        """Whether the draft on screen is kept on this computer, not yet on the server."""
        return self.offline_name is not None

    def _keep_offline(self, exc: BaseException, text: str) -> bool:
        """Keep the draft sealed on this computer when the server is away; False for any
        other failure (the caller says what it was)."""
        if self._offline is None or not unreachable(exc):
            return False
        name = self.offline_name or OfflineDrafts.new_name()
        fields = self._fields(text)
        try:
            self._offline.keep(name, OfflineDraft(
                user_id=self._vault.context.user.id, child_id=self._child_id, note_id=self.note_id,
                text=text, category=str(fields["category"]),
                sensitivity=str(fields["sensitivity"]),
                session_date=fields["session_date"].isoformat(),
                duration_minutes=int(fields["duration_minutes"])))
        except Exception as error:  # a full or read-only disk: say that
            self._error(error)
            return True
        self.offline_name = name
        self.status.setStyleSheet(HEED)
        self.status.setText(message_for("draft_kept_offline"))
        self.status.setVisible(True)
        self.retry_timer.start()
        return True

    def retry(self) -> None:
        """While the draft is kept on this computer: look whether the server answers, on a
        thread of its own (a reconnect to a server that is away would hold the window for
        its wait), and save once it does; else look again after `retry_ms`."""
        ctx = self._vault.context
        if ctx.connected:
            self.save_draft()
        else:  # whether the server is back, looked at off the GUI thread
            look_on_a_thread(ctx.answers, self._looked)

    def _looked(self, answers: bool) -> None:
        if not shiboken6.isValid(self) or not self.kept_offline:
            return  # the editor closed, or the draft was saved meanwhile
        if answers:
            self.save_draft()
        else:
            self.retry_timer.start()

    def _fields(self, text: str) -> dict:
        return dict(text=text, category=self.category.currentData(),
                    sensitivity=self.sensitivity.currentData(),
                    session_date=self.date.date().toPython(),
                    duration_minutes=self.duration.value())

    def _write_draft(self, text: str) -> Note:
        fields = self._fields(text)
        if self.note is None:
            return self._vault.notes.add(self._child_id, **fields)
        return self._vault.notes.save_draft(self.note.id, **fields)

    def finalise(self) -> None:
        if not self.text.toPlainText().strip():
            self._asker.warn(self, self.tr("Finalise"),
                               self.tr("An empty note cannot be finalised."))
            return
        if not self.save_draft() or self.note is None:
            return
        try:
            self.note = self._vault.notes.finalise(self.note.id)
        except Exception as exc:
            self._error(exc)
            return
        self._set_state(FINAL)
        self.saved.emit(self.note.id)

    def delete_draft(self) -> None:
        if self.note is None or not self._asker.confirm(
                self, self.tr("Delete draft"), self.tr("Delete this draft? It cannot be "
                                                       "brought back.")):
            return
        try:
            self._vault.notes.delete_draft(self.note.id)
        except Exception as exc:
            self._error(exc)
            return
        note_id = self.note.id
        self.start_new()
        self.saved.emit(note_id)

    # -- amending a final note ----------------------------------------------------------------

    def begin_amend(self) -> None:
        self._set_state(AMENDING)
        self.text.setFocus()

    def cancel_amend(self) -> None:
        if self.note is not None:
            self.load(self.note.id)

    def save_amendment(self) -> None:
        if self.note is None:
            return
        reason = self._asker.reason(self, self.tr("Reason for the amendment"), self.tr(
            "Why does this note change? The reason is kept with the old and the new text."))
        if reason is None:
            return  # keep editing; nothing is lost
        if not reason.strip():
            self._asker.warn(self, self.tr("Amend"), self.tr("Give a reason for the change."))
            return
        try:
            self.note = self._vault.notes.amend(
                self.note.id, text=self.text.toPlainText(), reason=reason.strip(),
                **self._amend_extras())
        except Exception as exc:
            self._error(exc)
            return
        self._fill(self.note)
        self._set_state(FINAL)
        self.saved.emit(self.note.id)

    def _amend_extras(self) -> dict:
        assert self.note is not None
        extras = {}
        if self.category.currentData() != self.note.category:
            extras["category"] = self.category.currentData()
        if self.sensitivity.currentData() != self.note.sensitivity:
            extras["sensitivity"] = self.sensitivity.currentData()
        return extras

    def show_history(self) -> None:
        if self.note is None:
            return
        try:
            versions = self._vault.notes.history(self.note.id)
        except Exception as exc:
            self._error(exc)
            return
        users = {u.id: u.name for u in self._vault.users.list()}
        self.history_dialog = NoteHistoryDialog(versions, users, self)
        self.history_dialog.open()

    def _error(self, exc: BaseException) -> None:
        self._asker.warn(self, self.tr("Session note"), message_for(exc))


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _button(text: str, name: str, slot) -> QPushButton:
    button = _named(QPushButton(text), name, text.rstrip("…"))
    button.clicked.connect(slot)
    return button


def _combo(name: str, accessible: str, enum, values) -> QComboBox:
    box = _named(QComboBox(), name, accessible)
    for value in values:
        text = kind_label(value) if enum is Category else label(value)
        box.addItem(text, enum(value))
    return box


def _select(box: QComboBox, value) -> None:
    index = box.findData(value)
    if index < 0:  # a value this editor does not offer (e.g. set elsewhere) stays visible
        box.addItem(kind_label(value) if isinstance(value, Category) else label(value), value)
        index = box.count() - 1
    box.setCurrentIndex(index)
