"""A really full disk for tests: a small tmpfs mounted for the test (root only, as CI
runs), filled until the kernel says ENOSPC and then given back exactly `free` bytes.
Where no tmpfs can be mounted, the tests that need one are skipped with the reason."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _can_mount() -> str | None:
    """None when a tmpfs can be mounted here, else why not."""
    if os.name != "posix" or not shutil.which("mount"):
        return "no mount command on this system"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root (CI runs as root)"
    return None


@contextlib.contextmanager
def small_disk(tmp_path: Path, size_kib: int = 4096) -> Iterator[Path]:
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700",
                           "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        mount.rmdir()
        pytest.skip("this container may not mount a tmpfs: "
                    + done.stderr.decode(errors="replace").strip()[:120])
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
        with contextlib.suppress(OSError):
            mount.rmdir()


def fill(disk: Path, free: int = 0) -> Path:
    """Fill `disk` until ENOSPC, then free `free` bytes again (rounded to tmpfs pages)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (b"\0" * 65536, b"\0" * 4096, b"\0"):
            with contextlib.suppress(OSError):
                while os.write(fd, block):
                    pass
    finally:
        os.close(fd)
    if free:
        with open(filler, "r+b") as handle:
            handle.truncate(max(0, filler.stat().st_size - free))
    return filler
