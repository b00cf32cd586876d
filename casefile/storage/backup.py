"""Encrypted, verified backups in one file, and restore into a new folder.

A backup file is: a magic line; a JSON header line (format, time, vault id, lengths and the
SHA-256 of both parts: no personal data); the key slots; the database. The database is a
consistent copy made with SQLite's backup API into a SQLCipher file keyed with the vault's
own key, so no byte of it is ever plaintext. Before a backup reports success it is reopened
and checked: integrity, cipher integrity, row counts and the audit chain."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from casefile.errors import BackupDamaged, BackupFailed, CasefileError, FolderNotEmpty
from casefile.storage import database, keys
from casefile.storage.files import atomic_write

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
                progress: Progress | None = None) -> BackupResult:
    """Copy, verify and pack; runs on its own connection so a worker thread can call it.
    `chain_intact` is the domain's audit check (storage knows no audit rule)."""
    target_dir = Path(target_dir)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise BackupFailed() from None
    now = ctx.clock.now()
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    temp_db = target_dir / f".casefile-backup-{uuid.uuid4().hex}.db"
    key = ctx.database_key()
    source = ctx.open_connection()
    try:
        counts = _copy(source, temp_db, key)
        _step(progress, 1)
        _verify_copy(temp_db, key, counts, chain_intact)
        _step(progress, 2)
        out = target_dir / f"casefile-backup-{stamp}{SUFFIX}"
        size = _pack(out, keyslots_path.read_bytes(), temp_db, ctx.vault_id, now)
        _step(progress, 3)
    except CasefileError:
        raise
    except (OSError, database.Error):
        raise BackupFailed() from None
    finally:
        source.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{temp_db}{suffix}").unlink(missing_ok=True)
    return BackupResult(out, now, size, counts)


def _step(progress: Progress | None, done: int) -> None:
    if progress:
        progress(done, 3)


def _copy(source: database.Connection, temp_db: Path, key: bytes) -> dict[str, int]:
    database.create_private(temp_db)
    target = database.connect(temp_db, key)
    try:
        source.execute("BEGIN")  # one snapshot for the counts and the copy
        counts = table_counts(source)
        source.backup(target)
        source.execute("COMMIT")
        database.checkpoint(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with open(temp_db, "rb") as handle:
        if handle.read(16).startswith(b"SQLite format 3"):
            raise BackupFailed()
    return counts


def _verify_copy(temp_db: Path, key: bytes, counts: dict[str, int],
                 chain_intact: ChainCheck) -> None:
    conn = database.connect(temp_db, key)
    try:
        if database.integrity_problems(conn) or database.cipher_problems(conn):
            raise BackupFailed()
        if table_counts(conn) != counts:
            raise BackupFailed()
        if not chain_intact(conn):
            raise BackupFailed()
    finally:
        conn.close()


def _pack(out: Path, slots: bytes, db: Path, vault_id: str, now: datetime) -> int:
    db_hash = hashlib.sha256()
    with open(db, "rb") as handle:
        while piece := handle.read(CHUNK):
            db_hash.update(piece)
    header = {"format": FORMAT, "created": now.isoformat(), "vault_id": vault_id,
              "keyslots_length": len(slots), "keyslots_sha256": hashlib.sha256(slots).hexdigest(),
              "database_length": db.stat().st_size, "database_sha256": db_hash.hexdigest()}
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
    try:
        data = json.loads((Path(vault_dir) / STATUS_FILE).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


# -- restore ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    header: dict
    slots: bytes
    db_offset: int


def read_backup(path: Path) -> _Parts:
    """Parse and check a backup file's structure and hashes; BackupDamaged otherwise."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BackupDamaged()
            header = json.loads(handle.readline(64 * 1024))
            slots = handle.read(int(header["keyslots_length"]))
            db_offset = handle.tell()
            db_hash, length = hashlib.sha256(), 0
            while piece := handle.read(CHUNK):
                db_hash.update(piece)
                length += len(piece)
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupDamaged() from None
    if (header.get("format") != FORMAT
            or hashlib.sha256(slots).hexdigest() != header.get("keyslots_sha256")
            or length != header.get("database_length")
            or db_hash.hexdigest() != header.get("database_sha256")):
        raise BackupDamaged()
    return _Parts(header, slots, db_offset)


def restore_files(backup: Path, target_dir: Path, unwrap: Callable[[keys.KeySlots], bytes]
                  ) -> None:
    """Check the backup, unwrap its key (before writing anything), then write a new vault
    folder. A target that exists and is not empty is refused."""
    target_dir = Path(target_dir)
    if target_dir.exists() and (not target_dir.is_dir() or any(target_dir.iterdir())):
        raise FolderNotEmpty()
    parts = read_backup(backup)
    staging = target_dir.with_name(f".{target_dir.name}.restoring")
    try:
        slots_path = staging / keys.KEYSLOTS
        staging.mkdir(mode=0o700, parents=True)
        atomic_write(slots_path, parts.slots)
        slots = keys.KeySlots.load(slots_path)
        unwrap(slots)
        db_path = staging / database.DB_NAME
        fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as sink, open(backup, "rb") as source:
            source.seek(parts.db_offset)
            shutil.copyfileobj(source, sink, CHUNK)
            sink.flush()
            os.fsync(sink.fileno())
        with open(db_path, "rb") as handle:
            slots.db_salt = handle.read(16).hex()
        slots.save(slots_path)
        if target_dir.exists():
            target_dir.rmdir()
        staging.rename(target_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
