"""One translated sentence for every domain error code (the domain's own messages are
English and never shown in the GUI)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MESSAGES = {
    "vault_locked": QT_TRANSLATE_NOOP("Messages", "The vault is locked."),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The vault is open elsewhere; close it there first."),
    "vault_not_found": QT_TRANSLATE_NOOP("Messages", "There is no vault in that folder."),
    "vault_exists": QT_TRANSLATE_NOOP(
        "Messages", "That folder already holds a vault; choose an empty folder."),
    "folder_not_writable": QT_TRANSLATE_NOOP(
        "Messages", "That folder cannot be written to; choose another."),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "The disk is full; nothing was saved."),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "That user name and passphrase do not open this vault."),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Messages", "That recovery key does not open this vault."),
    "malformed_recovery_key": QT_TRANSLATE_NOOP(
        "Messages", "That recovery key has a typo; check each group of characters."),
    "keyslots_missing": QT_TRANSLATE_NOOP(
        "Messages", "The key file (keyslots.json) is missing; restore it from a backup."),
    "keyslots_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The key file (keyslots.json) is damaged; restore it from a backup."),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The vault's database is damaged or does not decrypt; restore it from a "
        "backup."),
    "wrong_vault": QT_TRANSLATE_NOOP(
        "Messages", "The key file and the database belong to different vaults."),
    "sqlcipher_too_old": QT_TRANSLATE_NOOP(
        "Messages", "This SQLCipher is too old; Casefile needs 4.6 or newer."),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "No secure keyring works on this computer, so binding to it is "
        "unavailable."),
    "keyring_secret_missing": QT_TRANSLATE_NOOP(
        "Messages", "This user is bound to another computer; unlock there or use the "
        "recovery key."),
    "weak_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "That passphrase is too easy to guess; use a longer one."),
    "not_permitted": QT_TRANSLATE_NOOP("Messages", "Only an administrator may do that."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "That record does not exist."),
    "invalid_input": QT_TRANSLATE_NOOP("Messages", "That input is not valid."),
    "dossier_restricted": QT_TRANSLATE_NOOP(
        "Messages", "This dossier is restricted: it is read-only and nothing may be exported."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages", "That backup file is damaged or is not a Casefile backup; nothing was "
        "restored."),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be made or did not verify; try another folder."),
    "folder_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "Restore goes into a new, empty folder; choose another."),
    "not_due": QT_TRANSLATE_NOOP(
        "Messages", "A dossier chosen for purging is not due for deletion."),
    "field_required": QT_TRANSLATE_NOOP("Messages", "Fill in every required field."),
    "passphrases_differ": QT_TRANSLATE_NOOP("Messages", "The two passphrases differ."),
    "error": QT_TRANSLATE_NOOP("Messages", "Something went wrong; nothing was changed."),
}


# Field names as the domain's validation gives them (`details["field"]`), so a refused
# form names the field instead of saying "not valid".
FIELDS = {
    "first name": QT_TRANSLATE_NOOP("Messages", "First name"),
    "last name": QT_TRANSLATE_NOOP("Messages", "Last name"),
    "date of birth": QT_TRANSLATE_NOOP("Messages", "Date of birth"),
    "birth date": QT_TRANSLATE_NOOP("Messages", "Date of birth"),
    "school group": QT_TRANSLATE_NOOP("Messages", "Group"),
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "relation": QT_TRANSLATE_NOOP("Messages", "Relation"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "phone number": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-mail"),
    "e-mail address": QT_TRANSLATE_NOOP("Messages", "E-mail"),
    "address": QT_TRANSLATE_NOOP("Messages", "Address"),
    "contact person": QT_TRANSLATE_NOOP("Messages", "Contact person"),
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "summary": QT_TRANSLATE_NOOP("Messages", "Summary"),
    "start date": QT_TRANSLATE_NOOP("Messages", "Start"),
    "end date": QT_TRANSLATE_NOOP("Messages", "End"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Reason"),
    "user name": QT_TRANSLATE_NOOP("Messages", "User name"),
}
FIELD_PROBLEMS = (  # (the end of the domain's English sentence, our sentence)
    ("may not be empty.", QT_TRANSLATE_NOOP("Messages", "Fill in “%1”.")),
    ("characters.", QT_TRANSLATE_NOOP("Messages", "“%1” is too long.")),
    ("lies in the future.", QT_TRANSLATE_NOOP("Messages", "“%1” lies in the future.")),
    ("is before 1900.", QT_TRANSLATE_NOOP("Messages", "“%1” lies before 1900.")),
    ("", QT_TRANSLATE_NOOP("Messages", "Check “%1”: it is not valid.")),
)


def message_for(exc: BaseException | str) -> str:
    code = exc if isinstance(exc, str) else getattr(exc, "code", "error")
    if code == "invalid_input":
        field = _field_message(exc)
        if field:
            return field
    text = MESSAGES.get(code)
    if text is None:
        return QCoreApplication.translate("Messages", MESSAGES["error"])
    return QCoreApplication.translate("Messages", text)


def _field_message(exc: BaseException | str) -> str:
    field = getattr(exc, "details", {}).get("field") if not isinstance(exc, str) else None
    name = FIELDS.get(str(field).replace("_", " ")) if field else None
    if name is None:
        return ""
    text = str(exc)
    sentence = next(ours for end, ours in FIELD_PROBLEMS if text.endswith(end))
    return QCoreApplication.translate("Messages", sentence).replace(
        "%1", QCoreApplication.translate("Messages", name))


# zxcvbn's feedback is English; its warning (casefile.passphrase.Strength.warning) picks one
# of our sentences by a telling word in it. First match wins, so the narrower words lead.
STRENGTH_WARNINGS = (
    ("similar to a commonly", QT_TRANSLATE_NOOP(
        "Messages", "This looks like a much-used password.")),
    ("common password", QT_TRANSLATE_NOOP("Messages", "This is a much-used password.")),
    ("word by itself", QT_TRANSLATE_NOOP("Messages", "A single word is easy to guess.")),
    ("surnames", QT_TRANSLATE_NOOP("Messages", "Names are easy to guess.")),
    ("keyboard", QT_TRANSLATE_NOOP("Messages", "Keys side by side are easy to guess.")),
    ("repeats", QT_TRANSLATE_NOOP("Messages", "Repetitions are easy to guess.")),
    ("sequences", QT_TRANSLATE_NOOP(
        "Messages", "Sequences such as abc or 6543 are easy to guess.")),
    ("years", QT_TRANSLATE_NOOP("Messages", "Years are easy to guess.")),
    ("dates", QT_TRANSLATE_NOOP("Messages", "Dates are easy to guess.")),
)
_ADD_WORDS = QT_TRANSLATE_NOOP("Messages", "Add another word or two.")
_TOO_EASY = QT_TRANSLATE_NOOP("Messages", "Too easy to guess: add another word or two.")


def weak_hint(warning: str) -> str:
    """The live meter's sentence for a passphrase below 'strong'."""
    lowered = warning.lower()
    found = next((ours for word, ours in STRENGTH_WARNINGS if word in lowered), None)
    if found is None:
        return QCoreApplication.translate("Messages", _TOO_EASY)
    return " ".join(QCoreApplication.translate("Messages", s) for s in (found, _ADD_WORDS))


# Why binding to this computer is off: KeyringSecretStore.unavailable_reason() gives an
# English sentence; a telling word in it picks ours, else the general one.
KEYRING_REASONS = (
    ("does not answer", QT_TRANSLATE_NOOP(
        "Messages", "Not available: the keyring does not answer; it may be locked or not "
        "running. Unlock it and start Casefile again.")),
    ("plaintext", QT_TRANSLATE_NOOP(
        "Messages", "Not available: this computer only has a keyring that stores secrets "
        "unprotected.")),
)
_NO_KEYRING = QT_TRANSLATE_NOOP("Messages", "Not available: this computer has no secure keyring.")


def keyring_reason(reason: str) -> str:
    found = next((ours for word, ours in KEYRING_REASONS if word in reason), _NO_KEYRING)
    return QCoreApplication.translate("Messages", found)
