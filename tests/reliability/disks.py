"""A small disk that can be filled: a tmpfs of a few MB when the tests run as root (CI does);
RLIMIT_FSIZE otherwise (or with CASEFILE_TEST_NO_TMPFS=1, to try that path as root)."""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import subprocess
from pathlib import Path

SIZE_MB = 6
FILLER = "filler.bin"


class SmallDisk:
    """A folder whose free space a test can use up (`fill`) and give back (`free`)."""

    def __init__(self, path: Path, tmpfs: bool) -> None:
        self.path = path
        self.tmpfs = tmpfs
        self._limit: tuple[int, int] | None = None

    def fill(self, leave: int = 0) -> None:
        """Use up the free space, but for about `leave` bytes."""
        if not self.tmpfs:
            self._limit_file_size(leave)
            return
        with open(self.path / FILLER, "ab") as handle:
            for size in (1 << 20, 1 << 16, 1 << 12, 512):
                while shutil.disk_usage(self.path).free > leave + size:
                    try:
                        handle.write(b"\0" * size)
                        handle.flush()
                    except OSError as exc:
                        assert exc.errno == errno.ENOSPC
                        break

    def free(self) -> None:
        (self.path / FILLER).unlink(missing_ok=True)
        if self._limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, self._limit)
            signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
            self._limit = None

    def _limit_file_size(self, leave: int) -> None:
        # Without root: no file of this process may grow past `leave` bytes until free();
        # the kernel then answers EFBIG where a full disk answers ENOSPC.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if self._limit is None:  # filled twice: keep the limit from before the first time
            self._limit = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (leave, self._limit[1]))


def tmpfs_possible() -> bool:
    return (os.geteuid() == 0 and shutil.which("mount") is not None
            and not os.environ.get("CASEFILE_TEST_NO_TMPFS"))


def mount_tmpfs(path: Path) -> bool:
    if not tmpfs_possible():
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE_MB}m,mode=0700", "tmpfs",
                           str(path)], capture_output=True, check=False)
    return done.returncode == 0
