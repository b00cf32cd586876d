"""Input checks shared by the services: each failure is a code naming the field."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from casefile.errors import InvalidInput

MAX_TEXT = 200
MAX_NAME = 120  # a file name's length, stored or suggested
# Control characters, path separators and what no file system or mail client accepts in a
# name: a reader saving a packet's attachment under its suggested name, or a counsellor
# saving a copy, must never write outside the folder or fail on Windows.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


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


def safe_filename(name: str, *, fallback: str = "document", unsafe: str = "") -> str:
    """The one rule for a file name to store, suggest or show: the last path part only,
    NFC; control and reserved characters are dropped, or each run replaced by `unsafe` (a
    packet's attachments get "_", the GUI shows U+FFFD so an odd name looks odd); no
    direction or invisible characters, no leading or trailing dots or spaces; at most
    MAX_NAME characters, keeping a short suffix; `fallback` if nothing is left."""
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub(unsafe, name)
    # isprintable() drops format (bidi overrides), private-use and unassigned code points;
    # other white space becomes a plain space
    name = "".join(c if c.isprintable() else " " if c.isspace() else "" for c in name)
    name = re.sub(r"\s+", " ", name).strip(" .") or fallback
    if len(name) > MAX_NAME:
        _, dot, suffix = name.rpartition(".")
        suffix = suffix[:10] if dot and len(suffix) <= 10 else ""
        name = name[: MAX_NAME - len(suffix) - 2].rstrip() + "…" + (f".{suffix}" if suffix
                                                                     else "")
    return name
