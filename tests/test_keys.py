"""Key slots: wrapping, binding to this computer, the recovery key and its checksum."""

from __future__ import annotations

import base64
import dataclasses
import errno
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.backends.fail import Keyring as FailKeyring
from keyring.backends.null import Keyring as NullKeyring

from casefile.errors import (
    DiskFull,
    FolderNotWritable,
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
from casefile.storage import keys
from casefile.storage.files import atomic_write
from casefile.storage.secrets import KeyringSecretStore, MemorySecretStore

CHEAP = keys.CHEAP_KDF


@pytest.fixture
def db_key() -> bytes:
    return keys.generate_database_key()


def test_user_slot_round_trip_and_wrong_passphrase(db_key):
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "lange wachtzin één", db_key, kdf=CHEAP)
    assert slots.unwrap_user("anna", "lange wachtzin één") == db_key
    with pytest.raises(WrongPassphrase):
        slots.unwrap_user("anna", "lange wachtzin een")
    with pytest.raises(WrongPassphrase):
        slots.unwrap_user("bert", "lange wachtzin één")


def _saved(tmp_path, db_key, *, bert: bool = False, recovery: bool = False,
           db_salt: str | None = None):
    """A key file with anna's slot (bert's and a recovery slot if asked), saved; the path
    and its JSON."""
    slots = keys.KeySlots.new("vault-a")
    slots.db_salt = db_salt
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP)
    if bert:
        slots.add_user_slot("bert", "ander geheim", db_key, kdf=CHEAP)
    if recovery:
        slots.add_recovery_slot(db_key, kdf=CHEAP)
    path = tmp_path / "keyslots.json"
    slots.save(path)
    return path, json.loads(path.read_text())


def _forge(path, data) -> None:
    """Write `data` with its checksums recomputed, as a deliberate forger would."""
    head = {k: data[k] for k in ("format", "vault_id", "db_salt")}
    data["check"] = keys._digest(head)
    for slot in data["slots"]:
        slot["check"] = keys._digest({**slot, "vault_id": data["vault_id"]})
    path.write_text(json.dumps(data))


def test_slots_are_bound_to_vault_and_user(tmp_path, db_key):
    """Even with the checksums recomputed, the associated data refuses a moved slot."""
    path, data = _saved(tmp_path, db_key)
    data["vault_id"] = "vault-b"
    _forge(path, data)
    with pytest.raises(WrongPassphrase):  # the associated data no longer matches
        keys.KeySlots.load(path).unwrap_user("anna", "geheim")
    data["vault_id"] = "vault-a"
    data["slots"][0]["id"] = "bert"
    _forge(path, data)
    with pytest.raises(WrongPassphrase):
        keys.KeySlots.load(path).unwrap_user("bert", "geheim")
    data["slots"][0]["id"] = "anna"
    data["slots"][0]["kdf"]["iterations"] = 2  # a changed KDF parameter is refused too
    _forge(path, data)
    with pytest.raises(WrongPassphrase):
        keys.KeySlots.load(path).unwrap_user("anna", "geheim")
    with pytest.raises(WrongVault):
        keys.KeySlots.load(path, expected_vault_id="vault-c")


@pytest.mark.parametrize("field", ["salt", "nonce", "wrapped"])
def test_damaged_slot_bytes_are_damage_not_a_wrong_passphrase(tmp_path, db_key, field):
    path, data = _saved(tmp_path, db_key, bert=True)
    raw = bytearray(base64.b64decode(data["slots"][0][field]))
    raw[0] ^= 1
    data["slots"][0][field] = base64.b64encode(bytes(raw)).decode()
    path.write_text(json.dumps(data))
    loaded = keys.KeySlots.load(path)
    with pytest.raises(KeyslotsDamaged):
        loaded.unwrap_user("anna", "geheim")
    assert loaded.unwrap_user("bert", "ander geheim") == db_key  # the others still open
    loaded.save(path)  # saving again does not launder the damage
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(path).unwrap_user("anna", "geheim")


def test_damaged_database_salt_in_the_key_file_is_damage(tmp_path, db_key):
    path, data = _saved(tmp_path, db_key, db_salt="00" * 16)
    data["db_salt"] = "01" + "00" * 15
    path.write_text(json.dumps(data))
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(path)


