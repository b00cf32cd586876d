"""SQLCipher page checks that need the key but no connection (so they cannot write).

Proof that a `casefile.db-wal` belongs to the database beside it, before SQLite sees it.

SQLite folds a WAL into the database when the last connection closes, whether or not that
WAL came from this database. A stray WAL (another vault's, or an older one restored file by
file) would so overwrite good pages on a failed open. Every frame SQLite would use is
therefore checked first: its header checksums (the frames SQLite itself would read) and
SQLCipher's HMAC-SHA512 of its page, keyed from this database's key and salt, so a frame
written under another key or salt is refused before any connection opens."""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path

from casefile.errors import StrayWal

PAGE_SIZE = 4096  # SQLCipher 4 default, which Casefile never changes
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = 80  # IV and HMAC rounded up to the AES block
SALT_SIZE = 16
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITER = 2
_WAL_HEADER = 32
_FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)


def hmac_key(key: bytes | bytearray, salt: bytes) -> bytes:
    """SQLCipher's page HMAC key for a raw key: PBKDF2-HMAC-SHA512 over the key with the
    database salt XOR 0x3a, two iterations."""
    mask = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", bytes(key), mask, FAST_KDF_ITER, 32)


def page_hmac_ok(page: bytes, pgno: int, mac_key: bytes) -> bool:
    """True when the page's stored HMAC matches (the first page's salt is not covered)."""
    start = SALT_SIZE if pgno == 1 else 0
    end = PAGE_SIZE - RESERVE + IV_SIZE
    expected = hmac.new(mac_key, page[start:end] + struct.pack("<I", pgno),
                        hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[end:end + HMAC_SIZE])


def salt_damaged(db_path: Path, key: bytes | bytearray, expected_salt: bytes) -> bool:
    """True when the database's own salt bytes are damaged: its first pages carry valid
    HMACs under the salt the key file remembers. A database of another vault does not."""
    try:
        with open(db_path, "rb") as handle:
            head = handle.read(2 * PAGE_SIZE)
    except OSError:
        return False
    mac_key = hmac_key(key, expected_salt)
    return any(page_hmac_ok(head[i * PAGE_SIZE:(i + 1) * PAGE_SIZE], i + 1, mac_key)
               for i in range(len(head) // PAGE_SIZE))


def has_frames(db_path: Path) -> bool:
    try:
        return Path(f"{db_path}-wal").stat().st_size > _WAL_HEADER
    except OSError:
        return False


def check_wal(db_path: Path, key: bytes | bytearray) -> None:
    """Raise StrayWal unless every frame SQLite would replay is this database's."""
    wal = Path(f"{db_path}-wal")
    try:
        with open(wal, "rb") as handle:
            data = handle.read()
        with open(db_path, "rb") as handle:
            salt = handle.read(SALT_SIZE)
    except FileNotFoundError:
        return
    except OSError:
        raise StrayWal(name=wal.name) from None
    if len(data) < _WAL_HEADER:
        return  # SQLite ignores (and resets) a WAL without a whole header
    mac_key = hmac_key(key, salt)
    try:
        # Fast path first: every frame of this WAL generation carries our HMAC. Only when
        # one does not is the checksum chain walked (slow in Python, ~0.3 s per 1,000
        # frames), to tell a torn tail SQLite ignores from a frame it would replay.
        if all(page_hmac_ok(page, pgno, mac_key) for pgno, page in _frames(data, False)):
            return
        frames = _frames(data, True)
    except ValueError:
        raise StrayWal(name=wal.name) from None
    for pgno, page in frames:
        if not page_hmac_ok(page, pgno, mac_key):
            raise StrayWal(name=wal.name)


def _frames(data: bytes, checked: bool) -> list[tuple[int, bytes]]:
    """With `checked`, the frames SQLite would replay: matching salts and an unbroken
    checksum chain up to the last commit frame (a torn tail from a crash is ignored, as
    SQLite ignores it). Without, every whole frame with this generation's salts."""
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(
        ">8I", data[:_WAL_HEADER])
    if magic not in _MAGIC:
        return []
    if page_size != PAGE_SIZE:
        raise ValueError("a page size Casefile never writes")
    big_endian = magic & 1
    s1, s2 = _checksum(data[:24], 0, 0, big_endian) if checked else (c1, c2)
    if (s1, s2) != (c1, c2):
        return []
    frames, pending = [], []
    offset = _WAL_HEADER
    while offset + _FRAME_HEADER + PAGE_SIZE <= len(data):
        header = data[offset:offset + _FRAME_HEADER]
        pgno, commit_size, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", header)
        page = data[offset + _FRAME_HEADER:offset + _FRAME_HEADER + PAGE_SIZE]
        if (f_salt1, f_salt2) != (salt1, salt2) or pgno == 0:
            break
        if checked:
            s1, s2 = _checksum(header[:8], s1, s2, big_endian)
            s1, s2 = _checksum(page, s1, s2, big_endian)
            if (s1, s2) != (f1, f2):
                break
        pending.append((pgno, page))
        if commit_size or not checked:
            frames += pending
            pending = []
        offset += _FRAME_HEADER + PAGE_SIZE
    return frames


def _checksum(data: bytes, s1: int, s2: int, big_endian: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2
