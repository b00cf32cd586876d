"""Every parser of outside data checks types and sizes before use: arbitrary JSON in a key
file, a backup header or a packet manifest gives the one domain error, never another
exception (a traceback in the GUI or the CLI)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile import packet_format
from casefile.errors import CasefileError
from casefile.storage import backup, keys

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**15), 10**15) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=6),
    max_leaves=20)
FIELDS = st.sampled_from(["format", "vault_id", "db_salt", "slots", "check", "id", "kind",
                          "kdf", "salt", "nonce", "wrapped", "bound", "memory_kib",
                          "iterations", "lanes", "keyslots_length", "database_length",
                          "items", "public_key", "key", "sha256", "file", "tables"])
fuzz = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _valid_key_file() -> dict:
    slots = keys.KeySlots.new("vault-a")
    slots.db_salt = "ab" * 16
    slots.add_user_slot("anna", "geheim", bytes(32), kdf=keys.CHEAP_KDF)
    slots.add_recovery_slot(bytes(32), kdf=keys.CHEAP_KDF)
    return {"format": keys.FORMAT, "vault_id": "vault-a", "db_salt": slots.db_salt,
            "slots": slots._slots}


def _replace_somewhere(data: object, field: str, value: object) -> object:
    """`data` with every value under `field` (at any depth) replaced by `value`."""
    if isinstance(data, dict):
        return {k: value if k == field else _replace_somewhere(v, field, value)
                for k, v in data.items()}
    if isinstance(data, list):
        return [_replace_somewhere(v, field, value) for v in data]
    return data


@fuzz
@given(field=FIELDS, value=JSON)
def test_a_tampered_key_file_is_only_ever_a_domain_error(tmp_path, field, value):
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps(_replace_somewhere(_valid_key_file(), field, value)))
    try:
        slots = keys.KeySlots.load(path)
        slots.unwrap_user("anna", "geheim")
        slots.unwrap_recovery(keys.generate_recovery_key())
    except CasefileError:
        pass


@fuzz
@given(value=JSON)
def test_any_json_as_a_key_file_is_only_ever_a_domain_error(tmp_path, value):
    path = tmp_path / "keyslots.json"
    path.write_text(json.dumps(value))
    try:
        keys.KeySlots.load(path).unwrap_user("anna", "geheim")
    except CasefileError:
        pass


@fuzz
@given(header=JSON)
def test_any_backup_header_is_only_ever_backup_damaged(tmp_path, header):
    path = tmp_path / "x.cfbak"
    path.write_bytes(backup.MAGIC + json.dumps(header).encode() + b"\n" + b"{}" * 10)
    with pytest.raises(CasefileError):
        backup.read_backup(path)


@fuzz
@given(field=FIELDS, value=JSON, content=JSON)
def test_any_manifest_is_checked_before_use(field, value, content):
    manifest = {"public_key": "AAAA", "items": [
        {"key": "note:1", "sha256": "00", "file": "documents/1.pdf"}, {"key": "x", "sha256": "1"}]}
    crafted = _replace_somewhere(manifest, field, value)
    try:
        checked = packet_format._checked_manifest(crafted)
    except ValueError:
        return
    files = {packet_format.CONTENT: json.dumps(content).encode(), "documents/1.pdf": b"%PDF"}
    assert isinstance(packet_format._item_problems(checked, files), list)
    assert isinstance(packet_format._unlisted(checked, files), list)