def test_key_file_without_checksums_still_opens(tmp_path, db_key):
    """Files written before checksums existed."""
    path, data = _saved(tmp_path, db_key)
    del data["check"]
    for slot in data["slots"]:
        del slot["check"]
    path.write_text(json.dumps(data))
    assert keys.KeySlots.load(path).unwrap_user("anna", "geheim") == db_key


@pytest.mark.parametrize("kdf", [
    {"alg": "argon2id", "memory_kib": 1024 * 1024 + 1, "iterations": 1, "lanes": 1},
    {"alg": "argon2id", "memory_kib": 4 * 1024 * 1024, "iterations": 3, "lanes": 4},
    {"alg": "argon2id", "memory_kib": 64, "iterations": 11, "lanes": 1},
    {"alg": "argon2id", "memory_kib": 64, "iterations": 64, "lanes": 1},
])
def test_unusual_kdf_settings_are_named_before_any_kdf_runs(tmp_path, db_key, monkeypatch,
                                                            kdf):
    path, data = _saved(tmp_path, db_key, recovery=True)
    for slot in data["slots"]:
        slot["kdf"] = kdf
    _forge(path, data)
    calls = []
    monkeypatch.setattr(keys, "_derive", lambda *a, **k: calls.append(a))
    loaded = keys.KeySlots.load(path)
    with pytest.raises(KdfUnusual):
        loaded.unwrap_user("anna", "geheim")
    with pytest.raises(KdfUnusual):
        loaded.unwrap_recovery(keys.generate_recovery_key())
    assert calls == []


def test_bounds_accept_what_casefile_writes():
    assert keys._MAX_MEMORY_KIB == 1024 * 1024 and keys._MAX_ITERATIONS == 10
    slot = {"kdf": {"alg": "argon2id", "memory_kib": 1024 * 1024, "iterations": 10,
                    "lanes": 4}}
    assert keys._kdf_of(slot) == keys.KdfParams(1024 * 1024, 10, 4)
    default = {"alg": "argon2id", **dataclasses.asdict(keys.KdfParams())}
    assert keys._kdf_of({"kdf": default}) == keys.KdfParams()


def test_bound_user_without_the_secret_costs_a_full_kdf(db_key, monkeypatch):
    """The answer comes after the same work as a wrong passphrase: timing does not tell
    that the name exists."""
    store = MemorySecretStore()
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP, bind_to=store)
    calls = []
    real = keys._derive
    monkeypatch.setattr(keys, "_derive", lambda *a, **k: calls.append(a) or real(*a, **k))
    with pytest.raises(KeyringSecretMissing):
        slots.unwrap_user("anna", "geheim", MemorySecretStore())
    assert len(calls) == 1
    with pytest.raises(WrongPassphrase):
        slots.unwrap_user("nobody", "geheim", store)
    assert len(calls) == 2


def test_bound_slot_needs_the_keyring_secret(db_key):
    store = MemorySecretStore()
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP, bind_to=store)
    assert slots.is_bound("anna")
    assert slots.unwrap_user("anna", "geheim", store) == db_key
    with pytest.raises(KeyringSecretMissing):
        slots.unwrap_user("anna", "geheim", MemorySecretStore())
    entry = slots._find("anna", "user")["keyring_entry"]
    assert store.get(entry) is not None
    slots.remove_slot("anna", secrets=store)
    assert store.get(entry) is None and not slots.has_slot("anna")


def test_rewrap_of_a_bound_slot_keeps_the_slot_on_disk_openable(tmp_path, db_key):
    # If saving the rewrapped file fails, the old file must still open on this computer.
    store = MemorySecretStore()
    path = tmp_path / "keyslots.json"
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "oud geheim", db_key, kdf=CHEAP, bind_to=store)
    slots.save(path)
    slots.rewrap_user("anna", "nieuw geheim", db_key, kdf=CHEAP, bind_to=store)
    assert slots.unwrap_user("anna", "nieuw geheim", store) == db_key
    assert keys.KeySlots.load(path).unwrap_user("anna", "oud geheim", store) == db_key
    with pytest.raises(WrongPassphrase):
        slots.unwrap_user("anna", "oud geheim", store)


