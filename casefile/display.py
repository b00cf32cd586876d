"""Is there a screen for a window? Asked before Qt starts, because Qt aborts the whole process
(exit 134, no sentence) when its platform plugin cannot reach the display. No Qt here."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

X11_TCP_BASE = 6000
# Platforms that need no display server: Qt starts them anywhere.
HEADLESS = {"offscreen", "minimal", "vnc", "vkkhrdisplay", "eglfs", "linuxfb"}


def display_problem(env: Mapping[str, str] | None = None, platform: str | None = None,
                    ) -> str | None:
    """None when a window can open; otherwise the one sentence that says why not."""
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if platform in ("win32", "darwin"):
        return None  # the desktop is always there for a logged-in user
    wanted = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")
    names = [w.strip() for w in wanted if w.strip()]
    if any(name in HEADLESS for name in names):
        return None
    if (not names or "wayland" in names) and wayland_reachable(env):
        return None
    if (not names or "xcb" in names) and x11_reachable(env.get("DISPLAY", "")):
        return None
    return ("Casefile cannot open its window: no display can be reached "
            "(DISPLAY or WAYLAND_DISPLAY is unset or points nowhere).")


def wayland_reachable(env: Mapping[str, str]) -> bool:
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = Path(name) if os.path.isabs(name) else Path(env.get("XDG_RUNTIME_DIR", "")) / name
    return _connects(socket.AF_UNIX, str(path))


def x11_reachable(display: str) -> bool:
    """DISPLAY is [host]:number[.screen]; no host (or `unix`) means a local socket."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host in ("", "unix"):
        local = f"/tmp/.X11-unix/X{number}"
        # Linux X servers also listen on an abstract socket (containers often lack the file).
        return ((sys.platform.startswith("linux") and _connects(socket.AF_UNIX, "\0" + local))
                or _connects(socket.AF_UNIX, local))
    return _connects(socket.AF_INET, (host, X11_TCP_BASE + int(number)))


def _connects(family: int, address) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(address)
        return True
    except (OSError, ValueError):
        return False
