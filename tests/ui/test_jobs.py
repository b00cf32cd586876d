"""A job still running when the application quits (the window closed during the KDF)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from casefile.ui.jobs import Job


class OpenedVault:
    locked = False

    def lock(self) -> None:
        self.locked = True


def test_quitting_waits_for_the_worker_and_locks_what_it_opened(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    go, opened, delivered = threading.Event(), OpenedVault(), []

    def work(control) -> OpenedVault:
        go.wait(10)
        return opened

    job = Job(parent, "…", work, delivered.append, delivered.append)
    go.set()
    qapp.aboutToQuit.emit()  # before the queued result can reach the GUI thread
    assert not job.running  # else Qt aborts the process when the thread object goes
    assert opened.locked and delivered == []
