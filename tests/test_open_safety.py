"""A failed open never writes: a stray WAL (another vault's, or an older one of this same
vault) is refused before SQLite could fold it into casefile.db."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date

import pytest

from casefile.errors import StrayWal
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_children(vault: Vault, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        vault.children.add(first_name=f"Kind{i}", last_name="Verzonnen",
                           birth_date=date(2015, 1, 1))


def _wal_of_open_vault(vault: Vault, tmp_path, name: str):
    """A copy of the WAL as a crash would leave it (closing folds it in)."""
    wal = vault.path / "casefile.db-wal"
    assert wal.stat().st_size > 32
    copy = tmp_path / name
    shutil.copy(wal, copy)
    return copy


def _assert_refused_unchanged(vault_dir, stray, clock, secrets, rolled_back=False) -> None:
    shutil.copy(stray, vault_dir / "casefile.db-wal")
    before = _digest(vault_dir / "casefile.db")
    with pytest.raises(StrayWal) as caught:
        Vault.open(vault_dir, user=ADMIN, passphrase=PASSPHRASE, clock=clock, secrets=secrets)
    assert caught.value.params["name"] == "casefile.db-wal"
    assert _digest(vault_dir / "casefile.db") == before
    assert (vault_dir / "casefile.db-wal").read_bytes() == stray.read_bytes()
    assert not (vault_dir / "pending-audit.json").exists()
    # Moved away, the untouched database opens with everything it held.
    (vault_dir / "casefile.db-wal").unlink()
    with Vault.open(vault_dir, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                    secrets=secrets) as again:
        report = again.audit.verify()
        # An older database put back is a rollback: its chain is whole, but the head
        # written beside the vault at the last lock is no longer in it.
        heads = [p for p in report.problems if p.startswith("head")]
        assert report.first_broken_id is None and bool(heads) == rolled_back
        assert len(heads) == len(report.problems), report.problems


def test_wal_of_another_vault_is_refused_and_nothing_written(tmp_path, vault, clock,
                                                              secrets):
    other = Vault.create(tmp_path / "other", user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                         secrets=secrets)
    _add_children(other, 30)
    stray = _wal_of_open_vault(other, tmp_path, "other.wal")
    other.lock()
    _add_children(vault, 3)
    vault.lock()
    _assert_refused_unchanged(vault.path, stray, clock, secrets)


def test_older_wal_of_the_same_vault_is_refused_and_nothing_written(tmp_path, vault, clock,
                                                                     secrets):
    _add_children(vault, 20)
    stray = _wal_of_open_vault(vault, tmp_path, "older.wal")
    vault.checkpoint()
    _add_children(vault, 200, start=20)
    vault.lock()
    _assert_refused_unchanged(vault.path, stray, clock, secrets)


def test_newer_wal_beside_an_older_database_is_refused(tmp_path, vault, clock, secrets):
    """A restore file by file: the database from an older copy, the WAL left from now."""
    _add_children(vault, 5)
    vault.checkpoint()
    older_db = tmp_path / "older.db"
    shutil.copy(vault.path / "casefile.db", older_db)
    _add_children(vault, 300, start=5)
    vault.checkpoint()
    _add_children(vault, 40, start=305)
    stray = _wal_of_open_vault(vault, tmp_path, "newer.wal")
    vault.lock()
    shutil.copy(older_db, vault.path / "casefile.db")
    _assert_refused_unchanged(vault.path, stray, clock, secrets, rolled_back=True)


def test_own_wal_after_a_crash_is_replayed(tmp_path, vault, clock, secrets):
    """The check must not refuse what a crash leaves: the vault's own, newer WAL."""
    _add_children(vault, 5)
    crash = tmp_path / "crash"
    shutil.copytree(vault.path, crash, ignore=shutil.ignore_patterns("casefile.lock"))
    vault.lock()
    with Vault.open(crash, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                    secrets=secrets) as reopened:
        assert reopened.children.count() == 5


