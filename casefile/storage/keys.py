"""Key slots: the database key wrapped once per user (Argon2id over the passphrase, then
AES-256-GCM) and once by a recovery key. Associated data binds each slot to its vault, its
id, its kind and its KDF parameters, so a slot cannot be moved or downgraded.

A slot may be *bound to this computer*: its wrapping key then also mixes a random secret kept
in the OS keyring, so the files and the passphrase alone do not open it."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets as random
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefile.errors import (
    KdfUnusual,
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

if TYPE_CHECKING:
    from casefile.storage.secrets import SecretStore

KEYSLOTS = "keyslots.json"  # the key file's name inside a vault folder
FORMAT = 1
RECOVERY_SLOT = "recovery"
KINDS = ("user", "recovery")


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 262144
    iterations: int = 3
    lanes: int = 4


DEFAULT_KDF = KdfParams()
CHEAP_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
# The practice server's login password (storage/server.py): fixed for good, because it is
# derived before anything can be read from the server; a change would lock everyone out.
LOGIN_KDF = KdfParams(memory_kib=262144, iterations=3, lanes=4)

# Bounds on parameters read from a file: a tampered keyslots.json must not make unlock
# allocate gigabytes or spin for minutes before the tag check refuses it. 1 GiB and t=10
# are about four times what Casefile itself ever writes.
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = 10
_MAX_LANES = 64


AUDIT_LABEL = b"casefile audit chain v1"


def derive_key(db_key: bytes, vault_id: str, label: bytes) -> bytes:
    """A key for one purpose (the audit chain, ...), derived from the database key."""
    return HKDF(hashes.SHA256(), 32, salt=vault_id.encode(), info=label).derive(db_key)


def generate_database_key() -> bytes:
    return os.urandom(32)


def generate_signing_key() -> bytes:
    """A user's raw Ed25519 private key: it signs their audit events and, for an admin,
    role statements. It lives only wrapped in its owner's slot."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())


def signing_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class Unwrapped:
    """What one slot opens: the shared database key and the slot owner's own signing key
    (None in a slot written before signing keys existed, unless `ensure_signing` added one;
    then `signing_added` says keyslots.json must be saved)."""

    database_key: bytes
    signing_key: bytes | None = field(default=None, repr=False)
    signing_added: bool = False


# -- recovery keys: 150 random bits in bech32's alphabet, with bech32's checksum, which
#    catches any error in up to four characters before the KDF runs. The alphabet has no
#    1, b, i or o, so what a reader mistakes for them maps back (o->0, i/1->l). -----------

_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_DATA_CHARS = 30
_GROUP = 4
_HRP = "casefile"
_CONFUSABLE = str.maketrans({"o": "0", "i": "l", "1": "l"})


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
    cleaned = "".join(c for c in text.lower() if not c.isspace() and c not in "-_.")
    cleaned = cleaned.translate(_CONFUSABLE)
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


def _kdf_of(slot: dict) -> KdfParams:
    """The slot's KDF parameters: KeyslotsDamaged when malformed, KdfUnusual when out of
    bounds (see _MAX_MEMORY_KIB), before any KDF runs."""
    params = slot["kdf"]
    if set(params) != {"alg", "memory_kib", "iterations", "lanes"} or params["alg"] != "argon2id":
        raise KeyslotsDamaged()
    values = [params[k] for k in ("memory_kib", "iterations", "lanes")]
    if any(type(v) is not int for v in values):
        raise KeyslotsDamaged()
    kdf = KdfParams(*values)
    if not (1 <= kdf.lanes <= _MAX_LANES and 1 <= kdf.iterations <= _MAX_ITERATIONS
            and 8 * kdf.lanes <= kdf.memory_kib <= _MAX_MEMORY_KIB):
        raise KdfUnusual()
    return kdf


def _digest(fields: dict) -> str:
    """A checksum over a slot (or the file's shared fields), so damaged bytes read as
    damage and not as a wrong passphrase. Not a MAC: it tells damage from a typo; the
    AES-GCM tag is what stops a forgery."""
    body = {k: v for k, v in fields.items() if k != "check"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
                          ).hexdigest()


def _check_matches(fields: dict) -> bool:
    """Files written before checksums existed carry none and are taken as they are."""
    return "check" not in fields or fields["check"] == _digest(fields)


_REQUIRED = {"id": str, "kind": str, "kdf": dict, "salt": str, "nonce": str, "wrapped": str,
             "bound": bool}


_SIGNING_FIELDS = ("sign_public", "sign_nonce", "sign_wrapped")
PINS = ("admin", "recovery")


