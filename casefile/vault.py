"""The public facade: `Vault.create` / `Vault.open`, one attribute per service."""

from __future__ import annotations

import json
import shutil
import socket
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import roles, signing
from casefile import settings as settings_module
from casefile.audit import chain_check_for
from casefile.clock import Clock, SystemClock
from casefile.context import VaultContext
from casefile.errors import (
    CasefileError,
    DatabaseDamaged,
    FolderNotWritable,
    InvalidInput,
    RestoreOverVault,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongVault,
)
from casefile.model import AuditAction, Role
from casefile.passphrase import require_strong
from casefile.services import build_services
from casefile.settings import Settings
from casefile.storage import backup, database, keys, pages
from casefile.storage.backup import restore_files
from casefile.storage.engines import meta
from casefile.storage.engines import users as user_repo
from casefile.storage.failures import domain_error
from casefile.storage.files import atomic_write
from casefile.storage.keys import KEYSLOTS
from casefile.storage.lockfile import VaultLock
from casefile.storage.secrets import SecretStore
from casefile.users import clean_user_name

PENDING_AUDIT = "pending-audit.json"
# Failed attempts worth an audit event (kept beside the vault until the next unlock).
ATTEMPT_FAILURES = frozenset({"wrong_passphrase", "wrong_recovery_key",
                              "keyring_secret_missing", "keyring_locked"})
VAULT_FILES = (database.DB_NAME, f"{database.DB_NAME}-wal", f"{database.DB_NAME}-shm", KEYSLOTS)


def is_server_url(location: object) -> bool:
    """A practice server's address (DESIGN section 10) rather than a vault folder."""
    return isinstance(location, str) and location.startswith(("postgresql://",
                                                               "postgres://"))


class _ServerLock:
    """A server needs no lock file: its transactions keep computers apart."""

    def release(self) -> None:
        pass


def is_vault(path: Path) -> bool:
    return (Path(path) / KEYSLOTS).exists() or (Path(path) / database.DB_NAME).exists()


