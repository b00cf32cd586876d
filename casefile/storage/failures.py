"""The one place that turns a disk or database-driver failure into the domain error a
counsellor can act on (a full disk, a folder they may not write to, a damaged database).
Anything else is returned as it is, for the caller's own handling."""

from __future__ import annotations

import errno

import sqlcipher3

from casefile.errors import DatabaseDamaged, DiskFull, FolderNotWritable

_NOT_WRITABLE = (errno.EACCES, errno.EROFS, errno.EPERM)
_DAMAGED = ("malformed", "not a database", "readonly", "disk i/o")


def domain_error(exc: BaseException) -> BaseException:
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFull()
        return FolderNotWritable() if exc.errno in _NOT_WRITABLE else exc
    if isinstance(exc, sqlcipher3.Error) and not isinstance(exc, sqlcipher3.IntegrityError):
        text = str(exc).lower()  # the driver says what went wrong in words only
        if "full" in text:
            return DiskFull()
        if any(w in text for w in _DAMAGED):
            return DatabaseDamaged()
    return exc
