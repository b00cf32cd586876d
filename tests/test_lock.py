"""The "open elsewhere" lock holds on the folder itself (POSIX) or on an open lock file
(Windows), so deleting a file beside the database never lets a second process in."""

from __future__ import annotations

import os

import pytest

from casefile.errors import VaultInUse
from casefile.storage.lockfile import LOCK_NAME, FlockLocker, MsvcrtLocker, VaultLock
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE, FakeMsvcrt

posix_only = pytest.mark.skipif(os.name == "nt", reason="the POSIX folder lock")


def _reopen(vault, clock, secrets):
    return Vault.open(vault.path, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                      secrets=secrets)


@posix_only
def test_deleting_files_beside_the_database_does_not_release_the_lock(vault, clock, secrets):
    for name in (LOCK_NAME, "casefile.db-shm"):
        (vault.path / name).unlink(missing_ok=True)
    with pytest.raises(VaultInUse):
        _reopen(vault, clock, secrets)
    vault.lock()
    _reopen(vault, clock, secrets).lock()  # released with the vault


@posix_only
def test_posix_lock_is_a_flock_on_the_folder(tmp_path):
    first, second = VaultLock(tmp_path, FlockLocker()), VaultLock(tmp_path, FlockLocker())
    first.acquire()
    with pytest.raises(VaultInUse):
        second.acquire()
    assert list(tmp_path.iterdir()) == []  # no lock file that could be deleted
    first.release()
    second.acquire()
    second.release()


def test_windows_branch_holds_the_lock_file_open(tmp_path):
    fake = FakeMsvcrt()
    first = VaultLock(tmp_path, MsvcrtLocker(fake))
    first.acquire()
    assert (tmp_path / LOCK_NAME).exists()
    assert len(fake.held) == 1
    first.release()
    assert fake.held == {}
