"""The one catalogue of sentences. The domain raises and returns codes with parameters;
this module says which English source sentence stands for each code, and Qt's translation
files (casefile/resources/translations, made by scripts/i18n) give the Dutch. The GUI, the
CLI and every PDF turn a `Msg` into words through Qt (casefile/render_text.py); this module
itself stays free of Qt so the domain can name its words without importing it.

`QT_TRANSLATE_NOOP` below is a marker that Qt's lupdate reads; at run time it returns the
source unchanged."""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


class Plural:
    """Marks a `%n` sentence as a plural entry: lupdate reads a call of the shape
    `translate(context, source, disambiguation, n)` as numerus ("1 onderdeel", "2
    onderdelen"), which QT_TRANSLATE_NOOP cannot say. At run time it returns the source."""

    @staticmethod
    def translate(context: str, source: str, disambiguation: None = None, n: int = 0) -> str:
        return source


@dataclass(frozen=True)
class Msg:
    """A sentence still to be translated: `%1`, `%2`... are filled from `args` (each a
    plain value or another Msg), `%n` from `n` (which also picks a plural form)."""

    context: str
    source: str
    args: tuple[object, ...] = ()
    n: int = -1


def msg(context: str, source: str, *args: object, n: int = -1) -> Msg:
    return Msg(context, source, tuple(args), n)


# -- errors -----------------------------------------------------------------------------------

_MESSAGES = {
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
    "stray_wal": QT_TRANSLATE_NOOP(
        "Messages", "The file casefile.db-wal beside the database does not belong to it or "
        "does not fit it; nothing was written. Keep a copy of the vault folder, move that "
        "file out of it and open again."),
    "kdf_unusual": QT_TRANSLATE_NOOP(
        "Messages", "The key file asks for unusual settings (more memory or time than "
        "Casefile ever uses); it may have been tampered with. Restore keyslots.json from a "
        "backup."),
    "wrong_vault": QT_TRANSLATE_NOOP(
        "Messages", "The key file and the database belong to different vaults."),
    "sqlcipher_too_old": QT_TRANSLATE_NOOP(
        "Messages", "This SQLCipher is too old; Casefile needs 4.6 or newer."),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "No secure keyring works on this computer, so binding to it is "
        "unavailable."),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "Messages", "The keyring is locked; unlock it (log in to this computer again) and "
        "try again."),
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
    "file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Casefile could not read or write %1; nothing was changed."),
    "unknown_value": QT_TRANSLATE_NOOP("Messages", "That choice does not exist."),
    "unknown_role": QT_TRANSLATE_NOOP(
        "Messages", "Choose the role from the list: counsellor or administrator."),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "Choose the kind of data and its sensitivity from the lists."),
    "unknown_consent_choice": QT_TRANSLATE_NOOP(
        "Messages", "Choose what the consent is for, how it was given and the kinds of data "
        "from the lists."),
    "unknown_setting": QT_TRANSLATE_NOOP(
        "Messages", "That setting does not exist; change the settings through Settings."),
    "unknown_status": QT_TRANSLATE_NOOP(
        "Messages", "Choose the guidance from the list: intake, active, paused or closed."),
    "unknown_organisation_kind": QT_TRANSLATE_NOOP(
        "Messages", "Choose the kind of organisation from the list."),
    "field_not_editable": QT_TRANSLATE_NOOP("Messages", "That field cannot be changed here."),
    "setting_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "A setting is outside its allowed range."),
    "backup_folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "Choose a folder for backups in the settings first."),
    "user_exists": QT_TRANSLATE_NOOP(
        "Messages", "A user with that name already exists; choose another name."),
    "user_name_removed": QT_TRANSLATE_NOOP(
        "Messages", "A removed user had that name, and their history keeps it; choose "
        "another name."),
    "user_name_characters": QT_TRANSLATE_NOOP(
        "Messages", "A user name may not contain / \\ or :."),
    "user_inactive": QT_TRANSLATE_NOOP("Messages", "That user has been deactivated."),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP(
        "Messages", "You cannot deactivate yourself; ask another administrator."),
    "cannot_demote_self": QT_TRANSLATE_NOOP(
        "Messages", "You cannot take away your own administrator role; ask another "
        "administrator."),
    "last_admin": QT_TRANSLATE_NOOP(
        "Messages", "The practice needs at least one active administrator; make someone "
        "else administrator first."),
    "end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The end date lies before the start date."),
    "duration_range": QT_TRANSLATE_NOOP(
        "Messages", "The duration must lie between 0 and 1440 minutes."),
    "draft_not_amended": QT_TRANSLATE_NOOP(
        "Messages", "A draft is changed directly; an amendment is only for a final note."),
    "final_note_not_deleted": QT_TRANSLATE_NOOP(
        "Messages", "A final note cannot be deleted; add an amendment instead."),
    "no_items": QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one item of this dossier to include."),
    "attachment_names": QT_TRANSLATE_NOOP(
        "Messages", "Two attachments have the same name; rename one and try again."),
    "validity_dates": QT_TRANSLATE_NOOP("Messages", "Fill in both validity dates."),
    "child_agreement_value": QT_TRANSLATE_NOOP(
        "Messages", "Say whether the child agreed, did not agree or was not asked."),
    "packet_changed": QT_TRANSLATE_NOOP(
        "Messages", "The dossier changed while the packet was being made; nothing was sent. "
        "Make the packet again."),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Stopped; nothing was saved."),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The practice server cannot be reached; check the connection and try "
        "again."),
    "server_not_verified": QT_TRANSLATE_NOOP(
        "Messages", "The practice server's certificate is not checked or does not match the "
        "practice's CA; nothing was sent."),
    "server_password_in_url": QT_TRANSLATE_NOOP(
        "Messages", "A server address may not hold a password; Casefile derives it from your "
        "passphrase."),
    "server_no_database": QT_TRANSLATE_NOOP(
        "Messages", "The server address names no database; add the practice's database to "
        "it."),
    "server_refused": QT_TRANSLATE_NOOP(
        "Messages", "The practice server does not allow that for your role; nothing was "
        "changed."),
    "server_busy": QT_TRANSLATE_NOOP(
        "Messages", "The practice server is busy with other changes; nothing was saved, try "
        "again."),
    "server_outdated": QT_TRANSLATE_NOOP(
        "Messages", "The practice server's schema is older than this Casefile; its owner "
        "updates it with casefile server upgrade."),
    "server_recovery_key": QT_TRANSLATE_NOOP(
        "Messages", "A practice server is opened with your passphrase; with the recovery key "
        "its owner gives you a temporary one (casefile server reset-passphrase)."),
    "server_no_practice": QT_TRANSLATE_NOOP(
        "Messages", "That database holds no practice; nothing was changed."),
    "server_host": QT_TRANSLATE_NOOP(
        "Messages", "Fill in the practice server's name, such as server.praktijk.nl, without "
        "a slash or a port."),
    "server_port": QT_TRANSLATE_NOOP(
        "Messages", "The port is a number from 1 to 65535; a practice server usually listens "
        "on 5432."),
    "server_database": QT_TRANSLATE_NOOP(
        "Messages", "Fill in the name of the practice's database on the server."),
    "server_ca_file": QT_TRANSLATE_NOOP(
        "Messages", "Choose the practice's CA certificate, the file the server's owner gave "
        "you."),
    "draft_kept_offline": QT_TRANSLATE_NOOP(
        "Messages", "The practice server cannot be reached; this note is kept encrypted on "
        "this computer and saved as soon as the server is back."),
    "not_on_server": QT_TRANSLATE_NOOP(
        "Messages", "This cannot be done on a practice server yet, only in a vault on this "
        "computer; nothing was changed."),
    "practice_exists": QT_TRANSLATE_NOOP(
        "Messages", "That database already holds a practice; nothing was changed."),
    "migrate_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "A practice is moved only into an empty database or a new, empty "
        "folder, and this one is not empty; nothing was changed."),
    "migrate_source_not_sound": QT_TRANSLATE_NOOP(
        "Messages", "The vault's own audit chain does not verify (casefile verify says "
        "where), so nothing was moved."),
    "migrate_not_verified": QT_TRANSLATE_NOOP(
        "Messages", "The copy did not match the original (row counts or audit chain), so "
        "it was taken back; the original is unchanged."),
    # The GUI's exception hook (casefile/ui/app.py): the trace is in the log, not on screen.
    "unexpected": QT_TRANSLATE_NOOP(
        "Messages", "Something unexpected went wrong; what you saved is safe, and the "
        "details (without personal data) are in Casefile's log file."),
}
_DOSSIER_ERRORS = {
    "empty_note": QT_TRANSLATE_NOOP("Dossier", "An empty note cannot be finalised."),
    "note_finalised": QT_TRANSLATE_NOOP(
        "Dossier", "This note is final; change it with an amendment and a reason."),
    "reason_required": QT_TRANSLATE_NOOP("Dossier", "Give a reason for the change."),
    "document_too_large": QT_TRANSLATE_NOOP(
        "Dossier", "That file is larger than the size limit for documents."),
    "document_empty": QT_TRANSLATE_NOOP("Dossier", "That file is empty."),
    "document_unreadable": QT_TRANSLATE_NOOP("Dossier", "That file cannot be read."),
    "document_vanished": QT_TRANSLATE_NOOP("Dossier", "That file is no longer there."),
    "still_referenced": QT_TRANSLATE_NOOP(
        "Dossier", "Other records still refer to this; it cannot be removed."),
    "document_disclosed": QT_TRANSLATE_NOOP(
        "Dossier", "This document was disclosed to %1 on %2; it cannot be removed."),
    "document_is_evidence": QT_TRANSLATE_NOOP(
        "Dossier", "This document is the evidence of a recorded consent; it cannot be "
        "removed."),
    "guardian_disclosed": QT_TRANSLATE_NOOP(
        "Dossier", "The contact details of this parent or guardian were disclosed to %1 on "
        "%2; they cannot be removed."),
    "organisation_disclosed": QT_TRANSLATE_NOOP(
        "Dossier", "A transfer packet was disclosed to %1 on %2; the organisation cannot be "
        "removed."),
    "organisation_is_school": QT_TRANSLATE_NOOP(
        "Dossier", "This organisation is still the school of a child; choose another school "
        "for that child first."),
    "not_on_caseload": QT_TRANSLATE_NOOP(
        "Dossier", "This dossier is not on your caseload; ask an administrator for access."),
    "already_on_caseload": QT_TRANSLATE_NOOP(
        "Dossier", "That counsellor already has access to this dossier."),
    "not_on_caseload_yet": QT_TRANSLATE_NOOP(
        "Dossier", "That counsellor has no access to this dossier to take away."),
}
_CONSENT_ERRORS = {
    "no_category": QT_TRANSLATE_NOOP(
        "Consent", "Choose at least one kind of data, or a specific report or document."),
    "item_not_of_child": QT_TRANSLATE_NOOP(
        "Consent", "A chosen report or document is not in this child's dossier."),
    "items_only_for_disclosure": QT_TRANSLATE_NOOP(
        "Consent", "Specific reports or documents can only be named when sharing."),
    "items_and_whole_categories": QT_TRANSLATE_NOOP(
        "Consent", "Choose either specific reports and documents or whole kinds of notes "
        "and documents, not both."),
    "validity_order": QT_TRANSLATE_NOOP("Consent", "The consent must end after it starts."),
    "no_recipient": QT_TRANSLATE_NOOP("Consent", "Choose the recipient."),
    "guardian_not_of_child": QT_TRANSLATE_NOOP(
        "Consent", "A parent who gave consent does not belong to this child."),
    "already_withdrawn": QT_TRANSLATE_NOOP("Consent", "This consent was already withdrawn."),
    "withdraw_first": QT_TRANSLATE_NOOP(
        "Consent", "Withdraw the consent before erasing what it covered."),
    "count_mismatch": QT_TRANSLATE_NOOP(
        "Consent", "The number confirmed does not match what would be erased."),
    "already_in_error": QT_TRANSLATE_NOOP(
        "Consent", "This consent is already marked as entered in error."),
    "already_signed": QT_TRANSLATE_NOOP(
        "Consent", "This person has already signed this consent."),
    "consent_closed": QT_TRANSLATE_NOOP(
        "Consent", "This consent was withdrawn or entered in error; it takes no signature."),
    "signed_on_out_of_range": QT_TRANSLATE_NOOP(
        "Consent", "The signature date must lie between the recording of the consent "
        "and today."),
    "withdrawal_channel": QT_TRANSLATE_NOOP(
        "Consent", "Choose how the withdrawal reached you."),
    "withdrawn_by_required": QT_TRANSLATE_NOOP(
        "Consent", "Choose who withdrew the consent."),
    "consent_required": QT_TRANSLATE_NOOP(
        "Consent", "No valid consent covers this export; nothing was written."),
    "packet_password_wrong": QT_TRANSLATE_NOOP(
        "Consent", "That password does not open the packet."),
    "packet_damaged": QT_TRANSLATE_NOOP("Consent", "That file is not a readable Casefile packet."),
    "second_admin_required": QT_TRANSLATE_NOOP(
        "Consent", "A second administrator must approve this disclosure."),
    "approver_passphrase_wrong": QT_TRANSLATE_NOOP(
        "Consent", "That user name and passphrase do not match."),
    "fingerprint_malformed": QT_TRANSLATE_NOOP(
        "Consent", "A signing-key fingerprint is 32 hexadecimal digits."),
    "fingerprint_line_malformed": QT_TRANSLATE_NOOP(
        "Consent", "Line %1 is not a signing-key fingerprint (32 hexadecimal digits)."),
    "fingerprint_list_empty": QT_TRANSLATE_NOOP(
        "Consent", "The list of trusted fingerprints is empty."),
    # The parents' inzage before a packet (issue 10)
    "inzage_required": QT_TRANSLATE_NOOP(
        "Consent", "The practice lets the parents read every packet first, and no inzage was "
        "offered to them for this recipient; make an inzage for the parents first."),
    "inzage_open": QT_TRANSLATE_NOOP(
        "Consent", "The parents have not answered the inzage yet; record their answer, or "
        "make the packet after %1."),
    "inzage_outdated": QT_TRANSLATE_NOOP(
        "Consent", "This packet holds something the parents did not see in their inzage, or "
        "something changed since; make a new inzage for the parents first."),
    "inzage_answered": QT_TRANSLATE_NOOP("Consent", "This inzage has already been answered."),
    "inzage_not_expired": QT_TRANSLATE_NOOP(
        "Consent", "The parents have until %1 to answer; record “no answer” after that date."),
    "inzage_guardians": QT_TRANSLATE_NOOP(
        "Consent", "Choose the parent or parents of this child who read the inzage."),
    "inzage_answer_choice": QT_TRANSLATE_NOOP(
        "Consent", "Choose the answer: remarks, no remarks or no answer."),
}
_RIGHTS_ERRORS = {
    "received_in_future": QT_TRANSLATE_NOOP(
        "Rights", "A request cannot have been received after today."),
    "extension_too_long": QT_TRANSLATE_NOOP(
        "Rights", "A request can be extended by one or two months."),
    "already_extended": QT_TRANSLATE_NOOP(
        "Rights", "This request was already extended; the law allows it once."),
    "request_closed": QT_TRANSLATE_NOOP("Rights", "This request has already been answered."),
    "closed_before_received": QT_TRANSLATE_NOOP(
        "Rights", "The answer date must lie between the day received and today."),
    "event_not_of_child": QT_TRANSLATE_NOOP(
        "Rights", "That log entry does not belong to this child's dossier."),
    "request_not_of_child": QT_TRANSLATE_NOOP(
        "Rights", "That request is about another child."),
    "hold_ends_in_past": QT_TRANSLATE_NOOP("Rights", "A hold must end after today."),
    "unknown_rights_choice": QT_TRANSLATE_NOOP(
        "Rights", "Choose from the lists: the kind of request, who asked, how their identity "
        "was checked, the outcome or what the objection is against."),
    "dossier_on_hold": QT_TRANSLATE_NOOP(
        "Rights", "This dossier is on hold until %1 because of a complaint or legal case; "
        "it cannot be erased or purged before then."),
}
# code -> (context, source): each sentence keeps the context its translation lives in.
ERRORS = {code: (context, source)
          for context, table in (("Messages", _MESSAGES), ("Dossier", _DOSSIER_ERRORS),
                                 ("Consent", _CONSENT_ERRORS), ("Rights", _RIGHTS_ERRORS))
          for code, source in table.items()}

