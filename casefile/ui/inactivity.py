"""Auto-lock after idle time (KeePassXC's InactivityTimer, in small): any key or mouse
event in the application counts as activity; a timer compares the injected clock's
monotonic time against the limit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class InactivityTimer(QObject):
    timedOut = Signal()

    def __init__(self, clock, minutes: float | Callable[[], float],
                 parent: QObject | None = None, check_every_ms: int = 5000) -> None:
        """`minutes` may be a callable, read at every check, so a changed setting counts at
        once instead of at the next unlock."""
        super().__init__(parent)
        self._clock = clock
        self._minutes = minutes if callable(minutes) else (lambda: minutes)
        self._known = 5.0
        self._last = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    @property
    def limit(self) -> float:
        """The idle limit in seconds."""
        try:
            self._known = float(self._minutes())
        except Exception:  # the settings could not be read: keep the last limit we knew
            pass
        return self._known * 60

    def start(self) -> None:
        self._last = self._clock.monotonic()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here. Input comes from the window system
        # (spontaneous); asking that first spares the type's conversion to a Python enum,
        # which for Qt's internal event types built a new enum member each time (issue 13).
        if event.spontaneous() and event.type() in _ACTIVITY:
            self._last = self._clock.monotonic()
        return False

    def check(self) -> None:
        if self._timer.isActive() and self._clock.monotonic() - self._last >= self.limit:
            self.stop()
            self.timedOut.emit()
