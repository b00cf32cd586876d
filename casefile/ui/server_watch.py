"""The window's ear on a practice server: when another computer changes a child or a
child's consents, the notice arrives on the connection's socket (casefile/notices.py), a
QSocketNotifier wakes the event loop, and one round trip collects what came. Nothing is
asked of the server while nothing arrives, so a server that went away costs the window no
wait; the socket is looked at again every few seconds (without a round trip) to listen on
the connection a reconnect made."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from casefile.notices import Notices


class ServerWatch(QObject):
    childrenChanged = Signal(list)  # ids of the children another computer changed
    consentsChanged = Signal(list)  # ids of the children whose consents or disclosures did

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
        self.arm()

    @classmethod
    def of(cls, vault, parent: QObject | None = None) -> ServerWatch | None:
        notices = Notices.of(vault)
        return cls(notices, parent) if notices is not None else None

    def arm(self) -> None:
        """Watch the connection's socket (a new one after a reconnect)."""
        try:
            socket = self._notices.socket()
        except Exception:  # locked, or the server away: the next look tries again
            socket = None
        if socket is not None and self._notices.listening_on is self._watched:
            return  # the same connection (a socket number alone may be reused)
        self._drop()
        if socket is not None:
            self._watched = self._notices.listening_on
            self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.collect)

    def collect(self, *_args) -> None:
        """Something arrived: take the notices and say what changed."""
        try:
            changes = self._notices.take()
        except Exception:  # the server closed the connection: what needs it will reconnect
            self._drop()
            return
        if changes.children:
            self.childrenChanged.emit(sorted(changes.children))
        if changes.consents:
            self.consentsChanged.emit(sorted(changes.consents))

    def stop(self) -> None:
        self._rearm.stop()
        self._drop()

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier, self._watched = None, None
