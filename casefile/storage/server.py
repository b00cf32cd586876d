"""The practice server's connection (DESIGN section 10): PostgreSQL through psycopg 3,
only over TLS that checks the server's certificate against the practice's CA
(`sslmode=verify-full`), numbered migrations from pg_migrations/, and driver errors
turned into the domain's one-sentence errors.

Each user is a login role named `<database>:<user>` (a Casefile user name never holds a
colon), so one cluster can hold several practices. Its password is derived from the user's
passphrase with Argon2id, because the server keeps a SCRAM verifier of it: whoever reads
that verifier must pay Argon2id for every guess, as for the key slot itself."""

from __future__ import annotations

import base64
import hashlib
import re
import socket
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from importlib import resources
from typing import Any, TypeAlias, TypeVar

import psycopg
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from casefile.errors import (
    DossierOnHold,
    InvalidInput,
    NotFound,
    NotPermitted,
    ServerBusy,
    ServerNotVerified,
    ServerRefused,
    ServerUnreachable,
    WrongPassphrase,
)
from casefile.storage import keys

Connection: TypeAlias = "psycopg.Connection[dict[str, Any]]"  # rows are dicts (dict_row)
T = TypeVar("T")
COUNSELLORS, ADMINS = "casefile_counsellor", "casefile_admin"
_NOT_ADMIN = "casefile: only an administrator"
_HELD = "casefile: a retention hold is in force"  # its detail: the hold's last day
_USER_KEYS = ("users_name_key", "users_login_role_key", "key_slots_pkey",
              "key_slots_login_role_key")


def check_dsn(dsn: str) -> dict[str, str]:
    """The URL's parameters; ServerNotVerified unless it checks the server's certificate
    against a given CA. A password in the URL is refused: it would sit in shell history."""
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(dsn).items()}
    except psycopg.ProgrammingError:
        raise ServerUnreachable() from None
    if params.get("sslmode") != "verify-full" or not params.get("sslrootcert"):
        raise ServerNotVerified()
    if params.get("password"):
        raise ServerNotVerified("server_password_in_url")
    return params


def login_role(database: str, user: str) -> str:
    """`<database>:<user>`, or a digest of it where that passes PostgreSQL's 63 bytes."""
    name = f"{database}:{user}"
    if len(name.encode()) <= 63:
        return name
    return "casefile:" + hashlib.sha256(name.encode()).hexdigest()[:40]


def database_of(dsn: str) -> str:
    """The practice's database named in the URL (never libpq's default, the user name)."""
    name = check_dsn(dsn).get("dbname")
    if not name:
        raise ServerUnreachable("server_no_database")
    return name


def login_password(database: str, user: str, passphrase: str) -> str:
    """The login role's password: Argon2id over the passphrase, salted by database and
    user (known before login, unlike a key slot's random salt)."""
    salt = hashlib.sha256(f"casefile server login v1\0{database}\0{user}".encode()).digest()
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = keys.LOGIN_KDF  # read at call time, so tests can make it cheap
    stretched = Argon2id(salt=salt[:16], length=32, iterations=kdf.iterations,
                         lanes=kdf.lanes, memory_cost=kdf.memory_kib).derive(secret)
    return base64.b64encode(stretched).decode()


# A connection whose network went silently (no reset) is given up in seconds, not after
# the kernel's retransmissions (about 15 minutes): a statement whose data is not
# acknowledged within 5 s fails (tcp_user_timeout, ms), and an idle connection is probed
# after 30 s. The call that meets it then says the server is away (the note editor keeps
# its draft on this computer) instead of holding the window.
DEAD_CONNECTION = {"keepalives": "1", "keepalives_idle": "30", "keepalives_interval": "5",
                   "keepalives_count": "3", "tcp_user_timeout": "5000"}


def answers(dsn: str, timeout: float) -> bool:
    """Whether the server's port takes a TCP connection now (no login, no TLS): a cheap
    look, off the GUI thread, before a reconnect that would wait on it."""
    params = conninfo_to_dict(dsn)
    host = str(params.get("hostaddr") or params.get("host") or "localhost").split(",")[0]
    if host.startswith("/"):
        return True  # a Unix socket: a reconnect is quick either way
    port = int(str(params.get("port") or 5432).split(",")[0])
    try:
        socket.create_connection((host, port), timeout).close()
    except OSError:
        return False
    return True


def connect(dsn: str, **params: str) -> Connection:
    """A verified connection in autocommit (transactions are explicit, see `transaction`),
    rows as dicts. `params` (user, password, connect_timeout) override the URL's."""
    check_dsn(dsn)
    try:
        options: dict[str, Any] = DEAD_CONNECTION | {"connect_timeout": 10} | params
        return psycopg.connect(dsn, autocommit=True, row_factory=dict_row,
                               application_name="casefile", **options)
    except psycopg.OperationalError as exc:
        raise _connect_error(exc) from None


