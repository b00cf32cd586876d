"""The SQLCipher connection: raw-key keying, the pragmas of DESIGN section 2, transactions
and numbered migrations."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TypeAlias

import sqlcipher3

from casefile.errors import DatabaseDamaged, DiskFull, SqlcipherTooOld, StrayWal
from casefile.storage.failures import domain_error

Connection: TypeAlias = sqlcipher3.Connection  # untyped (no stubs): Any to mypy
Error = sqlcipher3.Error
IntegrityError = sqlcipher3.IntegrityError

MIN_SQLCIPHER = (4, 6)
BUSY_TIMEOUT_S = 5.0
DB_NAME = "casefile.db"

# SQLCipher's cipher_memory_security wipes and mlocks every buffer it allocates: about 15x on
# a full-text search (bench/practice.py measures it on and off). What it guards against,
# another process reading this one's freed memory, is covered by a non-dumpable process
# and by lock dropping the key and the connection; SQLCipher's own default is OFF since
# 4.5. README ("How it is built") says why.
MEMORY_SECURITY = False

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
)


def connect(path: Path, key: bytes | bytearray, *, readonly: bool = False,
            ignore_wal: bool = False) -> Connection:
    """Open (or create) the database at `path` keyed with the raw 256-bit `key`; with
    `readonly`, a connection that can never write (nor fold a WAL into the file); with
    `ignore_wal` too, one that sees the database file alone.

    Raises DatabaseDamaged when the file does not decrypt with the key."""
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    try:
        # timeout is SQLite's busy_timeout: a writer waits for another's brief transaction
        # instead of failing with "database is locked".
        if readonly:
            mode = "immutable=1" if ignore_wal else "mode=ro"
            conn = sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?{mode}", uri=True,
                                      isolation_level=None, check_same_thread=False,
                                      timeout=BUSY_TIMEOUT_S)
        else:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                                      timeout=BUSY_TIMEOUT_S)
    except sqlcipher3.Error as exc:
        raise _open_error(path, exc) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # our errors are one sentence
        _set_key(conn, key)
        _check_version(conn)
        # Reading the schema is the first real use of the key: a wrong key or a damaged
        # header fails here, before any pragma could write to the file.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}")
        for pragma in _PRAGMAS:
            if not (readonly and "journal_mode" in pragma):
                conn.execute(pragma)
    except SqlcipherTooOld:
        conn.close()
        raise
    except sqlcipher3.Error as exc:
        conn.close()
        raise _open_error(path, exc) from None
    conn.row_factory = sqlcipher3.Row
    conn.create_function("casefile_fold", 1, fold, deterministic=True)
    # for migration 0005, which fills the sort key of the children already there
    conn.create_function("casefile_name_sort_key", 2, name_sort_key, deterministic=True)
    return conn


_HEX = b"0123456789abcdef"


def _set_key(conn: Connection, key: bytes | bytearray) -> None:
    """Key the connection with the raw key through sqlite3_key, from a buffer wiped right
    after: no Python str (and no SQL text) ever holds the key in hex."""
    spec = bytearray(3 + 2 * len(key))
    spec[0:2], spec[-1:] = b"x'", b"'"
    for i, byte in enumerate(key):
        spec[2 + 2 * i] = _HEX[byte >> 4]
        spec[3 + 2 * i] = _HEX[byte & 15]
    try:
        conn.set_key(spec)
    finally:
        spec[:] = bytes(len(spec))


def probe(path: Path, key: bytes | bytearray) -> Connection:
    """A read-only connection, opened only once any WAL beside the database is proven to
    be its own (StrayWal otherwise). Nothing here can write to the file.

    Frames left in the WAL (after a crash, or a stray file) must carry this database's
    HMACs, and the database seen through them must be whole and must extend the file
    alone: its audit log holds the file's last event unchanged. An older WAL of this same
    vault passes the HMACs but would roll the log back, so it is refused too."""
    from casefile.storage import pages

    path = Path(path)
    pages.check_wal(path, key)
    conn = connect(path, key, readonly=True)
    if pages.has_frames(path) and not _wal_extends_file(conn, path, key):
        conn.close()
        raise StrayWal(name=f"{DB_NAME}-wal")
    return conn


def _wal_extends_file(conn: Connection, path: Path, key: bytes | bytearray) -> bool:
    try:
        if [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
            return False
    except sqlcipher3.Error:
        return False
    try:
        file_head = _audit_head(connect(path, key, readonly=True, ignore_wal=True))
    except (sqlcipher3.Error, DatabaseDamaged):
        return True  # a file caught mid-checkpoint: the whole view above is what counts
    if file_head is None:
        return True
    try:
        row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (file_head[0],)
                           ).fetchone()
    except sqlcipher3.Error:
        return False
    return row is not None and row[0] == file_head[1]


def _audit_head(conn: Connection) -> tuple[int, str] | None:
    try:
        row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
                           ).fetchone()
    finally:
        conn.close()
    return (row[0], row[1]) if row else None


def fold(text: str | None) -> str:
    """Lower case without diacritics (Ömer -> omer): names as SQL searches and sorts them,
    and words as the notes index's tokenizer sees them."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Words that stand before a Dutch surname and are not filed under (van Dalen under D,
