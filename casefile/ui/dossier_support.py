"""Small pieces the dossier tabs share: the asker seam for questions, date formatting and
readable enum labels.

Questions go through an `Asker` so the flows can be tested without driving modal Qt dialogs
(STYLE 8): the window gets a `QtAsker`, tests hand in a scripted one."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from casefile import catalogue
from casefile.render_text import say


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
    return catalogue.fmt_date(value)


def fmt_moment(value: datetime | None) -> str:
    """A stored UTC moment in the computer's local time."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")


def kind_label(category: object) -> str:
    return say(catalogue.kind_label(category))


def label(code: object) -> str:
    """The translated word for an enum value; unknown codes are shown as they are."""
    return say(catalogue.label(code))
