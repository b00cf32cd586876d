"""Backups a practice actually makes: where to suggest the folder when a vault is created,
and what the lock screen says about the last backup. No Qt and no personal data: the lock
screen reads only the status file beside the vault (ok, when)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path

STALE_AFTER = timedelta(days=7)
HOME_FOLDER = "Casefile-back-ups"

# Codes the UI turns into a sentence (casefile/catalogue.py BACKUP_ADVICE).
NONE, FAILED, STALE = "backup_none", "backup_failed", "backup_stale"


def advice(status: dict | None, now: datetime) -> str | None:
    """The lock screen's warning code, or None when the last backup is recent and ok.
    `status` is storage.backup.read_status's {"ok", "at"} (or None: never backed up)."""
    if status is None:
        return NONE
    if not status.get("ok"):
        return FAILED
    try:
        at = datetime.fromisoformat(status["at"])
    except (KeyError, TypeError, ValueError):
        return NONE  # a status file of another shape says nothing about a backup
    if at.tzinfo is None or now - at > STALE_AFTER:
        return STALE
    return None


def removable_roots(user: str) -> tuple[Path, ...]:
    """Where Linux desktops mount USB disks: udisks2 under /run/media/$USER (Fedora,
    Arch) or /media/$USER (Debian, Ubuntu)."""
    return (Path("/run/media") / user, Path("/media") / user)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def suggest_folder(home: Path, roots: Iterable[Path],
                   writable: Callable[[Path], bool] = _writable) -> Path:
    """A folder on the first writable removable disk found (a backup on the same disk as
    the vault is lost with it), else ~/Casefile-back-ups."""
    for root in roots:
        for disk in _disks(root, writable):
            return disk / HOME_FOLDER
    return home / HOME_FOLDER


def _disks(root: Path, writable: Callable[[Path], bool]) -> list[Path]:
    try:
        return sorted(p for p in root.iterdir() if p.is_dir() and writable(p))
    except OSError:
        return []


def default_suggestion() -> Path:
    """`suggest_folder` for the user running Casefile."""
    home = Path.home()
    user = os.environ.get("USER") or home.name
    return suggest_folder(home, removable_roots(user))
