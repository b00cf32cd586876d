"""Key slots: wrapping, binding to this computer, the recovery key and its checksum."""

from __future__ import annotations

import errno
import json
import os
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.errors import (
    DiskFull,
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
from casefile.storage.secrets import MemorySecretStore

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


def test_slots_are_bound_to_vault_and_user(tmp_path, db_key):
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP)
    path = tmp_path / "keyslots.json"
    slots.save(path)
    data = json.loads(path.read_text())
    data["vault_id"] = "vault-b"
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):  # the associated data no longer matches
        keys.KeySlots.load(path).unwrap_user("anna", "geheim")
    data["vault_id"] = "vault-a"
    data["slots"][0]["id"] = "bert"
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        keys.KeySlots.load(path).unwrap_user("bert", "geheim")
    data["slots"][0]["id"] = "anna"
    data["slots"][0]["kdf"]["iterations"] = 2  # a changed KDF parameter is refused too
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        keys.KeySlots.load(path).unwrap_user("anna", "geheim")
    with pytest.raises(WrongVault):
        keys.KeySlots.load(path, expected_vault_id="vault-c")


def test_bound_slot_needs_the_keyring_secret(db_key):
    store = MemorySecretStore()
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP, bind_to=store)
    assert slots.is_bound("anna")
    assert slots.unwrap_user("anna", "geheim", store) == db_key
    with pytest.raises(KeyringSecretMissing):
        slots.unwrap_user("anna", "geheim", MemorySecretStore())
    slots.remove_slot("anna", secrets=store)
    assert store.get("vault-a:anna") is None


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


@settings(max_examples=300, deadline=None)
@given(position=st.integers(0, 35), replacement=st.sampled_from("qpzry9x8gf2tvdw0s3jn54khce6mua7l"))
def test_any_single_substitution_is_detected(position, replacement):
    key = keys.generate_recovery_key().replace("-", "").lower()
    if key[position] == replacement:
        return
    typo = key[:position] + replacement + key[position + 1:]
    with pytest.raises(MalformedRecoveryKey):
        keys.normalise_recovery_key(typo)


def test_missing_and_damaged_files(tmp_path):
    with pytest.raises(KeyslotsMissing):
        keys.KeySlots.load(tmp_path / "keyslots.json")
    for body in (b"{", b'{"format": 9}', b"[]", b'{"format": 1, "vault_id": "v", "slots": [1]}'):
        (tmp_path / "keyslots.json").write_bytes(body)
        with pytest.raises(KeyslotsDamaged):
            keys.KeySlots.load(tmp_path / "keyslots.json")


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
    assert slots._find("anna")["kdf"] == {"alg": "argon2id", "memory_kib": 262144,
                                          "iterations": 3, "lanes": 4}
    assert slots.unwrap_user("anna", "geheim") == db_key
