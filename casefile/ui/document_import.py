"""Importing received files: the details asked before import, and the worker that reads a
large file off the GUI thread while a progress dialog shows how far it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from casefile.model import Category, Sensitivity
from casefile.ui.dossier_support import kind_label, label


@dataclass(frozen=True)
class ImportDetails:
    received_on: date
    category: Category = Category.DOCUMENTS
    sensitivity: Sensitivity = Sensitivity.NORMAL
    source_organisation_id: int | None = None


class ImportDetailsDialog(QDialog):
    """Where the file came from and what it is; asked once for the files of one import."""

    def __init__(self, names: list[str], organisations: list, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDetailsDialog")
        self.setAccessibleName(self.tr("Import documents"))
        self.setWindowTitle(self.tr("Import documents"))
        shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
        files = QLabel(self.tr("Files: %1").replace("%1", shown))
        files.setWordWrap(True)
        files.setObjectName("importFiles")
        self.source = QComboBox(self)
        self.source.setObjectName("importSource")
        self.source.setAccessibleName(self.tr("Received from"))
        self.source.addItem(self.tr("(not from an organisation)"), None)
        for org in organisations:
            self.source.addItem(org.name, org.id)
        self.received = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.received.setObjectName("importReceived")
        self.received.setAccessibleName(self.tr("Date received"))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd-MM-yyyy")
        self.category = _combo(self, "importCategory", self.tr("Kind"),
                               (Category.DOCUMENTS, Category.ASSESSMENTS,
                                Category.GUIDANCE_SUMMARY))
        self.sensitivity = _combo(self, "importSensitivity", self.tr("Sensitivity"),
                                  tuple(Sensitivity))
        form = QFormLayout()
        form.addRow(self.tr("Received from"), self.source)
        form.addRow(self.tr("Date received"), self.received)
        form.addRow(self.tr("Kind"), self.category)
        form.addRow(self.tr("Sensitivity"), self.sensitivity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(files)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> ImportDetails:
        return ImportDetails(received_on=self.received.date().toPython(),
                             category=self.category.currentData(),
                             sensitivity=self.sensitivity.currentData(),
                             source_organisation_id=self.source.currentData())


def _combo(parent: QWidget, name: str, accessible: str, values) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    for value in values:
        box.addItem(kind_label(value) if isinstance(value, Category) else label(value), value)
    return box


class _Signals(QObject):
    progress = Signal(int, int)  # bytes done, bytes total
    done = Signal(object)  # the Document
    failed = Signal(object)  # the exception


class ImportJob(QRunnable):
    """Runs `work(progress)` on a pool thread; the work opens its own connection."""

    def __init__(self, work) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class ImportRunner(QObject):
    """Imports files one after another on a worker, with one progress dialog."""

    finished = Signal(list, list)  # imported documents, (path, exception) pairs

    def __init__(self, start_job, parent: QWidget, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._start_job = start_job  # (path, progress) -> Document, runs on the worker
        self._parent = parent
        self._pool = pool or QThreadPool.globalInstance()
        self._queue: list[Path] = []
        self._current: Path | None = None
        self._done: list = []
        self._failed: list = []
        self.dialog: QProgressDialog | None = None

    def run(self, paths: list[Path]) -> None:
        self._queue = list(paths)
        self.dialog = QProgressDialog(self.tr("Importing…"), "", 0, 1000, self._parent)
        self.dialog.setObjectName("importProgress")
        self.dialog.setAccessibleName(self.tr("Import progress"))
        self.dialog.setWindowTitle(self.tr("Import documents"))
        self.dialog.setCancelButton(None)  # a half-read file is never stored; let it finish
        self.dialog.setMinimumDuration(300)
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self.dialog.reset()
            self.finished.emit(self._done, self._failed)
            return
        path = self._current = self._queue.pop(0)
        self.dialog.setLabelText(self.tr("Importing %1…").replace("%1", path.name))
        self.dialog.setValue(0)
        job = ImportJob(lambda progress: self._start_job(path, progress))
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._ok)
        job.signals.failed.connect(self._fail)  # a bound slot, so it runs on this thread
        self._job = job  # keep the signals object alive until the job reports
        self._pool.start(job)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setValue(min(1000, int(done * 1000 / total)))

    def _ok(self, document) -> None:
        self._done.append(document)
        self._next()

    def _fail(self, exc: BaseException) -> None:
        self._failed.append((self._current, exc))
        self._next()
