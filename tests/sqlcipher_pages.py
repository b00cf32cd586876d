"""Decrypts every page of a SQLCipher 4 file (a database, its -wal, or the database inside
a backup) with the vault's raw key, independently of SQLCipher itself.

The format (SQLCipher 4 defaults, checked against its source, src/sqlcipher.c): 4096-byte
pages with an 80-byte reserve at the end of each, holding a 16-byte IV and a 64-byte
HMAC-SHA512. A raw key given as x'..' is the AES-256 key itself (no KDF); the HMAC key is
PBKDF2-HMAC-SHA512 over that key with the file's salt XOR 0x3a, 2 iterations, 32 bytes.
The page data (from byte 16 on the first page, whose first 16 bytes are the salt) is
AES-256-CBC encrypted; the HMAC covers that ciphertext and the IV, then the page number as
4 little-endian bytes. Free pages are encrypted pages too, so every page of the file is
decrypted here, used or not, and each page's HMAC is checked first: a page that does not
verify fails loudly instead of reading as noise."""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


class PageDoesNotVerify(AssertionError):
    pass


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


def decrypt_page(raw: bytes, pgno: int, key: bytes, salt: bytes) -> bytes:
    """The plaintext page (the first page's salt replaced by SQLite's header magic)."""
    assert len(raw) == PAGE
    start = SALT if pgno == 1 else 0
    end = PAGE - RESERVE
    iv = raw[end:end + IV]
    tag = hmac.new(_hmac_key(key, salt), raw[start:end + IV] + struct.pack("<I", pgno),
                   hashlib.sha512).digest()
    if not hmac.compare_digest(tag, raw[end + IV:end + IV + 64]):
        raise PageDoesNotVerify(f"page {pgno}")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(raw[start:end]) + decryptor.finalize()
    return (b"SQLite format 3\x00" if pgno == 1 else b"") + plain


def database_pages(data: bytes, key: bytes) -> Iterator[tuple[int, bytes]]:
    """Every page of a database file, free pages included."""
    assert len(data) % PAGE == 0, "a SQLCipher file is whole pages"
    salt = data[:SALT]
    for index in range(len(data) // PAGE):
        yield index + 1, decrypt_page(data[index * PAGE:(index + 1) * PAGE], index + 1, key,
                                      salt)


def wal_pages(wal: bytes, key: bytes, salt: bytes) -> Iterator[tuple[int, bytes]]:
    """Every whole frame of a WAL, replayed or not (old frames after a reset included)."""
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(wal):
        pgno = struct.unpack(">I", wal[offset:offset + 4])[0]
        raw = wal[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE]
        if pgno:
            yield pgno, decrypt_page(raw, pgno, key, salt)
        offset += FRAME_HEADER + PAGE


def all_plaintext(folder: Path, key: bytes) -> bytes:
    """The decrypted pages of casefile.db and its -wal, concatenated."""
    db = (Path(folder) / "casefile.db").read_bytes()
    out = [page for _, page in database_pages(db, key)]
    wal = Path(folder) / "casefile.db-wal"
    if wal.exists():
        out += [page for _, page in wal_pages(wal.read_bytes(), key, db[:SALT])]
    return b"".join(out)


def backup_plaintext(backup_file: Path, key: bytes) -> bytes:
    """The decrypted pages of the database inside a Casefile backup file."""
    from casefile.storage.backup import read_backup

    parts = read_backup(backup_file)
    with open(backup_file, "rb") as handle:
        handle.seek(parts.db_offset)
        data = handle.read()
    return b"".join(page for _, page in database_pages(data, key))


def pages_containing(folder: Path, key: bytes, needle: bytes) -> list[int]:
    """Page numbers of casefile.db whose plaintext holds `needle` (to aim damage)."""
    db = (Path(folder) / "casefile.db").read_bytes()
    return [n for n, page in database_pages(db, key) if needle in page]
