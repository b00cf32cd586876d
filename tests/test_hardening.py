"""Secrets do not outlive the lock, and the process writes no core."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from datetime import date

import pytest

import memory_scan
from casefile import hardening
from casefile.storage import keys

PROBE = """
import json, resource, sys
from casefile import cli, hardening
before = hardening.is_dumpable()
try:
    cli.main(["--help"])
except SystemExit:
    pass
print(json.dumps({"before": before, "after": hardening.is_dumpable(),
                  "core": resource.getrlimit(resource.RLIMIT_CORE)}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_entry_point_makes_the_process_non_dumpable_without_cores():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=60, check=True)
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state == {"before": True, "after": False, "core": [0, 0]}


def test_elsewhere_the_missing_steps_are_skipped(monkeypatch):
    calls = []
    monkeypatch.setattr(hardening, "_no_core_dumps", lambda: calls.append("core") or False)
    monkeypatch.setattr(hardening, "_not_dumpable", lambda: calls.append("prctl") or True)
    assert hardening.harden_process("win32") == []
    assert calls == ["core"]  # prctl is never tried off Linux
    assert hardening.harden_process("darwin") == []


def _reachable_text() -> list[object]:
    """Every str, bytes and bytearray of 16 characters or more that an object tracked by
    the collector refers to (strings are not tracked themselves, so they are found through
    their holders), each once."""
    gc.collect()
    found, seen = [], set()
    for holder in gc.get_objects():
        for ref in gc.get_referents(holder):
            if isinstance(ref, str | bytes | bytearray) and len(ref) >= 16 \
                    and id(ref) not in seen:
                seen.add(id(ref))
                found.append(ref)
    return found


def test_after_lock_no_object_holds_the_key_or_the_recovery_key(vault, tmp_path, qapp):
    kid = vault.children.add(first_name="Pien", last_name="Verzonnen",
                             birth_date=date(2016, 6, 6))
    vault.notes.add(kid.id, text="Sessie")
    vault.backups.create(tmp_path / "b")
    # The needles are kept masked, so the test itself holds no copy to find.
    raw = vault.context.database_key()
    masks = {name: bytes(b ^ 0x5A for b in value) for name, value in (
        ("raw", raw),
        ("hex", raw.hex().encode()),  # gone from memory too: see the test below
        ("audit", keys.derive_key(raw, vault.vault_id, keys.AUDIT_LABEL)),
        ("recovery", vault.recovery_key.encode()),
    )}
    del raw
    vault.lock()
    assert vault.recovery_key is None
    assert _leaks(masks) == []


def _leaks(masks: dict[str, bytes]) -> list[str]:
    text = _reachable_text()
    found = []
    for name, masked in masks.items():
        needle = bytes(b ^ 0x5A for b in masked)
        variants = [needle, needle.upper()]
        if needle.isascii():
            variants += [v.decode() for v in variants]
        if any(isinstance(v, str) == isinstance(ref, str) and v in ref
               for ref in text for v in variants):
            found.append(name)
    return found


def test_after_lock_the_memory_holds_no_hex_key(vault, tmp_path):
    """What a core dump after lock() would show: the key was never hex text in Python,
    and SQLCipher wipes its own copy when the connection closes."""
    reason = memory_scan.available()
    if reason:
        pytest.skip(reason)
    kid = vault.children.add(first_name="Fenna", last_name="Verzonnen",
                             birth_date=date(2017, 7, 7))
    vault.notes.add(kid.id, text="Sessie")
    vault.backups.create(tmp_path / "b")
    hex_key = memory_scan.masked_hex(vault.context.database_key())
    vault.lock()
    gc.collect()
    assert memory_scan.occurrences(hex_key) == 0
