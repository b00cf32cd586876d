"""Starting the GUI: one QApplication, Qt's and our translations, the main window."""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from casefile import diagnostics
from casefile.desktop import APP_ID, icon_files
from casefile.errors import CasefileError
from casefile.render import load_bundled_fonts
from casefile.ui.i18n import install_translators, remove_translators


def application_icon() -> QIcon:
    icon = QIcon()
    for path in icon_files():
        if path.suffix == ".png":  # an SVG would make Qt drop the hand-checked sizes
            icon.addFile(str(path))
    return icon


def gui_excepthook(kind: type[BaseException], exc: BaseException, tb) -> QMessageBox:
    """An error no code caught: its scrubbed trace to the log, one calm sentence on screen
    (not modal for the event loop, so Casefile goes on). A Casefile error says its own
    sentence (the practice server away, a dossier restricted meanwhile) where a screen
    did not catch it; anything else is "unexpected"."""
    from casefile.ui.messages import message_for

    diagnostics.log_exception(exc, "gui")
    app = cast(QApplication | None, QApplication.instance())
    text = message_for(exc if isinstance(exc, CasefileError) else "unexpected")
    box = QMessageBox(QMessageBox.Icon.Warning, "Casefile", text,
                      QMessageBox.StandardButton.Ok, app.activeWindow() if app else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def freeze_imports() -> None:
    """Leave what the imports made (modules, classes, Qt's wrappers: some 40,000 objects)
    out of Python's cyclic garbage collector from now on. Its full collections walk every
    tracked object and came on the GUI thread in the middle of an action: 17-28 ms with
    59,000 objects, 4-7 ms with the 15,000 made after this (issue 13). Called at start,
    before any vault is opened, so nothing frozen ever held a key or a dossier; whatever
    is made later is collected as before. Once per process."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


_frozen = False


def run_gui(vault_dir: Path, lang: str = "nl", clock=None, secrets=None) -> int:
    """Show the lock screen (or the create-vault flow) for `vault_dir` until the window
    closes; the exit code of the event loop."""
    from casefile.storage.secrets import KeyringSecretStore
    from casefile.ui.main_window import MainWindow

    freeze_imports()
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Casefile")
    app.setApplicationDisplayName("Casefile")
    app.setDesktopFileName(APP_ID)  # ties the window to the menu entry (Wayland, taskbars)
    app.setWindowIcon(application_icon())
    load_bundled_fonts()  # the recovery key and packet password in DejaVu Sans Mono
    translators = install_translators(app, lang)
    previous_hook, sys.excepthook = sys.excepthook, gui_excepthook
    started = time.monotonic()
    try:
        window = MainWindow(Path(vault_dir), clock=clock,
                            secrets=secrets if secrets is not None else KeyringSecretStore())
        window.show()
        diagnostics.log.info("window shown lang=%s seconds=%.2f", lang,
                             time.monotonic() - started)
        app.main_window = window  # type: ignore[attr-defined]  # reachable for whoever drives the loop (tests)
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        remove_translators(app, translators)
