"""A full disk is "the disk is full; nothing was saved", never "damaged, restore from a
backup" (advice that would make a counsellor replace good data with an older copy)."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date

import pytest

from casefile import cli
from casefile.catalogue import error_message
from casefile.errors import DiskFull
from casefile.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.small_disk import fill, small_disk


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled_vault(vault):
    kid = vault.children.add(first_name="Merel", last_name="Verzonnen",
                             birth_date=date(2016, 4, 4))
    vault.notes.add(kid.id, text="Oefent met spelling.")
    return vault


def _vault_on_full_disk(filled_vault, disk):
    filled_vault.lock()
    copy = disk / "vault"
    shutil.copytree(filled_vault.path, copy)
    fill(disk)
    return copy


def test_open_on_a_full_disk_is_disk_full_and_writes_nothing(filled_vault, tmp_path, clock):
    with small_disk(tmp_path) as disk:
        copy = _vault_on_full_disk(filled_vault, disk)
        before = _digest(copy / "casefile.db")
        with pytest.raises(DiskFull):
            Vault.open(copy, user=ADMIN, passphrase=PASSPHRASE, clock=clock)
        assert _digest(copy / "casefile.db") == before
        (disk / "filler").unlink()
        Vault.open(copy, user=ADMIN, passphrase=PASSPHRASE, clock=clock).lock()


def test_cli_verify_on_a_full_disk_says_disk_full(filled_vault, tmp_path, capsys,
                                                  monkeypatch):
    with small_disk(tmp_path) as disk:
        copy = _vault_on_full_disk(filled_vault, disk)
        monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
        code = cli.main(["verify", "--vault", str(copy), "--user", ADMIN])
        captured = capsys.readouterr()
        assert code == cli.EXIT_USAGE
        assert captured.err.strip() == cli.words("en")(error_message(DiskFull()))
        assert "ok" not in captured.out


def test_backup_to_a_full_disk_is_disk_full(filled_vault, tmp_path):
    with small_disk(tmp_path) as disk:
        fill(disk, free=8192)
        with pytest.raises(DiskFull):
            filled_vault.backups.create(disk / "backups")
        assert not (disk / "backups").exists()
        assert filled_vault.backups.last_result()["ok"] is False


def test_export_to_a_full_disk_is_disk_full_and_records_nothing(filled_vault, tmp_path,
                                                                qapp):
    vault = filled_vault
    kid = vault.children.page()[0]
    school = vault.organisations.add(name="Basisschool De Linde", kind="school")
    mum = vault.guardians.add(kid.id, name="Iris Verzonnen", has_authority=True)
    from casefile import Category

    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
                          categories={Category.IDENTITY, Category.SESSION_NOTES},
                          given_by=[mum.id], method="written", valid_from=date(2026, 1, 1),
                          valid_until=date(2027, 1, 1))
    with small_disk(tmp_path) as disk:
        fill(disk, free=4096)
        with pytest.raises(DiskFull):
            vault.packets.create(kid.id, school.id, disk / "pakket.pdf")
        assert vault.packets.disclosures(kid.id) == []
        assert [p.name for p in disk.iterdir()] == ["filler"]


@pytest.mark.parametrize("free", [0, 20 * 1024])
def test_init_on_a_full_disk_is_one_sentence_and_leaves_nothing(tmp_path, capsys,
                                                                monkeypatch, free):
    with small_disk(tmp_path) as disk:
        fill(disk, free=free)
        monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
        code = cli.main(["init", "--vault", str(disk / "kluis"), "--user", ADMIN])
        assert code == cli.EXIT_USAGE
        assert capsys.readouterr().err.strip() == cli.words("en")(error_message(DiskFull()))
        assert [p.name for p in disk.iterdir()] == ["filler"]
