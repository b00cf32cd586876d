"""What the first dossier opened would otherwise do on the GUI thread, done while the lock
screen waits for the passphrase (issue 13): importing the dossier's modules and letting
PySide6 make, on the first QScrollArea and QTabWidget, the 120-odd Qt enum types it makes
lazily (about 20 ms together on an idle core; the first dossier opened took 60 ms against
20 ms for every later one). One small step per turn of the event loop, so no step is a
stall of its own; once per process. Nothing here touches a vault."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

MODULES = ("casefile.ui.dossier", "casefile.ui.overview_tab", "casefile.ui.notes_tab",
           "casefile.ui.note_editor", "casefile.ui.note_history", "casefile.ui.removal",
           "casefile.ui.search_dialog", "casefile.ui.child_dialog")
DELAY_MS = 300  # after the lock screen has been painted

_steps: list[Callable[[], object]] = []
_scheduled = False


class _Watching(QObject):
    """A Python event filter on the application, as the inactivity timer installs once
    unlocked: what PySide6 does lazily is done when an object it has not seen yet first
    passes through a Python filter (the QScrollArea's parts made 110 to 185 enum types)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return False


def _widgets() -> None:
    from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget

    app = QApplication.instance()
    if app is None:
        return
    watching = _Watching()
    app.installEventFilter(watching)
    try:
        parent = QWidget()
        QScrollArea(parent)
        QTabWidget(parent)
        parent.deleteLater()
        parent.hide()  # never shown
    finally:
        app.removeEventFilter(watching)


def warm_up_later(delay_ms: int = DELAY_MS) -> None:
    """Schedule the steps (the first call of the process only)."""
    global _scheduled
    if _scheduled:
        return
    _scheduled = True
    _steps.extend([*(lambda m=m: importlib.import_module(m) for m in MODULES), _widgets])
    QTimer.singleShot(delay_ms, _next)


def pending() -> int:
    """Steps not yet run (0 once warm, or before anything was scheduled)."""
    return len(_steps)


def _next() -> None:
    if not _steps:
        return
    step = _steps.pop(0)
    with contextlib.suppress(Exception):  # a warm-up never breaks the lock screen; the
        step()                            # real open would meet the same error and say it
    if _steps:
        QTimer.singleShot(0, _next)