def _check_slot(slot: object) -> None:
    if not isinstance(slot, dict) or any(not isinstance(slot.get(k), t)
                                         for k, t in _REQUIRED.items()):
        raise KeyslotsDamaged()
    present = [isinstance(slot.get(k), str) for k in _SIGNING_FIELDS]
    if any(present) != all(present) or any(k in slot for k in _SIGNING_FIELDS) != any(present):
        raise KeyslotsDamaged()
    if slot["kind"] not in KINDS or not isinstance(slot.get("keyring_entry", ""), str):
        raise KeyslotsDamaged()
    if set(slot["kdf"]) != {"alg", "memory_kib", "iterations", "lanes"}:
        raise KeyslotsDamaged()


def _validated_pins(pins: object) -> dict[str, str]:
    if not isinstance(pins, dict) or any(k not in PINS or not isinstance(v, str)
                                         for k, v in pins.items()):
        raise KeyslotsDamaged()
    for value in pins.values():
        if len(_unb64(value)) != 32:
            raise KeyslotsDamaged()
    return pins


class KeySlots:
    """The in-memory form of keyslots.json. A slot is found by its id and kind, so a user
    who happens to be called "recovery" can never replace the recovery slot."""

    def __init__(self, vault_id: str, slots: list[dict], db_salt: str | None = None,
                 pins: dict[str, str] | None = None) -> None:
        self._vault_id = vault_id
        self._slots = slots
        # Public keys pinned when signing began (the first admin's, the recovery slot's):
        # the trust anchors role statements and audit signatures are checked against. Every
        # backup carries a copy, so a rewritten file here is found against an older backup.
        self._pins = dict(pins or {})
        # SQLCipher's per-file salt (the database's first 16 bytes, not secret): tells a
        # database of another vault from a damaged one before any key is tried.
        self.db_salt = db_salt
        self._damaged: set[tuple[str, str]] = set()  # (id, kind) of slots that fail their checksum

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
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise KeyslotsDamaged() from None
        slots = cls._validated(data)
        if expected_vault_id is not None and data["vault_id"] != expected_vault_id:
            raise WrongVault()
        # _validated has refused a db_salt that is not None or 32 hex digits
        loaded = cls(data["vault_id"], slots, data.get("db_salt"),
                     _validated_pins(data.get("pins", {})))
        loaded._damaged = {(s["id"], s["kind"]) for s in slots
                           if not _check_matches({**s, "vault_id": data["vault_id"]})}
        return loaded

    @staticmethod
    def _validated(data: object) -> list[dict]:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyslotsDamaged()
        if not isinstance(data.get("vault_id"), str) or not isinstance(data.get("slots"), list):
            raise KeyslotsDamaged()
        salt = data.get("db_salt")
        if salt is not None and not (isinstance(salt, str) and len(salt) == 32
                                     and all(c in "0123456789abcdef" for c in salt)):
            raise KeyslotsDamaged()
        if not _check_matches({k: data.get(k) for k in ("format", "vault_id", "db_salt",
                                                           "check") if k in data}):
            raise KeyslotsDamaged()
        for slot in data["slots"]:
            _check_slot(slot)
        ids = [(s["id"], s["kind"]) for s in data["slots"]]
        if len(set(ids)) != len(ids):
            raise KeyslotsDamaged()
        return data["slots"]

    def save(self, path: Path) -> None:
        for slot in self._slots:
            # A damaged slot keeps its old checksum: saving never launders damage.
            if (slot["id"], slot["kind"]) not in self._damaged:
                slot["check"] = _digest({**slot, "vault_id": self._vault_id})
        body = {"format": FORMAT, "vault_id": self._vault_id, "db_salt": self.db_salt}
        body["check"] = _digest(body)
        body["pins"] = self._pins  # checked on load by their form; a wrong one, by backups
        body["slots"] = self._slots
        atomic_write(Path(path), json.dumps(body, indent=1).encode())

    @property
    def vault_id(self) -> str:
        return self._vault_id

    def slot_ids(self) -> list[str]:
        return [s["id"] for s in self._slots]

    def user_slot_ids(self) -> list[str]:
        return [s["id"] for s in self._slots if s["kind"] == "user"]

    def slot(self, slot_id: str, kind: str = "user") -> dict | None:
        """A copy of one slot as keyslots.json holds it (the practice server stores each
        slot in a row of its own)."""
        found = self._find(slot_id, kind)
        return None if found is None else json.loads(json.dumps(found))

    def has_slot(self, slot_id: str) -> bool:
        return any(s["id"] == slot_id for s in self._slots)

    def pinned(self, name: str) -> bytes | None:
        return _unb64(self._pins[name]) if name in self._pins else None

    def pin(self, name: str, public_key: bytes) -> None:
        """Pin a trust anchor once; a pin is never replaced (that would be a new vault)."""
        if name not in PINS:
            raise ValueError(name)
        self._pins.setdefault(name, _b64(public_key))

    def signing_public(self, slot_id: str) -> bytes | None:
        """The slot owner's public signing key as the file states it (not proof: anyone
        with the database key can write a slot)."""
        slot = self._find(slot_id, "user")
        return _unb64(slot["sign_public"]) if slot and "sign_public" in slot else None

    def is_bound(self, slot_id: str) -> bool:
        slot = self._find(slot_id, "user")
        return bool(slot and slot["bound"])

    # -- adding and removing --------------------------------------------------------------

    def add_user_slot(self, slot_id: str, passphrase: str, db_key: bytes, *,
                      kdf: KdfParams | None = None, bind_to: SecretStore | None = None,
                      signing_key: bytes | None = None) -> None:
        """Add the user's slot, or replace it (that is a rewrap). With `bind_to`, the
        wrapping key also needs a random secret kept in that store. `signing_key` (the
        user's raw Ed25519 key) is wrapped under the same wrapping key."""
        mixin, entry = self._binding(slot_id, bind_to)
        slot = self._wrap(slot_id, "user", _passphrase_bytes(passphrase), db_key, kdf, mixin,
                          signing_key)
        if entry is not None:
            slot["keyring_entry"] = entry
        self._store(slot)

    def rewrap_user(self, slot_id: str, new_passphrase: str, db_key: bytes, *,
                    kdf: KdfParams | None = None, bind_to: SecretStore | None = None,
                    signing_key: bytes | None = None) -> None:
        self.add_user_slot(slot_id, new_passphrase, db_key, kdf=kdf, bind_to=bind_to,
                           signing_key=signing_key)

    def add_recovery_slot(self, db_key: bytes, *, kdf: KdfParams | None = None,
                          signing_key: bytes | None = None) -> str:
        """Add (or replace) the recovery slot; returns the key, which is stored nowhere."""
        key = generate_recovery_key()
        self._store(self._wrap(RECOVERY_SLOT, "recovery", normalise_recovery_key(key), db_key,
                               kdf, b"", signing_key))
        return key

    def remove_slot(self, slot_id: str, secrets: SecretStore | None = None) -> None:
        """Remove the user slot of that id (or the recovery slot, for "recovery")."""
        slot = self._find(slot_id, "user") or self._find(slot_id, "recovery")
        if slot is None:
            return
        self._slots.remove(slot)
        if slot["bound"] and secrets is not None:
            secrets.delete(self._entry(slot))

    def _binding(self, slot_id: str, store: SecretStore | None) -> tuple[bytes, str | None]:
        """The secret to mix in and its keyring entry. A rewrap of a bound slot reuses the
        secret it has: writing a new one would lock the user out of the slot still on disk
        if saving the new keyslots.json then failed."""
        if store is None:
            return b"", None
        if store.unavailable_reason() is not None:
            raise KeyringUnavailable()
        old = self._find(slot_id, "user")
        if old is not None and old["bound"]:
            entry = self._entry(old)
            secret = store.get(entry)
            if secret is not None and len(secret) == 32:
                return secret, entry
        # A fresh entry name for a fresh secret, so no existing entry is overwritten.
        entry = f"{self._vault_id}:{slot_id}:{random.token_hex(8)}"
        secret = os.urandom(32)
        store.put(entry, secret)
        return secret, entry

    def _wrap(self, slot_id: str, kind: str, secret: bytes, db_key: bytes,
              kdf: KdfParams | None, mixin: bytes, signing_key: bytes | None = None) -> dict:
        kdf = kdf or DEFAULT_KDF  # read at call time, so tests can make it cheap
        salt, nonce = os.urandom(16), os.urandom(12)
        slot = {"id": slot_id, "kind": kind, "kdf": {"alg": "argon2id", **asdict(kdf)},
                "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": "",
                "bound": bool(mixin), "created": datetime.now(UTC).isoformat()}
        wrapping = _derive(secret, salt, kdf, mixin)
        slot["wrapped"] = _b64(AESGCM(wrapping).encrypt(nonce, db_key, self._ad(slot)))
        if signing_key is not None:
            self._seal_signing(slot, wrapping, signing_key)
        return slot

    def _seal_signing(self, slot: dict, wrapping: bytes, signing_key: bytes) -> None:
        nonce = os.urandom(12)
        slot["sign_public"] = _b64(signing_public(signing_key))
        slot["sign_nonce"] = _b64(nonce)
        slot["sign_wrapped"] = _b64(AESGCM(wrapping).encrypt(nonce, signing_key,
                                                             self._ad(slot, signing=True)))

    def _store(self, slot: dict) -> None:
        self._damaged.discard((slot["id"], slot["kind"]))
        existing = self._find(slot["id"], slot["kind"])
        if existing is not None:
            self._slots[self._slots.index(existing)] = slot
        else:
            self._slots.append(slot)

    # -- unwrapping -----------------------------------------------------------------------

    def unwrap_user(self, slot_id: str, passphrase: str,
                    secrets: SecretStore | None = None) -> bytes:
        return self.unwrap_user_keys(slot_id, passphrase, secrets).database_key

    def unwrap_user_keys(self, slot_id: str, passphrase: str,
                         secrets: SecretStore | None = None, *,
                         ensure_signing: bool = False) -> Unwrapped:
        """The database key and the user's signing key; with `ensure_signing`, a slot
        without a signing key gets one (in memory: save the file when `signing_added`)."""
        secret = _passphrase_bytes(passphrase)
        slot = self._find(slot_id, "user")
        if slot is None:
            # Spend the same time as a real attempt, so timing does not tell who exists.
            _derive(secret, bytes(16), DEFAULT_KDF)
            raise WrongPassphrase()
        self._require_intact(slot)
        mixin = b""
        if slot["bound"]:
            found = None if secrets is None else secrets.get(self._entry(slot))
            if found is None:
                # The same work as a wrong passphrase first, so the answer's timing does
                # not tell that this name exists.
                _derive(secret, bytes(16), _kdf_of(slot))
                raise KeyringSecretMissing()
            mixin = found
        opened = self._open(slot, secret, mixin, ensure_signing)
        if opened is None:
            raise WrongPassphrase()
        return opened

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        return self.unwrap_recovery_keys(recovery_key).database_key

    def unwrap_recovery_keys(self, recovery_key: str, *,
                             ensure_signing: bool = False) -> Unwrapped:
        secret = normalise_recovery_key(recovery_key)
        slot = self._find(RECOVERY_SLOT, "recovery")
        if slot is not None:
            self._require_intact(slot)
        opened = None if slot is None else self._open(slot, secret, b"", ensure_signing)
        if opened is None:
            raise WrongRecoveryKey()
        return opened

    def _require_intact(self, slot: dict) -> None:
        if (slot["id"], slot["kind"]) in self._damaged:
            raise KeyslotsDamaged()
        _kdf_of(slot)

    def _open(self, slot: dict, secret: bytes, mixin: bytes,
              ensure_signing: bool) -> Unwrapped | None:
        try:
            _check_slot(slot)
            wrapping = _derive(secret, _unb64(slot["salt"]), _kdf_of(slot), mixin)
            db_key = AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                              self._ad(slot))
        except InvalidTag:
            return None
        except (TypeError, ValueError):
            raise KeyslotsDamaged() from None
        if "sign_wrapped" in slot:
            return Unwrapped(db_key, self._open_signing(slot, wrapping))
        if not ensure_signing:
            return Unwrapped(db_key)
        signing = generate_signing_key()
        self._seal_signing(slot, wrapping, signing)
        return Unwrapped(db_key, signing, signing_added=True)

    def _open_signing(self, slot: dict, wrapping: bytes) -> bytes:
        """The right secret opened the database key, so a failure here is tampering."""
        try:
            private = AESGCM(wrapping).decrypt(_unb64(slot["sign_nonce"]),
                                               _unb64(slot["sign_wrapped"]),
                                               self._ad(slot, signing=True))
            if signing_public(private) != _unb64(slot["sign_public"]):
                raise KeyslotsDamaged()
        except (InvalidTag, TypeError, ValueError):
            raise KeyslotsDamaged() from None
        return private

    def _ad(self, slot: dict, signing: bool = False) -> bytes:
        bound = {"vault_id": self._vault_id, "id": slot["id"], "kind": slot["kind"],
                 "kdf": slot["kdf"], "bound": slot["bound"]}
        if signing:  # the public key too, so a slot's stated key cannot be swapped
            bound |= {"part": "signing", "public": slot["sign_public"]}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def _find(self, slot_id: str, kind: str) -> dict | None:
        return next((s for s in self._slots if s["id"] == slot_id and s["kind"] == kind), None)

    def _entry(self, slot: dict) -> str:
        # Slots bound before entries were recorded used the vault and slot id alone.
        return slot.get("keyring_entry") or f"{self._vault_id}:{slot['id']}"
