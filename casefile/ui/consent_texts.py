"""Translated sentences for the consent rule's codes and the register's states. The domain
returns codes; only the UI turns them into words (STYLE rule 1)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "Consent"

REASONS = {
    "no_consent_for_recipient": QT_TRANSLATE_NOOP(
        "Consent", "There is no consent for this recipient."
    ),
    "category_not_covered": QT_TRANSLATE_NOOP(
        "Consent", "The consent does not cover this kind of data."
    ),
    "not_yet_valid": QT_TRANSLATE_NOOP("Consent", "The consent is not valid yet."),
    "expired": QT_TRANSLATE_NOOP("Consent", "The consent has expired."),
    "withdrawn": QT_TRANSLATE_NOOP("Consent", "The consent was withdrawn."),
    "entered_in_error": QT_TRANSLATE_NOOP("Consent", "The consent was entered in error."),
    "special_not_explicit": QT_TRANSLATE_NOOP(
        "Consent", "Special-category data needs explicit consent."
    ),
    "guardian_missing": QT_TRANSLATE_NOOP(
        "Consent", "Not every parent with parental authority agreed."
    ),
    "child_agreement_missing": QT_TRANSLATE_NOOP(
        "Consent", "The child is 12 or older and must agree too."
    ),
    "child_must_consent": QT_TRANSLATE_NOOP(
        "Consent", "The child is 16 or older and decides alone."
    ),
    "no_longer_sufficient_turned_12": QT_TRANSLATE_NOOP(
        "Consent", "The child has turned 12 since; the child must now agree too."
    ),
    "no_longer_sufficient_turned_16": QT_TRANSLATE_NOOP(
        "Consent", "The child has turned 16 since; the child must now consent."
    ),
    "dossier_restricted": QT_TRANSLATE_NOOP(
        "Consent", "The dossier is restricted: nothing may be exported."
    ),
    "wrong_child": QT_TRANSLATE_NOOP("Consent", "The consent is for another child."),
}

STATES = {
    "active": QT_TRANSLATE_NOOP("Consent", "Active"),
    "expiring": QT_TRANSLATE_NOOP("Consent", "Expires within 30 days"),
    "expired": QT_TRANSLATE_NOOP("Consent", "Expired"),
    "not_yet_valid": QT_TRANSLATE_NOOP("Consent", "Not valid yet"),
    "withdrawn": QT_TRANSLATE_NOOP("Consent", "Withdrawn"),
    "entered_in_error": QT_TRANSLATE_NOOP("Consent", "Entered in error"),
    "no_longer_sufficient": QT_TRANSLATE_NOOP(
        "Consent", "No longer sufficient (the child is older now)"
    ),
    "insufficient": QT_TRANSLATE_NOOP("Consent", "Insufficient: not everyone agreed"),
}

STATE_COLOURS = {
    "active": "#1e6b3a",
    "expiring": "#8a5a00",
    "expired": "#666666",
    "not_yet_valid": "#666666",
    "withdrawn": "#8a1c1c",
    "entered_in_error": "#666666",
    "no_longer_sufficient": "#8a1c1c",
    "insufficient": "#8a1c1c",
}

SCOPES = {
    "disclosure": QT_TRANSLATE_NOOP("Consent", "Share with"),
    "processing": QT_TRANSLATE_NOOP("Consent", "Keep sensitive data"),
}

METHODS = {
    "written": QT_TRANSLATE_NOOP("Consent", "Written (signed form)"),
    "email": QT_TRANSLATE_NOOP("Consent", "By e-mail"),
    "verbal": QT_TRANSLATE_NOOP("Consent", "Verbal"),
}


ERRORS = {
    "no_category": QT_TRANSLATE_NOOP("Consent", "Choose at least one kind of data."),
    "validity_order": QT_TRANSLATE_NOOP("Consent", "The consent must end after it starts."),
    "no_recipient": QT_TRANSLATE_NOOP("Consent", "Choose the recipient."),
    "guardian_not_of_child": QT_TRANSLATE_NOOP(
        "Consent", "A parent who gave consent does not belong to this child."
    ),
    "already_withdrawn": QT_TRANSLATE_NOOP("Consent", "This consent was already withdrawn."),
    "withdraw_first": QT_TRANSLATE_NOOP(
        "Consent", "Withdraw the consent before erasing what it covered."
    ),
    "count_mismatch": QT_TRANSLATE_NOOP(
        "Consent", "The number confirmed does not match what would be erased."
    ),
    "already_in_error": QT_TRANSLATE_NOOP(
        "Consent", "This consent is already marked as entered in error."
    ),
    "consent_required": QT_TRANSLATE_NOOP(
        "Consent", "No valid consent covers this export; nothing was written."
    ),
    "packet_password_wrong": QT_TRANSLATE_NOOP(
        "Consent", "That password does not open the packet."
    ),
    "packet_damaged": QT_TRANSLATE_NOOP("Consent", "That file is not a readable Casefile packet."),
    "not_permitted": QT_TRANSLATE_NOOP(
        "Consent", "A second administrator must approve this disclosure."
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP("Consent", "That user name and passphrase do not match."),
}


def consent_error(exc: BaseException) -> str:
    from casefile.ui.dossier_support import error_text

    text = ERRORS.get(getattr(exc, "code", ""))
    return tr(text) if text else error_text(exc)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def reason_text(code: str) -> str:
    text = REASONS.get(code)
    return tr(text) if text else code


def state_text(code: str) -> str:
    text = STATES.get(code)
    return tr(text) if text else code


def reasons_text(reasons) -> str:
    """Every reason once, as sentences on their own lines."""
    return "\n".join(dict.fromkeys(reason_text(r.code) for r in reasons))
