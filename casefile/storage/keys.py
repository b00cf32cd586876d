"""Key slots: the database key wrapped once per user (Argon2id over the passphrase, then
AES-256-GCM) and once by a recovery key. Associated data binds each slot to its vault, its
id, its kind and its KDF parameters, so a slot cannot be moved or downgraded.

A slot may be *bound to this computer*: its wrapping key then also mixes a random secret kept
in the OS keyring, so the files and the passphrase alone do not open it."""

from __future__ import annotations

import base64
import json
import os
import secrets as random
import unicodedata
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefile.errors import (
    KeyringSecretMissing,
    KeyringUnavailable,
    KeyslotsDamaged,
    KeyslotsMissing,
    MalformedRecoveryKey,
    WrongPassphrase,
    WrongRecoveryKey,
    WrongVault,
)
from casefile.storage.files import atomic_write

FORMAT = 1
RECOVERY_SLOT = "recovery"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 262144
    iterations: int = 3
    lanes: int = 4


DEFAULT_KDF = KdfParams()
CHEAP_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)


def generate_database_key() -> bytes:
    return os.urandom(32)


# -- recovery keys: 150 random bits in bech32's alphabet, with bech32's checksum, which
#    catches any error in up to four characters before the KDF runs ---------------------

_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_DATA_CHARS = 30
_GROUP = 4
_HRP = "casefile"


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if (top >> i) & 1 else 0
    return check


def _expanded_hrp() -> list[int]:
    return [ord(c) >> 5 for c in _HRP] + [0] + [ord(c) & 31 for c in _HRP]


def _checksum(data: list[int]) -> list[int]:
    mod = _polymod(_expanded_hrp() + data + [0] * 6) ^ 1
    return [(mod >> 5 * (5 - i)) & 31 for i in range(6)]


def generate_recovery_key() -> str:
    data = [random.randbelow(32) for _ in range(_DATA_CHARS)]
    chars = "".join(_ALPHABET[v] for v in data + _checksum(data)).upper()
    return "-".join(chars[i:i + _GROUP] for i in range(0, len(chars), _GROUP))


def normalise_recovery_key(text: str) -> bytes:
    """The key's canonical bytes; MalformedRecoveryKey on a typo, before any KDF runs."""
    cleaned = "".join(c for c in text.lower() if c not in " -\t\n").replace("o", "0")
    if len(cleaned) != _DATA_CHARS + 6 or any(c not in _ALPHABET for c in cleaned):
        raise MalformedRecoveryKey()
    values = [_ALPHABET.index(c) for c in cleaned]
    if _polymod(_expanded_hrp() + values) != 1:
        raise MalformedRecoveryKey()
    return cleaned[:_DATA_CHARS].encode()


# -- slots -------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyslotsDamaged()
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise KeyslotsDamaged() from None


def _derive(secret: bytes, salt: bytes, kdf: KdfParams, mixin: bytes = b"") -> bytes:
    stretched = Argon2id(salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes,
                         memory_cost=kdf.memory_kib).derive(secret)
    return HKDF(hashes.SHA256(), 32, salt=salt, info=b"casefile slot wrap v1").derive(
        stretched + mixin)


