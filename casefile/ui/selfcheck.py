"""`casefile self-check`: what a support call needs to know about an installation, with no
personal data: versions, the package data found, and the window started offscreen in the
chosen language (its title and first line of text). Used by the bundle's smoke test."""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
from pathlib import Path

from casefile.cli_support import EXIT_OK, system_language


def register(sub) -> None:
    p = sub.add_parser("self-check", help="versions, package data and an offscreen window "
                                          "start (no personal data)")
    p.set_defaults(func=cmd_self_check)


def cmd_self_check(args: argparse.Namespace) -> int:
    from casefile import __version__

    print(f"casefile {__version__}, Python {platform.python_version()}, {sys.platform}"
          f"{' (bundle)' if getattr(sys, 'frozen', False) else ''}")
    with tempfile.TemporaryDirectory() as empty:
        folder = getattr(args, "vault", None) or Path(empty) / "vault"
        for line in window_report(folder, args.lang or system_language()):
            print(line)
    return EXIT_OK


def window_report(folder: Path, lang: str) -> list[str]:
    """Starts the real window offscreen and reads back what it shows first."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QTimer, qVersion
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from casefile.render import load_bundled_fonts
    from casefile.ui.app import run_gui
    from casefile.ui.i18n import TRANSLATIONS
    from casefile.ui.pdf_preview import self_check as pdf_check

    app = QApplication.instance() or QApplication(["casefile", "-platform", "offscreen"])
    lines = [f"Qt {qVersion()}, PySide6 {pyside_version}",
             f"translations: {len(list(TRANSLATIONS.glob('*.qm')))} files"]

    def read_window() -> None:
        window = app.main_window  # type: ignore[attr-defined]  # set by ui.app.run_gui
        texts = [label.text() for label in window.findChildren(QLabel) if label.text()]
        # Qt's own words (qtbase_<lang>.qm): the standard buttons of every message box
        cancel = QMessageBox(QMessageBox.Icon.NoIcon, "", "", QMessageBox.StandardButton.Cancel)
        lines.extend([f"bundled fonts: {', '.join(load_bundled_fonts()) or 'none'}",
                      pdf_check(),
                      f"window ({lang}): {texts[0] if texts else '(no text)'}",
                      f"Qt's own buttons ({lang}): "
                      f"{cancel.button(QMessageBox.StandardButton.Cancel).text()}"])
        window.close()
        app.quit()

    QTimer.singleShot(0, read_window)
    run_gui(folder, lang=lang)
    return lines
