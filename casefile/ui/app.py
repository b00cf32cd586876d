"""Starting the GUI: one QApplication, Qt's and our translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from casefile.ui.i18n import install_translators


def run_gui(vault_dir: Path, lang: str = "nl", clock=None, secrets=None) -> int:
    from casefile.storage.secrets import KeyringSecretStore
    from casefile.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casefile")
    app.setApplicationDisplayName("Casefile")
    translators = install_translators(app, lang)
    window = MainWindow(Path(vault_dir), clock=clock,
                        secrets=secrets if secrets is not None else KeyringSecretStore())
    window.show()
    code = app.exec()
    del translators
    return code
