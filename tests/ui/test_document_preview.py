"""PDF documents previewed in the Documents tab: pages drawn by pdfium from memory, page by
page, scaled to the preview; a protected or broken PDF gets one sentence; and nothing of the
PDF reaches a temporary file."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QTimer

from casefile.ui.document_import import ImportDetails
from casefile.ui.dossier import DossierWidget

CANARY = "Kwakkelbeentje"


def make_pdf(word: str, pages: int = 1, password: str | None = None) -> bytes:
    """A real PDF with `word` drawn in Helvetica on each page (numbered)."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))
    for n in range(pages):
        content = f"BT /F1 36 Tf 72 700 Td ({word} {n + 1}) Tj ET".encode()
        pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
            Contents=pdf.make_stream(content))))
    out = io.BytesIO()
    extra = {"encryption": pikepdf.Encryption(owner="eigenaar-" + password, user=password)
             } if password else {}
    pdf.save(out, **extra)
    return out.getvalue()


class Asker:
    def __init__(self) -> None:
        self.told: list[str] = []

    def inform(self, parent, title, text):
        self.told.append(text)

    def document_details(self, parent, names, organisations, today):
        return ImportDetails(received_on=today)


@pytest.fixture
def dossier(qtbot, vault):
    kid = vault.children.add(first_name="Fenna", last_name="Kloosterboer",
                             birth_date=date(2015, 11, 3), school_group="6")
    timer = QTimer()
    timer.setInterval(3_600_000)
    widget = DossierWidget(vault, kid.id, asker=Asker(), autosave_timer=timer)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _import(qtbot, dossier, path: Path):
    docs = dossier.documents
    with qtbot.waitSignal(docs.runner.finished, timeout=10_000):
        dossier.import_paths([path])
    return docs


def _wait_for_page(qtbot, docs, number: int) -> None:
    qtbot.waitUntil(lambda: docs.preview.currentWidget() is docs.pdf_page
                    and docs.pdf_position.text() == f"Page {number} of 3", timeout=10_000)


def _ink(image) -> int:
    """How many of a sample of pixels are not white: drawn text is ink."""
    step = 3
    return sum(1 for y in range(0, image.height(), step) for x in range(0, image.width(), step)
               if image.pixelColor(x, y).lightness() < 200)


def test_a_pdf_is_previewed_page_by_page_scaled_to_the_preview(qtbot, dossier, tmp_path):
    path = tmp_path / "handelingsplan groep 6.pdf"
    path.write_bytes(make_pdf(CANARY, pages=3))
    docs = _import(qtbot, dossier, path)
    _wait_for_page(qtbot, docs, 1)
    first = docs.pdf_image.pixmap().toImage()
    assert _ink(first) > 20  # the canary word is drawn, not a blank page
    assert abs(first.width() / first.devicePixelRatio() - (docs.preview.width() - 24)) <= 2
    assert not docs.pdf_previous.isEnabled() and docs.pdf_next.isEnabled()
    docs.pdf_next.click()
    _wait_for_page(qtbot, docs, 2)
    assert docs.pdf_image.pixmap().toImage() != first  # "... 2" is drawn, not "... 1"
    docs.pdf_next.click()
    _wait_for_page(qtbot, docs, 3)
    assert docs.pdf_previous.isEnabled() and not docs.pdf_next.isEnabled()
    docs.pdf_previous.click()
    _wait_for_page(qtbot, docs, 2)
    before = docs.pdf_image.pixmap().width()
    dossier.resize(1400, 640)  # a wider preview draws the page again, wider
    qtbot.waitUntil(lambda: docs.pdf_image.pixmap().width() > before + 100, timeout=10_000)
    assert docs.pdf_position.text() == "Page 2 of 3"


@pytest.mark.parametrize(("content", "sentence"), [
    (make_pdf(CANARY, password="geheim"), "This PDF is protected with a password"),
    (b"%PDF-1.7\nthis is no PDF at all", "This PDF is damaged and cannot be shown."),
])
def test_a_protected_or_broken_pdf_gets_one_sentence(qtbot, dossier, tmp_path, content,
                                                     sentence):
    path = tmp_path / "brief.pdf"
    path.write_bytes(content)
    docs = _import(qtbot, dossier, path)
    qtbot.waitUntil(lambda: docs.preview_note.text().startswith(sentence), timeout=10_000)
    assert docs.preview.currentWidget() is docs.preview_note
    assert "\n" not in docs.preview_note.text()


def test_previewing_a_pdf_writes_no_temporary_file(qtbot, dossier, tmp_path, monkeypatch):
    private_tmp = tmp_path / "proc-tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    received = tmp_path / "received" / "verslag.pdf"
    received.parent.mkdir()
    received.write_bytes(make_pdf(CANARY, pages=3))
    docs = _import(qtbot, dossier, received)
    _wait_for_page(qtbot, docs, 1)
    docs.pdf_next.click()
    _wait_for_page(qtbot, docs, 2)
    assert [p for p in private_tmp.rglob("*")] == []
