"""The one Qt use outside casefile/ui: rendering HTML to PDF bytes in memory with
QTextDocument and QPdfWriter (QtGui only). Packets and reports are handed a renderer, so
the rest of the domain never imports Qt."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """A QGuiApplication for rendering; offscreen when there is no screen (the CLI)."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])


class QtRenderer:
    """Renders a small HTML document to an A4 PDF, entirely in memory."""

    def render(self, html: str, title: str = "") -> bytes:
        ensure_gui_app()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("Casefile")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 16, 18, 16),
                                         QPageLayout.Unit.Millimeter))
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans", 10))
        document.setHtml(html)
        document.print_(writer)
        del writer
        buffer.close()
        return bytes(data.data())
