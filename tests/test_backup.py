"""Backups: the file is encrypted throughout, verified, remembered; restore refuses what it
cannot trust and leaves nothing behind. (Round trip and damage: tests/test_rights.py.)"""

from __future__ import annotations

import json
from datetime import date

import pytest

from casefile.errors import BackupDamaged, BackupFailed, FolderNotEmpty, WrongPassphrase
from casefile.storage import backup
from casefile.vault import Vault, restore_backup
from support import ADMIN, PASSPHRASE, access_report_json

CANARY = "Quirijnsbroek"


@pytest.fixture
def filled(vault):
    kid = vault.children.add(first_name=CANARY, last_name="Hoekstra",
                             birth_date=date(2014, 8, 8))
    vault.notes.add(kid.id, text=f"Leesles met {CANARY}")
    return kid


def test_backup_is_encrypted_verified_and_remembered(vault, filled, tmp_path):
    folder = tmp_path / "usb"
    steps = []
    result = vault.backups.create(folder, progress=lambda d, t: steps.append(d))
    assert steps == [1, 2, 3]
    data = result.path.read_bytes()
    assert data.startswith(backup.MAGIC) and b"SQLite format 3" not in data
    assert CANARY.encode() not in data
    assert result.path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == [result.path.name]  # no temp copy left
    assert result.tables["children"] == 1 and result.tables["notes"] == 1
    if vault.context.engine != "server":  # a server keeps it only in its own records
        status = json.loads((vault.path / backup.STATUS_FILE).read_text())
        assert status["ok"] is True and set(status) == {"ok", "at"}
    assert vault.backups.last_result()["ok"] is True
    assert vault.audit.events(action="backup")[0].outcome == "ok"


def test_a_failed_backup_says_so_now_and_at_next_start(vault, filled, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"")
    with pytest.raises(BackupFailed):
        vault.backups.create(blocked)
    assert vault.backups.last_result()["ok"] is False
    local = vault.context.engine != "server"
    vault.lock()
    if local:  # a folder's status file, read before unlock
        assert backup.read_status(vault.path)["ok"] is False


def test_prune_deletes_only_our_oldest(tmp_path):
    names = [f"casefile-backup-2026010{i}T000000000000Z.cfbak" for i in range(1, 5)]
    for name in [*names, "holiday-photos.cfbak", "notes.txt"]:
        (tmp_path / name).write_bytes(b"x")
    removed = backup.prune(tmp_path, keep=2)
    assert [p.name for p in removed] == names[:2]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*names[2:], "holiday-photos.cfbak", "notes.txt"])


