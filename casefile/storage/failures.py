"""The one place that turns a disk or database-driver failure into the domain error a
counsellor can act on (a full disk, a folder they may not write to, a damaged database).
Anything else is returned as it is, for the caller's own handling."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import sqlcipher3

from casefile.errors import DatabaseDamaged, DiskFull, FolderNotWritable

LOW_SPACE = 1024 * 1024  # below this, SQLite's failures to write are taken as a full disk
_NOT_WRITABLE = (errno.EACCES, errno.EROFS, errno.EPERM)
_DAMAGED = ("malformed", "not a database", "readonly", "disk i/o")


def domain_error(exc: BaseException, folder: Path | None = None) -> BaseException:
    """With `folder` (where the database or file lives), a driver failure while that disk
    is (nearly) full is DiskFull, never damage: SQLite often says "disk I/O error" then."""
    if isinstance(exc, OSError):
        if disk_error(exc):
            return DiskFull()
        return FolderNotWritable() if exc.errno in _NOT_WRITABLE else exc
    if isinstance(exc, sqlcipher3.Error) and not isinstance(exc, sqlcipher3.IntegrityError):
        text = str(exc).lower()  # the driver says what went wrong in words only
        if "full" in text or (folder is not None and no_space(folder)):
            return DiskFull()
        if any(w in text for w in _DAMAGED):
            return DatabaseDamaged()
    return exc


def disk_error(exc: OSError) -> bool:
    """No room: a full disk, a quota, or a file that may not grow (EFBIG)."""
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


def no_space(path: Path) -> bool:
    """True when the disk holding `path` (or its nearest existing parent) is (nearly) full:
    then an error while writing is a full disk, and never reported as damage."""
    for candidate in (Path(path), *Path(path).parents):
        try:
            return shutil.disk_usage(candidate).free < LOW_SPACE
        except OSError:
            continue
    return False
