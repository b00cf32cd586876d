"""PDFs use the bundled DejaVu fonts, also where the system has no fonts at all."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pikepdf

from casefile.render import FONTS

ROOT = Path(__file__).resolve().parents[1]

RENDER = """
import sys
from casefile import packet_content as pc
from casefile.render import QtRenderer
html = (pc.STYLE + "<h1>Overdracht</h1><h2>Verslag</h2>"
        "<p>Leest vlotter; ëïé ß € “quotes”.</p>"
        "<table><tr><td class='label'>Kind</td><td>Fenna Zwartjes</td></tr></table>")
sys.stdout.buffer.write(QtRenderer().render(html, "Overdracht"))
"""

# A fontconfig that knows no font folder: what a bare container or a minimal desktop has.
EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def embedded_fonts(pdf: bytes) -> set[str]:
    names = set()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for font in page.Resources.get("/Font", {}).values():
                names.add(str(font.BaseFont).split("+", 1)[-1].lstrip("/"))
    return names


def test_bundled_fonts_and_licence_are_package_data():
    assert {p.name for p in FONTS.glob("*.ttf")} >= {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                                                      "DejaVuSansMono.ttf"}
    assert "Bitstream" in (FONTS / "LICENSE-DejaVu.txt").read_text()


def test_pdf_embeds_the_bundled_font_without_any_system_font(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "cache"))
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", RENDER], env=env, capture_output=True,
                          timeout=60, check=True)
    fonts = embedded_fonts(done.stdout)
    assert fonts and fonts <= {"DejaVuSans", "DejaVuSans-Bold"}, fonts
    assert "DejaVuSans-Bold" in fonts  # the headings


def test_ids_and_hashes_copy_back_letter_for_letter_without_ligatures():
    """"ff", "fi" and "ffi" must not become U+FB00..U+FB03 in the PDF's text, in running
    text, in a table and in the monospace family the ids are set in."""
    import pypdf

    from casefile import packet_content as pc
    from casefile.render import MONO_FAMILY, QtRenderer

    sample = "affe0ff1fi9ffi"
    html = (pc.STYLE + f"<p>{sample}</p><table><tr><td>{sample}</td></tr></table>"
            f"<p style='font-family:\"{MONO_FAMILY}\"'>{sample}</p>")
    text = pypdf.PdfReader(io.BytesIO(QtRenderer().render(html, "t"))).pages[0].extract_text()
    assert text.count(sample) == 3
    assert not set(text) & {chr(c) for c in range(0xFB00, 0xFB07)}
