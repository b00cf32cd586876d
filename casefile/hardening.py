"""Process hardening at start (DESIGN section 7b): no core dump and, on Linux, a process
that is not dumpable, so a crash or another user's debugger cannot read the key, a note
or a passphrase out of memory. Elsewhere each step that does not exist is skipped."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process(platform: str | None = None) -> list[str]:
    """Apply what this platform offers; returns the steps taken (for the tests)."""
    platform = platform or sys.platform
    done = []
    if _no_core_dumps():
        done.append("rlimit_core")
    if platform.startswith("linux") and _not_dumpable():
        done.append("not_dumpable")
    return done


def _no_core_dumps() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files to switch off
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return True


def _not_dumpable() -> bool:
    libc = _libc()
    if libc is None:
        return False
    return libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0


def is_dumpable() -> bool | None:
    """Linux only: the process's dumpable flag (None where there is none)."""
    libc = _libc()
    if libc is None or not sys.platform.startswith("linux"):
        return None
    return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0


def _libc():
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None
    return libc if hasattr(libc, "prctl") else None
