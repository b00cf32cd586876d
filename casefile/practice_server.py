"""Setting up and unlocking a practice server (DESIGN section 10): the schema, the first
administrator, more users, and an unlocked session holding the practice's data key.

The data key is wrapped per user in key slots kept on the server, in exactly the form of
keyslots.json (casefile/storage/keys.py); a user first logs in with a password derived
from their passphrase (casefile/storage/server.py), then unwraps their own slot."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile.errors import (
    InvalidInput,
    NotFound,
    NotPermitted,
    PracticeExists,
    ServerOutdated,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryKey,
)
from casefile.model import Role, User
from casefile.passphrase import require_strong
from casefile.storage import keys, server
from casefile.storage.repositories.pg import users as repo
from casefile.storage.sealed import Sealer
from casefile.users import clean_user_name

RECONNECT_TIMEOUT = 3  # seconds


@dataclass
class ServerSession:
    """An unlocked practice server: the user's connection and the practice's keys."""

    conn: server.Connection | None
    user: User
    vault_id: str
    sealer: Sealer | None
    database: str
    _key: bytearray = field(repr=False)  # never in a traceback or a log line
    # the user's own Ed25519 key: it signs their audit events (casefile/server_audit.py)
    _signing: bytearray = field(default_factory=bytearray, repr=False)
    # what a second connection needs (a worker's, or one after the server was away): the
    # URL (no password in it) and the login role's password, derived from the passphrase.
    # Kept exactly as long as the data key, and zeroed with it: the data key opens every
    # dossier already, the login password only lets this user connect again.
    dsn: str = ""
    _login: bytearray = field(default_factory=bytearray, repr=False)

    def db(self) -> server.Connection:
        if self.conn is None:
            raise VaultLocked()
        return self.conn

    def data_key(self) -> bytes:
        if self.conn is None:
            raise VaultLocked()
        return bytes(self._key)

    def signing_key(self) -> bytes | None:
        """None for a slot written before the server kept signing keys."""
        if self.conn is None:
            raise VaultLocked()
        return bytes(self._signing) if self._signing else None

    def require_admin(self) -> User:
        if self.user.role != Role.ADMIN:
            raise NotPermitted()
        return self.user

    def connect_again(self, timeout: int = 10) -> server.Connection:
        """A new connection as the same login role (ServerUnreachable, ServerNotVerified or
        WrongPassphrase when the server refuses it)."""
        if self.conn is None or not self._login:
            raise VaultLocked()
        return server.connect(self.dsn, user=server.login_role(self.database, self.user.name),
                              password=bytes(self._login).decode(),
                              connect_timeout=str(timeout))

    def reconnect(self) -> server.Connection:
        """Replace a connection the server dropped (it was stopped, the network was gone).
        It runs where the failed call ran, often the GUI thread: a short wait for a server
        that does not answer at all."""
        fresh = self.connect_again(timeout=RECONNECT_TIMEOUT)
        old, self.conn = self.conn, fresh
        if old is not None:
            old.close()
        return fresh

    def twin(self) -> ServerSession:
        """A second session for a worker thread: its own connection as the same user and
        its own copies of the keys, zeroed when it closes (the original's stay)."""
        conn = self.connect_again()
        return ServerSession(conn, self.user, self.vault_id, Sealer(self.data_key(), self.vault_id),
                             self.database, bytearray(self._key), bytearray(self._signing),
                             self.dsn, bytearray(self._login))

    def close(self) -> None:
        """Drop the keys and the sealer, and close the connection."""
        conn, self.conn, self.sealer = self.conn, None, None
        for secret in (self._key, self._signing, self._login):
            secret[:] = bytes(len(secret))
        if conn is not None:
            conn.close()

    def __enter__(self) -> ServerSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def initialise(dsn: str, user: str, passphrase: str, *, check_strength: bool = True) -> str:
    """Create the schema, the group roles and the first administrator in the database the
    URL names (connecting as its owner); returns the recovery key, stored nowhere."""
    user = clean_user_name(user)
    if check_strength:
        require_strong(passphrase, (user,))
    database = server.database_of(dsn)
    with server.connect(dsn) as conn:
        server.migrate(conn)
        with server.transaction(conn):
            if repo.practice_id(conn) is not None:
                raise PracticeExists()
            vault_id, data_key = uuid.uuid4().hex, keys.generate_database_key()
            signing = keys.generate_signing_key()
            slots = keys.KeySlots.new(vault_id)
            slots.add_user_slot(user, passphrase, data_key, signing_key=signing)
            recovery = slots.add_recovery_slot(data_key)
            # the first administrator's key is the anchor `casefile verify --server` trusts
            pinned = base64.b64encode(keys.signing_public(signing)).decode()
            repo.put_practice(conn, vault_id, {"admin": pinned})
            login = server.login_role(database, user)
            verifier = server.scram_verifier(
                conn, login, server.login_password(database, user, passphrase))
            repo.create_user(conn, user, login, Role.ADMIN, verifier, _slot(slots, user),
                             must_change=False)
            repo.put_first_recovery_slot(conn, _slot(slots, keys.RECOVERY_SLOT, "recovery"))
    return recovery


def upgrade(dsn: str) -> int:
    """Apply the server migrations this Casefile has and the database lacks (connecting as
    its owner, as `initialise`); returns the schema version."""
    with server.connect(dsn) as conn:
        return server.migrate(conn)


def open_server(dsn: str, user: str, passphrase: str) -> ServerSession:
    """Log in as the user and unwrap their key slot."""
    database = server.database_of(dsn)
    login = server.login_password(database, user, passphrase)
    conn = server.connect(dsn, user=server.login_role(database, user), password=login)
    try:
        if server.schema_version(conn) < server.migration_files()[-1][0]:
            raise ServerOutdated()  # refused whole: a half-known schema is not written to
        vault_id, slot = repo.practice_id(conn), repo.own_slot(conn)
        found = repo.by_name(conn, user)
        if vault_id is None or slot is None or found is None or not found.active:
            raise WrongPassphrase()
        opened = keys.KeySlots(vault_id, [slot]).unwrap_user_keys(user, passphrase)
    except BaseException:
        conn.close()
        raise
    key = opened.database_key
    return ServerSession(conn, found, vault_id, Sealer(key, vault_id), database,
                         bytearray(key), bytearray(opened.signing_key or b""), dsn,
                         bytearray(login.encode()))


def add_user(session: ServerSession, name: str, *, role: Role | str = Role.COUNSELLOR,
             temporary_passphrase: str) -> User:
    """A new user with a temporary passphrase (changed at first unlock): a login role in
    their group, and their key slot. The server itself refuses a caller who is not an
    administrator; the check here only spares the round trip."""
    name, role = clean_user_name(name), Role(role)
    require_strong(temporary_passphrase, (name,))
    conn = session.db()
    found = repo.by_name(conn, name)
    if found is not None and found.active:
        raise InvalidInput("user_exists")
    if found is not None:  # a removed user's row keeps the name (users.py)
        raise InvalidInput("user_name_removed")
    slots = keys.KeySlots.new(session.vault_id)
    # as locally (casefile/users.py), the administrator makes the new user's signing key
    slots.add_user_slot(name, temporary_passphrase, session.data_key(),
                        signing_key=keys.generate_signing_key())
    login = server.login_role(session.database, name)
    verifier = server.scram_verifier(
        conn, login, server.login_password(session.database, name, temporary_passphrase))
    with server.transaction(conn):
        repo.add_user(conn, name, login, role, verifier, _slot(slots, name))
        added = repo.by_name(conn, name)
    assert added is not None
    return added


def set_login(session: ServerSession, name: str, passphrase: str) -> None:
    """Give a migrated user (casefile/migrate.py) the login their own passphrase derives,
    with that user at the administrator's side: the passphrase must open the user's own
    key slot, carried over from the vault, so nobody else's login can be set this way.
    The server's function refuses a caller who is not an administrator."""
    name = clean_user_name(name)
    conn = session.db()
    slot = repo.user_slot(conn, name)
    if slot is None:
        raise WrongPassphrase()
    keys.KeySlots(session.vault_id, [slot]).unwrap_user_keys(name, passphrase)
    login = server.login_role(session.database, name)
    verifier = server.scram_verifier(
        conn, login, server.login_password(session.database, name, passphrase))
    with server.transaction(conn):
        repo.set_login(conn, name, verifier)


def remove_user(session: ServerSession, name: str) -> None:
    """Drop the user's login role and key slot; their history stays."""
    conn = session.db()
    with server.transaction(conn):
        repo.remove_user(conn, name)


def change_passphrase(session: ServerSession, new_passphrase: str) -> None:
    """The user's own slot rewrapped under the new passphrase, and their login role's
    password set to its derivation, in the caller's transaction (or one of its own).

    Both are written by one SECURITY DEFINER function in one transaction (ALTER ROLE is
    transactional in PostgreSQL), so the server never holds a slot for one passphrase and
    a password for the other: the user is not locked out by a failure halfway. The one
    case left is a commit whose reply is lost: the caller cannot tell whether the change
    was made, and the user opens with whichever of the two passphrases the server has
    (Vault.change_passphrase says so; both still unwrap the same data key)."""
    user = session.user
    require_strong(new_passphrase, (user.name,))
    conn = session.db()
    # A slot from before the server kept signing keys gets one now (the server records
    # it from the slot, pg_migrations/0017); otherwise the user keeps theirs.
    signing = session.signing_key() or keys.generate_signing_key()
    slots = keys.KeySlots.new(session.vault_id)
    slots.add_user_slot(user.name, new_passphrase, session.data_key(), signing_key=signing)
    login = server.login_role(session.database, user.name)
    password = server.login_password(session.database, user.name, new_passphrase)
    verifier = server.scram_verifier(conn, login, password)
    with server.transaction(conn):
        repo.change_own_passphrase(conn, verifier, _slot(slots, user.name))
    session._signing[:] = signing
    # a worker's connection and a reconnect log in with the new password from now on
    session._login[:] = bytes(len(session._login))
    session._login[:] = password.encode()


def check_recovery_key(conn: server.Connection, vault_id: str, recovery_key: str) -> bytes:
    """The data key the server's recovery slot gives for this key (WrongRecoveryKey)."""
    slot = repo.recovery_slot(conn)
    if slot is None:
        raise WrongRecoveryKey()
    return keys.KeySlots(vault_id, [slot]).unwrap_recovery(recovery_key)


def reset_passphrase(session: ServerSession, name: str, *, temporary_passphrase: str,
                     recovery_key: str) -> None:
    """An administrator gives a user a temporary passphrase (changed at their next
    unlock), only with the recovery key as locally: a new slot with a new signing key
    (the old one went with the old slot) and their login role's password, in one
    transaction. The server itself refuses a caller who is not an administrator."""
    session.require_admin()
    conn = session.db()
    if check_recovery_key(conn, session.vault_id, recovery_key) != session.data_key():
        raise WrongRecoveryKey()
    target = repo.by_name(conn, name)
    if target is None or not target.active:
        raise InvalidInput("user_inactive")
    require_strong(temporary_passphrase, (name,))
    verifier, slot = _new_slot(conn, session.database, session.vault_id, name,
                               temporary_passphrase, session.data_key())
    with server.transaction(conn):
        repo.reset_passphrase(conn, target.id, verifier, slot)


def owner_reset_passphrase(dsn: str, name: str, *, temporary_passphrase: str,
                           recovery_key: str, workstation: str, clock) -> None:
    """The database owner (as at `casefile server init`) with the recovery key gives a
    user a temporary passphrase: the way back in when the practice's only administrator
    forgot theirs. The recovery key unwraps the server's recovery slot on this side; the
    event is in the audit log with no actor, signed by the user's new key."""
    from casefile.audit import AuditLog
    from casefile.model import AuditAction
    from casefile.storage.repositories.pg.people import server_connection

    name = clean_user_name(name)
    require_strong(temporary_passphrase, (name,))
    database = server.database_of(dsn)
    with server.connect(dsn) as conn:
        vault_id = repo.practice_id(conn)
        if vault_id is None:
            raise InvalidInput("server_no_practice")
        data_key = check_recovery_key(conn, vault_id, recovery_key)
        target = repo.by_name(conn, name)
        if target is None:
            raise NotFound()
        if not target.active:
            raise InvalidInput("user_inactive")
        signing = keys.generate_signing_key()
        verifier, slot = _new_slot(conn, database, vault_id, name, temporary_passphrase,
                                   data_key, signing)
        sealed = server_connection(conn, Sealer(data_key, vault_id))
        log = AuditLog(keys.derive_key(data_key, vault_id, keys.AUDIT_LABEL), lambda: None,
                       clock, workstation, lambda: sealed,
                       signer=lambda: Ed25519PrivateKey.from_private_bytes(signing))
        try:
            with server.transaction(conn):
                repo.set_passphrase(conn, target.id, verifier, slot, must_change=True)
                log.record(sealed, action=AuditAction.RESET_PASSPHRASE, object_type="user",
                           object_id=target.id, details={"method": "recovery_key"})
        finally:
            log.forget_key()


def _new_slot(conn: server.Connection, database: str, vault_id: str, name: str,
              passphrase: str, data_key: bytes, signing: bytes | None = None
              ) -> tuple[str, dict]:
    """A login password's SCRAM verifier and a key slot with a new signing key."""
    slots = keys.KeySlots.new(vault_id)
    slots.add_user_slot(name, passphrase, data_key,
                        signing_key=signing or keys.generate_signing_key())
    verifier = server.scram_verifier(conn, server.login_role(database, name),
                                     server.login_password(database, name, passphrase))
    return verifier, _slot(slots, name)


def _slot(slots: keys.KeySlots, slot_id: str, kind: str = "user") -> dict:
    slot = slots.slot(slot_id, kind)
    assert slot is not None  # just added
    return slot
