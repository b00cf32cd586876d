"""Where a dialog's keyboard starts: the focus on its first field and Enter on its default
button. Qt gives the focus to the first button in the focus chain (the button box is often
made first), so typing went nowhere and Enter pressed whatever button that was (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# a line that asks for attention without alarm (the server away, changed elsewhere)
HEED = "color: #7a4b00;"


class _FocusOnShow(QObject):
    """Puts the focus on `first` each time the dialog is shown: a focus set while hidden is
    undone when Qt picks the dialog's focus widget on show."""

    def __init__(self, dialog: QWidget, first: QWidget) -> None:
        super().__init__(dialog)
        self._first = first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._first.setFocus(Qt.FocusReason.TabFocusReason)
        return False


def start_at(dialog: QDialog, first: QWidget, default: QAbstractButton | None = None) -> None:
    """`first` has the focus when `dialog` opens; Enter presses `default` and no other
    button (every other push button loses autoDefault, so a focused "Deactivate…" is not
    pressed by Enter either)."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
    if isinstance(default, QPushButton):
        default.setDefault(True)
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    dialog.installEventFilter(_FocusOnShow(dialog, first))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """The size a window would like, but never larger than the screen it opens on (a
    1024x600 screen left the export wizard's buttons below the edge); room is kept for the
    title bar and the panel. Its layout scrolls or wraps what does not fit."""
    screen = window.screen().availableGeometry()
    window.resize(min(width, screen.width() - 24), min(height, screen.height() - 40))


def default_button(dialog: QWidget) -> QPushButton | None:
    """The button Enter presses (for tests and for screens that check it)."""
    return next((b for b in dialog.findChildren(QPushButton) if b.isDefault()), None)


class TypedConfirmation(QDialog):
    """An irreversible action confirmed by typing what it is about (the child's name, the
    number of dossiers): a reflex Enter or "Ja" cannot erase anything. Cancel is the
    default; the action's button opens only when the text matches."""

    def __init__(self, title: str, text: str, expected: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typedConfirmation")
        self.setWindowTitle(title)
        self._expected = " ".join(expected.split()).casefold()
        question = QLabel(text, objectName="typedConfirmationText")
        question.setWordWrap(True)
        self.typed = QLineEdit(objectName="typedConfirmationInput")
        self.typed.setAccessibleName(self.tr("Type to confirm"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(title)
        self.ok.setEnabled(False)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_matching)
        buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(lambda _t: self.ok.setEnabled(self.matches()))
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.typed)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        start_at(self, self.typed, self.cancel)

    def matches(self) -> bool:
        """Case and spacing as typed do not matter; every letter does."""
        return " ".join(self.typed.text().split()).casefold() == self._expected

    def _accept_if_matching(self) -> None:
        if self.matches():
            self.accept()
