"""The GUI's door to the catalogue (casefile/catalogue.py): one translated sentence for
every domain error, and the live hints of the passphrase meter and the keyring option."""

from __future__ import annotations

from casefile import catalogue
from casefile.diagnostics import log
from casefile.render_text import say


def message_for(exc: BaseException | str) -> str:
    """One translated sentence for a domain error or code; never a traceback."""
    log.info("sentence shown for code=%s", exc if isinstance(exc, str) else
             getattr(exc, "code", type(exc).__name__))  # the code only: never a message
    return say(catalogue.error_message(exc))


def weak_hint(hint: str) -> str:
    """The live meter's sentence for a passphrase below 'strong' (a Strength.hint code)."""
    return " ".join(say(m) for m in catalogue.strength_hint(hint))


def keyring_reason(code: str | None) -> str:
    """Why binding to this computer is off (a SecretStore.unavailable_reason code)."""
    return say(catalogue.keyring_reason(code or ""))


def backup_advice(code: str) -> str:
    """The lock screen's sentence about the last backup (a casefile.backup_advice code)."""
    return say(catalogue.backup_advice(code))
