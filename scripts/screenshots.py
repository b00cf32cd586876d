"""Makes the README's screenshots from a demo vault of fictional children (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pikepdf
import pypdfium2
from PySide6.QtWidgets import QApplication

from casefile.catalogue import fmt_date
from casefile.demo import create_demo
from casefile.storage import keys
from casefile.storage.secrets import MemorySecretStore
from casefile.ui.i18n import install_translators
from casefile.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> None:
    keys.DEFAULT_KDF = keys.CHEAP_KDF  # a throwaway demo vault
    app = QApplication([])
    translators = install_translators(app, "nl")
    creating(app)
    folder = Path(tempfile.mkdtemp()) / "demo"
    vault = create_demo(folder)
    window = MainWindow(folder, secrets=MemorySecretStore())
    window.resize(1280, 780)
    window.show()
    shot(app, window, "unlock")
    window.unlocked(vault)
    workspace = window.workspace
    workspace.table.selectRow(2)
    workspace.open_current()
    shot(app, window, "main-window")
    dialogs(app, window, vault)
    workspace.dossier.tabs.setCurrentWidget(workspace.dossier.notes)
    shot(app, window, "dossier-notes")
    workspace.dossier.tabs.setCurrentWidget(workspace.dossier.consent)
    shot(app, window, "dossier-consent")
    workspace.dossier.disclosures.export()
    wizard = workspace.dossier.disclosures.wizard
    shot(app, wizard, "export-wizard")
    wizard.close()
    documents(vault)
    window.lock()
    shot(app, window, "locked")
    del translators


def creating(app: QApplication) -> None:
    """The create-vault page half filled in, and the recovery key page."""
    window = MainWindow(Path(tempfile.mkdtemp()) / "nieuw", secrets=MemorySecretStore())
    window.resize(1280, 780)
    window.show()
    create = window.start
    create.practice.setText("Praktijk De Leeslamp")
    create.admin.setText("marieke")
    create.passphrase.setText("wolkenkrabber tulpenbol fietsbel")
    create.confirm.setText("wolkenkrabber tulpenbol fietsbel")
    shot(app, window, "create-vault")
    create.create_vault()
    while create.vault is None and not create.error.text():
        app.processEvents()
        time.sleep(0.02)  # a hot processEvents loop trips a PySide6 refcount bug on None
    shot(app, window, "recovery-key")
    create.vault.lock()
    window.close()


def dialogs(app: QApplication, window, vault) -> None:
    from casefile.ui.child_dialog import ChildDialog, OrganisationsDialog

    child = ChildDialog(vault, window.workspace.current_child(), window)
    child.show()
    shot(app, child, "child-dialog")
    child.close()
    organisations = OrganisationsDialog(vault, lambda d: False, window)
    organisations.show()
    shot(app, organisations, "organisations")
    organisations.close()


def documents(vault) -> None:
    """The first page of each document a school or parent receives, rendered in memory
    (last, since the packet records a disclosure in the demo vault)."""
    from datetime import timedelta

    from casefile import Category
    from casefile import packet_content as pc
    from casefile.demo import exportable_pair
    from casefile.recovery_sheet import sheet_html
    from casefile.render import QtRenderer

    pair = exportable_pair(vault)
    if pair is None:
        return
    child_id, recipient_id = pair
    packet = vault.packets.create(child_id, recipient_id, Path(tempfile.mkdtemp()) / "p.pdf",
                                  purpose="Overstap naar het voortgezet onderwijs")
    with pikepdf.open(packet.path, password=packet.password) as pdf:
        plain = io.BytesIO()
        pdf.save(plain)
    packet.path.unlink()
    page(plain.getvalue(), "document-packet")
    today = vault.context.clock.today()
    page(vault.consent_documents.consent_form(
        child_id, recipient_id=recipient_id, purpose="Overstap naar het voortgezet onderwijs",
        categories={Category.IDENTITY, Category.GUIDANCE_SUMMARY, Category.ASSESSMENTS},
        valid_from=today, valid_until=today + timedelta(days=365)), "document-consent-form")
    [(_, letter), *_] = vault.consent_documents.deletion_letters(packet.consent_ids[0])
    page(letter, "document-art19-letter")
    renderer = QtRenderer()
    t = pc.pdf_text(renderer, "nl")
    key = ["K7QF  2M9X  W4HT", "PZ3C  8NVD  R6LE", "Y2UJ  5GSA  Q9BM"]  # not a real key
    page(renderer.render(sheet_html(t, practice="Praktijk De Leeslamp (demo)",
                                    made=fmt_date(today), vault_id=vault.vault_id,
                                    key_lines=key), t["recovery_title"]),
         "document-recovery-sheet")


def page(pdf: bytes, name: str) -> None:
    """A document's first page as the PNG a reader sees."""
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=1.3).to_pil()
    image.save(OUT / f"{name}.png")


def shot(app: QApplication, widget, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


if __name__ == "__main__":
    main()
