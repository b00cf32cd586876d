"""Importing received files: the details asked before import, and the worker that reads a
large file off the GUI thread while a progress dialog shows how far it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QObject, Signal
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
from casefile.ui.forms import start_at
from casefile.ui.jobs import Job, JobControl


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
        start_at(self, self.source, buttons.button(QDialogButtonBox.StandardButton.Ok))

    def details(self) -> ImportDetails:
        return ImportDetails(received_on=cast(date, self.received.date().toPython()),
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


class ImportRunner(QObject):
    """Imports files one after another as one job on the worker, with one progress dialog
    that can stop between two files (a half-read file is never stored)."""

    finished = Signal(list, list)  # imported documents, (path, exception) pairs

    def __init__(self, start_job, parent: QWidget) -> None:
        super().__init__(parent)
        self._start_job = start_job  # (path, progress) -> Document, runs on the worker
        self._parent = parent
        self.job: Job | None = None

    @property
    def dialog(self) -> QProgressDialog | None:
        return self.job.progress if self.job else None

    def run(self, paths: list[Path]) -> None:
        self.job = Job(self._parent, self.tr("Importing…"), self._import_all(list(paths)),
                       self._done, self._failed, cancellable=True,
                       object_name="importProgress")
        self.job.progress.setWindowTitle(self.tr("Import documents"))
        self.job.progress.setAccessibleName(self.tr("Import progress"))

    def _import_all(self, paths: list[Path]):
        label = self.tr("Importing %1…")  # translated here, on the GUI thread

        def work(control: JobControl) -> tuple[list, list]:
            done, failed = [], []
            for path in paths:
                if control.cancelled:
                    break
                text = label.replace("%1", path.name)
                control.progress(0, 1000, text)

                def progress(got: int, total: int, text: str = text) -> None:
                    if total > 0:
                        control.progress(min(1000, int(got * 1000 / total)), 1000, text)

                try:
                    done.append(self._start_job(path, progress))
                except Exception as exc:  # each file's own sentence, shown afterwards
                    failed.append((path, exc))
            return done, failed

        return work

    def _done(self, result: tuple[list, list]) -> None:
        self.finished.emit(*result)

    def _failed(self, exc: BaseException) -> None:
        self.finished.emit([], [])
