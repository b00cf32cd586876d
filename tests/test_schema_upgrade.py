"""Schema upgrades: a vault written by the release of December 2026 (tests/fixtures,
made by tests/fixtures/make_fixture_vault.py from main at 5a66fdc) opens with this code
and migrates, and a verified backup of it as it was is taken before any migration runs."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from casefile.errors import DiskFull
from casefile.integrity import check_vault
from casefile.storage import backup, database, keys
from casefile.vault import Vault, restore_backup

FIXTURE = Path(__file__).parent / "fixtures" / "vault-2026-12"
PASSPHRASE = "fixture-oude-kluis-Zandvoort-2026"  # fictional, cheap KDF: a test fixture
FIXTURE_SCHEMA = 5
PRETEND = (99, "pretend_upgrade", "CREATE TABLE upgrade_probe (x INTEGER);")


@pytest.fixture
def old_vault(tmp_path) -> Path:
    copy = tmp_path / "oud"
    shutil.copytree(FIXTURE, copy)
    return copy


def _open(path: Path, clock) -> Vault:
    return Vault.open(path, user="anna", passphrase=PASSPHRASE, clock=clock)


def _schema(vault: Vault) -> int:
    return database.schema_version(vault.context.db())


def _with_a_newer_migration(monkeypatch) -> None:
    bundled = database.migration_files()
    monkeypatch.setattr(database, "migration_files", lambda: [*bundled, PRETEND])


def test_the_fixture_is_what_that_release_wrote(old_vault):
    slots = keys.KeySlots.load(old_vault / "keyslots.json")
    assert slots.slot_ids() == ["anna", "recovery"]
    assert "check" not in (old_vault / "keyslots.json").read_text()  # before checksums
    assert not (old_vault / "casefile.db-wal").exists()


def test_the_old_vault_opens_migrates_and_verifies(old_vault, clock, qapp):
    latest = database.migration_files()[-1][0]
    with _open(old_vault, clock) as vault:
        assert _schema(vault) == latest
        [kid] = vault.children.page()
        assert kid.first_name == "Floortje"
        [note] = vault.notes.list(kid.id)
        assert note.text.startswith("Oefent met lange woorden")
        [doc] = vault.documents.list(kid.id)
        assert vault.documents.read(doc.id) == b"%PDF-1.4 fixture-rapport"
        assert len(vault.packets.disclosures(kid.id)) == 1
        assert check_vault(vault).ok
    if latest == FIXTURE_SCHEMA:  # nothing to migrate yet: no backup was needed
        assert not (old_vault / backup.UPGRADE_DIR).exists()


def test_a_verified_backup_is_taken_before_any_migration(old_vault, clock, monkeypatch):
    _with_a_newer_migration(monkeypatch)
    seen = []
    real_migrate = database.migrate

    def migrate(conn, now_iso):
        seen.append(sorted((old_vault / backup.UPGRADE_DIR).glob("*.cfbak")))
        return real_migrate(conn, now_iso)

    monkeypatch.setattr(database, "migrate", migrate)
    with _open(old_vault, clock) as vault:
        assert _schema(vault) == PRETEND[0]
    [[made]] = seen  # the backup existed before the migration ran
    assert (old_vault / backup.UPGRADE_DIR).stat().st_mode & 0o777 == 0o700
    header = backup.read_backup(made).header  # whole, and this vault's
    assert header["vault_id"] == keys.KeySlots.load(old_vault / "keyslots.json").vault_id


def test_the_backup_holds_the_vault_as_it_was(old_vault, clock, monkeypatch, tmp_path):
    _with_a_newer_migration(monkeypatch)
    _open(old_vault, clock).lock()
    [made] = sorted((old_vault / backup.UPGRADE_DIR).glob("*.cfbak"))
    monkeypatch.undo()  # back to the migrations this code bundles
    with restore_backup(made, tmp_path / "terug", user="anna", passphrase=PASSPHRASE,
                        clock=clock) as restored:
        names = {r[0] for r in restored.context.db().execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "upgrade_probe" not in names and restored.children.count() == 1


def test_no_migration_runs_when_the_backup_cannot_be_made(old_vault, clock, monkeypatch):
    _with_a_newer_migration(monkeypatch)

    def full(*args, **kwargs):
        raise DiskFull()

    monkeypatch.setattr(backup, "before_upgrade", full)
    before = hashlib.sha256((old_vault / "casefile.db").read_bytes()).hexdigest()
    with pytest.raises(DiskFull):
        _open(old_vault, clock)
    assert hashlib.sha256((old_vault / "casefile.db").read_bytes()).hexdigest() == before
    monkeypatch.undo()
    with _open(old_vault, clock) as vault:
        assert _schema(vault) == database.migration_files()[-1][0]
