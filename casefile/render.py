"""The one Qt use outside casefile/ui: rendering a document to PDF bytes in memory with
QTextDocument and QPdfWriter (QtGui only, never QtWidgets). Packets and reports are handed
a renderer, so the rest of the domain never imports Qt. No byte of the PDF touches the disk:
the writer writes into a QBuffer."""

from __future__ import annotations

import functools
import io
from importlib import resources
from pathlib import Path

import pikepdf
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from casefile.render_text import Words

RESOLUTION = 96  # CSS pixels are 1/96 inch, so paddings in the HTML keep their size
MARGINS_MM = QMarginsF(20, 18, 20, 14)  # left, top, right, bottom
FOOTER_PT = 14  # room under the text for the page number
# Bundled (package data), so a PDF looks the same on every computer: found by name only, a
# bare fontconfig once printed the access report in Dingbats.
FONT_FAMILY = "DejaVu Sans"
MONO_FAMILY = "DejaVu Sans Mono"
FONTS = Path(str(resources.files("casefile").joinpath("resources", "fonts")))
_bundled_families: list[str] | None = None

# Qt deletes a QGuiApplication whose Python wrapper is collected; the CLI's offscreen app
# must outlive the call that made it, so one reference is kept here (never used otherwise).
_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """A QGuiApplication for rendering when there is none (the CLI): always offscreen, since
    a PDF needs no screen and a stale DISPLAY would make Qt abort the process."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    _app = QGuiApplication(["casefile", "-platform", "offscreen"])


def load_bundled_fonts() -> list[str]:
    """Register the bundled DejaVu fonts with Qt (once per process, after the app exists);
    the families registered."""
    global _bundled_families
    if _bundled_families is None:
        ids = [QFontDatabase.addApplicationFont(str(p)) for p in sorted(FONTS.glob("*.ttf"))]
        _bundled_families = sorted({family for i in ids if i >= 0
                                    for family in QFontDatabase.applicationFontFamilies(i)})
    return _bundled_families


@functools.cache
def words_in(lang: str) -> Words:
    """One catalogue per language, loaded once (translating only reads it)."""
    return Words(lang)


class QtRenderer:
    """Renders ready, escaped HTML to an A4 PDF with page numbers, entirely in memory."""

    def words(self, lang: str) -> Words:
        ensure_gui_app()
        return words_in(lang)

    def render(self, html: str, title: str = "", lang: str = "nl", mark: str = "") -> bytes:
        """`mark` is printed at the foot of every page (the inzage's "Concept – niet
        verzonden"): in the page's own drawing, so no page of the document lacks it."""
        ensure_gui_app()
        load_bundled_fonts()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = _writer(buffer, title)
        _paint(writer, _layout(html, writer), mark)
        del writer  # finishes the PDF into the buffer
        buffer.close()
        return described(bytes(data.data()), title, lang)


def described(pdf: bytes, title: str, lang: str) -> bytes:
    """The document language and title a screen reader announces, which QPdfWriter cannot
    write: /Lang in the catalogue, the title in the XMP metadata too, and the viewer told to
    show the title instead of the file name. Still in memory."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        document.Root.Lang = pikepdf.String(lang)
        document.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        with document.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = title
            meta["dc:language"] = [lang]
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()


def _writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Casefile")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    return writer


def _footer_height() -> float:
    return FOOTER_PT * RESOLUTION / 72


def _layout(html: str, writer: QPdfWriter) -> QTextDocument:
    """Lay the text out on the writer's pages (fonts measured at the PDF's resolution)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_no_ligatures(QFont(FONT_FAMILY, 10)))
    document.setDocumentMargin(0)  # the page layout already has the margins
    document.setHtml(html)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    document.setPageSize(QSizeF(page.width(), page.height() - _footer_height()))
    return document


def _no_ligatures(font: QFont) -> QFont:
    """Ligatures off: an id or hash copied from the PDF must read back letter for letter
    ("ff" came out as U+FB00). Spans with their own family inherit the features."""
    for tag in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _paint(writer: QPdfWriter, document: QTextDocument, mark: str = "") -> None:
    """Each page: its slice of the laid-out text, then `n / N` at the bottom right and the
    mark, if any, at the bottom left."""
    size = document.pageSize()
    count = document.pageCount()
    painter = QPainter(writer)
    try:
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * size.height())
            document.drawContents(painter, QRectF(0, index * size.height(),
                                                  size.width(), size.height()))
            painter.restore()
            _page_number(painter, size, f"{index + 1} / {count}")
            if mark:
                _mark(painter, size, mark)
    finally:
        painter.end()


def _page_number(painter: QPainter, size: QSizeF, text: str) -> None:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    painter.drawText(QRectF(0, size.height(), size.width(), _footer_height()),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)


def _mark(painter: QPainter, size: QSizeF, text: str) -> None:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(9)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#8a1c1c"))
    painter.drawText(QRectF(0, size.height(), size.width(), _footer_height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
