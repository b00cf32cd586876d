"""Atomic writes of files that matter: temp file in the same folder with 0600 before any
byte, fsync, os.replace, fsync of the folder."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from casefile.storage.failures import domain_error


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    stage(path, data, mode).commit()


class StagedFile:
    """Bytes written and flushed to a temp file beside `path`, not yet in place: `commit`
    renames it over `path` (the brief step a transaction can end with), `discard` removes
    it. Used as a context manager, a file not committed is discarded."""

    def __init__(self, path: Path, temp: Path) -> None:
        self.path, self._temp = path, temp
        self._done = False
        self.committed = False

    def commit(self) -> None:
        try:
            os.replace(self._temp, self.path)
            self._done = self.committed = True
            _fsync_folder(self.path.parent)
        except OSError as exc:
            self.discard()
            raise domain_error(exc) from None

    def take_back(self) -> None:
        """Undo `commit` (the transaction it ended is being run again): the file goes back
        beside `path`, not yet in place."""
        if self.committed:
            try:
                os.replace(self.path, self._temp)
            except OSError as exc:
                raise domain_error(exc) from None
            self._done = self.committed = False

    def discard(self) -> None:
        if not self._done:
            self._done = True
            try:
                self._temp.unlink(missing_ok=True)
            except OSError:
                pass

    def __enter__(self) -> StagedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


def stage(path: Path, data: bytes, mode: int = 0o600) -> StagedFile:
    """Write `data` to a temp file in the same folder, with `mode` before any byte, and
    fsync it; nothing is at `path` yet."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     mode)
    except OSError as exc:
        raise domain_error(exc) from None
    staged = StagedFile(path, temp)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as exc:
        staged.discard()
        if isinstance(exc, OSError):
            raise domain_error(exc) from None
        raise
    return staged


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - folders cannot be opened on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