def _flip_page(db, pgno: int) -> None:
    data = bytearray(db.read_bytes())
    data[(pgno - 1) * 4096 + 100] ^= 0xFF
    db.write_bytes(bytes(data))


def test_a_vault_found_damaged_gets_no_lock_event(vault):
    from casefile.integrity import check_vault

    _add_children(vault, 40)
    vault.checkpoint()
    db = vault.path / "casefile.db"
    _flip_page(db, 2 + (db.stat().st_size // 4096) // 2)
    assert not check_vault(vault).ok
    before = _digest(db)
    vault.lock()
    assert _digest(db) == before
    wal = vault.path / "casefile.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_damaged_database_refuses_to_open_without_a_write(vault, clock, secrets):
    from casefile.errors import DatabaseDamaged

    _add_children(vault, 40)
    vault.lock()
    db = vault.path / "casefile.db"
    _flip_page(db, 1)
    before = _digest(db)
    with pytest.raises(DatabaseDamaged):
        Vault.open(vault.path, user=ADMIN, passphrase=PASSPHRASE, clock=clock, secrets=secrets)
    assert _digest(db) == before


def test_damaged_salt_bytes_are_damage_not_another_vault(vault, clock, secrets):
    from casefile.errors import DatabaseDamaged

    vault.lock()
    db = vault.path / "casefile.db"
    data = bytearray(db.read_bytes())
    data[3] ^= 0x10
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        Vault.open(vault.path, user=ADMIN, passphrase=PASSPHRASE, clock=clock, secrets=secrets)
    assert db.read_bytes() == bytes(data)


def test_a_damaged_key_file_is_not_written_to(vault, clock, secrets):
    import json

    vault.lock()
    slots = vault.path / "keyslots.json"
    data = json.loads(slots.read_text())
    data["slots"][0]["wrapped"] = data["slots"][0]["wrapped"][:-4] + "AAA="
    slots.write_text(json.dumps(data))
    before = sorted(p.name for p in vault.path.iterdir())
    from casefile.errors import KeyslotsDamaged

    with pytest.raises(KeyslotsDamaged):
        Vault.open(vault.path, user=ADMIN, passphrase=PASSPHRASE, clock=clock, secrets=secrets)
    assert sorted(p.name for p in vault.path.iterdir()) == before  # no pending-audit.json


def test_pending_events_from_the_folder_are_checked_before_use(vault, clock, secrets):
    import json

    vault.lock()
    crafted = [{"action": "erase", "outcome": "ok", "at": "x"}, {"action": ["x"]}, "junk",
               {"action": "unlock", "outcome": "failed", "reason": "r" * 10_000},
               {"action": "unlock", "outcome": "failed", "reason": "wrong_passphrase",
                "extra": "dropped"}]
    (vault.path / "pending-audit.json").write_text(json.dumps(crafted))
    with Vault.open(vault.path, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                    secrets=secrets) as again:
        failed = [e for e in again.audit.events(action="unlock") if e.outcome == "failed"]
        assert len(failed) == 1 and "extra" not in failed[0].details
        assert not again.audit.events(action="erase")


def test_a_torn_frame_after_the_last_commit_is_not_a_stray_wal(tmp_path, vault, clock,
                                                               secrets):
    """A crash mid-write leaves a frame SQLite ignores (its checksum fails): it must not
    make the vault's own WAL look foreign (a foreign one: the tests above)."""
    import os

    _add_children(vault, 5)
    crash = tmp_path / "crash"
    shutil.copytree(vault.path, crash, ignore=shutil.ignore_patterns("casefile.lock"))
    vault.lock()
    wal = crash / "casefile.db-wal"
    data = wal.read_bytes()
    torn = data[32:40] + data[16:24] + bytes(8) + os.urandom(4096)  # its salts, no checksum
    wal.write_bytes(data + torn)
    with Vault.open(crash, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                    secrets=secrets) as reopened:
        assert reopened.children.count() == 5
