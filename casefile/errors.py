"""Errors the domain raises. Each carries a stable machine code and its parameters (a
field, a limit, an id); the GUI, the CLI and the PDFs turn the code into one translated
sentence from the catalogue (casefile/catalogue.py). No error carries words, personal data
or secrets: `str(error)` is its code."""

from __future__ import annotations


class CasefileError(Exception):
    """Base class. `code` is stable and is what the catalogue translates."""

    code = "error"

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        if code:
            self.code = code  # a more specific code than the class's own
        self.params = params
        super().__init__(self.code)


class VaultLocked(CasefileError):
    code = "vault_locked"


class VaultInUse(CasefileError):
    code = "vault_in_use"


class VaultNotFound(CasefileError):
    code = "vault_not_found"


class VaultExists(CasefileError):
    code = "vault_exists"


class FolderNotWritable(CasefileError):
    code = "folder_not_writable"


class DiskFull(CasefileError):
    code = "disk_full"


class WrongPassphrase(CasefileError):
    code = "wrong_passphrase"


class WrongRecoveryKey(CasefileError):
    code = "wrong_recovery_key"


class MalformedRecoveryKey(CasefileError):
    code = "malformed_recovery_key"


class KeyslotsMissing(CasefileError):
    code = "keyslots_missing"


class KeyslotsDamaged(CasefileError):
    code = "keyslots_damaged"


class DatabaseDamaged(CasefileError):
    code = "database_damaged"


class WrongVault(CasefileError):
    code = "wrong_vault"


class SqlcipherTooOld(CasefileError):
    code = "sqlcipher_too_old"


class KeyringUnavailable(CasefileError):
    code = "keyring_unavailable"


class KeyringLocked(CasefileError):
    """The keyring is there but locked (not "no secure keyring")."""

    code = "keyring_locked"


class KeyringSecretMissing(CasefileError):
    code = "keyring_secret_missing"


class WeakPassphrase(CasefileError):
    code = "weak_passphrase"


class NotPermitted(CasefileError):
    code = "not_permitted"


class NotOnCaseload(NotPermitted):
    """The dossier is not on the user's caseload (need-to-know): only that it exists, its
    name and its counsellors are theirs to see."""

    code = "not_on_caseload"


class NotFound(CasefileError):
    code = "not_found"


class InvalidInput(CasefileError):
    code = "invalid_input"


class DossierRestricted(CasefileError):
    code = "dossier_restricted"


class ConsentRequired(CasefileError):
    """An export was refused by the consent rule; `decision` says why, per item."""

    code = "consent_required"

    def __init__(self, decision: object = None) -> None:
        super().__init__()
        self.decision = decision


class PacketChanged(CasefileError):
    """The dossier changed between rendering a packet and recording it; nothing left."""

    code = "packet_changed"


class DocumentTooLarge(CasefileError):
    code = "document_too_large"


class DocumentEmpty(CasefileError):
    code = "document_empty"


class DocumentUnreadable(CasefileError):
    code = "document_unreadable"


class DocumentVanished(CasefileError):
    code = "document_vanished"


class BackupDamaged(CasefileError):
    code = "backup_damaged"


class BackupFailed(CasefileError):
    code = "backup_failed"


class FolderNotEmpty(CasefileError):
    code = "folder_not_empty"


class NotDue(CasefileError):
    code = "not_due"


class ServerUnreachable(CasefileError):
    code = "server_unreachable"


class ServerNotVerified(CasefileError):
    """The connection would not check the server's certificate against the practice's CA,
    or the certificate did not match."""

    code = "server_not_verified"


class ServerRefused(CasefileError):
    """The practice server's grants refused the statement (DESIGN section 10)."""

    code = "server_refused"


class NotOnServer(CasefileError):
    """What was asked has no practice-server version yet (casefile/storage/engines.py)."""

    code = "not_on_server"


class PracticeExists(CasefileError):
    code = "practice_exists"


class MigrationTargetNotEmpty(CasefileError):
    """`casefile migrate` moves a practice only into an empty database or a new folder."""

    code = "migrate_not_empty"


class MigrationNotVerified(CasefileError):
    """The copy's row counts or audit chain did not match its source: it was taken back."""

    code = "migrate_not_verified"


class ServerBusy(CasefileError):
    """A transaction kept conflicting with other clients' and was given up."""

    code = "server_busy"


class ServerOutdated(CasefileError):
    """The server's schema lacks what this command needs (an older practice server)."""

    code = "server_outdated"


class StrayWal(CasefileError):
    """A casefile.db-wal beside the database that is not its own (params: name)."""

    code = "stray_wal"


class KdfUnusual(CasefileError):
    """A key slot asks for more Argon2id memory or time than Casefile ever writes."""

    code = "kdf_unusual"


class DossierOnHold(CasefileError):
    """A complaint or legal case holds the dossier (`until`: the hold's end, dd-mm-yyyy)."""

    code = "dossier_on_hold"


class RestoreOverVault(FolderNotEmpty):
    """A restore aimed at a folder that holds a vault: the plainest refusal of a folder
    that is not empty, so it says so in those words."""

    code = "vault_exists"


class StillReferenced(CasefileError):
    """A removal refused because something the practice must keep refers to the object: a
    packet sent (`recipient`, the organisation's name, and `on`, the date), a consent whose
    evidence it is, or a child whose school it is. The code says which."""

    code = "still_referenced"


class InzageRequired(CasefileError):
    """The practice requires the parents' inzage before every packet, and this packet has
    none that fits: `inzage_required` (none offered), `inzage_open` (offered, not answered
    and not yet past its date; `until`), `inzage_outdated` (the packet holds an item the
    parents did not see, or one that changed since)."""

    code = "inzage_required"
