"""Casefile as a counsellor gets it: the wheel, installed into a fresh venv (not this
checkout), runs the demo, an export and the GUI in Dutch. Deselect with `-m "not install"`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

from support import demo_export_ids

pytestmark = pytest.mark.install

ROOT = Path(__file__).resolve().parents[1]

# The GUI as `casefile` starts it, offscreen: prints where casefile was imported from, the
# window's title and the lock screen's labels once the event loop runs.
SHOW_GUI = """
import sys
import casefile
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from casefile.ui.app import run_gui

def report():
    app = QApplication.instance()
    print(casefile.__file__)
    print(app.main_window.windowTitle())
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    print("qt-own: " + box.button(QMessageBox.StandardButton.Cancel).text())
    for label in app.main_window.findChildren(QLabel):
        print(label.text())
    app.quit()

QTimer.singleShot(0, report)
sys.exit(run_gui(sys.argv[1], lang="nl"))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel built from this checkout; its bin folder."""
    where = tmp_path_factory.mktemp("install")
    source = copy_checkout(where / "source")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source),
                    "-w", str(where / "dist")], check=True, timeout=120)
    wheel = next((where / "dist").glob("casefile-*.whl"))
    venv.create(where / "venv", with_pip=True)
    bin_dir = where / "venv" / ("Scripts" if os.name == "nt" else "bin")
    # --no-compile: the byte code is not what is tested, and writing it is a third of the time
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-compile",
                    "--disable-pip-version-check", str(wheel)], check=True, timeout=300)
    return bin_dir


def copy_checkout(target: Path) -> Path:
    """The files git knows of (committed or not), so no stale build/ folder helps the wheel."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


def run(bin_dir: Path, *args: str, cwd: Path, env_extra: dict | None = None):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", CASEFILE_PASSPHRASE="demo", **(env_extra or {}))
    return subprocess.run([str(bin_dir / args[0]), *args[1:]], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_wheel_runs_demo_export_and_dutch_gui(installed: Path, tmp_path: Path):
    demo = tmp_path / "demo"
    done = run(installed, "casefile", "demo", "--vault", str(demo), "--no-gui", cwd=tmp_path)
    assert done.returncode == 0, done.stderr

    child, recipient = demo_export_ids(done.stdout)
    packet = tmp_path / "packet.pdf"
    done = run(installed, "casefile", "export", "--vault", str(demo), "--user", "demo",
               "--child", child, "--recipient", recipient, "--out", str(packet), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert packet.read_bytes().startswith(b"%PDF")

    shown = run(installed, "python", "-c", textwrap.dedent(SHOW_GUI), str(demo), cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    origin, _title, *labels = shown.stdout.splitlines()
    assert Path(origin).is_relative_to(installed.parent), "imported from the checkout"
    assert "Casefile is vergrendeld" in labels
    assert "qt-own: Annuleren" in labels  # Qt's own Dutch (qtbase_nl.qm) from the wheel


def test_the_wheel_carries_the_access_report_schema(tmp_path: Path):
    """access-report.json's published schema is package data (casefile/schemas)."""
    import zipfile

    source = copy_checkout(tmp_path / "source")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source),
                    "-w", str(tmp_path / "dist")], check=True, timeout=120)
    wheel = next((tmp_path / "dist").glob("casefile-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        schema = archive.read("casefile/schemas/access-report-v1.json")
    assert schema == (ROOT / "casefile" / "schemas" / "access-report-v1.json").read_bytes()
