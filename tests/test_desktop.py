"""The application icon and the desktop entry."""

from __future__ import annotations

import configparser
import struct
import sys
import xml.etree.ElementTree as ET

import pytest

from casefile import cli, desktop
from casefile.desktop import APP_ID, ICONS, PNG_SIZES


def test_icon_in_every_size_and_an_ico():
    from PySide6.QtGui import QImage

    for size in PNG_SIZES:
        image = QImage(str(ICONS / f"casefile-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    data = (ICONS / "casefile.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5


def test_gui_sets_icon_and_desktop_file_name(qapp, tmp_path, secrets):
    from PySide6.QtCore import QTimer

    from casefile.ui.app import run_gui

    QTimer.singleShot(0, qapp.quit)
    try:
        assert run_gui(tmp_path / "v", lang="en", secrets=secrets) == 0
        assert qapp.desktopFileName() == APP_ID
        sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
        assert {16, 32, 48, 256} <= sizes
    finally:
        qapp.main_window.close()


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
