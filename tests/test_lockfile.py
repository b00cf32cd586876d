"""The vault's OS lock: flock on POSIX, msvcrt on Windows (tested here with a stand-in that
behaves like msvcrt.locking: a byte range locked by one holder at a time)."""

from __future__ import annotations

import os

import pytest

from casefile.errors import VaultInUse
from casefile.storage.lockfile import FlockLocker, MsvcrtLocker, VaultLock, default_locker
from support import FakeMsvcrt


@pytest.mark.parametrize("make", [FlockLocker, lambda: MsvcrtLocker(FakeMsvcrt())],
                         ids=["flock", "msvcrt"])
def test_second_holder_is_refused_until_the_first_lets_go(tmp_path, make):
    if os.name == "nt" and make is FlockLocker:
        pytest.skip("flock is POSIX only")
    locker = make()
    first, second = VaultLock(tmp_path, locker), VaultLock(tmp_path, locker)
    first.acquire()
    with pytest.raises(VaultInUse):
        second.acquire()
    assert first.held and not second.held
    first.release()
    second.acquire()
    second.release()


def test_msvcrt_locks_the_first_byte_wherever_the_file_position_is(tmp_path):
    fake = FakeMsvcrt()
    locker = MsvcrtLocker(fake)
    fd = os.open(tmp_path / "f", os.O_RDWR | os.O_CREAT)
    try:
        os.write(fd, b"xyz")  # the position is now 3
        locker.lock(fd)
        os.lseek(fd, 2, os.SEEK_SET)
        locker.unlock(fd)
    finally:
        os.close(fd)
    assert fake.calls == [(fake.LK_NBLCK, 0, 1), (fake.LK_UNLCK, 0, 1)]


def test_default_locker_fits_the_system():
    expected = MsvcrtLocker if os.name == "nt" else FlockLocker
    assert isinstance(default_locker(), expected)
