"""The real window on a real X server (Xvfb) with Qt's xcb plugin: the libraries
scripts/setup installs are enough, the display check sees the server, and the window
appears on the screen (a screenshot of the whole screen is read back)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.display import display_problem

ROOT = Path(__file__).resolve().parents[2]

SHOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from casefile.ui.app import run_gui

def shoot():
    app = QApplication.instance()
    window = app.main_window
    if not window.windowHandle() or not window.windowHandle().isExposed():
        QTimer.singleShot(50, shoot)  # polled until the X server maps it: no fixed sleep
        return
    shot = QGuiApplication.primaryScreen().grabWindow(0)
    shot.save(sys.argv[2])
    geometry = window.frameGeometry()
    print(app.platformName(), geometry.x(), geometry.y(), geometry.width(), geometry.height())
    app.quit()

QTimer.singleShot(0, shoot)
sys.exit(run_gui(sys.argv[1], lang="nl"))
"""


@pytest.fixture
def xvfb():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/setup test installs it as root)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()  # written once the server accepts clients
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_window_appears_on_a_real_x_server(xvfb, tmp_path):
    from PySide6.QtGui import QImage

    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=xvfb, PYTHONPATH=str(ROOT),
               XDG_RUNTIME_DIR=str(tmp_path))
    assert display_problem(env, "linux") is None
    shot = tmp_path / "screen.png"
    done = subprocess.run([sys.executable, "-c", SHOW, str(tmp_path / "v"), str(shot)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    platform, x, y, width, height = done.stdout.split()
    assert platform == "xcb" and int(width) > 200 and int(height) > 200
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 768)
    # The bare X screen is black; the window's area shows the light window background.
    inside = [image.pixelColor(int(x) + dx, int(y) + dy).lightness()
              for dx in range(10, int(width) - 10, 25) for dy in range(10, int(height) - 10, 25)
              if int(x) + dx < 1024 and int(y) + dy < 768]
    assert inside and sum(v > 100 for v in inside) > len(inside) / 2
    outside = image.pixelColor(1023, 767) if int(x) + int(width) < 1023 else None
    assert outside is None or outside.lightness() < 50
