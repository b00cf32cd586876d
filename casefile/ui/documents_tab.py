"""The Documents tab: the child's received and produced files, an in-app preview of images,
text and PDF pages (decrypted into memory only), import by dialog or drop, and "Save a copy"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.catalogue import fmt_date
from casefile.model import Document
from casefile.ui.asker import Asker
from casefile.ui.document_import import ImportRunner
from casefile.ui.dossier_support import kind_label, label
from casefile.ui.jobs import Job
from casefile.ui.messages import message_for
from casefile.ui.models import PagedModel
from casefile.ui.pdf_preview import PdfNotShown, RenderedPage, Unshown, render_page
from casefile.validation import safe_filename

PAGE = 100
PREVIEW_LIMIT = 20 * 1024 * 1024  # larger files are not decrypted into memory for a glance


def shown_name(name: str) -> str:
    """A file name as shown: control characters made visible, not removed."""
    return safe_filename(name, unsafe="\ufffd")


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


class DocumentsModel(PagedModel):
    COL_NAME, COL_RECEIVED, COL_KIND, COL_SIZE, COL_SOURCE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Name"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Received"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Kind"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Size"),
        QT_TRANSLATE_NOOP("DocumentsModel", "From"),
    )

    PAGE = PAGE

    def __init__(self, vault, child_id: int, parent=None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._child_id = child_id
        self._orgs: dict[int, str] = {}

    @property
    def _docs(self) -> list[Document]:
        return self._rows

    def reload(self) -> None:
        self._orgs = {o.id: o.name for o in self._vault.organisations.list()}
        self.restart()

    def _fetch(self, loaded: list) -> list:
        return self._vault.documents.list(self._child_id, offset=len(loaded), limit=PAGE)

    def _extra(self, doc, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return shown_name(doc.filename)  # the whole name, where the column elides it
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, doc: Document, column: int) -> str:
        if column == self.COL_NAME:
            return shown_name(doc.filename)
        if column == self.COL_RECEIVED:
            return fmt_date(doc.received_on)
        if column == self.COL_KIND:
            return kind_label(doc.category)
        if column == self.COL_SIZE:
            return human_size(doc.size)
        return self._orgs.get(doc.source_organisation_id or -1, "")

    def document_at(self, row: int) -> Document:
        return self._docs[row]

    def row_of(self, document_id: int) -> int:
        return next((i for i, d in enumerate(self._docs) if d.id == document_id), -1)


class DocumentsTab(QWidget):
    def __init__(self, vault, child_id: int, asker: Asker, parent=None,
                 import_work=None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDocumentsTab")
        self._vault = vault
        self._child_id = child_id
        self._asker = asker
        self._read_only = False
        self._pdf: bytes | None = None  # the PDF being previewed, decrypted in memory only
        self._pdf_index = 0
        self._pdf_count = 0
        self.pdf_job: Job | None = None
        self.pdf_width = 0  # the width (pixels) the shown page was drawn for
        # Dragging the splitter or the window redraws the page once the size settles.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self._refit_page)
        self.model = DocumentsModel(vault, child_id, self)
        self.runner = ImportRunner(import_work or self._import_one, self)
        self.runner.finished.connect(self._imported)
        self._build()
        self.model.reload()

    def _build(self) -> None:
        self.import_button = _button(self.tr("Import…"), "docImport", self.choose_files)
        self.import_button.setToolTip(self.tr("You can also drop files on the dossier."))
        self.copy_button = _button(self.tr("Save a copy…"), "docSaveCopy", self.save_copy)
        self.copy_button.setEnabled(False)
        self.edit_button = _button(self.tr("Edit…"), "docEdit", self.edit_current)
        self.edit_button.setToolTip(self.tr("Correct the name, kind or date of this document."))
        self.remove_button = _button(self.tr("Remove…"), "docRemove", self.remove_current)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(False)
        self.view = self._list_view()
        self.preview = self._preview()
        self.preview.installEventFilter(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("docPreviewCaption")
        self.caption.setAccessibleName(self.tr("About this document"))
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setMinimumHeight(self.import_button.sizeHint().height())
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.copy_button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        splitter = QSplitter(self)
        right = QWidget(self)
        pane = QVBoxLayout(right)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.caption)
        pane.addWidget(self.preview, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    def _list_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("docList")
        view.setAccessibleName(self.tr("Documents in this dossier"))
        view.setModel(self.model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps the extension visible
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(self._row_changed)
        return view

    def _preview(self) -> QStackedWidget:
        stack = QStackedWidget(self)
        stack.setObjectName("docPreview")
        stack.setAccessibleName(self.tr("Preview"))
        self.preview_note = QLabel(self.tr("Choose a document to see it here."))
        self.preview_note.setObjectName("docPreviewNone")
        self.preview_note.setAccessibleName(self.tr("About the preview"))
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note.setWordWrap(True)
        self.preview_image = QLabel()
        self.preview_image.setObjectName("docPreviewImage")
        self.preview_image.setAccessibleName(self.tr("Image preview"))
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.preview_image)
        scroll.setWidgetResizable(True)
        self.preview_text = QPlainTextEdit()
        self.preview_text.setObjectName("docPreviewText")
        self.preview_text.setAccessibleName(self.tr("Text preview"))
        self.preview_text.setReadOnly(True)
        self.pdf_page = self._pdf_pane()
        for widget in (self.preview_note, scroll, self.preview_text, self.pdf_page):
            stack.addWidget(widget)
        return stack

    def _pdf_pane(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("docPreviewPdfPane")
        self.pdf_previous = _button(self.tr("Previous page"), "docPdfPrevious",
                                    lambda: self.show_pdf_page(self._pdf_index - 1))
        self.pdf_next = _button(self.tr("Next page"), "docPdfNext",
                                lambda: self.show_pdf_page(self._pdf_index + 1))
        self.pdf_position = QLabel()
        self.pdf_position.setObjectName("docPdfPosition")
        self.pdf_position.setAccessibleName(self.tr("Page"))
        self.pdf_position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_image = QLabel()
        self.pdf_image.setObjectName("docPreviewPdf")
        self.pdf_image.setAccessibleName(self.tr("PDF preview"))
        self.pdf_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.pdf_image)
        scroll.setWidgetResizable(True)
        bar = QHBoxLayout()
        bar.addWidget(self.pdf_previous)
        bar.addWidget(self.pdf_position, 1)
        bar.addWidget(self.pdf_next)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        return pane

    # -- import ---------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.import_button.setEnabled(not read_only)
        self._update_buttons()

    def choose_files(self) -> None:
        paths = self._asker.open_paths(self, self.tr("Import documents"))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        if self._read_only:
            self._asker.warn(self, self.tr("Import"), self.tr(
                "This dossier is restricted: it is read-only and nothing may be exported."))
            return
        details = self._asker.document_details(
            self, [shown_name(p.name) for p in paths], self._vault.organisations.list(),
            self._vault.context.clock.today())
        if details is not None:
            self._details = details
            self._kinds = {path: details.kind_of(i) for i, path in enumerate(paths)}
            self.runner.run(paths)

    def _import_one(self, path: Path, progress):
        """Runs on the worker thread, on a forked context with its own connection, so the
        GUI's connection is never used from two threads at once."""
        from casefile.services import build_services

        d = self._details
        kind = self._kinds.get(path) or d.kind_of(-1)
        twin = self._vault.context.fork()
        try:
            return build_services(twin).documents.import_file(
                self._child_id, path, category=kind.category, sensitivity=kind.sensitivity,
                source_organisation_id=d.source_organisation_id, received_on=d.received_on,
                progress=progress)
        finally:
            twin.close()

    def _imported(self, done: list, failed: list) -> None:
        if self._vault.locked:
            return  # the worker finished on its own connection after the window locked
        self.model.reload()
        if done:
            self.select(done[-1].id)
        if failed:
            lines = [f"{shown_name(path.name)}: {message_for(exc)}" for path, exc in failed]
            self._asker.warn(self, self.tr("Import"), "\n".join(lines))

    # -- preview and copy -----------------------------------------------------------------------

    def select(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row >= 0:
            self.view.selectRow(row)

    def current(self) -> Document | None:
        index = self.view.currentIndex()
        return self.model.document_at(index.row()) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if current.isValid():
            self.show_preview(self.model.document_at(current.row()))

    def _update_buttons(self) -> None:
        for button in (self.copy_button, self.edit_button, self.remove_button):
            button.setEnabled(self.current() is not None and not self._read_only)

    def show_preview(self, doc: Document) -> None:
        self.caption.setText(self._caption(doc))
        self._pdf = None
        kind = doc.media_type.split("/")[0]
        if doc.media_type == "application/pdf":
            kind = "pdf"
        if kind not in ("image", "text", "pdf") or doc.size > PREVIEW_LIMIT:
            self._say(self.tr("There is no preview for this kind of file. Use \"Save a "
                              "copy\" to open it in another program."))
            return
        try:
            data = self._vault.documents.read(doc.id)  # an audited read, into memory only
        except Exception as exc:
            self._say(message_for(exc))
            return
        if kind == "pdf":
            self._pdf, self._pdf_count = data, 0
            self.show_pdf_page(0)
        elif kind == "image":
            self._show_image(data)
        else:
            self.preview_text.setPlainText(_as_text(data))
            self.preview.setCurrentWidget(self.preview_text)

    def _caption(self, doc: Document) -> str:
        row = self.model.row_of(doc.id)
        source = self.model.index(row, DocumentsModel.COL_SOURCE).data() if row >= 0 else ""
        text = shown_name(doc.filename)
        if doc.received_on and source:
            text += " · " + self.tr("received %1 from %2").replace(
                "%1", fmt_date(doc.received_on)).replace("%2", source)
        elif doc.received_on:
            text += " · " + self.tr("received %1").replace("%1", fmt_date(doc.received_on))
        return text + " · " + label(doc.sensitivity)

    def _show_image(self, data: bytes) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            self._say(self.tr("This image cannot be shown."))
            return
        pixmap = QPixmap.fromImage(image)
        width = max(200, self.preview.width() - 24)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.preview_image.setPixmap(pixmap)
        self.preview.setCurrentIndex(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview and event.type() == QEvent.Type.Resize and \
                self._pdf is not None:
            self._refit.start()
        return super().eventFilter(watched, event)

    def _pdf_width(self) -> int:
        return int(max(200, self.preview.width() - 24) * self.devicePixelRatioF())

    def _refit_page(self) -> None:
        if self._pdf is not None and self._pdf_count and abs(
                self._pdf_width() - self.pdf_width) > 8:
            self.show_pdf_page(self._pdf_index)

    def show_pdf_page(self, index: int) -> None:
        """Render one page on the worker, scaled to the preview's width; a page that comes
        back after another document was chosen is dropped."""
        data = self._pdf
        if data is None or (self._pdf_count and not 0 <= index < self._pdf_count):
            return
        width = self.pdf_width = self._pdf_width()
        self.pdf_previous.setEnabled(False)
        self.pdf_next.setEnabled(False)
        if not self._pdf_count:  # the first page: nothing of the previous document stays
            self._say(self.tr("Preparing the preview…"))
        job = Job(self, self.tr("Preparing the preview…"),
                  lambda _control: render_page(data, index, width),
                  lambda page: self._pdf_shown(data, page),
                  lambda exc: self._pdf_failed(data, exc), object_name="pdfPreviewProgress")
        self.pdf_job = job

    def _pdf_shown(self, data: bytes, page: RenderedPage) -> None:
        if data is not self._pdf:
            return
        self._pdf_index, self._pdf_count = page.index, page.count
        pixmap = QPixmap.fromImage(page.image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.pdf_image.setPixmap(pixmap)
        self.pdf_position.setText(self.tr("Page %1 of %2").replace(
            "%1", str(page.index + 1)).replace("%2", str(page.count)))
        self.pdf_previous.setEnabled(page.index > 0)
        self.pdf_next.setEnabled(page.index + 1 < page.count)
        self.preview.setCurrentWidget(self.pdf_page)

    def _pdf_failed(self, data: bytes, exc: BaseException) -> None:
        if data is not self._pdf:
            return
        self._pdf = None
        if not isinstance(exc, PdfNotShown):
            self._say(message_for(exc))
        elif exc.why is Unshown.PASSWORD:
            self._say(self.tr("This PDF is protected with a password, so it cannot be "
                              "shown here; use \"Save a copy\" to open it in another program."))
        elif exc.why is Unshown.EMPTY:
            self._say(self.tr("This PDF has no pages to show."))
        else:
            self._say(self.tr("This PDF is damaged and cannot be shown."))

    def _say(self, text: str) -> None:
        self.preview_note.setText(text)
        self.preview.setCurrentWidget(self.preview_note)

    # -- correction and removal -----------------------------------------------------------------

    def run_dialog(self, dialog) -> bool:
        """A seam: tests fill and accept the dialog instead of running it modally."""
        return dialog.exec() == dialog.DialogCode.Accepted

    def edit_current(self) -> None:
        from casefile.ui.corrections import DocumentDialog

        doc = self.current()
        if doc is not None and self.run_dialog(DocumentDialog(self._vault, doc, self)):
            self.model.reload()
            self.select(doc.id)

    def remove_current(self) -> None:
        from casefile.ui.removal import remove_document

        doc = self.current()
        if doc is not None and remove_document(self._asker, self._vault, self, doc):
            self._pdf = None
            self.model.reload()
            self.caption.setText("")
            self._say(self.tr("Choose a document to see it here."))
            self._update_buttons()

    def save_copy(self) -> None:
        doc = self.current()
        if doc is None:
            return
        if not self._asker.confirm(self, self.tr("Save a copy"), self.tr(
                "The copy will NOT be encrypted: anyone with access to that folder can read "
                "it. Save it only where it belongs, and delete it when you are done. "
                "Continue?")):
            return
        target = self._asker.save_path(self, self.tr("Save a copy"), _suggest(doc.filename))
        if target is None:
            return
        try:
            self._vault.documents.save_copy(doc.id, target)
        except Exception as exc:
            self._asker.warn(self, self.tr("Save a copy"), message_for(exc))


def _as_text(data: bytes) -> str:
    """UTF-8, or else Windows-1252: letters from older Windows programs still read right."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _suggest(name: str) -> str:
    cleaned = "".join(c if c.isprintable() and c not in "/\\:" else "_" for c in name)
    return cleaned.strip(". ")[:120] or "document"


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.rstrip("…"))
    button.clicked.connect(slot)
    return button
