"""A full disk (issue 12) at note save, document import, packet, backup, key-slot rewrite,
`init` and open. Each answers with one sentence, code disk_full ("the disk is full; nothing
was saved"), never a traceback and never "damaged"; nothing already stored is lost or
changed: after freeing the space the vault reopens, verifies and holds what it held."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from casefile import cli
from casefile.catalogue import error_message
from casefile.errors import CasefileError, DiskFull
from casefile.integrity import check_vault
from casefile.vault import Vault
from reliability.campaign import State, read_state
from reliability.disks import tmpfs_possible

USER = "joost"
PASSPHRASE = "groene-kikker-springt-over-Dokkum"
NEW_PASSPHRASE = "oranje-kraanvogel-danst-in-Sneek"
SENTENCE = "The disk is full; nothing was saved."


class Stored:
    """A vault with something in it, and what it held before the disk filled up."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.vault = Vault.create(folder, user=USER, passphrase=PASSPHRASE)
        v, today = self.vault, date.today()
        kid = v.children.add(first_name="Sem", last_name="Hofstede", birth_date=date(2016, 2, 3))
        mum = v.guardians.add(kid.id, name="Lieke Hofstede", has_authority=True)
        self.school = v.organisations.add(name="Cbs De Klimop", kind="school")
        v.consents.record(kid.id, scope="disclosure", recipient_id=self.school.id,
                          purpose="Overstap", categories={"identity", "session_notes"},
                          given_by=[mum.id], method="written",
                          valid_from=today - timedelta(days=5),
                          valid_until=today + timedelta(days=300))
        v.notes.finalise(v.notes.add(kid.id, text="Leest vlot voor in groep 6.").id)
        self.draft = v.notes.add(kid.id, text="Eerste indruk: gemotiveerd.")
        self.document = v.documents.import_bytes(kid.id, b"%PDF-1.4 toetsverslag", "toets.pdf")
        self.kid = kid
        self.before = read_state(v, kid.id, PASSPHRASE)
        self.keyslots = (folder / "keyslots.json").read_bytes()
        v.checkpoint()  # an empty WAL: the next write needs new space

    def reopened_unchanged(self, passphrase: str = PASSPHRASE) -> State:
        """Lock, reopen, verify, and compare with what was stored before."""
        self.vault.lock()
        vault = Vault.open(self.folder, user=USER, passphrase=passphrase)
        try:
            assert check_vault(vault).ok
            found = read_state(vault, self.kid.id, passphrase)
            assert vault.documents.read(self.document.id) == b"%PDF-1.4 toetsverslag"
        finally:
            vault.lock()
        assert found.comparable() == self.before.comparable() or passphrase != PASSPHRASE
        return found


