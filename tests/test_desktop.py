"""The application icon and the desktop entry."""

from __future__ import annotations

import ast
import configparser
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from casefile import cli, desktop
from casefile.desktop import APP_ID, ICONS, PNG_SIZES

ROOT = Path(__file__).resolve().parents[1]


def test_icon_in_every_size_and_an_ico():
    from PySide6.QtGui import QImage

    for size in PNG_SIZES:
        image = QImage(str(ICONS / f"casefile-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    data = (ICONS / "casefile.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5


# In a subprocess: after an event loop ran with a window, PySide6 6.11 keeps the GIL in later
# nested loops of the test process (qtbot.wait), and worker threads stall.
SHOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from casefile.ui.app import run_gui

def report():
    app = QApplication.instance()
    print(app.desktopFileName())
    print(sorted({s.width() for s in app.windowIcon().availableSizes()}))
    app.quit()

QTimer.singleShot(0, report)
sys.exit(run_gui(sys.argv[1], lang="en"))
"""


def test_gui_sets_icon_and_desktop_file_name(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SHOW, str(tmp_path / "v")], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    name, sizes = done.stdout.splitlines()
    assert name == APP_ID
    assert {16, 32, 48, 256} <= set(ast.literal_eval(sizes))


def test_install_desktop_entry_into_xdg_data_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setattr(desktop, "launch_command", lambda: ["/opt/Case file/casefile-gui"])
    assert cli.main(["install-desktop-entry"]) == 0
    share = tmp_path / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(share / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == '"/opt/Case file/casefile-gui"'
    assert section["Icon"] == APP_ID and section["Type"] == "Application"
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").stat().st_size > 0
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    info = ET.parse(share / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    assert info.findtext("id") == APP_ID
    assert info.find("launchable").text == f"{APP_ID}.desktop"


def test_launch_command_is_the_gui_script_beside_the_interpreter():
    command = desktop.launch_command()
    assert command[0].startswith(str(sys.prefix)) or command[0] == sys.executable


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_install_desktop_entry_elsewhere_says_why_not(platform, monkeypatch, capsys,
                                                     tmp_path):
    monkeypatch.setattr(desktop.sys, "platform", platform)
    assert cli.main(["install-desktop-entry", "--data-home", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not any(tmp_path.iterdir())