# De Vries under V, in 't Veld under V), whatever their case. The key is stored
# (children.sort_key): a change here needs a migration that fills it again.
TUSSENVOEGSELS = frozenset({
    "van", "von", "de", "den", "der", "des", "d'", "het", "'t", "t", "ter", "ten", "te", "in",
    "op", "aan", "bij", "onder", "uit", "voor", "over", "la", "le", "du", "da", "'s",
})


def name_sort_key(first_name: str | None, last_name: str | None) -> str:
    """The order of the child list: surname without its tussenvoegsel, then first name,
    then the tussenvoegsel; case and diacritics folded, so Özdemir files beside Oz..., not
    after Z. A leading word in lower case counts as a tussenvoegsel too (the way names are
    written after a first name), but the surname's last word never does."""
    words = (last_name or "").split()
    while len(words) > 1 and (fold(words[0]) in TUSSENVOEGSELS
                              or words[0].lstrip("'")[:1].islower()):
        words.pop(0)
    prefix = (last_name or "").split()[:-len(words)] if words else []
    return "\x1f".join((fold(" ".join(words)), fold(first_name), fold(" ".join(prefix))))


def create_private(path: Path) -> None:
    """Create an empty database file readable by its owner only; SQLite gives the -wal and
    -shm files the same permissions."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _check_version(conn: Connection) -> None:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    found = tuple(int(p) for p in re.findall(r"\d+", row[0] if row else "")[:2])
    if len(found) < 2 or found < MIN_SQLCIPHER:
        raise SqlcipherTooOld()


def _open_error(path: Path, exc: Exception) -> Exception:
    """Opening failed: a full disk (SQLite could not create its -shm or write a frame) is
    said as such; only otherwise is the file called damaged. No driver text goes up."""
    error = domain_error(exc, Path(path).parent)
    return error if isinstance(error, DiskFull) else DatabaseDamaged()


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error. Nested use joins the outer one."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlcipher3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise domain_error(exc) from None


@contextmanager
def snapshot(conn: Connection) -> Iterator[Connection]:
    """A read transaction: every read inside sees one consistent state, and (in WAL mode)
    it blocks no writer. Nested use joins the outer transaction."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN DEFERRED")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def checkpoint(conn: Connection) -> None:
    """Fold the WAL into the database file and empty it."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def wipe_free_pages(conn: Connection) -> None:
    """secure_delete zeroes freed content; VACUUM rebuilds the file without free pages and
    the truncating checkpoint leaves no old page in the WAL."""
    checkpoint(conn)
    conn.execute("VACUUM")
    checkpoint(conn)


def integrity_problems(conn: Connection) -> list[str]:
    """SQLite's own check of the file's structure; empty when all is well."""
    return [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]


def cipher_problems(conn: Connection) -> list[str]:
    """The pages whose HMAC does not match (SQLCipher); empty when all is well."""
    return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]


def migration_files() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every bundled migration, in order."""
    found = []
    folder = resources.files("casefile.storage").joinpath("migrations")
    for entry in folder.iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append((int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(conn: Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def _applied(conn: Connection) -> set[int]:
    if not schema_version(conn):
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM schema_version")}


def pending_migrations(conn: Connection) -> list[int]:
    """The numbers of the bundled migrations this database has not had yet: every one not
    recorded, not only those above the newest (a migration numbered lower may arrive after
    a higher one, from work done side by side)."""
    applied = _applied(conn)
    return [number for number, _, _ in migration_files() if number not in applied]


def migrate(conn: Connection, now_iso: str) -> int:
    """Apply every migration the database has not had, in order, each in its own
    transaction; the newest version applied."""
    applied = _applied(conn)
    current = schema_version(conn)
    for number, name, sql in migration_files():
        if number in applied:
            continue
        with transaction(conn):
            for statement in split_sql(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)",
                (number, name, now_iso),
            )
        current = max(current, number)
    return current


def split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
