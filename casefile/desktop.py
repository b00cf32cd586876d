"""`casefile install-desktop-entry`: the menu entry, icons and AppStream metainfo in the
user's XDG data folder (Linux desktops; on Windows and macOS the bundle brings its own
shortcut and icon). No Qt here."""

from __future__ import annotations

import argparse
import shutil
import sys
from importlib import resources
from pathlib import Path

from casefile.cli_support import EXIT_OK, UsageError
from casefile.storage.files import atomic_write

APP_ID = "nl.casefile.Casefile"
RESOURCES = Path(str(resources.files("casefile").joinpath("resources")))
ICONS = RESOURCES / "icons"
DESKTOP = RESOURCES / "desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_files() -> list[Path]:
    """Every size of the application icon, for QIcon and the desktop."""
    return [ICONS / "casefile.svg", *(ICONS / f"casefile-{s}.png" for s in PNG_SIZES)]


def launch_command() -> list[str]:
    """How the menu entry starts the window: the bundle's casefile-gui, the casefile-gui
    script beside this interpreter, or the interpreter with -m casefile."""
    if getattr(sys, "frozen", False):  # the bundle: its window binary beside this one
        window = Path(sys.executable).with_name("casefile-gui")
        return [str(window) if window.exists() else sys.executable]
    script = shutil.which("casefile-gui", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "casefile"]


def desktop_exec(command: list[str]) -> str:
    """The Exec= value: arguments with spaces or quotes in double quotes (Desktop Entry
    specification, "The Exec key")."""
    def quote(arg: str) -> str:
        if not any(c in arg for c in ' \t"\'\\$`'):
            return arg
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return " ".join(quote(a) for a in command)


def install(data_home: Path, command: list[str] | None = None) -> list[Path]:
    """Write the entry, icons and metainfo under `data_home`; the files written."""
    entry = (DESKTOP / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = entry.replace("@EXEC@", desktop_exec(command or launch_command()))
    targets: list[tuple[Path, bytes]] = [
        (data_home / "applications" / f"{APP_ID}.desktop", entry.encode()),
        (data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
         (DESKTOP / f"{APP_ID}.metainfo.xml").read_bytes()),
        (data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
         (ICONS / "casefile.svg").read_bytes()),
    ]
    targets += [(data_home / f"icons/hicolor/{s}x{s}/apps" / f"{APP_ID}.png",
                 (ICONS / f"casefile-{s}.png").read_bytes()) for s in PNG_SIZES]
    for path, data in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data, mode=0o644)  # the desktop reads these, nothing secret
    return [path for path, _ in targets]


def register(sub) -> None:
    p = sub.add_parser("install-desktop-entry",
                       help="add Casefile to the desktop's application menu (Linux)")
    p.add_argument("--data-home", type=Path,
                   help="the XDG data folder (default: XDG_DATA_HOME or ~/.local/share)")
    p.set_defaults(func=cmd_install_desktop_entry)


def cmd_install_desktop_entry(args: argparse.Namespace) -> int:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        raise UsageError("Only Linux desktops have such menu entries; on Windows and "
                             "macOS the installed bundle brings its own shortcut.")
    from platformdirs import user_data_path

    written = install(args.data_home or user_data_path())
    print(f"Menu entry written to {written[0]}.")
    return EXIT_OK
