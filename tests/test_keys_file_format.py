"""The key file's format as this release writes it: a committed keyslots.json must open in
every later version (a change to the KDF, the wrap, the associated data or the checksums
would lock a practice out of its vault while every round-trip test stays green), and what a
forger changes with the checksums recomputed is still refused.

`fixtures/keyslots-2026-12.json` was written by this release with cheap Argon2id settings
(32 KiB, t=2, two lanes), the database key bytes 0..31, anna's signing key bytes 32..63
and the recovery slot's 64..95. Anna's slot is unbound, bert's is bound to the keyring
secret below; both are fictional."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casefile.errors import (
    KdfUnusual,
    KeyringSecretMissing,
    KeyslotsDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
    WrongVault,
)
from casefile.storage import keys
from casefile.storage.secrets import MemorySecretStore

FIXTURE = Path(__file__).parent / "fixtures" / "keyslots-2026-12.json"
VAULT_ID = "3f1c9a2e-fictief"
DB_KEY = bytes(range(32))
ANNA_SIGNING = bytes(range(32, 64))
RECOVERY_SIGNING = bytes(range(64, 96))
ANNA = "lange wachtzin \u00e9\u00e9n"  # "één" precomposed, as NFC has it
BERT = "bert zijn zin"
RECOVERY_KEY = "LR9S-NG8U-C909-X86G-MSWS-03S4-F4NQ-3J9X-D9HE"
BERT_ENTRY = f"{VAULT_ID}:bert:3c17962336a5bd97"
BERT_SECRET = bytes.fromhex("7c4595c50af37a7f4c1a4c855f16391c68a5bb52382e7305b4d638d926218240")


def bert_store() -> MemorySecretStore:
    store = MemorySecretStore()
    store.put(BERT_ENTRY, BERT_SECRET)
    return store


def fixture_data() -> dict:
    return json.loads(FIXTURE.read_text())


def forge(path: Path, data: dict) -> Path:
    """Write `data` with every checksum recomputed, as a deliberate forger would."""
    data["check"] = keys._digest({k: data[k] for k in ("format", "vault_id", "db_salt")})
    for slot in data["slots"]:
        slot["check"] = keys._digest({**slot, "vault_id": data["vault_id"]})
    path.write_text(json.dumps(data))
    return path


def test_the_committed_key_file_opens_every_slot():
    slots = keys.KeySlots.load(FIXTURE, expected_vault_id=VAULT_ID)
    assert (slots.vault_id, slots.db_salt) == (VAULT_ID, "0123456789abcdef0123456789abcdef")
    assert slots.slot_ids() == ["anna", "bert", "recovery"]
    assert slots.user_slot_ids() == ["anna", "bert"]
    anna = slots.unwrap_user_keys("anna", ANNA)
    assert (anna.database_key, anna.signing_key, anna.signing_added) == (
        DB_KEY, ANNA_SIGNING, False)
    assert slots.unwrap_user("bert", BERT, bert_store()) == DB_KEY
    recovery = slots.unwrap_recovery_keys(RECOVERY_KEY)
    assert (recovery.database_key, recovery.signing_key) == (DB_KEY, RECOVERY_SIGNING)
    assert slots.unwrap_recovery(RECOVERY_KEY.lower()) == DB_KEY


def test_the_committed_key_file_states_its_keys_and_binding():
    slots = keys.KeySlots.load(FIXTURE)
    assert slots.signing_public("anna") == keys.signing_public(ANNA_SIGNING)
    assert slots.signing_public("bert") is None  # bert's slot carries no signing key
    assert slots.signing_public("recovery") is None  # only user slots are asked
    assert slots.pinned("admin") == keys.signing_public(ANNA_SIGNING)
    assert slots.pinned("recovery") == keys.signing_public(RECOVERY_SIGNING)
    assert (slots.is_bound("anna"), slots.is_bound("bert")) == (False, True)
    # a bound slot without its keyring secret, or with only the passphrase
    with pytest.raises(KeyringSecretMissing):
        slots.unwrap_user("bert", BERT, MemorySecretStore())
    wrong = MemorySecretStore()
    wrong.put(BERT_ENTRY, bytes(32))
    with pytest.raises(WrongPassphrase):
        slots.unwrap_user("bert", BERT, wrong)


def test_signing_keys_are_the_ed25519_keys_of_rfc_8032():
    # RFC 8032, section 7.1, test 1: the public key of this private key
    private = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert keys.signing_public(private).hex() == (
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    fresh = keys.generate_signing_key()
    assert len(fresh) == 32 and fresh != keys.generate_signing_key()
    assert len(keys.generate_database_key()) == 32


def test_a_passphrase_opens_whichever_unicode_form_was_typed():
    slots = keys.KeySlots.load(FIXTURE)
    decomposed = unicodedata.normalize("NFD", ANNA)
    assert decomposed != ANNA
    assert slots.unwrap_user("anna", decomposed) == DB_KEY
    for wrong in (ANNA.upper(), ANNA + " ", "lange wachtzin een"):
        with pytest.raises(WrongPassphrase):
            slots.unwrap_user("anna", wrong)
    with pytest.raises(WrongRecoveryKey):
        slots.unwrap_recovery(keys.generate_recovery_key())


def test_saving_the_committed_file_keeps_its_checksums(tmp_path):
    """The checksum's form (sorted keys, compact JSON, the vault id inside) is part of the
    format: a file saved again must carry the same checksums it was read with."""
    path = tmp_path / "keyslots.json"
    keys.KeySlots.load(FIXTURE).save(path)
    original, saved = fixture_data(), json.loads(path.read_text())
    assert saved == original
    assert path.read_bytes() == FIXTURE.read_bytes(), "read and saved: not a byte changed"
    head = {k: original[k] for k in ("format", "vault_id", "db_salt")}
    assert original["check"] == hashlib.sha256(
        json.dumps(head, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def test_a_wrong_vault_is_named_before_any_slot_is_tried():
    with pytest.raises(WrongVault):
        keys.KeySlots.load(FIXTURE, expected_vault_id="another-vault")


def hkdf_sha256(key: bytes, salt: bytes, info: bytes) -> bytes:
    """RFC 5869 for one block, written out here so the test does not trust the code."""
    prk = hmac.new(salt, key, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


def test_the_audit_key_is_hkdf_of_the_database_key_over_the_vault_id():
    expected = hkdf_sha256(DB_KEY, VAULT_ID.encode(), b"casefile audit chain v1")
    assert keys.derive_key(DB_KEY, VAULT_ID, keys.AUDIT_LABEL) == expected
    assert keys.derive_key(DB_KEY, "another-vault", keys.AUDIT_LABEL) != expected


# -- what a forger changes, with the checksums recomputed --------------------------------


def _slot(data: dict, slot_id: str) -> dict:
    return next(s for s in data["slots"] if s["id"] == slot_id)


@pytest.mark.parametrize("spoil", [
    lambda slot: slot["kdf"].update(alg="argon2i"),  # the set of fields still right
    lambda slot: slot["kdf"].update(iterations="2"),
    lambda slot: slot["kdf"].update(lanes=2.0),
    lambda slot: slot.update(salt=slot["salt"] + "!"),  # stray characters are not ignored
    lambda slot: slot.update(nonce="*" + slot["nonce"]),
    lambda slot: slot.update(wrapped=slot["wrapped"][:-4] + "AAA"),  # not valid base64
    lambda slot: slot.update(sign_public=base64.b64encode(
        keys.signing_public(keys.generate_signing_key())).decode()),
    lambda slot: slot.update(sign_nonce=base64.b64encode(bytes(12)).decode()),
    lambda slot: slot.update(sign_wrapped="!!!!"),
], ids=["alg", "iterations-text", "lanes-float", "salt", "nonce", "wrapped", "sign-public",
        "sign-nonce", "sign-wrapped"])
def test_a_forged_user_slot_is_damage_not_a_wrong_passphrase(tmp_path, spoil):
    data = fixture_data()
    spoil(_slot(data, "anna"))
    slots = keys.KeySlots.load(forge(tmp_path / "keyslots.json", data))
    with pytest.raises(KeyslotsDamaged):
        slots.unwrap_user_keys("anna", ANNA)
    assert slots.unwrap_user("bert", BERT, bert_store()) == DB_KEY  # the others still open


def test_a_forged_recovery_slot_is_damage(tmp_path):
    data = fixture_data()
    _slot(data, "recovery")["sign_wrapped"] = _slot(data, "anna")["sign_wrapped"]
    slots = keys.KeySlots.load(forge(tmp_path / "keyslots.json", data))
    with pytest.raises(KeyslotsDamaged):
        slots.unwrap_recovery_keys(RECOVERY_KEY)
    data["slots"] = [s for s in data["slots"] if s["id"] != "recovery"]
    with pytest.raises(WrongRecoveryKey):
        keys.KeySlots.load(forge(tmp_path / "keyslots.json", data)).unwrap_recovery(
            RECOVERY_KEY)


def test_a_recovery_slot_damaged_on_disk_is_damage(tmp_path):
    data = fixture_data()
    _slot(data, "recovery")["created"] = "2020-01-01T00:00:00+00:00"  # checksum not redone
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps(data))
    slots = keys.KeySlots.load(path)
    with pytest.raises(KeyslotsDamaged):
        slots.unwrap_recovery(RECOVERY_KEY)
    assert slots.unwrap_user("anna", ANNA) == DB_KEY


@pytest.mark.parametrize("changes", [
    {"bound": False},  # bert's slot stated unbound: the keyring secret is still needed
    {"kind": "recovery", "id": "recovery-2"},
    {"kdf": {"alg": "argon2id", "memory_kib": 64, "iterations": 2, "lanes": 2}},
])
def test_a_slot_s_stated_settings_are_bound_to_its_wrap(tmp_path, changes):
    data = fixture_data()
    _slot(data, "bert").update(changes)
    slots = keys.KeySlots.load(forge(tmp_path / "keyslots.json", data))
    with pytest.raises((WrongPassphrase, KeyringSecretMissing)):
        slots.unwrap_user("bert", BERT, bert_store())


def test_a_signing_key_moved_between_slots_is_refused(tmp_path):
    """The associated data of the signing part names the slot and its public key."""
    data = fixture_data()
    anna, bert = _slot(data, "anna"), _slot(data, "bert")
    for field in ("sign_public", "sign_nonce", "sign_wrapped"):
        bert[field] = anna[field]
    slots = keys.KeySlots.load(forge(tmp_path / "keyslots.json", data))
    with pytest.raises(KeyslotsDamaged):
        slots.unwrap_user_keys("bert", BERT, bert_store())


@pytest.mark.parametrize("changes", [
    {"format": 2}, {"format": "1"}, {"db_salt": "0123456789ABCDEF0123456789ABCDEF"},
    {"db_salt": "0123456789abcdef0123456789abcde"}, {"db_salt": "g" * 32},
    {"db_salt": "XX23456789abcdef0123456789abcdef"}, {"vault_id": None}, {"vault_id": 7},
])
def test_a_forged_head_of_the_file_is_damage(tmp_path, changes):
    data = fixture_data() | changes
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps(data))
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(path)
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(forge(path, data))


@pytest.mark.parametrize("slots", [5, None, "anna", {"anna": {}}])
def test_slots_that_are_not_a_list_are_damage(tmp_path, slots):
    data = fixture_data() | {"slots": slots}
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps(data))
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(path)


def test_without_a_database_salt_the_file_still_opens(tmp_path):
    data = fixture_data()
    del data["db_salt"]
    data["check"] = keys._digest({"format": 1, "vault_id": VAULT_ID})
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps(data))
    slots = keys.KeySlots.load(path)
    assert slots.db_salt is None and slots.unwrap_user("anna", ANNA) == DB_KEY


@pytest.mark.parametrize("slot_changes", [
    {"sign_public": None}, {"keyring_entry": 7}, {"id": 7}, {"kind": "admin"},
    {"kdf": {"alg": "argon2id", "memory_kib": 32, "iterations": 2}},
], ids=["half-signing", "entry", "id", "kind", "kdf-fields"])
def test_a_slot_of_the_wrong_shape_is_refused_at_load(tmp_path, slot_changes):
    data = fixture_data()
    _slot(data, "anna").update(slot_changes)
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(forge(tmp_path / "keyslots.json", data))


def test_two_slots_of_one_id_and_kind_are_damage_but_a_user_may_share_the_recovery_id(
        tmp_path):
    data = fixture_data()
    data["slots"].append(dict(_slot(data, "anna")))
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(forge(tmp_path / "keyslots.json", data))
    data = fixture_data()
    data["slots"].append(dict(_slot(data, "anna"), id="recovery"))
    slots = keys.KeySlots.load(forge(tmp_path / "keyslots.json", data))
    assert slots.user_slot_ids() == ["anna", "bert", "recovery"]


# -- the bounds on Argon2id settings read from a file -------------------------------------


def _kdf(memory_kib: int, iterations: int, lanes: int) -> dict:
    return {"kdf": {"alg": "argon2id", "memory_kib": memory_kib, "iterations": iterations,
                    "lanes": lanes}}


@pytest.mark.parametrize("params", [(8, 1, 1), (64 * 8, 1, 64), (1024 * 1024, 10, 64),
                                    (16, 10, 2)])
def test_settings_at_the_bounds_are_accepted(params):
    assert keys._kdf_of(_kdf(*params)) == keys.KdfParams(*params)


@pytest.mark.parametrize("params", [
    (7, 1, 1), (15, 1, 2), (64 * 8 - 1, 1, 64),  # less than 8 KiB a lane: Argon2 refuses
    (65 * 8, 1, 65), (8, 0, 1), (8, -1, 1), (0, 1, 0), (8, 1, -1),
    (1024 * 1024 + 1, 1, 1), (64, 11, 1),
])
def test_settings_beyond_the_bounds_are_unusual(params):
    with pytest.raises(KdfUnusual):
        keys._kdf_of(_kdf(*params))


def test_unusual_settings_in_the_committed_file_are_named_before_any_kdf(tmp_path,
                                                                        monkeypatch):
    data = fixture_data()
    _slot(data, "bert")["kdf"]["iterations"] = 11
    slots = keys.KeySlots.load(forge(tmp_path / "keyslots.json", data))
    calls: list[tuple] = []
    monkeypatch.setattr(keys, "_derive", lambda *a, **k: calls.append(a))
    with pytest.raises(KdfUnusual):
        slots.unwrap_user("bert", BERT, bert_store())
    with pytest.raises(KdfUnusual):  # also when the keyring secret is missing
        slots.unwrap_user("bert", BERT, MemorySecretStore())
    assert calls == []


# -- slots written now --------------------------------------------------------------------


def test_a_new_slot_has_a_fresh_16_byte_salt_and_96_bit_nonces():
    slots = keys.KeySlots.new(VAULT_ID)
    slots.add_user_slot("anna", ANNA, DB_KEY, kdf=keys.CHEAP_KDF, signing_key=ANNA_SIGNING)
    slots.add_user_slot("bert", BERT, DB_KEY, kdf=keys.CHEAP_KDF)
    anna, bert = slots.slot("anna"), slots.slot("bert")
    assert anna is not None and bert is not None
    raw = {k: base64.b64decode(anna[k]) for k in ("salt", "nonce", "sign_nonce")}
    assert [len(raw[k]) for k in ("salt", "nonce", "sign_nonce")] == [16, 12, 12]
    assert raw["salt"] != base64.b64decode(bert["salt"])
    assert raw["nonce"] != raw["sign_nonce"]
    # the wrapped database key: 32 bytes and a 16-byte tag
    assert len(base64.b64decode(anna["wrapped"])) == 48


def test_a_slot_is_handed_out_as_a_copy_of_what_the_file_holds():
    """The practice server stores each slot in a row of its own."""
    slots = keys.KeySlots.load(FIXTURE)
    anna = slots.slot("anna")
    assert anna == _slot(fixture_data(), "anna")
    assert slots.slot("recovery", "recovery") == _slot(fixture_data(), "recovery")
    assert slots.slot("recovery") is None and slots.slot("carla") is None
    assert anna is not None
    anna["kdf"]["iterations"] = 1  # changing the copy changes nothing in the slots
    anna["wrapped"] = ""
    assert slots.slot("anna") == _slot(fixture_data(), "anna")
    assert slots.unwrap_user("anna", ANNA) == DB_KEY


def test_the_recovery_slot_carries_the_signing_key_it_was_given():
    slots = keys.KeySlots.new(VAULT_ID)
    key = slots.add_recovery_slot(DB_KEY, kdf=keys.CHEAP_KDF, signing_key=RECOVERY_SIGNING)
    opened = slots.unwrap_recovery_keys(key)
    assert (opened.database_key, opened.signing_key, opened.signing_added) == (
        DB_KEY, RECOVERY_SIGNING, False)


def test_an_older_recovery_slot_gets_a_signing_key_only_when_asked():
    slots = keys.KeySlots.new(VAULT_ID)
    key = slots.add_recovery_slot(DB_KEY, kdf=keys.CHEAP_KDF)
    plain = slots.unwrap_recovery_keys(key)
    assert (plain.signing_key, plain.signing_added) == (None, False)
    added = slots.unwrap_recovery_keys(key, ensure_signing=True)
    assert added.signing_added and added.signing_key is not None
    again = slots.unwrap_recovery_keys(key, ensure_signing=True)
    assert (again.signing_key, again.signing_added) == (added.signing_key, False)


def test_only_the_known_trust_anchors_can_be_pinned():
    slots = keys.KeySlots.new(VAULT_ID)
    with pytest.raises(ValueError, match="boss"):
        slots.pin("boss", bytes(32))
    assert slots.pinned("boss") is None and slots.pinned("admin") is None


def test_a_new_slot_holds_exactly_the_fields_of_the_format():
    store = MemorySecretStore()
    slots = keys.KeySlots.new(VAULT_ID)
    slots.add_user_slot("anna", ANNA, DB_KEY, kdf=keys.CHEAP_KDF, signing_key=ANNA_SIGNING)
    slots.add_user_slot("bert", BERT, DB_KEY, kdf=keys.CHEAP_KDF, bind_to=store)
    slots.add_recovery_slot(DB_KEY, kdf=keys.CHEAP_KDF)
    common = {"id", "kind", "kdf", "salt", "nonce", "wrapped", "bound", "created"}
    found = {s["id"]: s for s in (slots.slot("anna"), slots.slot("bert"),
                                  slots.slot("recovery", "recovery")) if s}
    assert set(found["anna"]) == common | {"sign_public", "sign_nonce", "sign_wrapped"}
    assert set(found["bert"]) == common | {"keyring_entry"}
    assert set(found["recovery"]) == common
    assert all(set(s) == set(_slot(fixture_data(), s["id"])) - {"check"}
               for s in found.values() if s["id"] != "recovery")
    for slot in found.values():  # when it was written, in UTC
        created = datetime.fromisoformat(slot["created"])
        assert created.utcoffset() == timedelta(0)
        assert abs(datetime.now(UTC) - created) < timedelta(minutes=5)


def test_a_rewrap_of_a_bound_slot_reuses_its_keyring_secret():
    """A new secret under a new entry would leave the slot still on disk unopenable if
    saving the new key file failed, and would pile up entries in the keyring."""
    store = MemorySecretStore()
    slots = keys.KeySlots.new(VAULT_ID)
    slots.add_user_slot("anna", ANNA, DB_KEY, kdf=keys.CHEAP_KDF, bind_to=store)
    slots.add_user_slot("bert", BERT, DB_KEY, kdf=keys.CHEAP_KDF, bind_to=store)
    entries = dict(store._values)
    anna_entry = slots.slot("anna")["keyring_entry"]
    assert re.fullmatch(rf"{VAULT_ID}:anna:[0-9a-f]{{16}}", anna_entry)
    assert len(entries) == 2 and all(len(secret) == 32 for secret in entries.values())
    slots.rewrap_user("anna", "een nieuwe zin", DB_KEY, kdf=keys.CHEAP_KDF, bind_to=store)
    assert store._values == entries
    assert slots.slot("anna")["keyring_entry"] == anna_entry
    assert slots.unwrap_user("anna", "een nieuwe zin", store) == DB_KEY


@pytest.mark.parametrize("left", [None, bytes(16)], ids=["entry-gone", "entry-spoilt"])
def test_a_rewrap_without_a_usable_keyring_secret_binds_to_a_fresh_one(left):
    store = MemorySecretStore()
    slots = keys.KeySlots.new(VAULT_ID)
    slots.add_user_slot("anna", ANNA, DB_KEY, kdf=keys.CHEAP_KDF, bind_to=store)
    old_entry = slots.slot("anna")["keyring_entry"]
    store.delete(old_entry)
    if left is not None:
        store.put(old_entry, left)
    slots.rewrap_user("anna", "een nieuwe zin", DB_KEY, kdf=keys.CHEAP_KDF, bind_to=store)
    new_entry = slots.slot("anna")["keyring_entry"]
    assert new_entry != old_entry and len(store.get(new_entry) or b"") == 32
    assert store.get(old_entry) == left, "an existing entry is never overwritten"
    assert slots.unwrap_user("anna", "een nieuwe zin", store) == DB_KEY


def test_a_bound_slot_rewrapped_unbound_no_longer_needs_the_keyring():
    store = MemorySecretStore()
    slots = keys.KeySlots.new(VAULT_ID)
    slots.add_user_slot("anna", ANNA, DB_KEY, kdf=keys.CHEAP_KDF, bind_to=store)
    slots.rewrap_user("anna", "een nieuwe zin", DB_KEY, kdf=keys.CHEAP_KDF)
    assert not slots.is_bound("anna")
    assert "keyring_entry" not in (slots.slot("anna") or {})
    assert slots.unwrap_user("anna", "een nieuwe zin") == DB_KEY


def test_a_new_passphrase_for_a_damaged_slot_repairs_it(tmp_path):
    """An admin's reset (or the recovery key) writes the slot anew: it is no longer damaged,
    and saving gives it a checksum of its own."""
    data = fixture_data()
    _slot(data, "anna")["created"] = "2020-01-01T00:00:00+00:00"  # checksum not redone
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps(data))
    slots = keys.KeySlots.load(path)
    with pytest.raises(KeyslotsDamaged):
        slots.unwrap_user("anna", ANNA)
    slots.rewrap_user("anna", "een nieuwe zin", DB_KEY, kdf=keys.CHEAP_KDF)
    assert slots.unwrap_user("anna", "een nieuwe zin") == DB_KEY
    slots.save(path)
    assert keys.KeySlots.load(path).unwrap_user("anna", "een nieuwe zin") == DB_KEY
