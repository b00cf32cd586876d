"""Turning the catalogue's `Msg` into words, with Qt's translation files: for the GUI through
the translators installed on the application, for PDFs and the command line through a
`Words` object of their own language (a PDF is in the practice's language whatever the
window speaks)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from casefile.catalogue import Msg

# Package data, so a wheel or a frozen bundle finds the .qm files just like a checkout does.
TRANSLATIONS = Path(str(resources.files("casefile").joinpath("resources", "translations")))
LANGUAGES = ("nl", "en")  # English is the source language: its file holds only plurals


class Words:
    """The catalogue in one language, without touching the application's translators."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "nl"
        self._translators: list[QTranslator] = []
        for path in sorted(TRANSLATIONS.glob(f"*_{self.lang}.qm")):
            translator = QTranslator()
            if translator.load(str(path)):
                self._translators.append(translator)

    def __call__(self, message: Msg | str) -> str:
        if isinstance(message, str):
            return message
        text = next((t for t in (tr.translate(message.context, message.source, None,
                                              message.n) for tr in self._translators) if t),
                    message.source)
        return _fill(text, message, self)


def say(message: Msg | str) -> str:
    """In the language of the application's installed translators (the GUI)."""
    if isinstance(message, str):
        return message
    text = QCoreApplication.translate(message.context, message.source, None, message.n)
    return _fill(text, message, say)


def _fill(text: str, message: Msg, words) -> str:
    """`%n` and `%1`..`%9` in one pass, so an argument's own text is never filled again."""
    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "n":
            return str(message.n) if message.n >= 0 else match.group(0)
        index = int(key) - 1
        if index >= len(message.args):
            return match.group(0)
        arg = message.args[index]
        return words(arg) if isinstance(arg, Msg) else str(arg)

    return _PLACE.sub(one, text)


_PLACE = re.compile(r"%([1-9n])")


def system_ui_language() -> str:
    """"nl" when the system's own language setting (as Qt reads it on Windows and macOS)
    is Dutch, else "en"."""
    languages = QLocale.system().uiLanguages()
    return "nl" if languages and languages[0].lower().startswith("nl") else "en"
