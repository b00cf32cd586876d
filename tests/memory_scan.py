"""Does a process's memory hold a byte string? Asked of a child process that reads the
parent's /proc/PID/mem (as a core dump would show it), so the needle itself never exists
in the memory being searched: the parent hands it over masked."""

from __future__ import annotations

import os
import subprocess
import sys

MASK = 0x5A

_SCAN = r"""
import re, sys
pid, masked = int(sys.argv[1]), bytes.fromhex(sys.stdin.read().strip())
needle = bytes(b ^ 0x5A for b in masked)
found = 0
with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
    for line in maps:
        m = re.match(r"([0-9a-f]+)-([0-9a-f]+) (\S+)", line)
        start, end, perms = int(m[1], 16), int(m[2], 16), m[3]
        if not perms.startswith("rw") or "[vvar]" in line or end - start > 1 << 30:
            continue
        try:
            mem.seek(start)
            data = mem.read(end - start)
        except (OSError, ValueError, OverflowError):
            continue
        found += data.count(needle)
print(found)
"""


def masked(secret: bytes) -> bytes:
    return bytes(b ^ MASK for b in secret)


def masked_hex(secret: bytes) -> bytes:
    """The masked lower-case hex of `secret`, made without the hex ever existing."""
    digits = b"0123456789abcdef"
    return bytes(digits[n] ^ MASK for b in secret for n in (b >> 4, b & 15))


def available() -> str | None:
    """None when this platform lets a child read our memory, else why not."""
    if not os.path.exists(f"/proc/{os.getpid()}/mem"):
        return "no /proc/PID/mem on this platform"
    return None


def occurrences(masked_needle: bytes) -> int:
    done = subprocess.run([sys.executable, "-c", _SCAN, str(os.getpid())],
                          input=masked_needle.hex(), capture_output=True, text=True,
                          timeout=120)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-300:])
    return int(done.stdout.strip())
