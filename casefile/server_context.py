"""The unlocked state of a practice server (DESIGN section 10), handed to the same services
as a local vault's context: their transactions run on the server, through the server's
repositories (casefile/storage/engines.py picks them by the connection), with every
personal field sealed on this side.

What differs from a local vault lives here: the user's role is the one their login role's
group grants (the server refuses what the group may not do, whatever this side thinks),
the audit chain is appended under the server's chain lock and checked by
`casefile verify --server`, and there is no vault folder, key file or lock file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import practice_server
from casefile.audit import AuditLog
from casefile.clock import Clock
from casefile.context import T, VaultContext
from casefile.errors import NotOnServer, VaultLocked, WrongPassphrase
from casefile.model import Role, User
from casefile.practice_server import ServerSession
from casefile.storage import keys, server
from casefile.storage.repositories.pg import audit as pg_audit
from casefile.storage.repositories.pg.connection import ServerConnection
from casefile.storage.repositories.pg.people import server_connection
from casefile.storage.secrets import SecretStore


class ServerContext(VaultContext):
    """A VaultContext whose connection is a practice server's."""

    engine = "server"

    def __init__(self, session: ServerSession, clock: Clock, workstation: str,
                 secrets: SecretStore | None = None, dsn: str = "") -> None:
        # VaultContext.__init__ is not called: it opens nothing here that a server needs
        # (a vault folder, a SQLite connection), so the attributes are set one by one.
        self.session = session
        self.path = Path()  # no vault folder: nothing is written beside a server's data
        self.vault_id = session.vault_id
        self.clock = clock
        self.workstation = workstation
        self.secrets = secrets
        self.damaged = False
        self.user = session.user
        own = session.signing_key()
        self.own_signing_key = own
        self.signer = Ed25519PrivateKey.from_private_bytes(own) if own else None
        self.pins = {}
        self.dsn = dsn  # its URL (no password: storage/server.py refuses one)
        if session.sealer is None:
            raise VaultLocked()
        self._server: ServerConnection | None = server_connection(session.db(),
                                                                  session.sealer)
        self.audit = AuditLog(keys.derive_key(session.data_key(), session.vault_id,
                                              keys.AUDIT_LABEL),
                              lambda: self.user, clock, workstation, self.db,
                              signer=lambda: self.signer)

    @property
    def locked(self) -> bool:
        return self._server is None

    def db(self) -> ServerConnection:
        if self._server is None:
            raise VaultLocked()
        if self._server.pg.closed:  # the server dropped it (stopped, the network gone)
            self._server = self._reconnected()
        return self._server

    def answers(self) -> bool:
        """Whether the server takes a connection now (a TCP look, at most the reconnect's
        wait; for a thread other than the GUI's: see the note editor's retry)."""
        return server.answers(self.session.dsn, practice_server.RECONNECT_TIMEOUT)

    @property
    def connected(self) -> bool:
        """Whether the connection is open (checked without a round trip or a reconnect)."""
        return self._server is not None and not self._server.pg.closed

    def _reconnected(self) -> ServerConnection:
        """A new connection as the same user, with a child list of its own (the old one's
        LISTEN went with the old connection); ServerUnreachable while the server is away."""
        assert self.session.sealer is not None  # not locked: checked by the caller
        return server_connection(self.session.reconnect(), self.session.sealer)

    @contextmanager
    def transaction(self) -> Iterator[ServerConnection]:
        conn = self.db()
        with server.transaction(conn.pg):
            yield conn

    def serializable(self, work: Callable[[ServerConnection], T]) -> T:
        """`work` in one SERIALIZABLE transaction, rerun from the start when the server
        aborts it for a conflict with another client's (storage/server.py). The audit
        chain is locked first, before the transaction's snapshot is taken: the event
        `work` appends then follows the newest (with a snapshot taken earlier it would
        chain onto a stale one), and other appenders wait the brief moment it runs."""
        conn = self.db()

        def attempt(_pg) -> T:
            pg_audit.lock_chain(conn)
            return work(conn)

        return server.serializable(conn.pg, attempt)

    @contextmanager
    def snapshot(self) -> Iterator[ServerConnection]:
        conn = self.db()
        with server.snapshot(conn.pg):
            yield conn

    def add_server_user(self, name: str, role: Role, temporary_passphrase: str) -> User:
        """A login role in the role's group and a key slot; the server's own function
        refuses a caller who is not an administrator."""
        return practice_server.add_user(self.session, name, role=role,
                                        temporary_passphrase=temporary_passphrase)

    def remove_server_user(self, name: str) -> None:
        practice_server.remove_user(self.session, name)

    def change_server_passphrase(self, new_passphrase: str) -> None:
        """The user's own slot and login password, in the caller's transaction."""
        practice_server.change_passphrase(self.session, new_passphrase)
        own = self.session.signing_key()  # a slot from before signing keys has one now
        if own != self.own_signing_key:
            self.own_signing_key = own
            self.signer = Ed25519PrivateKey.from_private_bytes(own) if own else None

    def reset_server_passphrase(self, name: str, temporary_passphrase: str,
                                recovery_key: str) -> None:
        practice_server.reset_passphrase(self.session, name,
                                         temporary_passphrase=temporary_passphrase,
                                         recovery_key=recovery_key)

    def server_login(self, name: str, passphrase: str) -> User:
        """Another user of this practice, proven by logging in as them and unwrapping their
        own slot (a legal disclosure's second administrator)."""
        with practice_server.open_server(self.dsn, name, passphrase) as other:
            if other.data_key() != self.database_key():
                raise WrongPassphrase()
            return other.user

    def open_connection(self):
        raise NotOnServer()

    def fork(self) -> ServerContext:
        """A twin for a worker thread: its own connection (logged in as the same user
        with the login password the session keeps) and its own copies of the keys, all
        dropped by its `close()`; the connection is never shared between threads."""
        twin = ServerContext(self.session.twin(), self.clock, self.workstation,
                             self.secrets, self.dsn)
        twin.pins = self.pins
        return twin

    @property
    def keyslots_path(self) -> Path:
        raise NotOnServer()  # the key slots are on the server (practice_server.py)

    def database_key(self) -> bytes:
        if self._server is None:
            raise VaultLocked()
        return self.session.data_key()

    def derive_key(self, label: bytes) -> bytes:
        return keys.derive_key(self.database_key(), self.vault_id, label)

    def close(self) -> None:
        """Drop the keys and close the connection."""
        self._server = None
        self.audit.forget_key()
        self.session.close()
        self.user = None
        self.signer = self.own_signing_key = None
