"""Encrypted, verified backups in one file, and restore into a new folder.

A backup file is: a magic line; a JSON header line (format, time, vault id, lengths and the
SHA-256 of both parts: no personal data); the key slots; the database. The database is a
consistent copy made with SQLite's backup API into a SQLCipher file keyed with the vault's
own key, so no byte of it is ever plaintext. Before a backup reports success it is reopened
and checked: integrity, cipher integrity, row counts and the audit chain."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casefile.errors import (
    BackupDamaged,
    BackupFailed,
    CasefileError,
    DiskFull,
    FolderNotEmpty,
)
from casefile.storage import database, keys
from casefile.storage.failures import domain_error, no_space
from casefile.storage.files import atomic_write
from casefile.storage.repositories import audit as audit_repo

MAGIC = b"CASEFILE-BACKUP\n"
FORMAT = 1
SUFFIX = ".cfbak"
STATUS_FILE = "backup-status.json"
CHUNK = 1024 * 1024
Progress = Callable[[int, int], None]
ChainCheck = Callable[[database.Connection], bool]  # the audit chain in a copy is whole


@dataclass(frozen=True)
class BackupResult:
    path: Path
    created: datetime
    size: int
    tables: dict[str, int]


def table_counts(conn: database.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'notes_fts%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def make_backup(ctx, keyslots_path: Path, target_dir: Path, chain_intact: ChainCheck,
                progress: Progress | None = None, head: tuple[int, str] | None = None
                ) -> BackupResult:
    """Copy, verify and pack; runs on its own connection so a worker thread can call it.
    `chain_intact` is the domain's audit check (storage knows no audit rule). The header
    records the copy's newest event, or `head` (a practice server's: its backup is a
    temporary vault whose log ends in events of its own, see casefile/backups.py)."""
    target_dir = Path(target_dir)
    created = make_private_dirs(target_dir)
    try:
        return _make_backup(ctx, keyslots_path, target_dir, chain_intact, progress, head)
    except BaseException:
        remove_empty_dirs(created)  # a failed backup leaves no empty folder behind
        raise


def make_private_dirs(folder: Path) -> list[Path]:
    """Create `folder` and any missing parents, each 0700; returns those created, deepest
    last. A backup folder holds the whole vault, so only its owner may list it."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    created = []
    try:
        for path in reversed(missing):
            path.mkdir(mode=0o700)
            created.append(path)
    except OSError:
        remove_empty_dirs(created)
        raise BackupFailed() from None
    if not folder.is_dir():
        raise BackupFailed()
    return created


def remove_empty_dirs(created: list[Path]) -> None:
    for path in reversed(created):
        try:
            path.rmdir()
        except OSError:
            break


def _make_backup(ctx, keyslots_path: Path, target_dir: Path, chain_intact: ChainCheck,
                 progress: Progress | None, recorded: tuple[int, str] | None) -> BackupResult:
    now = ctx.clock.now()
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    temp_db = target_dir / f".casefile-backup-{uuid.uuid4().hex}.db"
    key = ctx.database_key()
    source = ctx.open_connection()
    try:
        counts, head = _copy(source, temp_db, key)
        head = recorded or head
        _step(progress, 1)
        _verify_copy(temp_db, key, counts, chain_intact)
        _step(progress, 2)
        out = target_dir / f"casefile-backup-{stamp}{SUFFIX}"
        trust = {"audit_head": {"event_id": head[0], "hash": head[1]},
                 "pins": {k: base64.b64encode(v).decode() for k, v in ctx.pins.items()}}
        size = _pack(out, keyslots_path.read_bytes(), temp_db, ctx.vault_id, now, counts, trust)
        _step(progress, 3)
    except CasefileError:
        raise
    except (OSError, database.Error) as exc:
        if isinstance(domain_error(exc, target_dir), DiskFull) or no_space(target_dir):
            raise DiskFull() from None
        raise BackupFailed() from None
    finally:
        source.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{temp_db}{suffix}").unlink(missing_ok=True)
    return BackupResult(out, now, size, counts)


def _step(progress: Progress | None, done: int) -> None:
    if progress:
        progress(done, 3)


