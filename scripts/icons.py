"""Renders casefile/resources/icons/casefile.svg to the PNG sizes, a multi-size .ico
(Windows) and an .icns (macOS). Run after changing the SVG: `.venv/bin/python scripts/icons.py`."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "casefile" / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry holds


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO whose entries are PNGs (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs the application
    renderer = QSvgRenderer(str(ICONS / "casefile.svg"))
    if not renderer.isValid():
        print("casefile.svg is not valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        (ICONS / f"casefile-{size}.png").write_bytes(png_bytes(image))
    (ICONS / "casefile.ico").write_bytes(
        ico_bytes({size: png_bytes(images[size]) for size in ICO_SIZES}))
    images[512].save(str(ICONS / "casefile.icns"), "ICNS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