# Field names as the domain's validation gives them (`params["field"]`), so a refused form
# names the field instead of saying "not valid".
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
    "opened on": QT_TRANSLATE_NOOP("Messages", "Dossier opened"),
    "closed on": QT_TRANSLATE_NOOP("Messages", "Dossier closed"),
    "start date": QT_TRANSLATE_NOOP("Messages", "Start"),
    "end date": QT_TRANSLATE_NOOP("Messages", "End"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Reason"),
    "user name": QT_TRANSLATE_NOOP("Messages", "User name"),
    "group": QT_TRANSLATE_NOOP("Messages", "Group"),
    "date received": QT_TRANSLATE_NOOP("Messages", "Date received"),
    "session date": QT_TRANSLATE_NOOP("Messages", "Session date"),
    "legal ground": QT_TRANSLATE_NOOP("Messages", "Legal ground"),
    "purpose": QT_TRANSLATE_NOOP("Messages", "Purpose"),
    "note": QT_TRANSLATE_NOOP("Messages", "Note"),
    "remarks": QT_TRANSLATE_NOOP("Messages", "Remarks"),
}
FIELD_PROBLEMS = {  # a validation code -> its sentence about the field named %1
    "field_empty": QT_TRANSLATE_NOOP("Messages", "Fill in “%1”."),
    "field_too_long": QT_TRANSLATE_NOOP("Messages", "“%1” is too long."),
    "field_in_future": QT_TRANSLATE_NOOP("Messages", "“%1” lies in the future."),
    "field_before_1900": QT_TRANSLATE_NOOP("Messages", "“%1” lies before 1900."),
}
_FIELD_INVALID = QT_TRANSLATE_NOOP("Messages", "Check “%1”: it is not valid.")
FIELD_CODES = frozenset({*FIELD_PROBLEMS, "field_not_text", "field_control_character",
                         "field_not_date"})


