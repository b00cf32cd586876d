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
from casefile.ui.i18n import install_translators, remove_translators
from casefile.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> None:
    keys.DEFAULT_KDF = keys.CHEAP_KDF  # a throwaway demo vault
    app = QApplication([])
    translators = install_translators(app, "nl")
    creating(app)
    tour(app, (1280, 780), "", documents_too=True)
    small_screen()
    remove_translators(app, translators)
    translators = install_translators(app, "en")
    tour(app, (1280, 780), "-en")
    del translators


def small_screen() -> None:
    """The same round on a 1024x600 screen (a small laptop), in a process of its own: Qt's
    offscreen platform is told that screen's size, so dialogs fit it as they would."""
    import json
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0,
                                                   "width": 1024, "height": 600,
                                                   "logicalDpi": 96, "dpr": 1}]}))
        subprocess.run([sys.executable, __file__, "--small"], check=True,
                       env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"})


def tour(app: QApplication, size: tuple[int, int], suffix: str,
         documents_too: bool = False) -> None:
    """A counsellor's round through a fresh demo vault, each screen saved as NAME+suffix."""
    from casefile.ui.consent_dialog import RecordConsentDialog
    from casefile.ui.rights_desk import RequestsDialog

    folder = Path(tempfile.mkdtemp()) / "demo"
    vault = create_demo(folder)
    window = MainWindow(folder, secrets=MemorySecretStore())
    window.resize(*size)
    window.show()
    shot(app, window, "unlock" + suffix)
    window.unlocked(vault)
    workspace = window.workspace
    workspace.table.selectRow(2)
    workspace.open_current()
    shot(app, window, "main-window" + suffix)
    dialogs(app, window, vault, suffix)
    dossier = workspace.dossier
    dossier.tabs.setCurrentWidget(dossier.notes)
    shot(app, window, "dossier-notes" + suffix)
    dossier.tabs.setCurrentWidget(dossier.consent)
    shot(app, window, "dossier-consent" + suffix)
    consent = RecordConsentDialog(vault, dossier.child_id, window)
    consent.show()
    shot(app, consent, "consent-dialog" + suffix)
    consent.close()
    dossier.disclosures.export()
    wizard = dossier.disclosures.wizard
    shot(app, wizard, "export-wizard" + suffix)
    wizard.close()
    requests = RequestsDialog(vault, window.asker, workspace.current_child, window)
    requests.show()
    shot(app, requests, "requests" + suffix)
    requests.close()
    if documents_too:
        documents(vault)
    window.lock()
    shot(app, window, "locked" + suffix)
    window.close()


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


def dialogs(app: QApplication, window, vault, suffix: str) -> None:
    from casefile.ui.child_dialog import ChildDialog, OrganisationsDialog

    child = ChildDialog(vault, window.workspace.current_child(), window)
    child.show()
    shot(app, child, "child-dialog" + suffix)
    child.close()
    organisations = OrganisationsDialog(vault, lambda d: False, window)
    organisations.show()
    shot(app, organisations, "organisations" + suffix)
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
    report = vault.rights.access_report(child_id, Path(tempfile.mkdtemp()) / "inzage.pdf")
    with pikepdf.open(report.path, password=report.password) as pdf:
        plain = io.BytesIO()
        pdf.save(plain)
    report.path.unlink()
    page(plain.getvalue(), "document-access-report")
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
    if sys.argv[1:] == ["--small"]:
        keys.DEFAULT_KDF = keys.CHEAP_KDF
        small_app = QApplication([])
        kept = install_translators(small_app, "nl")
        tour(small_app, (1024, 600), "-1024x600")
    else:
        main()
