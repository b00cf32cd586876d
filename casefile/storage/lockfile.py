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


class LockMethod(Protocol):
    """How one platform takes and drops the lock; `take` raises OSError when it is held."""

    def open(self, folder: Path) -> int: ...

    def take(self, fd: int) -> None: ...

    def drop(self, fd: int) -> None: ...


class FolderFlock:
    """POSIX: flock on the folder itself."""

    def open(self, folder: Path) -> int:
        return os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))

    def take(self, fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def drop(self, fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class WindowsFileLock:
    """Windows: `casefile.lock`, open (so it cannot be deleted) and locked with msvcrt.
    The module is handed in, so the tests exercise this branch on any platform."""

    def __init__(self, msvcrt_module: object | None = None) -> None:
        if msvcrt_module is None:  # pragma: no cover - Windows only
            import msvcrt as msvcrt_module
        self._msvcrt = msvcrt_module

    def open(self, folder: Path) -> int:
        return os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                       0o600)

    def take(self, fd: int) -> None:
        self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, 1)

    def drop(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks from the current position
        self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, 1)


def default_method() -> LockMethod:
    return WindowsFileLock() if os.name == "nt" else FolderFlock()


class VaultLock:
    def __init__(self, folder: Path, method: LockMethod | None = None) -> None:
        self._folder = Path(folder)
        self._method = method or default_method()
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = self._method.open(self._folder)
        except PermissionError as exc:
            raise FolderNotWritable() from exc
        try:
            self._method.take(fd)
        except OSError:
            os.close(fd)
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                self._method.drop(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