def raises_disk_full(call, *args, **kwargs) -> DiskFull:
    with pytest.raises(CasefileError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == "disk_full", f"answered {caught.value.code}: {caught.value}"
    assert error_message(caught.value).source == SENTENCE
    return caught.value


def leftovers(folder: Path) -> list[str]:
    """Files a failed call left behind (temp files, half packets), the filler aside."""
    return sorted(p.name for p in folder.rglob("*") if p.name != "filler.bin")


def noise(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def test_note_save_on_a_full_disk_keeps_the_last_save(full_tmpfs):
    stored = Stored(full_tmpfs.path / "vault")
    full_tmpfs.fill()
    long_text = " ".join(f"woord{i}" for i in range(15_000))
    raises_disk_full(stored.vault.notes.save_draft, stored.draft.id, text=long_text)
    full_tmpfs.free()
    # The session survives: the same save works once there is room again.
    saved = stored.vault.notes.save_draft(stored.draft.id, text="Na opruimen opgeslagen.")
    assert saved.text == "Na opruimen opgeslagen."
    stored.before.notes[stored.draft.id] = ("Na opruimen opgeslagen.", False, 1)
    stored.reopened_unchanged()


def test_document_import_on_a_full_disk_stores_nothing(full_tmpfs):
    stored = Stored(full_tmpfs.path / "vault")
    source = full_tmpfs.path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 " + noise(2_000_000))
    full_tmpfs.fill()
    raises_disk_full(stored.vault.documents.import_file, stored.kid.id, source)
    full_tmpfs.free()
    stored.reopened_unchanged()


def test_packet_to_a_full_disk_records_no_disclosure(small_disk, tmp_path, qapp):
    # qapp: the render needs a Qt application, and a later GUI test a QApplication
    stored = Stored(tmp_path / "vault")
    small_disk.fill()
    out = small_disk.path / "pakket.pdf"
    raises_disk_full(stored.vault.packets.create, stored.kid.id, stored.school.id, out)
    assert leftovers(small_disk.path) == [], "no half packet, no temp file"
    small_disk.free()
    assert stored.vault.packets.disclosures(stored.kid.id) == []
    stored.reopened_unchanged()


def test_backup_to_a_full_disk_says_so_and_leaves_nothing(full_tmpfs, tmp_path):
    stored = Stored(tmp_path / "vault")
    target = full_tmpfs.path / "usb"
    target.mkdir()
    full_tmpfs.fill()
    raises_disk_full(stored.vault.backups.create, target)
    full_tmpfs.free()
    assert leftovers(target) == []
    stored.reopened_unchanged()


def test_passphrase_change_on_a_full_disk_keeps_the_old_key_slot(small_disk):
    stored = Stored(small_disk.path / "vault")
    small_disk.fill()
    raises_disk_full(stored.vault.users.change_passphrase, NEW_PASSPHRASE)
    assert (stored.folder / "keyslots.json").read_bytes() == stored.keyslots
    stored.vault.lock()
    small_disk.fill()  # lock's checkpoint gave some space back
    # The offline rewrap (from the unlock window) too.
    raises_disk_full(Vault.change_passphrase, stored.folder, user=USER,
                     old_passphrase=PASSPHRASE, new_passphrase=NEW_PASSPHRASE)
    assert (stored.folder / "keyslots.json").read_bytes() == stored.keyslots
    assert [n for n in leftovers(stored.folder) if n.endswith(".tmp")] == []
    small_disk.free()
    stored.reopened_unchanged()


def test_init_on_a_nearly_full_disk_says_so_and_leaves_nothing(full_tmpfs):
    full_tmpfs.fill(leave=20_000)
    raises_disk_full(Vault.create, full_tmpfs.path / "nieuw", user=USER, passphrase=PASSPHRASE)
    assert leftovers(full_tmpfs.path) == []


def test_cli_init_on_a_nearly_full_disk_is_one_sentence(full_tmpfs, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    full_tmpfs.fill(leave=20_000)
    code = cli.main(["init", "--vault", str(full_tmpfs.path / "nieuw"), "--user", USER])
    err = capsys.readouterr().err
    assert (code, err) == (cli.EXIT_USAGE, SENTENCE + "\n")
    assert leftovers(full_tmpfs.path) == []


def test_open_on_a_full_disk_says_so_and_changes_nothing(full_tmpfs):
    stored = Stored(full_tmpfs.path / "vault")
    stored.vault.lock()
    full_tmpfs.fill()
    try:
        vault = Vault.open(stored.folder, user=USER, passphrase=PASSPHRASE)
    except CasefileError as exc:
        assert exc.code == "disk_full", f"answered {exc.code}: {exc}"
        assert error_message(exc).source == SENTENCE
    else:
        vault.lock()  # an open that needs no new space may succeed; it must not damage
    full_tmpfs.free()
    stored.vault = Vault.open(stored.folder, user=USER, passphrase=PASSPHRASE)
    stored.reopened_unchanged()


@pytest.mark.skipif(not tmpfs_possible(), reason="mounting a tmpfs needs root")
def test_the_small_disk_is_a_real_tmpfs(small_disk):
    """As root (CI) the tests above fill a real file system, not a simulation."""
    assert small_disk.tmpfs
    assert any(line.split()[1] == str(small_disk.path) for line in
               Path("/proc/mounts").read_text().splitlines())


def test_cli_verify_on_a_full_disk_says_disk_full_and_never_ok(full_tmpfs, monkeypatch,
                                                               capsys):
    stored = Stored(full_tmpfs.path / "vault")
    stored.vault.lock()
    before = (stored.folder / "casefile.db").read_bytes()
    full_tmpfs.fill()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    code = cli.main(["verify", "--vault", str(stored.folder), "--user", USER])
    out, err = capsys.readouterr()
    assert (code, err) == (cli.EXIT_USAGE, SENTENCE + "\n") and "ok" not in out
    assert (stored.folder / "casefile.db").read_bytes() == before
    full_tmpfs.free()
    stored.vault = Vault.open(stored.folder, user=USER, passphrase=PASSPHRASE)
    stored.reopened_unchanged()


def test_a_backup_folder_made_for_a_failed_backup_is_removed(full_tmpfs, tmp_path):
    stored = Stored(tmp_path / "vault")
    full_tmpfs.fill(leave=8192)
    raises_disk_full(stored.vault.backups.create, full_tmpfs.path / "new" / "deeper")
    assert not (full_tmpfs.path / "new").exists()
    assert stored.vault.backups.last_result()["ok"] is False
    full_tmpfs.free()
    stored.reopened_unchanged()
