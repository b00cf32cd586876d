"""The seam for questions: flows ask through an `Asker`, so they can be tested without
driving modal Qt dialogs (STYLE 8). The window gets a `QtAsker`; tests hand in a scripted
one. A module of its own, below every tab and dialog that asks, so none of them imports
another to reach it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from casefile.ui.document_import import ImportDetails, ImportDetailsDialog


class Asker(Protocol):
    def reason(self, parent: QWidget, title: str, prompt: str) -> str | None:
        """A free-text answer, or None when cancelled."""
        ...

    def confirm(self, parent: QWidget, title: str, text: str) -> bool: ...

    def save_path(self, parent: QWidget, title: str, suggested: str) -> Path | None: ...

    def open_paths(self, parent: QWidget, title: str) -> list[Path]: ...

    def inform(self, parent: QWidget, title: str, text: str) -> None: ...

    def document_details(self, parent: QWidget, names: list[str], organisations: list,
                         today: date) -> ImportDetails | None:
        """The details of the files about to be imported, or None when cancelled."""
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
                         today: date) -> ImportDetails | None:
        dialog = ImportDetailsDialog(names, organisations, today, parent)
        return dialog.details() if dialog.exec() == ImportDetailsDialog.DialogCode.Accepted \
            else None
