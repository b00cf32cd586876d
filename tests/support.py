"""Constants and helpers the tests share. A plain module on the path (pyproject's pytest
`pythonpath`), so tests import it the same way under `pytest` and `python -m pytest`;
conftest.py is pytest's to load, never a test's to import."""

from __future__ import annotations

import os

PASSPHRASE = "paarse-olifant-fietst-naar-Zwolle"
ADMIN = "anna"
COUNSELLOR = "bram"  # the practice server's second user


def demo_export_ids(demo_output: str) -> tuple[str, str]:
    """The child and recipient ids from `casefile demo`'s "Try an export:" line."""
    line = next(x for x in demo_output.splitlines() if x.startswith("Try an export:"))
    words = line.split()
    return words[words.index("--child") + 1], words[words.index("--recipient") + 1]


class FakeMsvcrt:
    """msvcrt.locking's rules: LK_NBLCK fails at once on a byte someone holds; the range
    starts at the file's current position."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int], int] = {}  # (inode, start) -> fd
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, start, nbytes))
        key = (os.fstat(fd).st_ino, start)
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise PermissionError(13, "not locked")
            del self.held[key]
