"""The window's ear on a practice server: when another computer changes a child or a
child's dossier, the notice arrives on the connection's socket (casefile/notices.py), a
QSocketNotifier wakes the event loop, and one round trip collects what came. Nothing is
asked of the server while nothing arrives, so a server that went away costs the window no
wait; the socket is looked at again every few seconds (without a round trip) to listen on
the connection a reconnect made. While the connection is gone, a thread of its own looks
every few seconds whether the server takes one again; once it does, the window connects
and reads again what it shows (`reconnected`: the notices sent meanwhile never came)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from casefile.notices import Notices
from casefile.ui.jobs import Worker


def look_on_a_thread(answers: Callable[[], bool], then: Callable[[bool], None]) -> None:
    """`answers()` (whether the server takes a connection: a TCP look that may wait a few
    seconds) on a thread of its own, then `then(result)` on the GUI thread; the window
    never waits for a server that is away."""
    worker = Worker.of()

    def look() -> None:
        try:
            result = answers()
        except Exception:  # locked meanwhile, say: not now
            result = False
        worker.post(lambda: then(result))

    threading.Thread(target=look, name="casefile-server-look", daemon=True).start()


class ServerWatch(QObject):
    childrenChanged = Signal(list)  # ids of the children another computer changed
    dossiersChanged = Signal(list)  # ids of the children whose dossier's content did
    reconnected = Signal()  # back after the server was away: anything may have changed
    arrived = Signal()  # any notice, also who edits which dossier (casefile/presence.py)

    def __init__(self, notices: Notices, parent: QObject | None = None, *,
                 rearm_ms: int = 5000) -> None:
        super().__init__(parent)
        self._notices = notices
        self._notifier: QSocketNotifier | None = None
        self._watched: object = None  # the connection whose socket is watched
        self._rearm = QTimer(self)
        self._rearm.setInterval(rearm_ms)
        self._rearm.timeout.connect(self.arm)
        self._rearm.start()
        self._looking = False
        self._lost = False  # the connection went since the last notice was heard
        self.arm()

    @classmethod
    def of(cls, vault, parent: QObject | None = None) -> ServerWatch | None:
        notices = Notices.of(vault)
        return cls(notices, parent) if notices is not None else None

    def arm(self) -> None:
        """Watch the connection's socket (a new one after a reconnect); while there is
        none, look whether the server is back."""
        try:
            socket = self._notices.socket()
        except Exception:  # locked, or the server away: the next look tries again
            socket = None
        if socket is None:
            if self._notices.away():
                self._lost = True
                self._look()
            self._drop()
            return
        if self._notices.listening_on is self._watched:
            return  # the same connection (a socket number alone may be reused)
        again = self._lost or self._watched is not None  # a new connection, by whoever
        self._drop()
        self._watched = self._notices.listening_on
        self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.collect)
        if again:
            self._lost = False
            self.reconnected.emit()

    def _look(self) -> None:
        if not self._looking:
            self._looking = True
            look_on_a_thread(self._notices.answers, self._back_if)

    def _back_if(self, answers: bool) -> None:
        if not shiboken6.isValid(self):
            return  # the window went meanwhile
        self._looking = False
        if not answers or not self._notices.away():
            return
        try:
            self._notices.reconnect()
        except Exception:  # it went again, or refused: the next look tries again
            return
        self.arm()  # says `reconnected`

    def collect(self, *_args) -> None:
        """Something arrived: take the notices and say what changed."""
        try:
            changes = self._notices.take()
        except Exception:  # the server closed the connection: the next look reconnects
            self._lost = True
            self._drop()
            return
        self.arrived.emit()
        if changes.children:
            self.childrenChanged.emit(sorted(changes.children))
        if changes.dossiers:
            self.dossiersChanged.emit(sorted(changes.dossiers))

    def stop(self) -> None:
        self._rearm.stop()
        self._drop()

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier, self._watched = None, None
