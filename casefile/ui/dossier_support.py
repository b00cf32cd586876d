"""Readable enum labels for the dossier tabs (dates: casefile.catalogue.fmt_date)."""

from __future__ import annotations

from casefile import catalogue
from casefile.render_text import say


def kind_label(category: object) -> str:
    return say(catalogue.kind_label(category))


def label(code: object) -> str:
    """The translated word for an enum value; unknown codes are shown as they are."""
    return say(catalogue.label(code))
