"""Atomic writes of files that matter: temp file in the same folder with 0600 before any
byte, fsync, os.replace, fsync of the folder."""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path

from casefile.errors import DiskFull, FolderNotWritable


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    path = Path(path)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     mode)
    except OSError as exc:
        raise _domain(exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        _fsync_folder(path.parent)
    except BaseException as exc:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _domain(exc) from None
        raise


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - folders cannot be opened on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _domain(exc: OSError) -> Exception:
    # EFBIG: the file may not grow (a quota or file-size limit); to the user it is no room
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull()
    if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return FolderNotWritable()
    return exc
