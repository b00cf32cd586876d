"""Small pieces the dossier tabs share: the asker seam for questions, date formatting,
readable enum labels and turning a domain error into one translated sentence.

Questions go through an `Asker` so the flows can be tested without driving modal Qt dialogs
(STYLE 8): the window gets a `QtAsker`, tests hand in a scripted one."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

CTX = "Dossier"  # the literal is repeated in each QT_TRANSLATE_NOOP for lupdate


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class Asker(Protocol):
    def reason(self, parent: QWidget, title: str, prompt: str) -> str | None:
        """A free-text answer, or None when cancelled."""
        ...

    def confirm(self, parent: QWidget, title: str, text: str) -> bool: ...

    def save_path(self, parent: QWidget, title: str, suggested: str) -> Path | None: ...

    def open_paths(self, parent: QWidget, title: str) -> list[Path]: ...

    def inform(self, parent: QWidget, title: str, text: str) -> None: ...

    def document_details(self, parent: QWidget, names: list[str], organisations: list,
                         today: date):
        """An ImportDetails for the files about to be imported, or None when cancelled."""
        ...


class QtAsker:
    """The real questions: standard Qt dialogs."""

    def reason(self, parent: QWidget, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, title, prompt)
        return text if ok else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def save_path(self, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested)
        return Path(name) if name else None

    def open_paths(self, parent: QWidget, title: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title)
        return [Path(n) for n in names]

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def document_details(self, parent: QWidget, names: list[str], organisations: list,
                         today: date):
        from casefile.ui.document_import import ImportDetailsDialog

        dialog = ImportDetailsDialog(names, organisations, today, parent)
        return dialog.details() if dialog.exec() == ImportDetailsDialog.DialogCode.Accepted \
            else None


def fmt_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def fmt_moment(value: datetime | None) -> str:
    """A stored UTC moment in the computer's local time."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")


_LABELS = {
    # guidance status
    "intake": QT_TRANSLATE_NOOP("Dossier", "Intake"),
    "active": QT_TRANSLATE_NOOP("Dossier", "Active"),
    "paused": QT_TRANSLATE_NOOP("Dossier", "Paused"),
    "closed": QT_TRANSLATE_NOOP("Dossier", "Closed"),
    # categories
    "identity": QT_TRANSLATE_NOOP("Dossier", "Identity"),
    "contact_details": QT_TRANSLATE_NOOP("Dossier", "Contact details"),
    "guidance_summary": QT_TRANSLATE_NOOP("Dossier", "Guidance summary"),
    "session_notes": QT_TRANSLATE_NOOP("Dossier", "Session notes"),
    "assessments": QT_TRANSLATE_NOOP("Dossier", "Assessments"),
    "documents": QT_TRANSLATE_NOOP("Dossier", "Documents"),
    # sensitivity
    "normal": QT_TRANSLATE_NOOP("Dossier", "Normal"),
    "sensitive": QT_TRANSLATE_NOOP("Dossier", "Sensitive"),
    "special": QT_TRANSLATE_NOOP("Dossier", "Special category (Art. 9)"),
}


# One item's kind reads better in the singular than the consent category's plural name.
_KINDS = {
    "session_notes": QT_TRANSLATE_NOOP("Dossier", "Session note"),
    "guidance_summary": QT_TRANSLATE_NOOP("Dossier", "Guidance summary"),
    "assessments": QT_TRANSLATE_NOOP("Dossier", "Assessment"),
    "documents": QT_TRANSLATE_NOOP("Dossier", "Document"),
}


def kind_label(category: object) -> str:
    text = _KINDS.get(str(category))
    return tr(text) if text else label(category)


def label(code: object) -> str:
    """The translated word for an enum value; unknown codes are shown as they are."""
    text = _LABELS.get(str(code))
    return tr(text) if text else str(code)


# Sentences for the codes this area meets; codes the first window translates come from
# `casefile.ui.messages` when it knows them.
_ERRORS = {
    "empty_note": QT_TRANSLATE_NOOP("Dossier", "An empty note cannot be finalised."),
    "note_finalised": QT_TRANSLATE_NOOP(
        "Dossier", "This note is final; change it with an amendment and a reason."),
    "reason_required": QT_TRANSLATE_NOOP("Dossier", "Give a reason for the change."),
    "document_too_large": QT_TRANSLATE_NOOP(
        "Dossier", "That file is larger than the size limit for documents."),
    "document_empty": QT_TRANSLATE_NOOP("Dossier", "That file is empty."),
    "document_unreadable": QT_TRANSLATE_NOOP("Dossier", "That file cannot be read."),
    "document_vanished": QT_TRANSLATE_NOOP("Dossier", "That file is no longer there."),
}
# Used only when the first window's `messages` module cannot say it.
_FALLBACK = {
    "dossier_restricted": QT_TRANSLATE_NOOP(
        "Dossier", "This dossier is restricted: it is read-only and nothing may be exported."),
    "vault_locked": QT_TRANSLATE_NOOP("Dossier", "The vault is locked."),
    "not_found": QT_TRANSLATE_NOOP("Dossier", "That record does not exist."),
    "invalid_input": QT_TRANSLATE_NOOP("Dossier", "That input is not valid."),
    "disk_full": QT_TRANSLATE_NOOP("Dossier", "The disk is full; nothing was saved."),
    "error": QT_TRANSLATE_NOOP("Dossier", "Something went wrong; nothing was changed."),
}


def error_text(exc: BaseException) -> str:
    """One translated sentence for a domain error; never a traceback. This area's own codes
    first, then the shared sentences (which name a refused field), then a safe fallback."""
    code = getattr(exc, "code", "")
    if code in _ERRORS:
        return tr(_ERRORS[code])
    if isinstance(exc, OSError):
        return tr(_ERRORS["document_unreadable"])
    shared = _shared_message(exc)
    if shared:
        return shared
    return tr(_FALLBACK.get(code, _FALLBACK["error"]))


def _shared_message(exc: BaseException) -> str:
    try:
        from casefile.ui import messages
    except ImportError:
        return ""
    for name in ("message_for", "error_message", "translate_error", "describe"):
        fn = getattr(messages, name, None)
        if callable(fn):
            try:
                return str(fn(exc))
            except Exception:  # a mismatch in a sibling module must not hide the error
                return ""
    return ""