class Vault:
    """An unlocked vault. After `lock()` every service call raises VaultLocked."""

    recovery_key: str | None = None
    unlocked_with_recovery_key = False  # the GUI then asks for a new passphrase

    def __init__(self, ctx: VaultContext, lock: VaultLock | _ServerLock) -> None:
        self._ctx = ctx
        self._lock = lock
        self.path = ctx.path
        self.location = ctx.dsn or str(ctx.path)  # a folder, or a practice server's URL
        self.vault_id = ctx.vault_id
        self.secrets = ctx.secrets
        self.services = services = build_services(ctx)
        self.settings = services.settings
        self.users = services.users
        self.children = services.children
        self.guardians = services.guardians
        self.organisations = services.organisations
        self.trajectories = services.trajectories
        self.notes = services.notes
        self.documents = services.documents
        self.search = services.search
        self.consents = services.consents
        self.packets = services.packets
        self.inzage = services.inzage
        self.consent_documents = services.consent_documents
        self.rights = services.rights
        self.rights_desk = services.rights_desk
        self.retention = services.retention
        self.backups = services.backups
        self.exports = services.exports
        self.signing = services.signing
        self.audit = services.audit
        self.caseload = services.caseload

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, user: str, passphrase: str,
               practice_name: str = "", kdf: keys.KdfParams | None = None, clock=None,
               secrets=None, bind: bool = False, check_strength: bool = True) -> Vault:
        """Create a vault in an empty (or new) folder, or a practice on a server's empty
        database (a `postgresql://` URL, connecting as its owner). `recovery_key` is set on
        the result and shown to the user once."""
        clock = clock or SystemClock()
        if is_server_url(path):
            return cls._create_server(str(path), user, passphrase, practice_name, clock,
                                      secrets, check_strength)
        path = Path(path)
        user = clean_user_name(user)
        if check_strength:
            require_strong(passphrase, (user, practice_name))
        if is_vault(path):
            raise VaultExists()
        created_dir = _make_folder(path)
        lock = VaultLock(path)
        lock.acquire()
        db_key = keys.generate_database_key()
        vault_id = uuid.uuid4().hex
        conn = None
        try:
            database.create_private(path / database.DB_NAME)
            conn = database.connect(path / database.DB_NAME, db_key)
            database.migrate(conn, clock.now().isoformat())
            ctx = VaultContext(path, vault_id, db_key, conn, clock, _workstation(), secrets)
            admin_key, recovery_signing = _signing_from_start(ctx)
            with ctx.transaction() as tx:
                _initialise(tx, ctx, vault_id, user, practice_name, clock)
            slots = keys.KeySlots.new(vault_id)
            slots.db_salt = database_salt(path)
            slots.add_user_slot(user, passphrase, db_key, kdf=kdf,
                                bind_to=secrets if bind else None, signing_key=admin_key)
            recovery = slots.add_recovery_slot(db_key, kdf=kdf, signing_key=recovery_signing)
            for name, public in ctx.pins.items():
                slots.pin(name, public)
            slots.save(path / KEYSLOTS)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            _remove_partial(path, created_dir)
            raise domain_error(exc, path) from None
        vault = cls(ctx, lock)
        vault.recovery_key = recovery
        return vault

    @classmethod
    def open(cls, path: Path | str, *, user: str, passphrase: str | None = None,
             recovery_key: str | None = None, clock=None, secrets=None) -> Vault:
        """Unlock with a user's passphrase or with the recovery key; a `postgresql://` URL
        opens a practice server (with a passphrase)."""
        clock = clock or SystemClock()
        if is_server_url(path):
            return cls._open_server(str(path), user, passphrase, recovery_key, clock, secrets)
        path = Path(path)
        if not path.is_dir() or not is_vault(path):
            raise VaultNotFound()
        lock = VaultLock(path)
        lock.acquire()
        try:
            return cls._unlock(path, lock, user, passphrase, recovery_key, clock, secrets)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _unlock(cls, path, lock, user, passphrase, recovery_key, clock, secrets) -> Vault:
        slots = keys.KeySlots.load(path / KEYSLOTS)
        salt = database_salt(path)
        try:
            if recovery_key is not None:
                opened = slots.unwrap_recovery_keys(recovery_key, ensure_signing=True)
            else:
                opened = slots.unwrap_user_keys(user, passphrase or "", secrets,
                                                ensure_signing=True)
        except CasefileError as exc:
            if exc.code in ATTEMPT_FAILURES:  # damage found: nothing is written at all
                _note_pending(path, clock, "unlock", "failed", exc.code)
            raise
        db_key = opened.database_key
        if slots.db_salt and salt != slots.db_salt:
            # Damaged salt bytes, or a database of another vault: only the key can tell.
            if pages.salt_damaged(path / database.DB_NAME, db_key, bytes.fromhex(slots.db_salt)):
                raise DatabaseDamaged()
            raise WrongVault()
        # Everything that can refuse is checked on a read-only connection first: a vault
        # that does not open (or a WAL that is not its own) is never written to.
        _check_read_only(path, slots.vault_id, db_key, user)
        conn = database.connect(path / database.DB_NAME, db_key)
        try:
            ctx = VaultContext(path, slots.vault_id, db_key, conn, clock, _workstation(),
                               secrets)
            _migrate_after_backup(ctx, conn)
            account = user_repo.by_name(conn, user)
            if account is None:  # the read-only check refused this already
                raise WrongPassphrase()
            roles.establish(ctx, slots, user, opened, account,
                            recovery=recovery_key is not None)
            _record_unlock(ctx, path, "recovery_key" if recovery_key is not None else "passphrase")
        except BaseException:
            conn.close()
            raise
        vault = cls(ctx, lock)
        vault.unlocked_with_recovery_key = recovery_key is not None
        return vault

    @classmethod
    def _open_server(cls, dsn: str, user: str, passphrase: str | None,
                     recovery_key: str | None, clock: Clock, secrets) -> Vault:
        from casefile import practice_server
        from casefile.server_context import ServerContext

        if recovery_key is not None:
            raise InvalidInput("server_recovery_key")
        session = practice_server.open_server(dsn, clean_user_name(user), passphrase or "")
        try:
            ctx = ServerContext(session, clock, _workstation(), secrets, dsn)
            with ctx.transaction() as conn:
                ctx.audit.record(conn, action=AuditAction.UNLOCK, object_type="vault",
                                 object_id=ctx.vault_id, details={"method": "passphrase"})
        except BaseException:
            session.close()
            raise
        return cls(ctx, _ServerLock())

    @classmethod
    def _create_server(cls, dsn: str, user: str, passphrase: str, practice_name: str,
                       clock: Clock, secrets, check_strength: bool) -> Vault:
        from casefile import practice_server

        user = clean_user_name(user)
        if check_strength:
            require_strong(passphrase, (user, practice_name))
        recovery = practice_server.initialise(dsn, user, passphrase, check_strength=False)
        vault = cls._open_server(dsn, user, passphrase, None, clock, secrets)
        ctx = vault._ctx
        with ctx.transaction() as conn:
            for key, value in (("vault_id", vault.vault_id),
                               ("created_at", clock.now().isoformat())):
                meta.add(conn, key, value)
            signing.create(conn)
            settings_module.save(conn, Settings(practice_name=practice_name.strip()))
            ctx.audit.record(conn, action=AuditAction.CREATE, object_type="vault",
                             object_id=vault.vault_id)
        vault.recovery_key = recovery
        return vault

    @classmethod
    def change_passphrase(cls, path: Path | str, *, user: str, old_passphrase: str,
                          new_passphrase: str, clock=None, secrets=None) -> None:
        """Rewrap one user's key slot without opening the database: nothing is re-encrypted
        and casefile.db is not touched. The audit event follows at the next unlock. On a
        practice server (a URL) the user is logged in, and the change is audited at once."""
        clock = clock or SystemClock()
        require_strong(new_passphrase, (user,))
        if is_server_url(path):
            # open, change (slot, login password and audit event in one transaction:
            # users.py), close. Should the reply to that commit be lost, the server holds
            # either passphrase whole: the user opens with the old one or the new one.
            with cls._open_server(str(path), user, old_passphrase, None, clock,
                                  secrets) as vault:
                vault.users.change_passphrase(new_passphrase)
            return
        path = Path(path)
        lock = VaultLock(path)
        lock.acquire()
        try:
            slots = keys.KeySlots.load(path / KEYSLOTS)
            opened = slots.unwrap_user_keys(user, old_passphrase, secrets)
            bound = slots.is_bound(user)
            slots.rewrap_user(user, new_passphrase, opened.database_key,
                              bind_to=secrets if bound else None,
                              signing_key=opened.signing_key)
            slots.save(path / KEYSLOTS)
            _note_pending(path, clock, "change_passphrase", "ok", "offline")
        finally:
            lock.release()

    @classmethod
    def restore(cls, backup_file: Path | str, target_dir: Path | str, *, user: str,
                passphrase: str | None = None, recovery_key: str | None = None, clock=None,
                secrets=None, progress=None) -> Vault:
        """Restore a backup into a new folder and open it; never over an existing vault."""
        def unwrap(slots: keys.KeySlots) -> bytes:
            if recovery_key is not None:
                return slots.unwrap_recovery(recovery_key)
            return slots.unwrap_user(user, passphrase or "", secrets)

        if is_vault(Path(target_dir)):
            raise RestoreOverVault()  # never over a vault, before a byte is read
        restore_files(Path(backup_file), Path(target_dir), unwrap, chain_check_for, progress)
        try:
            return cls.open(target_dir, user=user, passphrase=passphrase,
                            recovery_key=recovery_key, clock=clock, secrets=secrets)
        except BaseException:
            shutil.rmtree(target_dir, ignore_errors=True)
            raise

    def lock(self) -> None:
        """Drop the key and close the connection. Idempotent."""
        if self._ctx.locked:
            return
        try:
            if self._ctx.damaged:
                return  # nothing more is written to a database found damaged
            with self._ctx.transaction() as conn:
                self._ctx.audit.record(conn, action=AuditAction.LOCK, object_type="vault",
                                       object_id=self.vault_id)
            roles.record_head(self._ctx)
        except (CasefileError, database.Error):
            pass  # a damaged database must not keep the key in memory
        finally:
            self._ctx.close()
            self._lock.release()
            self.recovery_key = None  # shown once; nothing keeps it past the lock

    close = lock

    @property
    def locked(self) -> bool:
        return self._ctx.locked

    @property
    def context(self) -> VaultContext:
        """For services and worker threads inside the package."""
        if self._ctx.locked:
            raise VaultLocked()
        return self._ctx

    @property
    def user(self):
        return self._ctx.require_user()

    @property
    def practice_name(self) -> str:
        return self.settings.get().practice_name

    def signing_key(self) -> Ed25519PrivateKey:
        return self.signing.private_key()

    def checkpoint(self) -> None:
        """Fold the WAL into the database file (tests use it to look at every byte)."""
        database.checkpoint(self._ctx.db())

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def database_salt(path: Path) -> str:
    """The database file's SQLCipher salt (its first 16 bytes) as hex."""
    try:
        with open(Path(path) / database.DB_NAME, "rb") as handle:
            head = handle.read(16)
    except OSError:
        raise DatabaseDamaged() from None
    if len(head) < 16:
        raise DatabaseDamaged()
    return head.hex()


