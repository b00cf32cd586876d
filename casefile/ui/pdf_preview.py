"""PDF pages rendered for the preview with pdfium (pypdfium2), from bytes in memory: pdfium
opens the decrypted content from a buffer, so no page of a dossier ever passes through a
temporary file. Rendering runs on the application's one worker (pdfium is not safe to use
from two threads at once, and one worker never does)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtGui import QImage

# pdfium's FPDF_ERR_PASSWORD: the file opens only with a password we do not have.
_ERR_PASSWORD = 4
# A page drawn wider than this (pixels) would cost memory for no visible gain.
MAX_WIDTH = 2400


class Unshown(enum.Enum):
    """Why a PDF gets a sentence instead of a preview."""

    PASSWORD = "password"
    BROKEN = "broken"
    EMPTY = "empty"


class PdfNotShown(Exception):
    def __init__(self, why: Unshown) -> None:
        super().__init__(why.value)  # a code only: never a file name or content
        self.why = why


@dataclass(frozen=True)
class RenderedPage:
    image: QImage
    index: int  # 0-based
    count: int


def render_page(data: bytes, index: int, width: int) -> RenderedPage:
    """Page `index` (clamped to the pages there are), scaled to `width` pixels."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfNotShown(Unshown.PASSWORD if exc.err_code == _ERR_PASSWORD
                          else Unshown.BROKEN) from None
    try:
        count = len(pdf)
        if count == 0:
            raise PdfNotShown(Unshown.EMPTY)
        index = max(0, min(index, count - 1))
        return RenderedPage(_draw(pdf[index], width), index, count)
    except pdfium.PdfiumError:
        raise PdfNotShown(Unshown.BROKEN) from None
    finally:
        pdf.close()


def _draw(page: pdfium.PdfPage, width: int) -> QImage:
    try:
        points = page.get_width() or 1.0
        scale = max(0.1, min(width, MAX_WIDTH) / points)
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True,
                             may_draw_forms=True)
        try:
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888)
            return image.copy()  # owns its pixels once pdfium's buffer is freed
        finally:
            bitmap.close()
    finally:
        page.close()


# One blank A6 page: enough for `casefile self-check` to prove pdfium loads and draws (in a
# bundle, the shared library must have come along).
_BLANK = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
          b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
          b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 298 420]>>endobj\n"
          b"trailer<</Root 1 0 R>>\n%%EOF\n")


def self_check() -> str:
    import pypdfium2.version as versions  # type: ignore[import-untyped]

    page = render_page(_BLANK, 0, 100)
    return (f"pdf preview: pdfium {versions.PDFIUM_INFO.build}, a page drawn "
            f"{page.image.width()}x{page.image.height()}")
