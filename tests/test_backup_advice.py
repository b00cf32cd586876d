"""The backup advice without Qt: the lock screen's warning and the suggested folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from casefile.backup_advice import (
    FAILED,
    HOME_FOLDER,
    NONE,
    STALE,
    advice,
    removable_roots,
    suggest_folder,
)

NOW = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


def _status(ok: bool, ago: timedelta) -> dict:
    return {"ok": ok, "at": (NOW - ago).isoformat()}


def test_no_backup_yet_is_said():
    assert advice(None, NOW) == NONE


def test_a_recent_backup_says_nothing_a_week_and_a_minute_old_does():
    assert advice(_status(True, timedelta(days=1)), NOW) is None
    assert advice(_status(True, timedelta(days=7)), NOW) is None
    assert advice(_status(True, timedelta(days=7, minutes=1)), NOW) == STALE


def test_a_failed_backup_is_said_whatever_its_age():
    assert advice(_status(False, timedelta(minutes=5)), NOW) == FAILED


def test_a_status_of_another_shape_counts_as_no_backup():
    assert advice({"ok": True, "at": "gisteren"}, NOW) == NONE
    assert advice({"ok": True, "at": "2026-03-08T09:00:00"}, NOW) == STALE  # no zone: unsure


def test_removable_disk_first_then_the_home_folder(tmp_path):
    home = tmp_path / "home"
    media = tmp_path / "media" / "marieke"
    assert suggest_folder(home, [media]) == home / HOME_FOLDER  # no mount folder at all
    media.mkdir(parents=True)
    assert suggest_folder(home, [media]) == home / HOME_FOLDER  # no disk in it
    (media / "USB-STICK").mkdir()
    (media / "readme.txt").write_text("geen schijf")
    assert suggest_folder(home, [tmp_path / "run", media]) == media / "USB-STICK" / HOME_FOLDER


def test_a_disk_that_cannot_be_written_is_passed_over(tmp_path):
    media = tmp_path / "media"
    (media / "A-CDROM").mkdir(parents=True)
    (media / "B-USB").mkdir()
    read_only = {media / "A-CDROM"}  # as os.access says of a CD (also when run as root)
    assert suggest_folder(tmp_path, [media], writable=lambda p: p not in read_only) == \
        media / "B-USB" / HOME_FOLDER
    assert suggest_folder(tmp_path, [media]) == media / "A-CDROM" / HOME_FOLDER


def test_the_mount_roots_of_linux_desktops():
    assert [str(p) for p in removable_roots("marieke")] == ["/run/media/marieke",
                                                           "/media/marieke"]