def test_a_user_called_recovery_leaves_the_recovery_slot_alone(db_key):
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("recovery", "geheim", db_key, kdf=CHEAP)
    key = slots.add_recovery_slot(db_key, kdf=CHEAP)
    assert slots.unwrap_user("recovery", "geheim") == db_key
    assert slots.unwrap_recovery(key) == db_key
    assert slots.user_slot_ids() == ["recovery"]


def test_binding_refused_without_a_keyring(db_key):
    with pytest.raises(KeyringUnavailable):
        keys.KeySlots.new("v").add_user_slot("anna", "geheim", db_key, kdf=CHEAP,
                                             bind_to=MemorySecretStore(available=False))


def test_recovery_key_round_trip_and_tolerance(db_key):
    slots = keys.KeySlots.new("vault-a")
    key = slots.add_recovery_slot(db_key, kdf=CHEAP)
    groups = key.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert slots.unwrap_recovery(key) == db_key
    assert slots.unwrap_recovery(" ".join(groups).lower()) == db_key
    assert slots.unwrap_recovery("".join(groups)) == db_key
    # Read aloud or copied by hand: O for 0, I or 1 for L.
    misread = key.replace("0", "O").replace("L", "1")
    assert slots.unwrap_recovery(misread) == db_key
    assert slots.unwrap_recovery(key.replace("L", "i")) == db_key
    other = keys.generate_recovery_key()
    with pytest.raises(WrongRecoveryKey):
        slots.unwrap_recovery(other)


def test_recovery_typo_is_caught_before_the_kdf_runs(monkeypatch, db_key):
    slots = keys.KeySlots.new("vault-a")
    key = slots.add_recovery_slot(db_key, kdf=CHEAP)
    calls = []
    monkeypatch.setattr(keys, "_derive", lambda *a, **k: calls.append(a))
    typo = ("Q" if key[0] != "Q" else "P") + key[1:]
    with pytest.raises(MalformedRecoveryKey):
        slots.unwrap_recovery(typo)
    assert calls == []


_SAME = {"o": "0", "i": "l", "1": "l"}


@settings(max_examples=300, deadline=None)
@given(position=st.integers(0, 35),
       replacement=st.sampled_from("qpzry9x8gf2tvdw0s3jn54khce6mua7loi1b"))
def test_any_single_substitution_is_detected(position, replacement):
    key = keys.generate_recovery_key().replace("-", "").lower()
    if key[position] == _SAME.get(replacement, replacement):
        return  # the same character as far as the reader is concerned
    typo = key[:position] + replacement + key[position + 1:]
    with pytest.raises(MalformedRecoveryKey):
        keys.normalise_recovery_key(typo)


@settings(max_examples=100, deadline=None)
@given(first=st.integers(0, 7), data=st.data())
def test_swapped_groups_and_lengths_are_detected(first, data):
    groups = keys.generate_recovery_key().split("-")
    second = data.draw(st.integers(first + 1, 8))
    if groups[first] != groups[second]:
        swapped = list(groups)
        swapped[first], swapped[second] = groups[second], groups[first]
        with pytest.raises(MalformedRecoveryKey):
            keys.normalise_recovery_key("-".join(swapped))
    with pytest.raises(MalformedRecoveryKey):
        keys.normalise_recovery_key("-".join(groups[:first] + groups[first + 1:]))


def test_missing_and_damaged_files(tmp_path):
    with pytest.raises(KeyslotsMissing):
        keys.KeySlots.load(tmp_path / "keyslots.json")
    for body in (b"{", b'{"format": 9}', b"[]", b'{"format": 1, "vault_id": "v", "slots": [1]}',
                 b"\xff\xfe", b"[" * 100_000):
        (tmp_path / "keyslots.json").write_bytes(body)
        with pytest.raises(KeyslotsDamaged):
            keys.KeySlots.load(tmp_path / "keyslots.json")


@pytest.mark.parametrize("field, value", [
    ("kind", "admin"), ("salt", "not base64!"), ("bound", "yes"), ("kdf", {"alg": "scrypt"}),
    ("kdf", {"alg": "argon2id", "memory_kib": 2**40, "iterations": 1, "lanes": 1}),
    ("kdf", {"alg": "argon2id", "memory_kib": 8, "iterations": 10**6, "lanes": 1}),
    ("kdf", {"alg": "argon2id", "memory_kib": 8, "iterations": True, "lanes": 1}),
])
def test_tampered_slot_fields_are_damage_not_a_wrong_passphrase(tmp_path, db_key, monkeypatch,
                                                                field, value):
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP)
    path = tmp_path / "keyslots.json"
    slots.save(path)
    data = json.loads(path.read_text())
    data["slots"][0][field] = value
    path.write_text(json.dumps(data))
    calls = []
    monkeypatch.setattr(keys, "_derive", lambda *a, **k: calls.append(a))
    with pytest.raises(KeyslotsDamaged):  # refused at load: no huge KDF is ever started
        keys.KeySlots.load(path).unwrap_user("anna", "geheim")
    assert calls == []


