"""Importing received files: the details asked before import, and the worker that reads a
large file off the GUI thread while a progress dialog shows how far it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casefile.model import Category, Sensitivity
from casefile.ui.dossier_support import kind_label, label
from casefile.ui.forms import start_at
from casefile.ui.jobs import Job, JobControl


@dataclass(frozen=True)
class FileKind:
    """What one file of an import is."""

    category: Category = Category.DOCUMENTS
    sensitivity: Sensitivity = Sensitivity.NORMAL


@dataclass(frozen=True)
class ImportDetails:
    received_on: date
    category: Category = Category.DOCUMENTS
    sensitivity: Sensitivity = Sensitivity.NORMAL
    source_organisation_id: int | None = None
    files: tuple[FileKind, ...] = ()  # one per file, in the order asked; else the above

    def kind_of(self, index: int) -> FileKind:
        if 0 <= index < len(self.files):
            return self.files[index]
        return FileKind(self.category, self.sensitivity)


KINDS = (Category.DOCUMENTS, Category.ASSESSMENTS, Category.GUIDANCE_SUMMARY)


class ElidedLabel(QLabel):
    """A file name in full when it fits; else shortened in the middle, so the start and the
    extension stay visible ("handelingsplan…groep 6.pdf"), with the whole name as tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(self.fontMetrics().horizontalAdvance(self.full_text) + 8, 420),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle,
                                                   max(self.width(), 1)))


class ImportDetailsDialog(QDialog):
    """Where the files came from and when (once for the import), and what each file is: its
    own kind and sensitivity, since one letter of a batch may be an assessment."""

    def __init__(self, names: list[str], organisations: list, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDetailsDialog")
        self.setAccessibleName(self.tr("Import documents"))
        self.setWindowTitle(self.tr("Import documents"))
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
        form = QFormLayout()
        form.addRow(self.tr("Received from"), self.source)
        form.addRow(self.tr("Date received"), self.received)
        self.names: list[ElidedLabel] = []
        self.categories: list[QComboBox] = []
        self.sensitivities: list[QComboBox] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._files(names), 1)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())
        start_at(self, self.source, buttons.button(QDialogButtonBox.StandardButton.Ok))

    def _files(self, names: list[str]) -> QScrollArea:
        box = QWidget()
        box.setObjectName("importFiles")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for index, name in enumerate(names):
            # The name has the whole width to itself, the two choices sit under it.
            shown = ElidedLabel(name)
            shown.setObjectName(f"importName{index}")
            font = shown.font()
            font.setBold(True)
            shown.setFont(font)
            category = _combo(box, f"importCategory{index}",
                              self.tr("Kind of %1").replace("%1", name), KINDS)
            sensitivity = _combo(box, f"importSensitivity{index}",
                                 self.tr("Sensitivity of %1").replace("%1", name),
                                 tuple(Sensitivity))
            choices = QHBoxLayout()
            choices.setContentsMargins(12, 0, 0, 10)
            for text, combo in ((self.tr("Kind"), category),
                                (self.tr("Sensitivity"), sensitivity)):
                caption = QLabel(text)
                caption.setBuddy(combo)
                choices.addWidget(caption)
                choices.addWidget(combo)
            choices.addStretch(1)
            column.addWidget(shown)
            column.addLayout(choices)
            self.names.append(shown)
            self.categories.append(category)
            self.sensitivities.append(sensitivity)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("importFilesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(box)
        scroll.setMinimumHeight(min(len(names), 4) * (2 * self.source.sizeHint().height() + 8))
        return scroll

    def details(self) -> ImportDetails:
        files = tuple(FileKind(c.currentData(), s.currentData())
                      for c, s in zip(self.categories, self.sensitivities, strict=True))
        first = files[0] if files else FileKind()
        return ImportDetails(received_on=cast(date, self.received.date().toPython()),
                             category=first.category, sensitivity=first.sensitivity,
                             source_organisation_id=self.source.currentData(), files=files)


def _combo(parent: QWidget, name: str, accessible: str, values) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    # may narrow on a small screen instead of pushing the dialog wider than the screen
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(10)
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
