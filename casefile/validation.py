"""Input checks shared by the services: each failure is one plain sentence."""

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
        raise InvalidInput(f"The {what} must be text.")
    text = unicodedata.normalize("NFC", value).strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if required and not text:
        raise InvalidInput(f"The {what} may not be empty.", field=what)
    if len(text) > max_length:
        raise InvalidInput(f"The {what} is longer than {max_length} characters.", field=what)
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(c) == "Cc" and c not in allowed for c in text):
        raise InvalidInput(f"The {what} contains a control character.", field=what)
    return text


def clean_date(value: object, what: str, *, not_after: date | None = None) -> date:
    if not isinstance(value, date):
        raise InvalidInput(f"The {what} must be a date.", field=what)
    if not_after is not None and value > not_after:
        raise InvalidInput(f"The {what} lies in the future.", field=what)
    if value.year < 1900:
        raise InvalidInput(f"The {what} is before 1900.", field=what)
    return value
