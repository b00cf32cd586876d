"""Batch import: each file gets its own kind and sensitivity, and its name is shown whole
(or shortened in the middle, with the whole name as tooltip), never cut to "han...pdf"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer

from casefile.model import Category, Sensitivity
from casefile.ui.document_import import FileKind, ImportDetails, ImportDetailsDialog
from casefile.ui.dossier import DossierWidget

LONG = "handelingsplan dyslexie groep 6 na overleg met de intern begeleider maart.pdf"


def _pick(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_each_file_of_a_batch_has_its_own_kind(qtbot):
    dialog = ImportDetailsDialog(["brief ouders.txt", LONG], [], date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _pick(dialog.categories[1], Category.ASSESSMENTS)
    _pick(dialog.sensitivities[1], Sensitivity.SPECIAL)
    details = dialog.details()
    assert details.kind_of(0) == FileKind(Category.DOCUMENTS, Sensitivity.NORMAL)
    assert details.kind_of(1) == FileKind(Category.ASSESSMENTS, Sensitivity.SPECIAL)
    assert details.received_on == date(2026, 3, 2)


def test_a_long_file_name_keeps_its_start_and_extension_and_tells_the_rest(qtbot):
    dialog = ImportDetailsDialog([LONG, "kort.pdf"], [], date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.resize(380, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    long_name, short = dialog.names
    assert short.text() == "kort.pdf"
    shown = long_name.text()
    assert shown != LONG and "…" in shown  # it did not fit in 380 pixels
    assert shown.startswith("handelingsplan") and shown.endswith("maart.pdf")
    assert long_name.toolTip() == LONG and long_name.accessibleName() == LONG
    dialog.resize(1400, 300)
    qtbot.waitUntil(lambda: long_name.text() == LONG)
    dialog.grab().save("/tmp/documents-import-dialog.png")


class Asker:
    def __init__(self, kinds) -> None:
        self.kinds = kinds

    def inform(self, parent, title, text):
        raise AssertionError(text)

    def document_details(self, parent, names, organisations, today):
        return ImportDetails(received_on=today, files=self.kinds)


def test_a_batch_stores_each_file_with_the_kind_chosen_for_it(qtbot, vault, tmp_path):
    kid = vault.children.add(first_name="Fenna", last_name="Kloosterboer",
                             birth_date=date(2015, 11, 3))
    kinds = (FileKind(Category.DOCUMENTS, Sensitivity.NORMAL),
             FileKind(Category.ASSESSMENTS, Sensitivity.SPECIAL))
    timer = QTimer()
    dossier = DossierWidget(vault, kid.id, asker=Asker(kinds), autosave_timer=timer)
    qtbot.addWidget(dossier)
    letter, report = tmp_path / "brief.txt", tmp_path / "onderzoek.txt"
    letter.write_text("Brief van school", encoding="utf-8")
    report.write_text("Uitslag van het onderzoek", encoding="utf-8")
    with qtbot.waitSignal(dossier.documents.runner.finished, timeout=10_000):
        dossier.import_paths([letter, report])
    stored = {d.filename: (d.category, d.sensitivity) for d in vault.documents.list(kid.id)}
    model = dossier.documents.model
    assert {model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(model.rowCount())} == {"brief.txt", "onderzoek.txt"}
    assert stored == {"brief.txt": (Category.DOCUMENTS, Sensitivity.NORMAL),
                      "onderzoek.txt": (Category.ASSESSMENTS, Sensitivity.SPECIAL)}
