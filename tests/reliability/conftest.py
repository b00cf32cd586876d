"""The small disk of the full-disk tests, unmounted in teardown even when a test fails."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from reliability.disks import SmallDisk, mount_tmpfs


@pytest.fixture
def small_disk(tmp_path) -> Iterator[SmallDisk]:
    path = tmp_path / "disk"
    path.mkdir()
    mounted = mount_tmpfs(path)
    disk = SmallDisk(path, mounted)
    try:
        yield disk
    finally:
        disk.free()
        if mounted:
            # lazy: a file a failed test left open must not keep the mount (or fail teardown)
            subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def full_tmpfs(small_disk) -> SmallDisk:
    """A real file system to fill: SQLite reports a file-size limit as "disk I/O error" (it
    looks for ENOSPC alone), so what SQLite itself writes needs a real full disk."""
    if not small_disk.tmpfs:
        pytest.skip("needs root to mount a tmpfs")
    return small_disk
