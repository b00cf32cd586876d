"""Long work off the GUI thread (DESIGN section 7b): a worker thread with its own keyed
connection, a progress dialog, and the result handed back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from casefile.services import Services, build_services


class _Worker(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            self.result = self._work()
            self.done.emit(self.result)
        except Exception as exc:  # shown by the caller as one sentence
            self.failed.emit(exc)


class Job(QObject):
    """Runs `work()` on a worker thread behind a progress dialog; then `on_done(result)` or
    `on_failed(exc)` on the GUI thread."""

    def __init__(self, parent: QWidget, label: str, work: Callable[[], object],
                 on_done: Callable[[object], None], on_failed: Callable[[BaseException], None]):
        super().__init__(parent)
        self.progress = QProgressDialog(label, "", 0, 0, parent)
        self.progress.setObjectName("jobProgress")
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self._on_done, self._on_failed = on_done, on_failed
        self._delivered = False
        self.thread = QThread()
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # bound slots of an object in the GUI thread: queued, so they run there
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.thread.start()
        # Quitting (the window closed during a KDF) must wait for the thread: Qt aborts the
        # process when a running QThread is destroyed.
        QCoreApplication.instance().aboutToQuit.connect(self._at_quit)

    @property
    def running(self) -> bool:
        return self.thread.isRunning()

    @Slot(object)
    def _done(self, result) -> None:
        self._delivered = True
        self._finish()
        self._on_done(result)

    @Slot(object)
    def _failed(self, exc) -> None:
        self._delivered = True
        self._finish()
        self._on_failed(exc)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.progress.close()

    @Slot()
    def _at_quit(self) -> None:
        if self._delivered:
            return
        self.thread.quit()
        self.thread.wait()
        leftover = getattr(self.worker, "result", None)
        if hasattr(leftover, "lock"):  # a vault opened for a window that is gone: drop its key
            leftover.lock()


def on_own_connection(vault, work: Callable[[Services], object]) -> Callable[[], object]:
    """Wrap `work(services)` so it runs with a forked context (its own connection) and
    the same services the vault has, built on that context."""
    ctx = vault.context

    def run():
        twin = ctx.fork()
        try:
            return work(build_services(twin))
        finally:
            twin.close()

    return run
