"""Each user slot carries its owner's Ed25519 signing key, wrapped under the same
Argon2id-derived key as the database key, with its public key bound in the associated data."""

from __future__ import annotations

import base64
import json

import pytest

from casefile.errors import KeyslotsDamaged
from casefile.storage import keys

CHEAP = keys.CHEAP_KDF
PASS = "lange wachtzin één"


def slots_with_key(tmp_path):
    db_key, signing = keys.generate_database_key(), keys.generate_signing_key()
    slots = keys.KeySlots.new("v1")
    slots.add_user_slot("anna", PASS, db_key, kdf=CHEAP, signing_key=signing)
    slots.pin("admin", keys.signing_public(signing))
    path = tmp_path / "keyslots.json"
    slots.save(path)
    return path, db_key, signing


def test_the_slot_opens_both_keys_and_a_rewrap_keeps_the_signing_key(tmp_path):
    path, db_key, signing = slots_with_key(tmp_path)
    slots = keys.KeySlots.load(path)
    opened = slots.unwrap_user_keys("anna", PASS)
    assert (opened.database_key, opened.signing_key) == (db_key, signing)
    assert slots.pinned("admin") == keys.signing_public(signing)
    assert slots.signing_public("anna") == keys.signing_public(signing)
    slots.rewrap_user("anna", "een andere zin", db_key, kdf=CHEAP, signing_key=signing)
    assert slots.unwrap_user_keys("anna", "een andere zin").signing_key == signing
    assert base64.b64encode(signing).decode() not in path.read_text(), "never in clear"


@pytest.mark.parametrize("field", ["sign_public", "sign_wrapped", "sign_nonce"])
def test_a_tampered_signing_part_is_damage_not_a_wrong_passphrase(tmp_path, field):
    path, _, _ = slots_with_key(tmp_path)
    data = json.loads(path.read_text())
    raw = bytearray(base64.b64decode(data["slots"][0][field]))
    raw[0] ^= 1
    data["slots"][0][field] = base64.b64encode(bytes(raw)).decode()
    path.write_text(json.dumps(data))
    with pytest.raises(KeyslotsDamaged):
        keys.KeySlots.load(path).unwrap_user_keys("anna", PASS)


def test_an_older_slot_gets_a_signing_key_only_when_asked(tmp_path):
    db_key = keys.generate_database_key()
    slots = keys.KeySlots.new("v1")
    slots.add_user_slot("anna", PASS, db_key, kdf=CHEAP)
    assert slots.unwrap_user_keys("anna", PASS).signing_key is None
    added = slots.unwrap_user_keys("anna", PASS, ensure_signing=True)
    assert added.signing_added and added.database_key == db_key
    again = slots.unwrap_user_keys("anna", PASS)
    assert again.signing_key == added.signing_key and not again.signing_added


def test_pins_are_set_once_and_checked_on_load(tmp_path):
    path, _, signing = slots_with_key(tmp_path)
    slots = keys.KeySlots.load(path)
    slots.pin("admin", bytes(32))
    assert slots.pinned("admin") == keys.signing_public(signing), "never replaced"
    data = json.loads(path.read_text())
    for pins in ({"admin": "AAAA"}, {"boss": data["pins"]["admin"]}, ["admin"]):
        path.write_text(json.dumps({**data, "pins": pins}))
        with pytest.raises(KeyslotsDamaged):
            keys.KeySlots.load(path)
