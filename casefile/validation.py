"""Input checks shared by the services: each failure is a code naming the field."""

from __future__ import annotations

import unicodedata
from datetime import date

from casefile.errors import InvalidInput

MAX_TEXT = 200


def clean_text(value: object, what: str, *, required: bool = False,
               max_length: int = MAX_TEXT, multiline: bool = False) -> str:
    """Strip, NFC-normalise and reject control characters (but for line breaks and tabs in
    a multi-line field)."""
    if not isinstance(value, str):
        raise InvalidInput("field_not_text", field=what)
    text = unicodedata.normalize("NFC", value).strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if required and not text:
        raise InvalidInput("field_empty", field=what)
    if len(text) > max_length:
        raise InvalidInput("field_too_long", field=what, limit=max_length)
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(c) == "Cc" and c not in allowed for c in text):
        raise InvalidInput("field_control_character", field=what)
    return text


def clean_date(value: object, what: str, *, not_after: date | None = None) -> date:
    if not isinstance(value, date):
        raise InvalidInput("field_not_date", field=what)
    if not_after is not None and value > not_after:
        raise InvalidInput("field_in_future", field=what)
    if value.year < 1900:
        raise InvalidInput("field_before_1900", field=what)
    return value