def error_message(exc: BaseException | str) -> Msg:
    """The one sentence for a domain error (or a bare code); never a traceback."""
    code = exc if isinstance(exc, str) else getattr(exc, "code", None)
    params: dict[str, object] = {} if isinstance(exc, str) else dict(getattr(exc, "params", {}))
    if code in FIELD_CODES:
        field = FIELDS.get(str(params.get("field", "")).replace("_", " "))
        if field is None:
            return _error("invalid_input")
        return msg("Messages", FIELD_PROBLEMS.get(str(code), _FIELD_INVALID),
                   msg("Messages", field))
    if code is None and isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return _error("disk_full")
        name = exc.filename
        return _error("file_unreadable", _base_name(name)) if name else \
            _error("document_unreadable")
    if code not in ERRORS:  # a code the catalogue lacks: the error class's own sentence
        code = getattr(type(exc), "code", "error")
    return _error(str(code), *(_shown(params[k]) for k in ERROR_ARGS.get(str(code), ())
                               if k in params))


def _shown(value: object) -> object:
    return fmt_date(value) if isinstance(value, date) else value


ERROR_ARGS: dict[str, tuple[str, ...]] = {"file_unreadable": ("file",),
                                          "fingerprint_line_malformed": ("line",),
                                          "dossier_on_hold": ("until",),
                                          "document_disclosed": ("recipient", "on"),
                                          "guardian_disclosed": ("recipient", "on"),
                                          "organisation_disclosed": ("recipient", "on"),
                                          "inzage_open": ("until",),
                                          "inzage_not_expired": ("until",)}


def _error(code: str, *args: object) -> Msg:
    context, source = ERRORS.get(code, ERRORS["error"])
    return msg(context, source, *args)


def _base_name(name: object) -> str:
    return str(name).replace("\\", "/").rsplit("/", 1)[-1]


# -- passphrase strength and the keyring --------------------------------------------------------

STRENGTH_HINTS = {  # casefile.passphrase hint codes
    "similar_to_common": QT_TRANSLATE_NOOP(
        "Messages", "This looks like a much-used password."),
    "common_password": QT_TRANSLATE_NOOP("Messages", "This is a much-used password."),
    "single_word": QT_TRANSLATE_NOOP("Messages", "A single word is easy to guess."),
    "names": QT_TRANSLATE_NOOP("Messages", "Names are easy to guess."),
    "keyboard": QT_TRANSLATE_NOOP("Messages", "Keys side by side are easy to guess."),
    "repeats": QT_TRANSLATE_NOOP("Messages", "Repetitions are easy to guess."),
    "sequences": QT_TRANSLATE_NOOP(
        "Messages", "Sequences such as abc or 6543 are easy to guess."),
    "years": QT_TRANSLATE_NOOP("Messages", "Years are easy to guess."),
    "dates": QT_TRANSLATE_NOOP("Messages", "Dates are easy to guess."),
}
ADD_WORDS = QT_TRANSLATE_NOOP("Messages", "Add another word or two.")
TOO_EASY = QT_TRANSLATE_NOOP("Messages", "Too easy to guess: add another word or two.")

KEYRING_REASONS = {  # casefile.storage.secrets reason codes
    "keyring_not_answering": QT_TRANSLATE_NOOP(
        "Messages", "Not available: the keyring does not answer; it may be locked or not "
        "running. Unlock it and start Casefile again."),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "Messages", "Not available now: the keyring is locked. Unlock it and try again."),
    "keyring_insecure": QT_TRANSLATE_NOOP(
        "Messages", "Not available: this computer only has a keyring that stores secrets "
        "unprotected."),
    "keyring_none": QT_TRANSLATE_NOOP(
        "Messages", "Not available: this computer has no secure keyring."),
}


def strength_hint(code: str) -> list[Msg]:
    """The live meter's sentences for a passphrase below 'strong'."""
    if code not in STRENGTH_HINTS:
        return [msg("Messages", TOO_EASY)]
    return [msg("Messages", STRENGTH_HINTS[code]), msg("Messages", ADD_WORDS)]


def keyring_reason(code: str) -> Msg:
    return msg("Messages", KEYRING_REASONS.get(code, KEYRING_REASONS["keyring_none"]))


BACKUP_ADVICE = {  # casefile.backup_advice codes: the lock screen's notice, no personal data
    "backup_none": QT_TRANSLATE_NOOP(
        "Messages", "There is no backup yet. Make one after unlocking (Privacy menu, Back up "
        "now)."),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Messages", "The last backup failed. Make a backup after unlocking (Privacy menu)."),
    "backup_stale": QT_TRANSLATE_NOOP(
        "Messages", "The last backup is more than a week old. Make one after unlocking "
        "(Privacy menu, Back up now)."),
}


def backup_advice(code: str) -> Msg:
    return msg("Messages", BACKUP_ADVICE[code])


# -- values shown to people: enums are always translated, never `active` or `True` ----------

LABELS = {
    # guidance status
    "intake": QT_TRANSLATE_NOOP("Dossier", "Intake"),
    "active": QT_TRANSLATE_NOOP("Dossier", "Active"),
    "paused": QT_TRANSLATE_NOOP("Dossier", "Paused"),
    "closed": QT_TRANSLATE_NOOP("Dossier", "Closed"),
    # categories
    "identity": QT_TRANSLATE_NOOP("Dossier", "Identity"),
    "contact_details": QT_TRANSLATE_NOOP("Dossier", "Contact details"),
    "guidance_summary": QT_TRANSLATE_NOOP("Dossier", "Guidance summary"),
    "session_notes": QT_TRANSLATE_NOOP("Dossier", "Session notes"),
    "assessments": QT_TRANSLATE_NOOP("Dossier", "Assessments"),
    "documents": QT_TRANSLATE_NOOP("Dossier", "Documents"),
    # sensitivity
    "normal": QT_TRANSLATE_NOOP("Dossier", "Normal"),
    "sensitive": QT_TRANSLATE_NOOP("Dossier", "Sensitive"),
    "special": QT_TRANSLATE_NOOP("Dossier", "Special category (Art. 9)"),
}
# One item's kind reads better in the singular than the consent category's plural name.
KINDS = {
    "session_notes": QT_TRANSLATE_NOOP("Dossier", "Session note"),
    "guidance_summary": QT_TRANSLATE_NOOP("Dossier", "Guidance summary"),
    "assessments": QT_TRANSLATE_NOOP("Dossier", "Assessment"),
    "documents": QT_TRANSLATE_NOOP("Dossier", "Document"),
}
ROLES = {
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "counsellor": QT_TRANSLATE_NOOP("Labels", "Counsellor"),
}
ORGANISATION_KINDS = {
    "school": QT_TRANSLATE_NOOP("Organisations", "School"),
    "ggd": QT_TRANSLATE_NOOP("Organisations", "Municipal health service (GGD)"),
    "wijkteam": QT_TRANSLATE_NOOP("Organisations", "Neighbourhood team"),
    "huisarts": QT_TRANSLATE_NOOP("Organisations", "GP"),
    "remedial_teacher": QT_TRANSLATE_NOOP("Organisations", "Remedial teacher"),
    "youth_care": QT_TRANSLATE_NOOP("Organisations", "Youth care"),
    "other": QT_TRANSLATE_NOOP("Organisations", "Other"),
}
YES_NO = {True: QT_TRANSLATE_NOOP("Labels", "yes"), False: QT_TRANSLATE_NOOP("Labels", "no")}


def label(value: object) -> Msg | str:
    """The translated word for an enum value or a boolean; other values as they are."""
    if isinstance(value, bool):
        return msg("Labels", YES_NO[value])
    if isinstance(value, date):
        return fmt_date(value)
    code = value.value if isinstance(value, Enum) else value
    for table, context in ((LABELS, "Dossier"), (ROLES, "Labels"),
                           (ORGANISATION_KINDS, "Organisations")):
        if isinstance(code, str) and code in table:
            return msg(context, table[code])
    return "" if value is None else str(value)


def kind_label(category: object) -> Msg | str:
    code = category.value if isinstance(category, Enum) else str(category)
    return msg("Dossier", KINDS[code]) if code in KINDS else label(category)


def item_title(words: Callable[[Msg | str], str], key: str, category: object,
               label: str) -> str:
    """How an exportable item is named, alike in the export wizard and in the packet (its
    contents, its sections, its manifest): the dossier parts by name, a note or document
    by its kind and its date or file name. `words` translates (the GUI's or the PDF's)."""
    if key in ("identity", "contact_details", "guidance_summary"):
        return words(kind_label(key))
    detail = fmt_date(label) if key.startswith("note:") else label
    return f"{words(kind_label(category))}: {detail}"


DATE_FORM = "%d-%m-%Y"  # the one date form people read: 03-12-2016, in both languages


