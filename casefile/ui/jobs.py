"""Long work off the GUI thread (DESIGN section 7b), in the manner of Anki's taskman: the
application has one worker thread, every long job (unlock, packets, access reports,
imports, backups, restores, purges, verify, PDF forms) runs there one after another, each
on its own keyed connection, and results and progress are posted back to the GUI thread.
A job never touches a widget; the GUI thread never waits for one."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from casefile.errors import CasefileError
from casefile.services import Services, build_services


class Cancelled(CasefileError):
    """The user stopped a job at a point where stopping leaves nothing half done."""

    code = "cancelled"


class JobControl:
    """What a running job may use: report progress, and see whether it was cancelled."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._report(done, total, label)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop (call it where stopping is safe)."""
        if self._cancelled.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancelled.set()


Work = Callable[[JobControl], Any]


class _Poster(QObject):
    """Lives on the GUI thread; a signal emitted on the worker is queued to it."""

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._run)

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()


class Worker(QObject):
    """The application's one worker thread. `Worker.of(app)` finds or makes it."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("casefileWorker")
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casefile-job")
        self._poster = _Poster()
        self._jobs: set[Job] = set()
        self.quitting = False
        app.aboutToQuit.connect(self._at_quit)

    @staticmethod
    def of(app: QCoreApplication | None = None) -> Worker:
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the worker needs the application")
        found = app.findChild(Worker, "casefileWorker")
        return found if found is not None else Worker(app)

    def submit(self, job: Job) -> Future:
        self._jobs.add(job)
        return self._executor.submit(job._run)

    def post(self, call: Callable[[], None]) -> None:
        """Run `call` on the GUI thread, soon (from any thread)."""
        self._poster.posted.emit(call)

    def forget(self, job: Job) -> None:
        self._jobs.discard(job)

    @Slot()
    def _at_quit(self) -> None:
        # Quitting (the window closed during a KDF) waits for the running job; a result
        # that can no longer reach its window is dropped, and a vault it opened is locked.
        self.quitting = True
        for job in list(self._jobs):
            job.control.cancel()
        self._executor.shutdown(wait=True)
        for job in list(self._jobs):
            job._drop_result()
        # If the application goes on (tests quit more than once), the next job gets a fresh
        # worker.
        self.setObjectName("")
        self.deleteLater()


class Job(QObject):
    """Runs `work(control)` on the worker behind a progress dialog; then `on_done(result)`
    or `on_failed(exc)` on the GUI thread. A cancellable job gets a Cancel button."""

    def __init__(self, parent: QWidget, label: str, work: Work,
                 on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None],
                 *, cancellable: bool = False, object_name: str = "jobProgress") -> None:
        super().__init__(parent)
        self._work, self._on_done, self._on_failed = work, on_done, on_failed
        self._worker = Worker.of()
        self._result: object = None
        self._delivered = False
        # The window that asked may close before the result comes back: then the result is
        # dropped as at quitting (a Python flag, since the Qt object is gone by then).
        gone = self._gone = [False]
        self.destroyed.connect(lambda *_: gone.__setitem__(0, True))
        self.control = JobControl(self._report)
        self.progress = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0,
                                        parent)
        self.progress.setObjectName(object_name)
        self.progress.setAccessibleName(label)
        if cancellable:
            self.progress.canceled.connect(self.control.cancel)
        else:
            self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)  # short work shows no dialog at all
        self._future = self._worker.submit(self)

    @property
    def running(self) -> bool:
        return not self._future.done()

    def wait(self, timeout: float | None = None) -> None:
        """For tests and shutdown: block until the work has finished (not delivered)."""
        self._future.exception(timeout)

    # -- on the worker ------------------------------------------------------------------

    def _run(self) -> None:
        try:
            result = self._work(self.control)
        except BaseException as exc:  # shown by the caller as one sentence
            failed: Callable[[], None] = functools.partial(self._deliver, self._on_failed, exc)
            self._worker.post(failed)
        else:
            self._result = result
            self._worker.post(lambda: self._deliver(self._on_done, result))

    def _report(self, done: int, total: int, label: str) -> None:
        self._worker.post(lambda: self._show_progress(done, total, label))

    # -- on the GUI thread ----------------------------------------------------------------

    def _show_progress(self, done: int, total: int, label: str) -> None:
        if self._delivered or self._gone[0]:
            return
        if label:
            self.progress.setLabelText(label)
        self.progress.setMaximum(max(total, 0))
        self.progress.setValue(min(done, total) if total > 0 else 0)

    def _deliver(self, callback: Callable[[Any], None], value: object) -> None:
        if self._gone[0]:
            self._drop_result()
            return
        if self._delivered or self._worker.quitting:
            return
        self._delivered = True
        self._worker.forget(self)
        self.progress.reset()
        self.progress.close()
        callback(value)

    def _drop_result(self) -> None:
        if self._delivered:
            return
        self._delivered = True
        self._worker.forget(self)
        leftover = self._result
        if hasattr(leftover, "lock"):  # a vault opened for a window that is gone
            leftover.lock()


def on_own_connection(vault, work: Callable[[Services, JobControl], object]) -> Work:
    """Wrap `work(services, control)` so it runs with a forked context (its own connection)
    and the same services the vault has, built on that context."""
    ctx = vault.context

    def run(control: JobControl) -> object:
        twin = ctx.fork()
        try:
            return work(build_services(twin), control)
        finally:
            twin.close()

    return run