def _passphrase_bytes(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


class KeySlots:
    """The in-memory form of keyslots.json."""

    def __init__(self, vault_id: str, slots: list[dict], db_salt: str | None = None) -> None:
        self._vault_id = vault_id
        self._slots = slots
        # SQLCipher's per-file salt (the database's first 16 bytes, not secret): tells a
        # database of another vault from a damaged one before any key is tried.
        self.db_salt = db_salt

    def __repr__(self) -> str:
        return f"KeySlots(vault_id={self._vault_id!r}, slots={self.slot_ids()!r})"

    @classmethod
    def new(cls, vault_id: str) -> KeySlots:
        return cls(vault_id, [])

    @classmethod
    def load(cls, path: Path, expected_vault_id: str | None = None) -> KeySlots:
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise KeyslotsMissing() from None
        except OSError:
            raise KeyslotsDamaged() from None
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise KeyslotsDamaged() from None
        slots = cls._validated(data)
        if expected_vault_id is not None and data["vault_id"] != expected_vault_id:
            raise WrongVault()
        salt = data.get("db_salt")
        return cls(data["vault_id"], slots, salt if isinstance(salt, str) else None)

    @staticmethod
    def _validated(data: object) -> list[dict]:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyslotsDamaged()
        if not isinstance(data.get("vault_id"), str) or not isinstance(data.get("slots"), list):
            raise KeyslotsDamaged()
        required = {"id": str, "kind": str, "kdf": dict, "salt": str, "nonce": str,
                    "wrapped": str, "bound": bool}
        for slot in data["slots"]:
            if not isinstance(slot, dict) or any(not isinstance(slot.get(k), t)
                                                 for k, t in required.items()):
                raise KeyslotsDamaged()
        return data["slots"]

    def save(self, path: Path) -> None:
        body = {"format": FORMAT, "vault_id": self._vault_id, "db_salt": self.db_salt,
                "slots": self._slots}
        atomic_write(Path(path), json.dumps(body, indent=1).encode())

    @property
    def vault_id(self) -> str:
        return self._vault_id

    def slot_ids(self) -> list[str]:
        return [s["id"] for s in self._slots]

    def user_slot_ids(self) -> list[str]:
        return [s["id"] for s in self._slots if s["kind"] == "user"]

    def has_slot(self, slot_id: str) -> bool:
        return self._find(slot_id) is not None

    def is_bound(self, slot_id: str) -> bool:
        slot = self._find(slot_id)
        return bool(slot and slot["bound"])

    # -- adding and removing --------------------------------------------------------------

    def add_user_slot(self, slot_id: str, passphrase: str, db_key: bytes, *,
                      kdf: KdfParams | None = None, bind_to=None) -> None:
        self._put(slot_id, "user", _passphrase_bytes(passphrase), db_key, kdf, bind_to)

    def rewrap_user(self, slot_id: str, new_passphrase: str, db_key: bytes, *,
                    kdf: KdfParams | None = None, bind_to=None) -> None:
        self.add_user_slot(slot_id, new_passphrase, db_key, kdf=kdf, bind_to=bind_to)

    def add_recovery_slot(self, db_key: bytes, *, kdf: KdfParams | None = None) -> str:
        key = generate_recovery_key()
        self._put(RECOVERY_SLOT, "recovery", normalise_recovery_key(key), db_key, kdf, None)
        return key

    def remove_slot(self, slot_id: str, secrets=None) -> None:
        slot = self._find(slot_id)
        if slot is None:
            return
        self._slots.remove(slot)
        if slot["bound"] and secrets is not None:
            secrets.delete(self._secret_name(slot_id))

    def _put(self, slot_id: str, kind: str, secret: bytes, db_key: bytes,
             kdf: KdfParams | None, bind_to) -> None:
        kdf = kdf or DEFAULT_KDF
        mixin = b""
        if bind_to is not None:
            reason = bind_to.unavailable_reason()
            if reason is not None:
                raise KeyringUnavailable()
            mixin = os.urandom(32)
        salt, nonce = os.urandom(16), os.urandom(12)
        slot = {"id": slot_id, "kind": kind, "kdf": {"alg": "argon2id", **asdict(kdf)},
                "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": "",
                "bound": bind_to is not None, "created": datetime.now(UTC).isoformat()}
        wrapping = _derive(secret, salt, kdf, mixin)
        slot["wrapped"] = _b64(AESGCM(wrapping).encrypt(nonce, db_key, self._ad(slot)))
        if bind_to is not None:
            bind_to.put(self._secret_name(slot_id), mixin)
        existing = self._find(slot_id)
        if existing is not None:
            self._slots[self._slots.index(existing)] = slot
        else:
            self._slots.append(slot)

    # -- unwrapping -----------------------------------------------------------------------

    def unwrap_user(self, slot_id: str, passphrase: str, secrets=None) -> bytes:
        slot = self._find(slot_id)
        if slot is None or slot["kind"] != "user":
            raise WrongPassphrase()
        mixin = b""
        if slot["bound"]:
            found = None if secrets is None else secrets.get(self._secret_name(slot_id))
            if found is None:
                raise KeyringSecretMissing()
            mixin = found
        key = self._open(slot, _passphrase_bytes(passphrase), mixin)
        if key is None:
            raise WrongPassphrase()
        return key

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        secret = normalise_recovery_key(recovery_key)
        slot = self._find(RECOVERY_SLOT)
        key = None if slot is None else self._open(slot, secret, b"")
        if key is None:
            raise WrongRecoveryKey()
        return key

    def _open(self, slot: dict, secret: bytes, mixin: bytes) -> bytes | None:
        params = {k: v for k, v in slot["kdf"].items() if k != "alg"}
        try:
            kdf = KdfParams(**params)
            wrapping = _derive(secret, _unb64(slot["salt"]), kdf, mixin)
            return AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                            self._ad(slot))
        except InvalidTag:
            return None
        except (TypeError, ValueError):
            raise KeyslotsDamaged() from None

    def _ad(self, slot: dict) -> bytes:
        bound = {"vault_id": self._vault_id, "id": slot["id"], "kind": slot["kind"],
                 "kdf": slot["kdf"], "bound": slot["bound"]}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def _find(self, slot_id: str) -> dict | None:
        return next((s for s in self._slots if s["id"] == slot_id), None)

    def _secret_name(self, slot_id: str) -> str:
        return f"{self._vault_id}:{slot_id}"