def test_saved_with_owner_only_permissions_and_no_secret_in_repr(tmp_path, db_key):
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP)
    slots.save(tmp_path / "keyslots.json")
    mode = stat.S_IMODE(os.stat(tmp_path / "keyslots.json").st_mode)
    assert mode == 0o600
    assert db_key.hex() not in repr(slots) and "geheim" not in repr(slots)
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_atomic_write_leaves_no_temp_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "file.json"
    target.write_bytes(b"old")

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(DiskFull):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


@pytest.mark.real_kdf
def test_real_default_kdf(db_key):
    assert keys.KdfParams(memory_kib=262144, iterations=3, lanes=4) == keys.DEFAULT_KDF
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key)
    assert slots._find("anna", "user")["kdf"] == {"alg": "argon2id", "memory_kib": 262144,
                                          "iterations": 3, "lanes": 4}
    assert slots.unwrap_user("anna", "geheim") == db_key


def test_atomic_write_sets_owner_only_mode_before_the_data(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((stat.S_IMODE(os.stat(src).st_mode), Path(src).read_bytes()))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    atomic_write(tmp_path / "f.bin", b"inhoud")
    assert seen == [(0o600, b"inhoud")]
    assert (tmp_path / "f.bin").read_bytes() == b"inhoud"


@pytest.mark.parametrize("code, error", [(errno.EACCES, FolderNotWritable),
                                         (errno.EROFS, FolderNotWritable),
                                         (errno.ENOSPC, DiskFull)])
def test_atomic_write_maps_os_errors(tmp_path, monkeypatch, code, error):
    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(error):
        atomic_write(tmp_path / "f.bin", b"inhoud")
    assert list(tmp_path.iterdir()) == []


# -- the keyring store, over stand-in backends (never the real keyring of this machine) --


class SecureBackend:
    priority = 5

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, name):
        return self.values.get((service, name))

    def set_password(self, service, name, value):
        self.values[(service, name)] = value

    def delete_password(self, service, name):
        del self.values[(service, name)]


class PlaintextKeyring(SecureBackend):
    priority = 0.5


class LockedBackend(SecureBackend):
    def get_password(self, service, name):
        raise RuntimeError("collection is locked")


class ChainerBackend:
    priority = 10

    def __init__(self, *backends) -> None:
        self.backends = list(backends)


def test_keyring_store_round_trip_in_base64_text():
    backend = SecureBackend()
    store = KeyringSecretStore(backend=backend)
    assert store.unavailable_reason() is None
    store.put("vault-a:anna", b"\x00\xffgeheim")
    assert backend.values[("casefile", "vault-a:anna")] == "AP9nZWhlaW0="
    assert store.get("vault-a:anna") == b"\x00\xffgeheim"
    store.delete("vault-a:anna")
    assert store.get("vault-a:anna") is None


@pytest.mark.parametrize("backend", [FailKeyring(), NullKeyring(), PlaintextKeyring(),
                                     LockedBackend(), ChainerBackend(PlaintextKeyring())])
def test_keyring_store_refuses_insecure_or_failing_backends(backend):
    store = KeyringSecretStore(backend=backend)
    reason = store.unavailable_reason()
    assert reason in {"keyring_none", "keyring_insecure", "keyring_not_answering"}
    with pytest.raises(KeyringUnavailable):
        store.put("vault-a:anna", b"geheim")
    assert getattr(backend, "values", {}) == {}


def test_keyring_store_uses_the_secure_member_of_a_chain_and_never_falls_back():
    secure, plain = SecureBackend(), PlaintextKeyring()
    store = KeyringSecretStore(backend=ChainerBackend(secure, plain))
    store.put("vault-a:anna", b"geheim")
    assert plain.values == {} and list(secure.values) == [("casefile", "vault-a:anna")]