def fmt_date(value: date | str | None, empty: str = "") -> str:
    """A date (or an ISO date string, as packet content holds it) in DATE_FORM; no date
    reads as `empty` (the PDFs print a dash)."""
    if not value:
        return empty
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return day.strftime(DATE_FORM)


def fmt_moment(value: datetime | None) -> str:
    """A stored UTC moment in the computer's local time: 03-12-2016 14:05."""
    return value.astimezone().strftime(f"{DATE_FORM} %H:%M") if value else ""


# -- the consent rule's reasons and the register's states ----------------------------------

REASONS = {
    "no_consent_for_recipient": QT_TRANSLATE_NOOP(
        "Consent", "There is no consent for this recipient."),
    "category_not_covered": QT_TRANSLATE_NOOP(
        "Consent", "The consent does not cover this kind of data."),
    "not_yet_valid": QT_TRANSLATE_NOOP("Consent", "The consent is not valid yet."),
    "expired": QT_TRANSLATE_NOOP("Consent", "The consent has expired."),
    "withdrawn": QT_TRANSLATE_NOOP("Consent", "The consent was withdrawn."),
    "entered_in_error": QT_TRANSLATE_NOOP("Consent", "The consent was entered in error."),
    "item_not_named": QT_TRANSLATE_NOOP(
        "Consent", "The consent names other reports or documents, not this one."),
    "special_not_explicit": QT_TRANSLATE_NOOP(
        "Consent", "Special-category data needs explicit consent."),
    "guardian_missing": QT_TRANSLATE_NOOP(
        "Consent", "Not every parent with parental authority agreed."),
    "child_agreement_missing": QT_TRANSLATE_NOOP(
        "Consent", "The child is 12 or older and must agree too."),
    "child_must_consent": QT_TRANSLATE_NOOP(
        "Consent", "The child is 16 or older and decides alone."),
    "no_longer_sufficient_turned_12": QT_TRANSLATE_NOOP(
        "Consent", "The child has turned 12 since; the child must now agree too."),
    "no_longer_sufficient_turned_16": QT_TRANSLATE_NOOP(
        "Consent", "The child has turned 16 since; the child must now consent."),
    "dossier_restricted": QT_TRANSLATE_NOOP(
        "Consent", "The dossier is restricted: nothing may be exported."),
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
        "Consent", "No longer sufficient (the child is older now)"),
    "insufficient": QT_TRANSLATE_NOOP("Consent", "Insufficient: not everyone agreed"),
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

CHANNELS = {  # how a withdrawal reached the practice
    "phone": QT_TRANSLATE_NOOP("Consent", "By phone"),
    "email": QT_TRANSLATE_NOOP("Consent", "By e-mail"),
    "letter": QT_TRANSLATE_NOOP("Consent", "By letter"),
    "in_person": QT_TRANSLATE_NOOP("Consent", "In person"),
}


def channel(code: str) -> Msg | str:
    return msg("Consent", CHANNELS[code]) if code in CHANNELS else code


def reason(code: str) -> Msg | str:
    return msg("Consent", REASONS[code]) if code in REASONS else code


def state(code: str) -> Msg | str:
    return msg("Consent", STATES[code]) if code in STATES else code


def scope(code: str) -> Msg | str:
    return msg("Consent", SCOPES[code]) if code in SCOPES else code


def method(code: str) -> Msg | str:
    return msg("Consent", METHODS[code]) if code in METHODS else code


# -- the rights desk's lists (casefile/rights_desk.py codes) ---------------------------------

RIGHTS_WORDS = {
    "kind": {
        "access": QT_TRANSLATE_NOOP("Rights", "Access (Art. 15)"),
        "rectification": QT_TRANSLATE_NOOP("Rights", "Rectification (Art. 16)"),
        "erasure": QT_TRANSLATE_NOOP("Rights", "Erasure (Art. 17)"),
        "restriction": QT_TRANSLATE_NOOP("Rights", "Restriction (Art. 18)"),
        "portability": QT_TRANSLATE_NOOP("Rights", "Data portability (Art. 20)"),
        "objection": QT_TRANSLATE_NOOP("Rights", "Objection (Art. 21)"),
        "withdrawal": QT_TRANSLATE_NOOP("Rights", "Withdrawal of consent"),
    },
    "requester": {
        "guardian": QT_TRANSLATE_NOOP("Rights", "Parent or guardian"),
        "child": QT_TRANSLATE_NOOP("Rights", "The child"),
    },
    "identity_check": {
        "id_document": QT_TRANSLATE_NOOP("Rights", "Identity document shown"),
        "known_contact": QT_TRANSLATE_NOOP(
            "Rights", "Via the phone number or e-mail address on file"),
        "in_person": QT_TRANSLATE_NOOP("Rights", "In person, known to the practice"),
        "video_call": QT_TRANSLATE_NOOP("Rights", "Video call with identity document"),
    },
    "outcome": {
        "granted": QT_TRANSLATE_NOOP("Rights", "Granted"),
        "partly_granted": QT_TRANSLATE_NOOP("Rights", "Partly granted"),
        "refused": QT_TRANSLATE_NOOP("Rights", "Refused, with reasons"),
        "withdrawn_by_requester": QT_TRANSLATE_NOOP("Rights", "Withdrawn by the requester"),
    },
    "state": {
        "late": QT_TRANSLATE_NOOP("Rights", "Late"),
        "due_this_week": QT_TRANSLATE_NOOP("Rights", "Due this week"),
        "open": QT_TRANSLATE_NOOP("Rights", "Open"),
        "answered": QT_TRANSLATE_NOOP("Rights", "Answered"),
        "answered_late": QT_TRANSLATE_NOOP("Rights", "Answered late"),
    },
    "objection": {
        "service_information": QT_TRANSLATE_NOOP(
            "Rights", "Objects to being informed about new services"),
        "other_legitimate_interest": QT_TRANSLATE_NOOP(
            "Rights", "Objects to processing on the ground of legitimate interest"),
    },
}


def rights_word(table: str, code: str) -> Msg | str:
    source = RIGHTS_WORDS[table].get(code)
    return msg("Rights", source) if source else code


# -- the audit log's actions and objects (the log keeps codes and ids only) -----------------