def _initialise(conn, ctx: VaultContext, vault_id: str, user: str, practice_name: str,
                clock) -> None:
    now = clock.now()
    for key, value in (("vault_id", vault_id), ("created_at", now.isoformat())):
        meta.add(conn, key, value)
    signing.create(conn)
    settings_module.save(conn, Settings(practice_name=practice_name.strip()))
    ctx.user = user_repo.user(conn, user_repo.add(conn, user, Role.ADMIN, now))
    ctx.audit.record(conn, action=AuditAction.CREATE, object_type="vault", object_id=vault_id)
    roles.grant(ctx, conn, ctx.user.id, Role.ADMIN, True, user, key=ctx.pins["admin"])


def _signing_from_start(ctx: VaultContext) -> tuple[bytes, bytes]:
    """A new vault signs from its first event: the first admin's key and the recovery
    slot's, both pinned (the caller writes them into keyslots.json)."""
    admin_key, recovery_key = keys.generate_signing_key(), keys.generate_signing_key()
    ctx.signer = Ed25519PrivateKey.from_private_bytes(admin_key)
    ctx.own_signing_key = admin_key
    ctx.pins = {"admin": keys.signing_public(admin_key),
                "recovery": keys.signing_public(recovery_key)}
    return admin_key, recovery_key


