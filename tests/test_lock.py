"""The "open elsewhere" lock holds on the folder itself (POSIX) or on an open lock file
(Windows), so deleting a file beside the database never lets a second process in."""

from __future__ import annotations

import os

import pytest

from casefile.errors import VaultInUse
from casefile.storage.lockfile import LOCK_NAME, FolderFlock, VaultLock, WindowsFileLock
from casefile.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE


def _reopen(vault, clock, secrets):
    return Vault.open(vault.path, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                      secrets=secrets)


@pytest.mark.skipif(os.name == "nt", reason="the POSIX folder lock")
def test_deleting_files_beside_the_database_does_not_release_the_lock(vault, clock, secrets):
    for name in (LOCK_NAME, "casefile.db-shm"):
        (vault.path / name).unlink(missing_ok=True)
    with pytest.raises(VaultInUse):
        _reopen(vault, clock, secrets)
    vault.lock()
    _reopen(vault, clock, secrets).lock()  # released with the vault


@pytest.mark.skipif(os.name == "nt", reason="the POSIX folder lock")
def test_posix_lock_is_a_flock_on_the_folder(tmp_path):
    first, second = VaultLock(tmp_path, FolderFlock()), VaultLock(tmp_path, FolderFlock())
    first.acquire()
    with pytest.raises(VaultInUse):
        second.acquire()
    assert list(tmp_path.iterdir()) == []  # no lock file that could be deleted
    first.release()
    second.acquire()
    second.release()


class FakeMsvcrt:
    """msvcrt.locking's contract: a byte range locked by one descriptor is refused to
    every other descriptor of the same file until unlocked."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self) -> None:
        self.held: dict[tuple[int, int], int] = {}
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        st = os.fstat(fd)
        key = (st.st_dev, st.st_ino)
        self.calls.append((mode, os.lseek(fd, 0, os.SEEK_CUR)))
        if mode == self.LK_NBLCK:
            if key in self.held and self.held[key] != fd:
                raise OSError(36, "Resource deadlock avoided")
            self.held[key] = fd
        elif self.held.get(key) == fd:
            del self.held[key]


def test_windows_branch_locks_the_open_lock_file(tmp_path):
    fake = FakeMsvcrt()
    first = VaultLock(tmp_path, WindowsFileLock(fake))
    second = VaultLock(tmp_path, WindowsFileLock(fake))
    first.acquire()
    assert (tmp_path / LOCK_NAME).exists()
    with pytest.raises(VaultInUse):
        second.acquire()
    first.release()
    assert not first.held and fake.held == {}
    second.acquire()
    assert second.held
    second.release()
    assert all(offset == 0 for _, offset in fake.calls)  # lock and unlock the same byte