def _copy(source: database.Connection, temp_db: Path, key: bytes
          ) -> tuple[dict[str, int], tuple[int, str]]:
    database.create_private(temp_db)
    target = database.connect(temp_db, key)
    try:
        source.execute("BEGIN")  # one snapshot for the counts and the copy
        counts = table_counts(source)
        head = audit_repo.head(source)  # recorded in the header (see newest_header)
        source.backup(target)
        source.execute("COMMIT")
        database.checkpoint(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with open(temp_db, "rb") as handle:
        if handle.read(16).startswith(b"SQLite format 3"):
            raise BackupFailed()
    return counts, head


def _verify_copy(temp_db: Path, key: bytes, counts: dict[str, int] | None,
                 chain_intact: ChainCheck, failure: type[CasefileError] = BackupFailed
                 ) -> None:
    """The full check, the same for a backup before it reports success and for a restore
    before it reports done: cipher and SQLite integrity, row counts and the audit chain."""
    conn = database.connect(temp_db, key)
    try:
        if database.cipher_problems(conn) or database.integrity_problems(conn):
            raise failure()
        if counts is not None and table_counts(conn) != counts:
            raise failure()
        if not chain_intact(conn):
            raise failure()
    except database.Error:
        raise failure() from None
    finally:
        conn.close()


def _pack(out: Path, slots: bytes, db: Path, vault_id: str, now: datetime,
          counts: dict[str, int], trust: dict) -> int:
    db_hash = hashlib.sha256()
    with open(db, "rb") as handle:
        while piece := handle.read(CHUNK):
            db_hash.update(piece)
    header = {"format": FORMAT, "created": now.isoformat(), "vault_id": vault_id,
              "keyslots_length": len(slots), "keyslots_sha256": hashlib.sha256(slots).hexdigest(),
              "database_length": db.stat().st_size, "database_sha256": db_hash.hexdigest(),
              "tables": counts,  # row counts only: restore checks them again
              **trust}  # the audit head and the pins, for verify to compare against
    temp = out.with_name(f".{out.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as sink, open(db, "rb") as source:
            sink.write(MAGIC + json.dumps(header).encode() + b"\n" + slots)
            shutil.copyfileobj(source, sink, CHUNK)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out.stat().st_size


def newest_header(target_dir: Path | str, vault_id: str) -> dict | None:
    """The header of this vault's newest backup in that folder (the audit head and the
    pins it recorded), read without the rest of the file; None when there is none."""
    try:
        ours = sorted(Path(target_dir).glob(f"casefile-backup-*{SUFFIX}"), reverse=True)
    except OSError:
        return None
    for path in ours:
        try:
            with open(path, "rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    continue
                header = json.loads(handle.readline(64 * 1024))
        except (OSError, ValueError):
            continue
        if isinstance(header, dict) and header.get("vault_id") == vault_id:
            return header
    return None


def pins_in(header: dict) -> dict[str, bytes] | None:
    """The pins a backup header recorded; None for a backup made before pins existed."""
    pins = header.get("pins")
    if not isinstance(pins, dict):
        return None
    try:
        return {str(k): base64.b64decode(v, validate=True) for k, v in pins.items()}
    except (ValueError, TypeError):
        return {}


UPGRADE_DIR = "backups-before-upgrade"


def before_upgrade(ctx, keyslots_path: Path, chain_intact: ChainCheck) -> BackupResult:
    """A verified backup of the vault as it is, taken before any migration runs, inside
    the vault folder (0700; the file is as encrypted as the vault). If it cannot be made,
    nothing is migrated."""
    return make_backup(ctx, keyslots_path, Path(ctx.path) / UPGRADE_DIR, chain_intact)


def backup_times(target_dir: Path) -> list[datetime]:
    """When each of our backups in the folder was made (from its name), oldest first."""
    times = []
    for path in sorted(Path(target_dir).glob(f"casefile-backup-*{SUFFIX}")):
        stamp = path.name[len("casefile-backup-"):-len(SUFFIX)]
        try:
            times.append(datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC))
        except ValueError:
            continue  # not a name we wrote
    return times


def prune(target_dir: Path, keep: int) -> list[Path]:
    """Delete our oldest backups beyond `keep`; names sort by time."""
    ours = sorted(Path(target_dir).glob(f"casefile-backup-*{SUFFIX}"))
    old = ours[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old


def write_status(vault_dir: Path, ok: bool, at: datetime) -> None:
    """Beside the vault, readable before unlock, so a failure is shown again at next start."""
    try:
        atomic_write(Path(vault_dir) / STATUS_FILE,
                     json.dumps({"ok": ok, "at": at.isoformat()}).encode())
    except (OSError, CasefileError):
        pass


def read_status(vault_dir: Path) -> dict | None:
    """{"ok": bool, "at": str}, or None when missing or not of that shape (the file lies
    unencrypted beside the vault, so it is checked before use)."""
    try:
        with open(Path(vault_dir) / STATUS_FILE, "rb") as handle:
            data = json.loads(handle.read(4096))
    except (OSError, ValueError, RecursionError):
        return None
    if not (isinstance(data, dict) and type(data.get("ok")) is bool
            and isinstance(data.get("at"), str) and len(data["at"]) <= 64):
        return None
    return {"ok": data["ok"], "at": data["at"]}


# -- restore ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    header: dict
    slots: bytes
    db_offset: int


MAX_KEYSLOTS = 1024 * 1024  # a key file of a thousand users is a few hundred KiB
_HEADER_TYPES = {"format": int, "created": str, "vault_id": str, "keyslots_length": int,
                 "keyslots_sha256": str, "database_length": int, "database_sha256": str}


def _checked_header(line: bytes) -> dict:
    """The header comes from outside: types and sizes are checked before any is used."""
    header = json.loads(line)
    if not isinstance(header, dict) or any(type(header.get(k)) is not t
                                           for k, t in _HEADER_TYPES.items()):
        raise ValueError("header")
    if not 0 < header["keyslots_length"] <= MAX_KEYSLOTS or header["database_length"] < 0:
        raise ValueError("lengths")
    return header


def read_backup(path: Path) -> _Parts:
    """Parse and check a backup file's structure and hashes; BackupDamaged otherwise."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BackupDamaged()
            header = _checked_header(handle.readline(64 * 1024))
            slots = handle.read(header["keyslots_length"])
            db_offset = handle.tell()
            db_hash, length = hashlib.sha256(), 0
            while piece := handle.read(CHUNK):
                db_hash.update(piece)
                length += len(piece)
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        raise BackupDamaged() from None
    if (header.get("format") != FORMAT
            or hashlib.sha256(slots).hexdigest() != header.get("keyslots_sha256")
            or length != header.get("database_length")
            or db_hash.hexdigest() != header.get("database_sha256")):
        raise BackupDamaged()
    return _Parts(header, slots, db_offset)


def _counts_of(header: dict) -> dict[str, int] | None:
    """The row counts the backup recorded (backups before counts were kept have none)."""
    tables = header.get("tables")
    if tables is None:
        return None
    if not isinstance(tables, dict) or any(type(v) is not int for v in tables.values()):
        raise BackupDamaged()
    return tables


def restore_files(backup: Path, target_dir: Path, unwrap: Callable[[keys.KeySlots], bytes],
                  chain_for: Callable[[bytes, str], ChainCheck],
                  progress: Callable[[int, int], None] | None = None) -> None:
    """Check the backup, unwrap its key (before writing anything), then write a new vault
    folder, and run the backup's full check on it before anything is reported done
    (`chain_for(key, vault_id)` is the domain's audit check). A target that exists and is
    not empty is refused; a refused restore leaves nothing behind. `progress(done, 4)` after
    each step: read, unwrapped, copied, verified."""
    step = progress or (lambda done, total: None)
    target_dir = Path(target_dir)
    if target_dir.exists() and (not target_dir.is_dir() or any(target_dir.iterdir())):
        raise FolderNotEmpty()
    parts = read_backup(backup)
    step(1, 4)
    staging = target_dir.with_name(f".{target_dir.name}.restoring")
    try:
        slots_path = staging / keys.KEYSLOTS
        staging.mkdir(mode=0o700, parents=True)
        atomic_write(slots_path, parts.slots)
        slots = keys.KeySlots.load(slots_path)
        db_key = unwrap(slots)
        step(2, 4)
        db_path = staging / database.DB_NAME
        fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as sink, open(backup, "rb") as source:
            source.seek(parts.db_offset)
            shutil.copyfileobj(source, sink, CHUNK)
            sink.flush()
            os.fsync(sink.fileno())
        step(3, 4)
        _verify_copy(db_path, db_key, _counts_of(parts.header),
                     chain_for(db_key, slots.vault_id), BackupDamaged)
        step(4, 4)
        with open(db_path, "rb") as handle:
            slots.db_salt = handle.read(16).hex()
        slots.save(slots_path)
        if target_dir.exists():
            target_dir.rmdir()
        staging.rename(target_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