def _check_read_only(path: Path, vault_id: str, db_key: bytes, user: str) -> None:
    """WrongVault, DatabaseDamaged, StrayWal or WrongPassphrase, found without a write."""
    conn = database.probe(path / database.DB_NAME, db_key)
    try:
        stored_id = meta.value(conn, "vault_id")
        database.schema_version(conn)
        account = user_repo.by_name(conn, user) if stored_id is not None else None
    except database.Error:
        raise DatabaseDamaged() from None
    finally:
        conn.close()
    if stored_id is None:
        raise DatabaseDamaged()
    if stored_id != vault_id:
        raise WrongVault()
    if account is None or not account.active:
        raise WrongPassphrase()


def _migrate_after_backup(ctx: VaultContext, conn) -> None:
    """A schema upgrade runs only after a verified backup of the vault as it was."""
    if database.pending_migrations(conn):
        backup.before_upgrade(ctx, ctx.keyslots_path, ctx.audit.chain_intact)
    database.migrate(conn, ctx.clock.now().isoformat())


def _record_unlock(ctx: VaultContext, path: Path, method: str) -> None:
    pending = _read_pending(path)
    with ctx.transaction() as conn:
        for event in pending:
            ctx.audit.record(conn, action=_pending_action(event),
                             object_type="vault", object_id=ctx.vault_id,
                             outcome=str(event.get("outcome", "failed")),
                             details={k: event[k] for k in ("at", "reason", "workstation")
                                      if k in event})
        ctx.audit.record(conn, action=AuditAction.UNLOCK, object_type="vault",
                         object_id=ctx.vault_id,
                         details={"method": method})
    if pending:
        (path / PENDING_AUDIT).unlink(missing_ok=True)


