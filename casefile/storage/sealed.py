"""Client-side encryption for the practice server (DESIGN section 10): the server stores
what this module seals and never sees a key.

Each personal field is sealed with AES-256-GCM under a key derived (HKDF-SHA256) from the
practice's data key for its table and column, with table, column and row id as associated
data: a value copied into another row or column no longer opens. The plaintext is padded
to a multiple of 16 bytes first, so a ciphertext's length tells a name's length only
roughly.

Note search works through blind indexes: for each distinct folded word of a note a keyed
HMAC-SHA256, truncated to 64 bits, and one for each word's first three letters (the
prefix the local FTS5 index keeps, casefile/search.py PREFIX_INDEX). The client computes
the same tokens for a query. What this leaks to whoever reads the server: notes sharing a
word (or a three-letter prefix) share a token, so they are linkable, and a note's number
of distinct words and prefixes is visible; not the words themselves."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefile.errors import DatabaseDamaged
from casefile.storage.database import fold

VERSION = b"\x01"  # the first byte of every sealed value: the format, for a later change
PREFIX = 3  # letters of a word the prefix token covers, as the local index does
_NONCE = 12
_BLOCK = 16
_WORD = re.compile(r"\w+", re.UNICODE)


class Sealer:
    """Seals and opens the fields of one practice, and makes its blind-index tokens."""

    def __init__(self, data_key: bytes, practice_id: str) -> None:
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self._key = data_key
        self._salt = practice_id.encode()
        self._columns: dict[tuple[str, str], AESGCM] = {}
        self._index_key = self._derive(b"casefile blind index v1")

    def __repr__(self) -> str:
        return "Sealer(...)"  # never the key

    # -- fields ---------------------------------------------------------------------------

    def seal(self, table: str, column: str, row_id: int, value: bytes | str, *,
             part: int | str | None = None) -> bytes:
        """`part` names a piece of the row's value beside its id (a document's chunk by
        its number, a setting by its key), bound into the associated data with them."""
        data = value.encode("utf-8") if isinstance(value, str) else bytes(value)
        nonce = os.urandom(_NONCE)
        box = self._column(table, column).encrypt(nonce, _pad(data),
                                                  _bound(table, column, row_id, part))
        return VERSION + nonce + box

    def open(self, table: str, column: str, row_id: int, sealed: bytes, *,
             part: int | str | None = None) -> bytes:
        """The plaintext; DatabaseDamaged when the value was altered, moved or not ours."""
        sealed = bytes(sealed)
        if len(sealed) < 1 + _NONCE + _BLOCK + 16 or sealed[:1] != VERSION:
            raise DatabaseDamaged()
        nonce, box = sealed[1:1 + _NONCE], sealed[1 + _NONCE:]
        try:
            padded = self._column(table, column).decrypt(
                nonce, box, _bound(table, column, row_id, part))
        except InvalidTag:
            raise DatabaseDamaged() from None
        return _unpad(padded)

    def open_text(self, table: str, column: str, row_id: int, sealed: bytes, *,
                  part: int | str | None = None) -> str:
        return self.open(table, column, row_id, sealed, part=part).decode("utf-8")

    # -- blind indexes --------------------------------------------------------------------

    def word_token(self, word: str) -> int:
        """The token of one whole (folded) word."""
        return self._token(b"w", fold(word))

    def prefix_token(self, word: str) -> int:
        """The token of a word's first PREFIX letters (folded)."""
        return self._token(b"p", fold(word)[:PREFIX])

    def note_tokens(self, text: str) -> set[int]:
        """Every token a note's text is found by: each distinct word, and the prefix of
        each word at least PREFIX letters long."""
        tokens = set()
        for word in set(_WORD.findall(fold(text))):
            tokens.add(self.word_token(word))
            if len(word) >= PREFIX:
                tokens.add(self.prefix_token(word))
        return tokens

    # -- keys -----------------------------------------------------------------------------

    def _column(self, table: str, column: str) -> AESGCM:
        found = self._columns.get((table, column))
        if found is None:
            info = b"casefile column v1\x00" + _bound(table, column, 0)
            found = self._columns[(table, column)] = AESGCM(self._derive(info))
        return found

    def _derive(self, info: bytes) -> bytes:
        return HKDF(hashes.SHA256(), 32, salt=self._salt, info=info).derive(self._key)

    def _token(self, kind: bytes, word: str) -> int:
        digest = hmac.new(self._index_key, kind + b"\x00" + word.encode("utf-8"),
                          hashlib.sha256).digest()
        return struct.unpack(">q", digest[:8])[0]  # a signed 64-bit int: a bigint column


def words(text: str) -> list[str]:
    """The folded words of a text, as the blind index splits it."""
    return _WORD.findall(fold(text))


def _bound(table: str, column: str, row_id: int, part: int | str | None = None) -> bytes:
    """Table, column and row id (and the part, when given), length-prefixed so no two
    tuples give the same bytes; a value without a part binds exactly the three, as
    before parts existed."""
    parts = [table.encode(), column.encode(), str(int(row_id)).encode()]
    if part is not None:
        parts.append(str(part).encode())
    return b"".join(struct.pack(">H", len(p)) + p for p in parts)


def _pad(data: bytes) -> bytes:
    # ISO/IEC 7816-4: a 0x80 byte, then zeros up to the next block
    filler = _BLOCK - len(data) % _BLOCK
    return data + b"\x80" + bytes(filler - 1)


def _unpad(padded: bytes) -> bytes:
    end = padded.rstrip(b"\x00")
    if not end.endswith(b"\x80"):
        raise DatabaseDamaged()
    return end[:-1]
