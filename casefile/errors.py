"""Errors the domain raises. Each carries a stable machine code; the UI and the CLI turn
codes into one translated sentence. Messages never contain personal data or secrets."""

from __future__ import annotations


class CasefileError(Exception):
    """Base class. `code` is stable and is what the UI translates."""

    code = "error"
    message = "Something went wrong."

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 **details: object) -> None:
        super().__init__(message or self.message)
        if code:
            self.code = code  # a more specific code the UI can translate
        self.details = details


class VaultLocked(CasefileError):
    code = "vault_locked"
    message = "The vault is locked."


class VaultInUse(CasefileError):
    code = "vault_in_use"
    message = "The vault is open elsewhere; close it there first."


class VaultNotFound(CasefileError):
    code = "vault_not_found"
    message = "There is no vault in that folder."


class VaultExists(CasefileError):
    code = "vault_exists"
    message = "That folder already holds a vault; choose an empty folder."


class FolderNotWritable(CasefileError):
    code = "folder_not_writable"
    message = "That folder cannot be written to; choose another."


class DiskFull(CasefileError):
    code = "disk_full"
    message = "The disk is full; nothing was saved."


class WrongPassphrase(CasefileError):
    code = "wrong_passphrase"
    message = "That user name and passphrase do not open this vault."


class WrongRecoveryKey(CasefileError):
    code = "wrong_recovery_key"
    message = "That recovery key does not open this vault."


class MalformedRecoveryKey(CasefileError):
    code = "malformed_recovery_key"
    message = "That recovery key has a typo; check each group of characters."


class KeyslotsMissing(CasefileError):
    code = "keyslots_missing"
    message = "The key file (keyslots.json) is missing; restore it from a backup."


class KeyslotsDamaged(CasefileError):
    code = "keyslots_damaged"
    message = "The key file (keyslots.json) is damaged; restore it from a backup."


class DatabaseDamaged(CasefileError):
    code = "database_damaged"
    message = "The vault's database is damaged or does not decrypt; restore it from a backup."


class WrongVault(CasefileError):
    code = "wrong_vault"
    message = "The key file and the database belong to different vaults."


class SqlcipherTooOld(CasefileError):
    code = "sqlcipher_too_old"
    message = "This SQLCipher is too old; Casefile needs 4.6 or newer."


class KeyringUnavailable(CasefileError):
    code = "keyring_unavailable"
    message = "No secure keyring works on this computer, so binding to it is unavailable."


class KeyringSecretMissing(CasefileError):
    code = "keyring_secret_missing"
    message = "This user is bound to another computer; unlock there or use the recovery key."


class WeakPassphrase(CasefileError):
    code = "weak_passphrase"
    message = "That passphrase is too easy to guess; use a longer one."


class NotPermitted(CasefileError):
    code = "not_permitted"
    message = "Only an administrator may do that."


class NotFound(CasefileError):
    code = "not_found"
    message = "That record does not exist."


class InvalidInput(CasefileError):
    code = "invalid_input"
    message = "That input is not valid."


class DossierRestricted(CasefileError):
    code = "dossier_restricted"
    message = "This dossier is restricted: it is read-only and nothing may be exported."


class ConsentRequired(CasefileError):
    """An export was refused by the consent rule; `decision` says why, per item."""

    code = "consent_required"
    message = "No valid consent covers this export."

    def __init__(self, decision: object = None, message: str | None = None) -> None:
        super().__init__(message)
        self.decision = decision


class DocumentTooLarge(CasefileError):
    code = "document_too_large"
    message = "That file is larger than the size limit for documents."


class DocumentEmpty(CasefileError):
    code = "document_empty"
    message = "That file is empty."


class DocumentUnreadable(CasefileError):
    code = "document_unreadable"
    message = "That file cannot be read."


class DocumentVanished(CasefileError):
    code = "document_vanished"
    message = "That file is no longer there."


class BackupDamaged(CasefileError):
    code = "backup_damaged"
    message = "That backup file is damaged or is not a Casefile backup; nothing was restored."


class BackupFailed(CasefileError):
    code = "backup_failed"
    message = "The backup could not be made or did not verify; try another folder."


class FolderNotEmpty(CasefileError):
    code = "folder_not_empty"
    message = "Restore goes into a new, empty folder; choose another."


class NotDue(CasefileError):
    code = "not_due"
    message = "A dossier chosen for purging is not due for deletion."