def _note_pending(path: Path, clock, action: str, outcome: str, reason: str) -> None:
    """Events that happen without the key (a failed unlock, a passphrase changed while
    locked) cannot be written to the encrypted log, so they wait beside it, without names,
    and move into the audit log at the next unlock."""
    pending = _read_pending(path)[-999:]
    pending.append({"at": clock.now().isoformat(timespec="seconds"), "action": action,
                    "outcome": outcome, "reason": reason, "workstation": _workstation()})
    try:
        atomic_write(path / PENDING_AUDIT, json.dumps(pending).encode())
    except (OSError, CasefileError):
        pass  # a read-only folder must not turn a wrong passphrase into another error


def _pending_action(event: dict) -> AuditAction:
    """The file beside the vault is not trusted: only a known action is taken from it."""
    try:
        return AuditAction(str(event.get("action", "unlock")))
    except ValueError:
        return AuditAction.UNLOCK


def _read_pending(path: Path) -> list[dict]:
    """The waiting events, as far as they are well formed: the file lies outside the
    encrypted log, so its size, types and lengths are checked before any is used."""
    try:
        with open(path / PENDING_AUDIT, "rb") as handle:
            data = json.loads(handle.read(_PENDING_MAX_BYTES + 1)[:_PENDING_MAX_BYTES])
    except (OSError, ValueError, RecursionError):
        return []
    if not isinstance(data, list):
        return []
    return [{k: v for k, v in d.items() if k in _PENDING_FIELDS} for d in data[-1000:]
            if isinstance(d, dict) and all(isinstance(d.get(k, ""), str)
                                           and len(d.get(k, "")) <= 100
                                           for k in _PENDING_FIELDS)
            and d.get("action") in ("unlock", "change_passphrase")
            and d.get("outcome") in ("failed", "ok")]


_PENDING_MAX_BYTES = 256 * 1024
_PENDING_FIELDS = ("at", "action", "outcome", "reason", "workstation")


def _workstation() -> str:
    return socket.gethostname()[:64]


def _make_folder(path: Path) -> bool:
    """Create the folder if needed; True when this call created it."""
    try:
        if path.exists():
            if not path.is_dir():
                raise FolderNotWritable()
            probe = path / f".casefile-probe-{uuid.uuid4().hex}"
            probe.touch(mode=0o600)
            probe.unlink()
            return False
        path.mkdir(parents=True, mode=0o700)
        return True
    except OSError as exc:
        error = domain_error(exc, path)
        raise (error if isinstance(error, CasefileError) else FolderNotWritable()) from None


def _remove_partial(path: Path, created_dir: bool) -> None:
    for name in (*VAULT_FILES, "casefile.lock"):
        try:
            (path / name).unlink(missing_ok=True)
        except OSError:
            pass
    if created_dir:
        shutil.rmtree(path, ignore_errors=True)


def restore_backup(backup_file: Path | str, target_dir: Path | str, *, user: str,
                   passphrase: str | None = None, recovery_key: str | None = None,
                   clock: Clock | None = None, secrets: SecretStore | None = None) -> Vault:
    """Restore into a new, empty folder and open it (the same as `Vault.restore`): the key
    is unwrapped before anything is written, and a damaged file writes nothing."""
    return Vault.restore(backup_file, target_dir, user=user, passphrase=passphrase,
                         recovery_key=recovery_key, clock=clock, secrets=secrets)


__all__ = ["Vault", "is_vault", "restore_backup"]
