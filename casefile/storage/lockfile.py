"""The "open elsewhere" lock: an OS lock that dies with its process, held on something that
cannot be removed while the vault is open.

On POSIX it is a `flock` on the vault folder's own descriptor: deleting a lock file would
not release it, and it is never an `fcntl` lock on casefile.db, which SQLite's own locks
on that file would silently release. On Windows a file opened without share-delete cannot
be removed while it is open, so `casefile.lock` is held open and byte-range locked."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from casefile.errors import FolderNotWritable, VaultInUse

LOCK_NAME = "casefile.lock"


class Locker(Protocol):
    """Opens what is locked in the vault folder, and locks it without waiting (OSError
    when another process holds it)."""

    def open(self, folder: Path) -> int: ...

    def lock(self, fd: int) -> None: ...

    def unlock(self, fd: int) -> None: ...


class VaultLock:
    def __init__(self, folder: Path, locker: Locker | None = None) -> None:
        self._folder = Path(folder)
        self._fd: int | None = None
        self._locker = locker or default_locker()

    def acquire(self) -> None:
        try:
            fd = self._locker.open(self._folder)
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

    def open(self, folder: Path) -> int:
        """The folder itself: it cannot be deleted while the vault's files are in it."""
        return os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))

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

    def open(self, folder: Path) -> int:
        """casefile.lock: Python opens files without share-delete, so it cannot be
        deleted while it is held open."""
        return os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                       0o600)

    def lock(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks from the current position
        self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, 1)

    def unlock(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, 1)


def default_locker() -> Locker:
    return MsvcrtLocker() if os.name == "nt" else FlockLocker()