AUDIT_ACTIONS = {  # every AuditAction, as "who <did this> <to what>"
    "create": QT_TRANSLATE_NOOP("AuditLogModel", "created"),
    "import": QT_TRANSLATE_NOOP("AuditLogModel", "imported"),  # a document's create
    "read": QT_TRANSLATE_NOOP("AuditLogModel", "opened"),
    "update": QT_TRANSLATE_NOOP("AuditLogModel", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLogModel", "deleted"),
    "finalise": QT_TRANSLATE_NOOP("AuditLogModel", "finalised"),
    "amend": QT_TRANSLATE_NOOP("AuditLogModel", "amended"),
    "read_history": QT_TRANSLATE_NOOP("AuditLogModel", "viewed the history of"),
    "search": QT_TRANSLATE_NOOP("AuditLogModel", "searched in"),
    "consent_recorded": QT_TRANSLATE_NOOP("AuditLogModel", "recorded"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("AuditLogModel", "withdrew"),
    "consent_entered_in_error": QT_TRANSLATE_NOOP("AuditLogModel", "marked as entered in error"),
    "consent_signed": QT_TRANSLATE_NOOP("AuditLogModel", "added a later signature to"),
    "erase_on_withdrawal": QT_TRANSLATE_NOOP(
        "AuditLogModel", "erased, after the withdrawal of,"),
    "export": QT_TRANSLATE_NOOP("AuditLogModel", "exported"),
    "export_legal": QT_TRANSLATE_NOOP("AuditLogModel", "handed out under a legal obligation"),
    "export_legal_alone": QT_TRANSLATE_NOOP(
        "AuditLogModel", "handed out under a legal obligation, without a second reviewer,"),
    "export_copy": QT_TRANSLATE_NOOP("AuditLogModel", "saved an unencrypted copy of"),
    "export_consent_form": QT_TRANSLATE_NOOP("AuditLogModel", "saved a consent form for"),
    "export_deletion_letter": QT_TRANSLATE_NOOP(
        "AuditLogModel", "saved a request to delete, under"),
    "export_recovery_sheet": QT_TRANSLATE_NOOP(
        "AuditLogModel", "saved the recovery sheet of"),
    "access_report": QT_TRANSLATE_NOOP("AuditLogModel", "made an access report of"),
    "disclosure_copy": QT_TRANSLATE_NOOP("AuditLogModel", "saved a copy of what was sent in"),
    "restrict": QT_TRANSLATE_NOOP("AuditLogModel", "restricted"),
    "lift_restriction": QT_TRANSLATE_NOOP("AuditLogModel", "lifted the restriction of"),
    "erase": QT_TRANSLATE_NOOP("AuditLogModel", "erased"),
    "purge": QT_TRANSLATE_NOOP("AuditLogModel", "purged"),
    "backup": QT_TRANSLATE_NOOP("AuditLogModel", "backed up"),
    "migrate": QT_TRANSLATE_NOOP("AuditLogModel", "moved to another engine"),
    "unlock": QT_TRANSLATE_NOOP("AuditLogModel", "unlocked"),
    "lock": QT_TRANSLATE_NOOP("AuditLogModel", "locked"),
    "change_passphrase": QT_TRANSLATE_NOOP("AuditLogModel", "changed the passphrase of"),
    "reset_passphrase": QT_TRANSLATE_NOOP("AuditLogModel", "reset the passphrase of"),
    "deactivate": QT_TRANSLATE_NOOP("AuditLogModel", "deactivated"),
    "grant": QT_TRANSLATE_NOOP("AuditLogModel", "signed the role of"),
    "claim_key": QT_TRANSLATE_NOOP("AuditLogModel", "bound a signing key to"),
    "export_audit_log": QT_TRANSLATE_NOOP("AuditLogModel", "saved a copy of"),
    "request_recorded": QT_TRANSLATE_NOOP("AuditLogModel", "recorded"),
    "request_extended": QT_TRANSLATE_NOOP("AuditLogModel", "extended the deadline of"),
    "request_closed": QT_TRANSLATE_NOOP("AuditLogModel", "answered"),
    "hold_placed": QT_TRANSLATE_NOOP("AuditLogModel", "placed"),
    "hold_lifted": QT_TRANSLATE_NOOP("AuditLogModel", "lifted"),
    "objection_recorded": QT_TRANSLATE_NOOP("AuditLogModel", "recorded"),
    "caseload_add": QT_TRANSLATE_NOOP("AuditLogModel", "gave access to the dossier to"),
    "caseload_remove": QT_TRANSLATE_NOOP("AuditLogModel", "took access to the dossier from"),
    "read_outside_caseload": QT_TRANSLATE_NOOP(
        "AuditLogModel", "opened, outside their own caseload,"),
    "inzage": QT_TRANSLATE_NOOP("AuditLogModel", "made an inzage for the parents of"),
    "inzage_answered": QT_TRANSLATE_NOOP("AuditLogModel", "recorded the parents' answer to"),
}
AUDIT_OBJECTS = {
    "child": QT_TRANSLATE_NOOP("AuditLogModel", "the dossier"),
    "guardian": QT_TRANSLATE_NOOP("AuditLogModel", "guardian"),
    "trajectory": QT_TRANSLATE_NOOP("AuditLogModel", "trajectory"),
    "note": QT_TRANSLATE_NOOP("AuditLogModel", "session note"),
    "document": QT_TRANSLATE_NOOP("AuditLogModel", "document"),
    "consent": QT_TRANSLATE_NOOP("AuditLogModel", "consent"),
    "packet": QT_TRANSLATE_NOOP("AuditLogModel", "transfer packet"),
    "disclosure": QT_TRANSLATE_NOOP("AuditLogModel", "disclosure"),
    "organisation": QT_TRANSLATE_NOOP("AuditLogModel", "organisation"),
    "user": QT_TRANSLATE_NOOP("AuditLogModel", "user"),
    "vault": QT_TRANSLATE_NOOP("AuditLogModel", "the vault"),
    "settings": QT_TRANSLATE_NOOP("AuditLogModel", "the settings"),
    "financial_records": QT_TRANSLATE_NOOP("AuditLogModel", "financial records"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLogModel", "the audit log"),
    "rights_request": QT_TRANSLATE_NOOP("AuditLogModel", "a request from the parents or child"),
    "retention_hold": QT_TRANSLATE_NOOP("AuditLogModel", "a hold on the retention period"),
    "objection": QT_TRANSLATE_NOOP("AuditLogModel", "an objection (Art. 21)"),
    "inzage": QT_TRANSLATE_NOOP("AuditLogModel", "an inzage for the parents"),
}
OUTCOMES = {"ok": QT_TRANSLATE_NOOP("AuditLogModel", "done"),
            "failed": QT_TRANSLATE_NOOP("AuditLogModel", "failed")}


def action(code: str, object_type: str = "") -> Msg | str:
    if code == "create" and object_type == "document":
        code = "import"  # a document is created by importing a received file
    return msg("AuditLogModel", AUDIT_ACTIONS[code]) if code in AUDIT_ACTIONS else code


def audit_object(code: str) -> Msg | str:
    return msg("AuditLogModel", AUDIT_OBJECTS[code]) if code in AUDIT_OBJECTS else code


def outcome(code: str) -> Msg | str:
    return msg("AuditLogModel", OUTCOMES[code]) if code in OUTCOMES else code



# -- the change history's fields (field_history keeps column names and raw values) ---------

HISTORY_OBJECTS = {
    "child": QT_TRANSLATE_NOOP("History", "Child"),
    "guardian": QT_TRANSLATE_NOOP("History", "Parent or guardian"),
    "trajectory": QT_TRANSLATE_NOOP("History", "Trajectory"),
    "organisation": QT_TRANSLATE_NOOP("History", "Organisation"),
    "note": QT_TRANSLATE_NOOP("History", "Session note"),
    "document": QT_TRANSLATE_NOOP("History", "Document"),
}
HISTORY_FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("History", "first name"),
    "last_name": QT_TRANSLATE_NOOP("History", "last name"),
    "birth_date": QT_TRANSLATE_NOOP("History", "date of birth"),
    "school_id": QT_TRANSLATE_NOOP("History", "school"),
    "school_group": QT_TRANSLATE_NOOP("History", "group"),
    "status": QT_TRANSLATE_NOOP("History", "guidance"),
    "restricted": QT_TRANSLATE_NOOP("History", "restricted"),
    "opened_on": QT_TRANSLATE_NOOP("History", "dossier opened"),
    "closed_on": QT_TRANSLATE_NOOP("History", "dossier closed"),
    "name": QT_TRANSLATE_NOOP("History", "name"),
    "relation": QT_TRANSLATE_NOOP("History", "relation"),
    "phone": QT_TRANSLATE_NOOP("History", "phone"),
    "email": QT_TRANSLATE_NOOP("History", "e-mail"),
    "address": QT_TRANSLATE_NOOP("History", "address"),
    "has_authority": QT_TRANSLATE_NOOP("History", "parental authority"),
    "contact_person": QT_TRANSLATE_NOOP("History", "contact person"),
    "kind": QT_TRANSLATE_NOOP("History", "kind"),
    "title": QT_TRANSLATE_NOOP("History", "title"),
    "start_date": QT_TRANSLATE_NOOP("History", "start"),
    "end_date": QT_TRANSLATE_NOOP("History", "end"),
    "summary": QT_TRANSLATE_NOOP("History", "summary"),
    "text": QT_TRANSLATE_NOOP("History", "text"),
    # a document's correction, and the removal of a document, guardian or organisation
    "filename": QT_TRANSLATE_NOOP("History", "name"),
    "category": QT_TRANSLATE_NOOP("History", "kind"),
    "sensitivity": QT_TRANSLATE_NOOP("History", "sensitivity"),
    "received_on": QT_TRANSLATE_NOOP("History", "date received"),
    "source_organisation_id": QT_TRANSLATE_NOOP("History", "received from"),
    "removed": QT_TRANSLATE_NOOP("History", "removed"),
}
HISTORY = {
    "what": QT_TRANSLATE_NOOP("History", "%1: %2"),
    "version": QT_TRANSLATE_NOOP("History", "version %1"),
    "erased_dossier": QT_TRANSLATE_NOOP("AuditLogModel", "erased dossier (number %1)"),
    "number": QT_TRANSLATE_NOOP("AuditLogModel", "%1 number %2"),
    "dossier_of": QT_TRANSLATE_NOOP("AuditLogModel", "the dossier of %1"),
    "unknown_user": QT_TRANSLATE_NOOP("AuditLogModel", "(unknown)"),
    "named": QT_TRANSLATE_NOOP("AuditLogModel", "%1 %2"),
    "audit_title": QT_TRANSLATE_NOOP("AuditLogModel", "Audit log"),
    "history_title": QT_TRANSLATE_NOOP("History", "Change history"),
    "audit_period": QT_TRANSLATE_NOOP(
        "AuditLogModel", "From %1, %2 events, saved on %3 by %4."),
}
AUDIT_COLUMNS = (QT_TRANSLATE_NOOP("AuditLogModel", "When"),
                 QT_TRANSLATE_NOOP("AuditLogModel", "Who"),
                 QT_TRANSLATE_NOOP("AuditLogModel", "What"),
                 QT_TRANSLATE_NOOP("AuditLogModel", "On what"),
                 QT_TRANSLATE_NOOP("AuditLogModel", "Child"),
                 QT_TRANSLATE_NOOP("AuditLogModel", "Outcome"))
HISTORY_COLUMNS = (QT_TRANSLATE_NOOP("History", "When"), QT_TRANSLATE_NOOP("History", "Who"),
                   QT_TRANSLATE_NOOP("History", "What"), QT_TRANSLATE_NOOP("History", "Old"),
                   QT_TRANSLATE_NOOP("History", "New"), QT_TRANSLATE_NOOP("History", "Reason"))


def history_word(key: str, *args: object) -> Msg:
    context = "History" if key in ("what", "version", "history_title") else "AuditLogModel"
    return msg(context, HISTORY[key], *args)


def history_field(object_type: str, field: str) -> Msg | str:
    """"Child: school", "Parent or guardian: phone" for a field_history row."""
    noun = HISTORY_OBJECTS.get(object_type)
    word = HISTORY_FIELDS.get(field)
    if noun is None or word is None:
        return f"{object_type}: {field}"
    return history_word("what", msg("History", noun), msg("History", word))

# -- the words of the PDFs (packets, access reports, consent forms, letters) ----------------

PDF = {
    "title": QT_TRANSLATE_NOOP("Pdf", "Transfer packet"),
    "legal_title": QT_TRANSLATE_NOOP("Pdf", "Disclosure without consent"),
    "copy_title": QT_TRANSLATE_NOOP("Pdf", "Copy of what was sent"),
    "no_second_reviewer": QT_TRANSLATE_NOOP("Pdf", "without a second reviewer"),
    "child": QT_TRANSLATE_NOOP("Pdf", "Child"),
    "born": QT_TRANSLATE_NOOP("Pdf", "Born"),
    "recipient": QT_TRANSLATE_NOOP("Pdf", "Recipient"),
    "purpose": QT_TRANSLATE_NOOP("Pdf", "Purpose"),
    "consents": QT_TRANSLATE_NOOP("Pdf", "Consents this transfer relies on"),
    "given": QT_TRANSLATE_NOOP("Pdf", "given on"),
    "by": QT_TRANSLATE_NOOP("Pdf", "by"),
    "until": QT_TRANSLATE_NOOP("Pdf", "valid until"),
    "contents": QT_TRANSLATE_NOOP("Pdf", "Contents"),
    "practice": QT_TRANSLATE_NOOP("Pdf", "Practice"),
    "fingerprint": QT_TRANSLATE_NOOP("Pdf", "Signing key fingerprint"),
    "created": QT_TRANSLATE_NOOP("Pdf", "Created"),
    "legal_ground": QT_TRANSLATE_NOOP("Pdf", "Legal ground"),
    "reason": QT_TRANSLATE_NOOP("Pdf", "Reason"),
    "approved_by": QT_TRANSLATE_NOOP("Pdf", "Approved by"),
    "school": QT_TRANSLATE_NOOP("Pdf", "School"),
    "group": QT_TRANSLATE_NOOP("Pdf", "Group"),
    "authority": QT_TRANSLATE_NOOP("Pdf", "parental authority"),
    "trajectory": QT_TRANSLATE_NOOP("Pdf", "Trajectory"),
    "status": QT_TRANSLATE_NOOP("Pdf", "Guidance"),
    "attachment_hint": QT_TRANSLATE_NOOP("Pdf", "The file is attached to this PDF."),
    "the_child": QT_TRANSLATE_NOOP("Pdf", "the child"),
    "form_title": QT_TRANSLATE_NOOP("Pdf", "Consent to share data"),
    "form_intro": QT_TRANSLATE_NOOP(
        "Pdf", "With this form you consent to sharing the data of your child listed "
        "below with the named recipient, for the named purpose."),
    "special": QT_TRANSLATE_NOOP(
        "Pdf", "This explicitly includes special-category data (such as a diagnosis)."),
    "withdraw": QT_TRANSLATE_NOOP(
        "Pdf", "You can withdraw this consent at any time, without giving a reason: in "
        "person, by e-mail or in writing to the practice. A withdrawal works at "
        "once; we ask recipients to delete what was already shared."),
    "age": QT_TRANSLATE_NOOP(
        "Pdf", "If your child is 12 or older, your child signs too. From 16 your child "
        "decides alone."),
    "sign": QT_TRANSLATE_NOOP("Pdf", "Signature"),
    "name": QT_TRANSLATE_NOOP("Pdf", "Name"),
    "date": QT_TRANSLATE_NOOP("Pdf", "Date"),
    "letter_title": QT_TRANSLATE_NOOP("Pdf", "Request to delete data"),
    "letter_body": QT_TRANSLATE_NOOP(
        "Pdf", "The consent under which we earlier provided you with data about %1 has "
        "been withdrawn. Under Articles 17 and 19 GDPR we ask you to delete the "
        "packets below and every copy of them, and to confirm this to us."),
    "packets": QT_TRANSLATE_NOOP("Pdf", "Packets provided"),
    "regards": QT_TRANSLATE_NOOP("Pdf", "Kind regards,"),
    "valid": QT_TRANSLATE_NOOP("Pdf", "Valid from %1 until %2"),
    # How a school checks the sender: two sentences under the fingerprint (issue 10).
    "fp_check_cover": QT_TRANSLATE_NOOP(
        "Pdf", "Compare this fingerprint with the one on the consent form the parents signed, "
        "or call the practice to check it; if they differ, do not use this packet."),
    "fp_check_paper": QT_TRANSLATE_NOOP(
        "Pdf", "Keep this page: a school compares this fingerprint with the one on the cover "
        "of every transfer packet from us, or calls the practice to check it."),
    "fp_command": QT_TRANSLATE_NOOP(
        "Pdf", "Since anyone with a packet's password can change its cover, only this "
        "command proves the sender and every item of the full manifest:"),
    "check_heading": QT_TRANSLATE_NOOP("Pdf", "How a school checks our transfer packets"),
    "packet_ref": QT_TRANSLATE_NOOP("Pdf", "Reference"),
    "provided_on": QT_TRANSLATE_NOOP("Pdf", "Provided on %1"),
    "since": QT_TRANSLATE_NOOP("Pdf", "since %1"),
    "period": QT_TRANSLATE_NOOP("Pdf", "%1 to %2"),
    "period_label": QT_TRANSLATE_NOOP("Pdf", "Period"),
    "session_date": QT_TRANSLATE_NOOP("Pdf", "Session date"),
    "duration": QT_TRANSLATE_NOOP("Pdf", "Duration"),
    "minutes": QT_TRANSLATE_NOOP("Pdf", "%1 minutes"),
    "version": QT_TRANSLATE_NOOP("Pdf", "Version"),
    "file": QT_TRANSLATE_NOOP("Pdf", "File"),
    "relation": QT_TRANSLATE_NOOP("Pdf", "Relation"),
    "authority_label": QT_TRANSLATE_NOOP("Pdf", "Parental authority"),
    "phone": QT_TRANSLATE_NOOP("Pdf", "Phone"),
    "email": QT_TRANSLATE_NOOP("Pdf", "E-mail"),
    "address": QT_TRANSLATE_NOOP("Pdf", "Address"),
    "valid_from": QT_TRANSLATE_NOOP("Pdf", "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP("Pdf", "Valid until"),
    "categories": QT_TRANSLATE_NOOP("Pdf", "Data to be shared"),
    "named_items": QT_TRANSLATE_NOOP("Pdf", "Specific reports and documents"),
    "named_removed": QT_TRANSLATE_NOOP("Pdf", "a report or document erased since"),
    "named_only": QT_TRANSLATE_NOOP(
        "Pdf", "Only these reports and documents are shared, no other notes or documents."),
    "parents_count": Plural.translate("Pdf", "%n parent(s) or guardian(s)", None, 0),
    "recovery_title": QT_TRANSLATE_NOOP("Pdf", "Recovery key"),
    "vault_made": QT_TRANSLATE_NOOP("Pdf", "Vault made on"),
    "vault_id": QT_TRANSLATE_NOOP("Pdf", "Vault"),
    "recovery_hint": QT_TRANSLATE_NOOP(
        "Pdf", "With this key the vault opens when a passphrase is forgotten. Keep this sheet "
        "somewhere safe, away from the computer."),
    "category_identity": QT_TRANSLATE_NOOP(
        "Pdf", "Identity (name, date of birth, school and group)"),
    "category_contact_details": QT_TRANSLATE_NOOP("Pdf", "Guardians' contact details"),
    "category_guidance_summary": QT_TRANSLATE_NOOP("Pdf", "Guidance summary"),
    "category_session_notes": QT_TRANSLATE_NOOP("Pdf", "Session notes"),
    "category_assessments": QT_TRANSLATE_NOOP("Pdf", "Assessments and tests"),
    "category_documents": QT_TRANSLATE_NOOP("Pdf", "Other documents"),
    "report_title": QT_TRANSLATE_NOOP("Pdf", "Access to personal data"),
    "report_guardians": QT_TRANSLATE_NOOP("Pdf", "Parents and guardians"),
    "report_trajectories": QT_TRANSLATE_NOOP("Pdf", "Trajectories"),
    "report_notes": QT_TRANSLATE_NOOP("Pdf", "Session notes"),
    "report_documents": QT_TRANSLATE_NOOP("Pdf", "Documents"),
    "report_consents": QT_TRANSLATE_NOOP("Pdf", "Consents"),
    "report_disclosures": QT_TRANSLATE_NOOP("Pdf", "Disclosures"),
    "without_consent": QT_TRANSLATE_NOOP("Pdf", "without consent (legal duty)"),
    "items_count": Plural.translate("Pdf", "%n item(s)", None, 0),
    "withdrawn": QT_TRANSLATE_NOOP("Pdf", "withdrawn"),
    "in_error": QT_TRANSLATE_NOOP("Pdf", "entered in error"),
    # The parents' inzage (issue 10): the preview's marking and the packet's own section
    "concept_mark": QT_TRANSLATE_NOOP("Pdf", "Draft – not sent"),
    "inzage_title": QT_TRANSLATE_NOOP("Pdf", "Inzage: draft of a transfer packet"),
    "inzage_intro": QT_TRANSLATE_NOOP(
        "Pdf", "This is the transfer packet we intend to send to %1, exactly as it would go. "
        "Nothing has been sent yet. Please tell us by %2 whether you have remarks; we "
        "attach your view to the packet as a section of its own."),
    "view_title": QT_TRANSLATE_NOOP("Pdf", "The parents' view"),
    "view_offered": QT_TRANSLATE_NOOP("Pdf", "Inzage offered on"),
    "view_to": QT_TRANSLATE_NOOP("Pdf", "Offered to"),
    "view_answer": QT_TRANSLATE_NOOP("Pdf", "Answer"),
    "view_answered": QT_TRANSLATE_NOOP("Pdf", "Answered on"),
    "view_document": QT_TRANSLATE_NOOP("Pdf", "Returned document"),
    "answer_remarks": QT_TRANSLATE_NOOP("Pdf", "The parents gave their view (below)"),
    "answer_no_remarks": QT_TRANSLATE_NOOP("Pdf", "No remarks"),
    "answer_no_answer": QT_TRANSLATE_NOOP("Pdf", "No answer by %1"),
    "answer_pending": QT_TRANSLATE_NOOP("Pdf", "Not answered yet when the packet was made"),
}

# The access report's own words (Art 15(1) a-h and the labels of its tables).
ACCESS_PDF = {
    "report_intro": QT_TRANSLATE_NOOP(
        "Pdf", "This report shows all personal data that %1 holds about %2, with the "
        "information that Article 15 of the GDPR entitles you to. The documents themselves "
        "are attached to this PDF; the attached file access-report.json holds the same data "
        "in a form that another system can read."),
    "report_made": QT_TRANSLATE_NOOP("Pdf", "Made on"),
    "report_purposes": QT_TRANSLATE_NOOP("Pdf", "Purposes of the processing"),
    "report_purposes_text": QT_TRANSLATE_NOOP(
        "Pdf", "We process these data to guide your child (reading, dyslexia, study skills "
        "and homework), to record and evaluate that guidance, and to share data with a "
        "school or another organisation when you have consented to it or the law requires "
        "it."),
    "report_purposes_consented": QT_TRANSLATE_NOOP("Pdf", "Purposes you consented to"),
    "report_categories": QT_TRANSLATE_NOOP("Pdf", "Categories of personal data"),
    "report_recipients": QT_TRANSLATE_NOOP("Pdf", "Recipients"),
    "report_recipients_text": QT_TRANSLATE_NOOP(
        "Pdf", "Data were provided to the recipients below (all disclosures made)."),
    "report_no_disclosures": QT_TRANSLATE_NOOP("Pdf", "No data have been provided to anyone."),
    "report_retention": QT_TRANSLATE_NOOP("Pdf", "Retention periods"),
    "report_retention_text": Plural.translate(
        "Pdf", "We delete a dossier %n year(s) after its last trajectory has ended.", None, 0),
    "report_retention_financial": Plural.translate(
        "Pdf", "We keep financial records for %n year(s), because the law requires it.",
        None, 0),
    "report_rights": QT_TRANSLATE_NOOP("Pdf", "Your rights"),
    "report_rights_text": QT_TRANSLATE_NOOP(
        "Pdf", "You can ask us for the following at any time; we answer within one month."),
    "right_rectification": QT_TRANSLATE_NOOP(
        "Pdf", "Rectification: have incorrect or incomplete data corrected (Article 16)."),
    "right_erasure": QT_TRANSLATE_NOOP("Pdf", "Erasure: have data deleted (Article 17)."),
    "right_restriction": QT_TRANSLATE_NOOP(
        "Pdf", "Restriction: have the processing limited, for example while a correction is "
        "being checked (Article 18)."),
    "right_objection": QT_TRANSLATE_NOOP(
        "Pdf", "Objection: object to processing based on a legitimate interest (Article 21)."),
    "right_portability": QT_TRANSLATE_NOOP(
        "Pdf", "Data portability: receive the data in a form that another system can read "
        "(Article 20); that is the attached file access-report.json."),
    "right_withdraw": QT_TRANSLATE_NOOP(
        "Pdf", "Withdrawal of consent: at any time and without giving a reason; it does not "
        "change what was lawfully shared before."),
    "report_no_automated": QT_TRANSLATE_NOOP(
        "Pdf", "We take no decisions about your child by automated means alone, and we do not "
        "profile (Article 22)."),
    "report_complaint": QT_TRANSLATE_NOOP("Pdf", "Complaints"),
    "report_complaint_text": QT_TRANSLATE_NOOP(
        "Pdf", "If you do not agree with how we handle the data of your child, you can file a "
        "complaint with the Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl)."),
    "report_source": QT_TRANSLATE_NOOP("Pdf", "Where the data came from"),
    "report_source_text": QT_TRANSLATE_NOOP(
        "Pdf", "The data come from you as parents or guardians, from your child, and from "
        "the counsellor's own sessions and tests."),
    "report_source_document": QT_TRANSLATE_NOOP("Pdf", "%1: received from %2"),
    "report_data": QT_TRANSLATE_NOOP("Pdf", "The data we hold"),
    "report_copies": QT_TRANSLATE_NOOP("Pdf", "Copy of the documents"),
    "report_copies_text": QT_TRANSLATE_NOOP(
        "Pdf", "Every document is attached to this PDF as a file. Its SHA-256 code shows "
        "that the attached file is exactly the document we hold."),
    "report_none": QT_TRANSLATE_NOOP("Pdf", "None."),
    "has_authority": QT_TRANSLATE_NOOP("Pdf", "Parental authority"),
    "period_open": QT_TRANSLATE_NOOP("Pdf", "from %1 (ongoing)"),
    "period_closed": QT_TRANSLATE_NOOP("Pdf", "%1 to %2"),
    "summary": QT_TRANSLATE_NOOP("Pdf", "Summary"),
    "kind": QT_TRANSLATE_NOOP("Pdf", "Kind"),
    "received": QT_TRANSLATE_NOOP("Pdf", "Received on"),
    "size": QT_TRANSLATE_NOOP("Pdf", "Size"),
    "size_kb": QT_TRANSLATE_NOOP("Pdf", "%1 kB"),
    "attachment": QT_TRANSLATE_NOOP("Pdf", "Attachment"),
    "sha256": QT_TRANSLATE_NOOP("Pdf", "SHA-256"),
    "scope": QT_TRANSLATE_NOOP("Pdf", "Kind of consent"),
    "data": QT_TRANSLATE_NOOP("Pdf", "Data"),
    "consented_by": QT_TRANSLATE_NOOP("Pdf", "Consented by"),
    "state": QT_TRANSLATE_NOOP("Pdf", "State"),
    "items": QT_TRANSLATE_NOOP("Pdf", "Items"),
    "draft": QT_TRANSLATE_NOOP("Pdf", "draft"),
    "scope_disclosure": QT_TRANSLATE_NOOP("Pdf", "Sharing with a recipient"),
    "scope_processing": QT_TRANSLATE_NOOP("Pdf", "Keeping sensitive data"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Pdf", "Withdrawn on %1"),
    "report_versions": QT_TRANSLATE_NOOP("Pdf", "Earlier versions of session notes"),
    "report_changes": QT_TRANSLATE_NOOP("Pdf", "Changes to the data"),
    "changed_on": QT_TRANSLATE_NOOP("Pdf", "Changed on"),
    "what": QT_TRANSLATE_NOOP("Pdf", "What"),
    "old_value": QT_TRANSLATE_NOOP("Pdf", "Old value"),
    "new_value": QT_TRANSLATE_NOOP("Pdf", "New value"),
    "empty": QT_TRANSLATE_NOOP("Pdf", "(empty)"),
    "text": QT_TRANSLATE_NOOP("Pdf", "Text"),
    # the rights desk's register and the parents' inzages, as they concern this child
    "report_requests": QT_TRANSLATE_NOOP("Pdf", "Your requests to us"),
    "report_objections": QT_TRANSLATE_NOOP("Pdf", "Objections"),
    "report_holds": QT_TRANSLATE_NOOP("Pdf", "Holds on deletion"),
    "report_inzages": QT_TRANSLATE_NOOP("Pdf", "Inzage before a transfer packet"),
    "request": QT_TRANSLATE_NOOP("Pdf", "Request"),
    "requested_by": QT_TRANSLATE_NOOP("Pdf", "Asked by"),
    "identity_checked": QT_TRANSLATE_NOOP("Pdf", "Identity checked"),
    "due_on": QT_TRANSLATE_NOOP("Pdf", "Answer due by"),
    "extended": QT_TRANSLATE_NOOP("Pdf", "Extended"),
    "months_count": Plural.translate("Pdf", "%n month(s)", None, 0),
    "outcome": QT_TRANSLATE_NOOP("Pdf", "Outcome"),
    "open_request": QT_TRANSLATE_NOOP("Pdf", "not answered yet"),
    "objection_since": QT_TRANSLATE_NOOP("Pdf", "Since"),
    "lifted_on": QT_TRANSLATE_NOOP("Pdf", "Lifted on"),
    "hold_until": QT_TRANSLATE_NOOP("Pdf", "Until"),
    "remarks": QT_TRANSLATE_NOOP("Pdf", "Your view"),
}
PDF |= ACCESS_PDF


class PdfText:
    """The PDFs' words in one language: `t["title"]`, or `t("valid", start, end)` with
    arguments. `words` turns a Msg into text (the renderer's, in the document's language)."""

    def __init__(self, words: Callable[[Msg | str], str]) -> None:
        self.words = words

    @property
    def lang(self) -> str:
        """The document's language (the PDF's /Lang): the words' own, Dutch by default."""
        return str(getattr(self.words, "lang", "nl"))

    def __getitem__(self, key: str) -> str:
        return self.words(msg("Pdf", PDF[key]))

    def __call__(self, key: str, *args: object) -> str:
        return self.words(msg("Pdf", PDF[key], *args))

    def count(self, key: str, n: int) -> str:
        """A sentence with `%n` in the plural form for `n` ("1 onderdeel", "2 onderdelen")."""
        return self.words(msg("Pdf", PDF[key], n=n))


# -- the command line's own sentences (its errors are the ERRORS above) -------------------

CLI = {
    "cannot_read": QT_TRANSLATE_NOOP("Cli", "Cannot read %1."),
    "no_passphrase": QT_TRANSLATE_NOOP("Cli", "No passphrase given: use --passphrase-file or %1."),
    "entries_differ": QT_TRANSLATE_NOOP("Cli", "The two entries differ."),
    "file_exists": QT_TRANSLATE_NOOP("Cli", "%1 already exists; choose another file name."),
    "packet_written": QT_TRANSLATE_NOOP("Cli", "Packet written to %1 (%2 items)."),
    "password_once": QT_TRANSLATE_NOOP(
        "Cli", "Password (shown once; give it through another channel than the file):"),
    "packet_header": QT_TRANSLATE_NOOP("Cli", "Packet %1, signing key %2"),
    "verified_trusted": QT_TRANSLATE_NOOP(
        "Cli", "Signature and all %1 items verified, signed by a trusted practice key."),
    "verified_untrusted": QT_TRANSLATE_NOOP(
        "Cli", "Integrity verified (signature and all %1 items), but not the sender: anyone "
        "can sign a changed packet with a key of their own, so compare the fingerprint "
        "above with the one on the practice's consent form or letter, or pass "
        "--expect-fingerprint."),
    "problem": QT_TRANSLATE_NOOP("Cli", "  problem: %1"),
    "not_trusted_key": QT_TRANSLATE_NOOP(
        "Cli", "This packet was signed by key %1, which is not the practice key you trust, so "
        "it may have been changed: do not rely on it."),
    "vault_created": QT_TRANSLATE_NOOP("Cli", "Vault created in %1."),
    "recovery_once": QT_TRANSLATE_NOOP(
        "Cli", "Recovery key (shown once; print it and store it safely):"),
    "backup_written": QT_TRANSLATE_NOOP("Cli", "Backup written and verified: %1 (%2 bytes)."),
    "restore_where": QT_TRANSLATE_NOOP("Cli", "Say where to restore to with --to."),
    "restored": Plural.translate("Cli", "Restored into %1 (%n dossier(s)).", None, 0),
    "due_line": QT_TRANSLATE_NOOP("Cli", "child %1: due since %2"),
    "dossiers_due": QT_TRANSLATE_NOOP("Cli", "Dossiers due: %1."),
    "confirm_due": Plural.translate(
        "Cli", "%n dossier(s) are due; confirm with --yes %1.", None, 0),
    "dossiers_erased": QT_TRANSLATE_NOOP("Cli", "Dossiers erased: %1."),
    "report_written": QT_TRANSLATE_NOOP("Cli", "Access report written to %1."),
    "linux_only": QT_TRANSLATE_NOOP(
        "Cli", "Only Linux desktops have such menu entries; on Windows and macOS the installed "
        "bundle brings its own shortcut."),
    "menu_written": QT_TRANSLATE_NOOP("Cli", "Menu entry written to %1."),
    "server_ready": QT_TRANSLATE_NOOP("Cli", "The practice server is ready."),
    "server_upgraded": QT_TRANSLATE_NOOP("Cli", "The practice server's schema is at version %1."),
    "user_added": QT_TRANSLATE_NOOP(
        "Cli", "User %1 added (%2); they choose their own passphrase at first unlock."),
    "passphrase_reset": QT_TRANSLATE_NOOP(
        "Cli", "User %1 has a temporary passphrase; they choose their own at the next "
        "unlock."),
    "stopped": QT_TRANSLATE_NOOP("Cli", "Stopped."),
    "migrated": Plural.translate(
        "Cli", "Moved %n row(s); the audit chain verifies on the target up to event %1:%2.",
        None, 0),
    "migrate_login_later": QT_TRANSLATE_NOOP(
        "Cli", "%1 keeps their own passphrase; at their first use an administrator sets "
        "their login with them (casefile server set-login)."),
    "migrate_direction": QT_TRANSLATE_NOOP(
        "Cli", "Give either --from-vault with --to-server, or --from-server with --to-vault."),
    "login_set": QT_TRANSLATE_NOOP(
        "Cli", "%1 now logs in to the practice server with their own passphrase."),
    "server_or_vault": QT_TRANSLATE_NOOP(
        "Cli", "Give either --server or --vault, not both; a server is opened with a "
        "passphrase, not a recovery key."),
    "verify_checked": Plural.translate(
        "Cli", "Practice server: %n event(s) checked; newest head %1:%2.", None, 0),
    "verify_sound": QT_TRANSLATE_NOOP(
        "Cli", "Audit chain, signatures, roles and keys: ok."),
    "verify_found": Plural.translate("Cli", "%n problem(s) found:", None, 0),
    "verify_gap_one": QT_TRANSLATE_NOOP("Cli", "  event %1: event %2 before it is missing"),
    "verify_gap": QT_TRANSLATE_NOOP("Cli", "  event %1: events %2 to %3 are missing"),
    "verify_link": QT_TRANSLATE_NOOP(
        "Cli", "  event %1: does not follow the event before it (an event removed or moved)"),
    "verify_changed": QT_TRANSLATE_NOOP(
        "Cli", "  event %1: changed after it was recorded (its hash does not match)"),
    "verify_no_key": QT_TRANSLATE_NOOP(
        "Cli", "  event %1: the server keeps no signing key for user %2"),
    "verify_signature": QT_TRANSLATE_NOOP(
        "Cli", "  event %1: not signed with the key of user %2"),
    "verify_signature_no_user": QT_TRANSLATE_NOOP(
        "Cli", "  event %1: has no user and is signed by no member's key"),
    "verify_role": QT_TRANSLATE_NOOP(
        "Cli", "  event %1: states role %2, but user %3 has role %4 on the server"),
    "verify_time": QT_TRANSLATE_NOOP("Cli", "  event %1: its time cannot be read"),
    "verify_no_pin": QT_TRANSLATE_NOOP(
        "Cli", "  the practice has no pinned key, so no signature can be trusted"),
    "verify_pin": QT_TRANSLATE_NOOP(
        "Cli", "  user %1: their signing key is not the key pinned when the practice was "
        "set up"),
    "verify_slot_key": QT_TRANSLATE_NOOP(
        "Cli", "  user %1: the signing key the server keeps differs from their key slot's"),
    "verify_group": QT_TRANSLATE_NOOP(
        "Cli", "  user %1: has role %2 in the users table, but their login is in group %3"),
    "verify_head": QT_TRANSLATE_NOOP(
        "Cli", "  event %1: no longer in the chain as an earlier verify saw it (events "
        "removed or rewritten)"),
    "head_form": QT_TRANSLATE_NOOP(
        "Cli", "Give --head as NUMBER:HASH, as an earlier verify printed them."),
    "verify_clock": QT_TRANSLATE_NOOP(
        "Cli", "  warning: event %1: the computer's clock was %2 minutes off the server's"),
    "inzage_written": QT_TRANSLATE_NOOP(
        "Cli", "Inzage for the parents written to %1 (number %2); they can answer until %3."),
    "inzage_password_once": QT_TRANSLATE_NOOP(
        "Cli", "Password (shown once; give it to the parents through another channel than "
        "the file):"),
    "inzage_answered": QT_TRANSLATE_NOOP("Cli", "The parents' answer to inzage %1 is recorded."),
    "not_numbers": QT_TRANSLATE_NOOP("Cli", "Give the ids as numbers separated by commas."),
    "inzage_draft": QT_TRANSLATE_NOOP(
        "Cli", "This is the draft the parents read for their inzage, not a transfer packet: "
        "it was never sent, so do not rely on it."),
}


def cli_msg(key: str, *args: object, n: int = -1) -> Msg:
    return msg("Cli", CLI[key], *args, n=n)
