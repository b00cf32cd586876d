"""Key slots' small promises that mutation testing (issue 12) found unchecked: which slots
exist and are bound, a rewrap keeps the KDF and the binding asked for, removing the recovery
slot or an unbound slot, and the keyring entry name of slots bound before names were kept."""

from __future__ import annotations

import json
import re

import pytest

from casefile.errors import KeyringSecretMissing, KeyslotsDamaged, WrongRecoveryKey
from casefile.storage import keys
from casefile.storage.secrets import MemorySecretStore

CHEAP = keys.CHEAP_KDF
OTHER = keys.KdfParams(memory_kib=16, iterations=2, lanes=1)


@pytest.fixture
def db_key() -> bytes:
    return keys.generate_database_key()


class CountingStore(MemorySecretStore):
    def __init__(self) -> None:
        super().__init__()
        self.deleted: list[str] = []

    def delete(self, name: str) -> None:
        self.deleted.append(name)
        super().delete(name)


def saved_kdf(slots: keys.KeySlots, tmp_path, slot_id: str) -> dict:
    path = tmp_path / "keyslots.json"
    slots.save(path)
    found = [s for s in json.loads(path.read_text())["slots"] if s["id"] == slot_id]
    return found[0]["kdf"]


def test_which_slots_exist_and_which_are_bound(db_key):
    store = MemorySecretStore()
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim een", db_key, kdf=CHEAP)
    slots.add_user_slot("bert", "geheim twee", db_key, kdf=CHEAP, bind_to=store)
    slots.add_recovery_slot(db_key, kdf=CHEAP)
    assert slots.user_slot_ids() == ["anna", "bert"]
    assert slots.has_slot("anna") and slots.has_slot("recovery")
    assert not slots.has_slot("carla")
    assert (slots.is_bound("anna"), slots.is_bound("bert"), slots.is_bound("carla")) == (
        False, True, False)


def test_a_rewrap_keeps_the_kdf_and_the_binding_asked_for(db_key, tmp_path):
    store = MemorySecretStore()
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "oud geheim", db_key, kdf=CHEAP)
    slots.rewrap_user("anna", "nieuw geheim", db_key, kdf=OTHER, bind_to=store)
    assert saved_kdf(slots, tmp_path, "anna") == {"alg": "argon2id", "memory_kib": 16,
                                                  "iterations": 2, "lanes": 1}
    assert slots.is_bound("anna")
    with pytest.raises(KeyringSecretMissing):
        slots.unwrap_user("anna", "nieuw geheim", MemorySecretStore())
    assert slots.unwrap_user("anna", "nieuw geheim", store) == db_key


def test_the_recovery_slot_keeps_its_kdf_and_can_be_removed(db_key, tmp_path):
    slots = keys.KeySlots.new("vault-a")
    recovery = slots.add_recovery_slot(db_key, kdf=OTHER)
    assert saved_kdf(slots, tmp_path, "recovery")["memory_kib"] == 16
    slots.remove_slot("recovery")
    assert not slots.has_slot("recovery")
    with pytest.raises(WrongRecoveryKey):
        slots.unwrap_recovery(recovery)


def test_removing_an_unbound_slot_touches_no_keyring_entry(db_key):
    store = CountingStore()
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim een", db_key, kdf=CHEAP)
    slots.add_user_slot("bert", "geheim twee", db_key, kdf=CHEAP, bind_to=store)
    slots.remove_slot("anna", secrets=store)
    assert store.deleted == [] and slots.user_slot_ids() == ["bert"]


def test_a_slot_bound_before_entry_names_were_kept_uses_the_old_name(db_key):
    store = MemorySecretStore()
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP, bind_to=store)
    slot = slots._find("anna", "user")
    secret = store.get(slot.pop("keyring_entry"))
    store.put("vault-a:anna", secret)  # the name such a slot was bound under
    assert slots.unwrap_user("anna", "geheim", store) == db_key


# Printed on a recovery sheet by this version: every later version must still read it, so
# its checksum (bech32's, over "casefile") is pinned here, not recomputed.
PRINTED = "R23C-LXD5-MZFS-H79V-N6PG-0KAY-TJEQ-8WTZ-LMP5"


def test_a_printed_recovery_key_still_reads():
    assert keys.normalise_recovery_key(PRINTED) == b"r23clxd5mzfsh79vn6pg0kaytjeq8w"
    assert keys.normalise_recovery_key(PRINTED.lower().replace("-", " ")) == \
        b"r23clxd5mzfsh79vn6pg0kaytjeq8w"


def test_without_a_recovery_slot_a_recovery_key_is_wrong(db_key):
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP)
    with pytest.raises(WrongRecoveryKey):
        slots.unwrap_recovery(PRINTED)


def test_the_database_salt_is_saved_and_read_back(db_key, tmp_path):
    path = tmp_path / "keyslots.json"
    slots = keys.KeySlots.new("vault-a")
    slots.db_salt = "00112233445566778899aabbccddeeff"
    slots.save(path)
    assert keys.KeySlots.load(path).db_salt == "00112233445566778899aabbccddeeff"
    data = json.loads(path.read_text())
    data["db_salt"] = 12345  # damaged salt bytes are damage, not "another vault"
    path.write_text(json.dumps(data))
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(path)


@pytest.mark.parametrize("changes", [{"vault_id": 7}, {"slots": {"anna": {}}}])
def test_a_key_file_with_a_wrong_shape_is_damaged(tmp_path, changes):
    path = tmp_path / "keyslots.json"
    keys.KeySlots.new("vault-a").save(path)
    path.write_text(json.dumps(json.loads(path.read_text()) | changes))
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(path)


def test_a_recovery_key_is_shown_in_capitals_in_groups_of_four():
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){8}", keys.generate_recovery_key())


def test_a_bound_slot_without_any_keyring_says_the_secret_is_missing(db_key):
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP, bind_to=MemorySecretStore())
    with pytest.raises(KeyringSecretMissing):
        slots.unwrap_user("anna", "geheim", None)


@pytest.mark.parametrize(("field", "spoil"), [
    ("salt", lambda slot: slot["salt"] + "!"),  # not base64: damage, not another salt
    ("kdf", lambda slot: slot["kdf"] | {"alg": "scrypt"}),
])
def test_a_spoilt_slot_is_damage_not_a_wrong_passphrase(db_key, tmp_path, field, spoil):
    path = tmp_path / "keyslots.json"
    slots = keys.KeySlots.new("vault-a")
    slots.add_user_slot("anna", "geheim", db_key, kdf=CHEAP)
    slots.save(path)
    data = json.loads(path.read_text())
    data["slots"][0][field] = spoil(data["slots"][0])
    path.write_text(json.dumps(data))
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(path).unwrap_user("anna", "geheim")
