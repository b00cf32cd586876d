"""The "open elsewhere" lock: an OS file lock that dies with its process."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from casefile.errors import FolderNotWritable, VaultInUse

LOCK_NAME = "casefile.lock"


class Locker(Protocol):
    """Locks an open file without waiting (OSError when another process holds it)."""

    def lock(self, fd: int) -> None: ...

    def unlock(self, fd: int) -> None: ...


class VaultLock:
    def __init__(self, folder: Path, locker: Locker | None = None) -> None:
        self._path = folder / LOCK_NAME
        self._fd: int | None = None
        self._locker = locker or default_locker()

    def acquire(self) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError as exc:
            raise FolderNotWritable() from exc
        try:
            self._locker.lock(fd)
        except OSError:
            os.close(fd)
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            self._locker.unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


class FlockLocker:
    """POSIX (Linux, macOS): an advisory lock on the whole file."""

    def __init__(self) -> None:
        import fcntl

        self._fcntl = fcntl

    def lock(self, fd: int) -> None:
        self._fcntl.flock(fd, self._fcntl.LOCK_EX | self._fcntl.LOCK_NB)

    def unlock(self, fd: int) -> None:
        self._fcntl.flock(fd, self._fcntl.LOCK_UN)


class MsvcrtLocker:
    """Windows: a mandatory lock on the file's first byte. `msvcrt` is passed in, so the
    branch is tested on every system with a stand-in that behaves like it."""

    def __init__(self, msvcrt_module=None) -> None:
        if msvcrt_module is None:
            import msvcrt as msvcrt_module
        self._msvcrt = msvcrt_module

    def lock(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks from the current position
        self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, 1)

    def unlock(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, 1)


def default_locker() -> Locker:
    return MsvcrtLocker() if os.name == "nt" else FlockLocker()
