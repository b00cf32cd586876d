"""The seam for questions: flows ask through an `Asker`, so they can be tested without
driving modal Qt dialogs (STYLE 8). The window gets a `QtAsker`; tests hand in a scripted
one. A module of its own, below every tab and dialog that asks, so none of them imports
another to reach it."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from casefile.ui.document_import import ImportDetails, ImportDetailsDialog


class Asker(Protocol):
    def reason(self, parent: QWidget, title: str, prompt: str) -> str | None:
        """A free-text answer, or None when cancelled."""
        ...

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        """Yes or No; No is the default, so Enter does not say yes."""
        ...

    def confirm_typed(self, parent: QWidget, title: str, text: str, expected: str) -> bool:
        """An irreversible action: true only once the user typed `expected` (the child's
        name, the number of dossiers); Cancel is the default."""
        ...

    def save_path(self, parent: QWidget, title: str, suggested: str) -> Path | None: ...

    def open_paths(self, parent: QWidget, title: str) -> list[Path]: ...

    def folder(self, parent: QWidget, title: str, start: str = "") -> Path | None:
        """A folder chosen, or None when cancelled."""
        ...

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        """Something went as asked: the information icon."""
        ...

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        """Something failed or was refused: the warning icon."""
        ...

    def show_secret(self, parent: QWidget, title: str, text: str, secret: str) -> None:
        """A secret shown once (a temporary passphrase), selectable to copy."""
        ...

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
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_typed(self, parent: QWidget, title: str, text: str, expected: str) -> bool:
        from casefile.ui.forms import TypedConfirmation

        dialog = TypedConfirmation(title, text, expected, parent)
        return dialog.exec() == TypedConfirmation.DialogCode.Accepted

    def save_path(self, parent: QWidget, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested)
        return Path(name) if name else None

    def open_paths(self, parent: QWidget, title: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title)
        return [Path(n) for n in names]

    def folder(self, parent: QWidget, title: str, start: str = "") -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(chosen) if chosen else None

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def show_secret(self, parent: QWidget, title: str, text: str, secret: str) -> None:
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, parent)
        from casefile.render import MONO_FAMILY

        # Letters, digits and dashes only (drawn by Casefile), so safe inside the markup.
        box.setInformativeText(f"<p style='font-family: {MONO_FAMILY}; font-size: 15pt'>"
                               f"{escape(secret)}</p>")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def document_details(self, parent: QWidget, names: list[str], organisations: list,
                         today: date) -> ImportDetails | None:
        dialog = ImportDetailsDialog(names, organisations, today, parent)
        return dialog.details() if dialog.exec() == ImportDetailsDialog.DialogCode.Accepted \
            else None
