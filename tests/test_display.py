"""Never abort: PDFs render offscreen whatever DISPLAY says, and the GUI without a display
says so in one sentence (exit 2) instead of Qt's abort (exit 134)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.display import display_problem, x11_reachable
from support import demo_export_ids

ROOT = Path(__file__).resolve().parents[1]
NOWHERE = ":99"  # no X server listens there (checked below)


def no_display_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    env.update(DISPLAY=NOWHERE, PYTHONPATH=str(ROOT), CASEFILE_PASSPHRASE="demo", **extra)
    return env


def casefile(*args: str, env: dict[str, str], cwd: Path):
    return subprocess.run([sys.executable, "-m", "casefile", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def nowhere():
    if x11_reachable(NOWHERE):
        pytest.skip("an X server listens on :99 here")


def test_cli_exports_with_a_display_that_points_nowhere(tmp_path, nowhere):
    env = no_display_env()
    demo = tmp_path / "demo"
    made = casefile("--vault", str(demo), "demo", "--no-gui", env=env, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    child, recipient = demo_export_ids(made.stdout)
    done = casefile("--vault", str(demo), "export", "--user", "demo", "--child", child,
                    "--recipient", recipient, "--out", str(tmp_path / "p.pdf"), env=env,
                    cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def test_gui_without_display_says_so_and_exits_2(tmp_path, nowhere):
    done = casefile("--vault", str(tmp_path / "v"), env=no_display_env(), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "display" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("env", "platform", "ok"), [
    ({}, "linux", False),
    ({"DISPLAY": NOWHERE}, "linux", False),
    ({"DISPLAY": "nonsense"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({}, "win32", True),
    ({}, "darwin", True),
])
def test_display_problem_cases(env, platform, ok, nowhere):
    assert (display_problem(env, platform) is None) is ok


def test_a_listening_x11_socket_counts_as_a_display(tmp_path, monkeypatch):
    import casefile.display as display

    path = tmp_path / "X7"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    monkeypatch.setattr(display.sys, "platform", "test")  # no abstract socket lookup
    original = display._connects
    monkeypatch.setattr(display, "_connects", lambda family, address: original(
        family, str(path) if address == "/tmp/.X11-unix/X7" else address))
    try:
        assert display_problem({"DISPLAY": ":7"}, "linux") is None
        assert display_problem({"DISPLAY": ":8"}, "linux") is not None
    finally:
        server.close()


def test_wayland_socket_counts_as_a_display(tmp_path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(tmp_path / "wayland-1"))
    server.listen(1)
    try:
        env = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}
        assert display_problem(env, "linux") is None
        assert display_problem({**env, "QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    finally:
        server.close()
