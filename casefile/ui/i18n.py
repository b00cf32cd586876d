"""Qt's own translations: qtbase for the standard dialogs, and every area's compiled .qm
under casefile/resources/translations (package data). English is the source language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from casefile.render_text import TRANSLATIONS


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install and return the translators (keep them alive as long as the app). English,
    the source language, gets only its plurals ("1 note", "2 notes")."""
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = [] if lang == "en" else [Path(qt_dir) / f"qtbase_{lang}.qm"]
    files = [*qt_own, *sorted(TRANSLATIONS.glob(f"*_{lang}.qm"))]
    for path in files:
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