def _connect_error(exc: psycopg.OperationalError) -> Exception:
    text = str(exc).lower()
    if "password authentication failed" in text or "permission denied for database" in text:
        return WrongPassphrase()
    if "certificate" in text or "ssl" in text:
        return ServerNotVerified()
    return ServerUnreachable()


def domain_error(exc: psycopg.Error) -> Exception:
    """A driver error as the domain's error; its text (which may quote values) is dropped."""
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        primary = exc.diag.message_primary or ""
        if primary.startswith(_HELD):
            return _held(exc.diag.message_detail or "")
        return NotPermitted() if primary.startswith(_NOT_ADMIN) else ServerRefused()
    if isinstance(exc, pg_errors.DuplicateObject) or (
            isinstance(exc, pg_errors.UniqueViolation)
            and exc.diag.constraint_name in _USER_KEYS):
        return InvalidInput("user_exists")  # roles are the only objects Casefile creates
    if isinstance(exc, pg_errors.NoDataFound):
        return NotFound()
    if isinstance(exc, psycopg.OperationalError):
        return ServerUnreachable()
    return exc


def _held(detail: str) -> DossierOnHold:
    """The local engine's refusal, with the hold's last day as dd-mm-yyyy."""
    try:
        return DossierOnHold(until=date.fromisoformat(detail).strftime("%d-%m-%Y"))
    except ValueError:  # no readable date in the detail: still the same refusal
        return DossierOnHold(until="?")


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One transaction (nested use becomes a savepoint); driver errors become the
    domain's."""
    try:
        with conn.transaction():
            yield conn
    except psycopg.Error as exc:
        raise domain_error(exc) from None


@contextmanager
def snapshot(conn: Connection) -> Iterator[Connection]:
    """A READ ONLY transaction over one REPEATABLE READ snapshot: what is read in it is
    one committed state (the audit chain as appends under the lock left it), and the
    server refuses any write in it."""
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    try:
        with transaction(conn):
            yield conn
    finally:
        conn.isolation_level, conn.read_only = None, None


def serializable(conn: Connection, work: Callable[[Connection], T], *,
                 attempts: int = 20) -> T:
    """`work(conn)` in one SERIALIZABLE transaction, run again from the start when the
    server aborts it for a conflict with another client's (a withdrawal on another
    computer and this packet's disclosure, say): whichever runs second sees the first."""
    for attempt in range(attempts):
        conn.isolation_level = psycopg.IsolationLevel.SERIALIZABLE
        try:
            with conn.transaction():
                return work(conn)
        except (pg_errors.SerializationFailure, pg_errors.DeadlockDetected):
            if attempt == attempts - 1:
                raise ServerBusy() from None
        except psycopg.Error as exc:
            raise domain_error(exc) from None
        finally:
            conn.isolation_level = None
    raise ServerBusy()


# -- schema -------------------------------------------------------------------------------


def migration_files() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every server migration, in order."""
    found = []
    for entry in resources.files("casefile.storage").joinpath("pg_migrations").iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append((int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return sorted(found)


def scalar(cursor: psycopg.Cursor[dict[str, Any]], column: str) -> Any:
    """`column` of the one row that a query which always answers (a count, a function
    call) gives."""
    row = cursor.fetchone()
    if row is None:
        raise LookupError(column)
    return row[column]


def schema_version(conn: Connection) -> int:
    if scalar(conn.execute("SELECT to_regclass('schema_version') AS t"), "t") is None:
        return 0
    return scalar(conn.execute("SELECT coalesce(max(version), 0) AS v FROM schema_version"),
                  "v")


def ensure_groups(conn: Connection) -> None:
    """The two group roles, shared by every practice database of the cluster (a login
    reaches only the database it was granted CONNECT on)."""
    for group in (COUNSELLORS, ADMINS):
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone()
        if not exists:
            conn.execute(psycopg.sql.SQL("CREATE ROLE {} NOLOGIN").format(
                psycopg.sql.Identifier(group)))


def migrate(conn: Connection) -> int:
    """Apply every migration newer than the database, each in its own transaction, as
    the schema's owner; nobody but the members' groups may connect afterwards."""
    ensure_groups(conn)
    current = schema_version(conn)
    for number, name, script in migration_files():
        if number <= current:
            continue
        with transaction(conn):
            conn.execute(script.encode())  # bytes: no placeholders are looked for
            conn.execute("INSERT INTO schema_version (version, name) VALUES (%s, %s)",
                         (number, name))
        current = number
    database = psycopg.sql.Identifier(conn.info.dbname)
    conn.execute(psycopg.sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
    return current


def scram_verifier(conn: Connection, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier libpq computes on this side: the password itself never
    travels to the server."""
    return conn.pgconn.encrypt_password(password.encode(), role.encode(),
                                        b"scram-sha-256").decode()
