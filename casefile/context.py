"""The unlocked state of a vault, handed to every service through its constructor.

Locking drops the key and closes the connection; every later call through the context
raises VaultLocked, so no service needs its own check."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile.audit import AuditLog
from casefile.clock import Clock
from casefile.errors import DatabaseDamaged, NotOnServer, NotPermitted, VaultLocked
from casefile.model import Role, User
from casefile.settings import Settings, SettingsService
from casefile.storage import database, keys
from casefile.storage.database import Connection
from casefile.storage.failures import domain_error
from casefile.storage.keys import KEYSLOTS
from casefile.storage.secrets import SecretStore

T = TypeVar("T")


class VaultContext:
    engine = "local"  # or "server" (casefile/server_context.py)
    dsn = ""
    session: Any = None  # a practice server's ServerSession

    def __init__(self, path: Path, vault_id: str, db_key: bytes, conn: Connection, clock: Clock,
                 workstation: str, secrets: SecretStore | None = None) -> None:
        self.path = path
        self.vault_id = vault_id
        self.clock = clock
        self.workstation = workstation
        self.secrets = secrets  # the OS keyring, for slots bound to this computer
        self._key: bytearray | None = bytearray(db_key)
        self._conn: Connection | None = conn
        self.user: User | None = None  # its role is the one an admin signed (roles.py)
        # Set once damage is seen: lock then writes nothing more (not even its event).
        self.damaged = False
        # The unlocked user's own Ed25519 key (or the recovery slot's): it signs every
        # audit event. `own_signing_key` is its raw form, kept to rewrap the user's slot.
        self.signer: Ed25519PrivateKey | None = None
        self.own_signing_key: bytes | None = None
        self.pins: dict[str, bytes] = {}  # trust anchors from keyslots.json
        self.audit = AuditLog(self.derive_key(keys.AUDIT_LABEL), lambda: self.user,
                              clock, workstation, self.db, signer=lambda: self.signer,
                              anchors=self._anchors)

    def add_server_user(self, name: str, role: Role, temporary_passphrase: str) -> User:
        raise NotOnServer()  # a practice server's (server_context.py)

    def remove_server_user(self, name: str) -> None:
        raise NotOnServer()

    def server_login(self, name: str, passphrase: str) -> User:
        raise NotOnServer()

    def change_server_passphrase(self, new_passphrase: str) -> None:
        raise NotOnServer()

    def reset_server_passphrase(self, name: str, temporary_passphrase: str,
                                recovery_key: str) -> None:
        raise NotOnServer()

    @property
    def locked(self) -> bool:
        return self._conn is None

    def db(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        try:
            with database.transaction(self.db()) as conn:
                yield conn
        except database.Error as exc:
            error = domain_error(exc, self.path)
            if isinstance(error, DatabaseDamaged):
                self.damaged = True
            raise error from None

    def serializable(self, work: Callable[[Connection], T]) -> T:
        """`work(conn)` in one transaction that no other client's can interleave with: a
        consent's re-check and the disclosure it allows, or a withdrawal. Locally the
        database's single writer already orders them; a server reruns `work` from the
        start when it aborts it for a conflict (server_context.py), so `work` must not
        keep anything from an attempt that did not commit."""
        with self.transaction() as conn:
            return work(conn)

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """Reads that see one consistent state without holding the write lock."""
        try:
            with database.snapshot(self.db()) as conn:
                yield conn
        except database.Error as exc:
            raise domain_error(exc) from None

    def open_connection(self) -> Connection:
        """A new keyed connection for a worker thread (a raw-key open costs ~1 ms)."""
        return database.connect(self.path / database.DB_NAME, self.database_key())

    def fork(self) -> VaultContext:
        """A twin with its own connection, for a worker thread; close it when done."""
        twin = VaultContext(self.path, self.vault_id, self.database_key(),
                            self.open_connection(), self.clock, self.workstation, self.secrets)
        twin.user, twin.signer, twin.pins = self.user, self.signer, self.pins
        twin.own_signing_key = self.own_signing_key
        return twin

    def _anchors(self):
        from casefile.roles import anchors

        return anchors(self)

    def derive_key(self, label: bytes) -> bytes:
        return keys.derive_key(self.database_key(), self.vault_id, label)

    def require_admin(self) -> User:
        user = self.require_user()
        if user.role != Role.ADMIN:
            raise NotPermitted()
        return user

    def require_user(self) -> User:
        self.db()
        if self.user is None:
            raise VaultLocked()
        return self.user

    @property
    def keyslots_path(self) -> Path:
        return self.path / KEYSLOTS

    @property
    def settings(self) -> Settings:
        return SettingsService(self).get()

    def database_key(self) -> bytes:
        """The raw key, for worker connections, backups and rewrapping a key slot."""
        if self._key is None:
            raise VaultLocked()
        return bytes(self._key)

    def close(self) -> None:
        """Drop the key and close the connection (checkpointing the WAL first)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                database.checkpoint(conn)
            except database.Error:
                pass
            conn.close()
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None
        self.audit.forget_key()
        self.user = None
        self.signer = self.own_signing_key = None