def test_restore_unwraps_before_writing_and_refuses_a_used_folder(vault, filled, tmp_path):
    result = vault.backups.create(tmp_path / "b")
    target = tmp_path / "restored"
    with pytest.raises(WrongPassphrase):
        Vault.restore(result.path, target, user=ADMIN, passphrase="verkeerd-wachtwoord-123")
    assert not target.exists()
    assert not list(tmp_path.glob(".restored*"))
    used = tmp_path / "used"
    used.mkdir()
    (used / "iets.txt").write_text("x")
    with pytest.raises(FolderNotEmpty):
        Vault.restore(result.path, used, user=ADMIN, passphrase=PASSPHRASE)
    assert [p.name for p in used.iterdir()] == ["iets.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()  # an existing empty folder is a new folder too
    vault.lock()
    with restore_backup(result.path, empty, user=ADMIN, passphrase=PASSPHRASE) as restored:
        assert restored.children.page()[0].first_name == CANARY
        assert restored.audit.verify().ok


def test_a_file_that_is_not_a_backup_is_damaged(tmp_path):
    for content in (b"", b"CASEFILE-BACKUP\n{not json\n", b"PK\x03\x04 a zip file"):
        path = tmp_path / "x.cfbak"
        path.write_bytes(content)
        with pytest.raises(BackupDamaged):
            backup.read_backup(path)


def test_cli_damaged_backup_is_one_sentence_and_exit_2(vault, filled, tmp_path, capsys,
                                                       monkeypatch):
    from casefile import cli
    from casefile.catalogue import error_message

    result = vault.backups.create(tmp_path / "b")
    broken = tmp_path / "broken.cfbak"
    broken.write_bytes(result.path.read_bytes()[:-1])
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    code = cli.main(["restore", "--from", str(broken), "--to", str(tmp_path / "r"),
                     "--user", ADMIN])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_USAGE and err == cli.words("en")(error_message(BackupDamaged()))
    assert not (tmp_path / "r").exists()


def test_cli_access_report_prints_the_password_once(vault, vault_dir, filled, tmp_path,
                                                    capsys, monkeypatch, qapp):
    import pypdf

    from casefile import cli

    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "inzage.pdf"
    assert cli.main(["access-report", "--vault", str(vault_dir), "--user", ADMIN,
                     "--child", str(filled.id), "--out", str(out)]) == 0
    password = capsys.readouterr().out.strip().splitlines()[-1]
    reader = pypdf.PdfReader(out)
    assert reader.is_encrypted and reader.decrypt(password)
    assert CANARY in reader.pages[0].extract_text()
    assert access_report_json(out, password)["child"]["id"] == f"child/{filled.id}"
    assert cli.main(["access-report", "--vault", str(vault_dir), "--user", ADMIN,
                     "--child", str(filled.id), "--out", str(out)]) == cli.EXIT_USAGE


def test_backup_folders_are_private_and_a_failure_leaves_none(vault, filled, tmp_path,
                                                               monkeypatch):
    nested = tmp_path / "usb" / "casefile" / "backups"
    vault.backups.create(nested)
    for folder in (nested, nested.parent, nested.parent.parent):
        assert folder.stat().st_mode & 0o777 == 0o700

    def fails(*args, **kwargs):
        raise BackupFailed()

    monkeypatch.setattr(backup, "_verify_copy", fails)
    with pytest.raises(BackupFailed):
        vault.backups.create(tmp_path / "new" / "deeper")
    assert not (tmp_path / "new").exists()
    with pytest.raises(BackupFailed):  # an existing folder stays, with only its own files
        vault.backups.create(nested)
    assert len(list(nested.iterdir())) == 1


def _with_header(data: bytes, **changes) -> bytes:
    head, rest = data[len(backup.MAGIC):].split(b"\n", 1)
    header = {**json.loads(head), **changes}
    return backup.MAGIC + json.dumps(header).encode() + b"\n" + rest


@pytest.mark.parametrize("changes", [
    {"keyslots_length": 10**12}, {"keyslots_length": -1}, {"keyslots_length": "12"},
    {"keyslots_length": True}, {"database_length": None}, {"format": [1]},
])
def test_a_crafted_header_is_damage_not_a_memory_error(vault, filled, tmp_path, changes):
    result = vault.backups.create(tmp_path / "b")
    crafted = tmp_path / "crafted.cfbak"
    crafted.write_bytes(_with_header(result.path.read_bytes(), **changes))
    with pytest.raises(BackupDamaged):
        backup.read_backup(crafted)
    for header in (b"[1, 2]", b"null", b"[" * 50_000):
        crafted.write_bytes(backup.MAGIC + header + b"\n")
        with pytest.raises(BackupDamaged):
            backup.read_backup(crafted)


def _rehashed(data: bytes, flip_at: int | None = None, **changes) -> bytes:
    """The backup with a byte of its database flipped and the header's hashes recomputed,
    so only the checks inside the database can notice."""
    import hashlib

    head, rest = data[len(backup.MAGIC):].split(b"\n", 1)
    header = json.loads(head)
    slots, db = rest[:header["keyslots_length"]], bytearray(rest[header["keyslots_length"]:])
    if flip_at is not None:
        db[flip_at] ^= 0xFF
    header.update(database_sha256=hashlib.sha256(db).hexdigest(), **changes)
    return backup.MAGIC + json.dumps(header).encode() + b"\n" + slots + bytes(db)


@pytest.mark.parametrize("damage", [
    {"flip_at": 5 * 4096 + 700},
    {"tables": {"children": 2}},
])
def test_restore_runs_the_full_check_and_leaves_nothing(vault, filled, tmp_path, damage):
    result = vault.backups.create(tmp_path / "b")
    vault.lock()
    forged = tmp_path / "forged.cfbak"
    forged.write_bytes(_rehashed(result.path.read_bytes(), **damage))
    backup.read_backup(forged)  # the file's own hashes are fine
    target = tmp_path / "restored"
    with pytest.raises(BackupDamaged):
        restore_backup(forged, target, user=ADMIN, passphrase=PASSPHRASE)
    # nothing of the restore is left: what is there is the backup, the forgery and the
    # fixture's vault folder (none for a server)
    assert {p.name for p in tmp_path.iterdir()} - {"vault"} == {"b", "forged.cfbak"}
    restore_backup(result.path, target, user=ADMIN, passphrase=PASSPHRASE).lock()


@pytest.mark.parametrize("body", [b'{"ok": "yes", "at": "x"}', b"[1]", b'{"ok": true}',
                                  b'{"ok": true, "at": 5}', b"[" * 10_000, b"\xff"])
def test_a_crafted_status_file_reads_as_none(tmp_path, body):
    (tmp_path / backup.STATUS_FILE).write_bytes(body)
    assert backup.read_status(tmp_path) is None
