"""Makes the README's screenshots from a demo vault of fictional children (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

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


def shot(app: QApplication, widget, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


if __name__ == "__main__":
    main()
