"""The one mapping of disk and driver failures to the sentences a counsellor can act on."""

from __future__ import annotations

import errno

import pytest
import sqlcipher3

from casefile.errors import DatabaseDamaged, DiskFull, FolderNotWritable
from casefile.storage.failures import domain_error


@pytest.mark.parametrize(("failure", "expected"), [
    (OSError(errno.ENOSPC, "No space left on device"), DiskFull),
    (OSError(errno.EACCES, "Permission denied"), FolderNotWritable),
    (OSError(errno.EROFS, "Read-only file system"), FolderNotWritable),
    (sqlcipher3.OperationalError("database or disk is full"), DiskFull),
    (sqlcipher3.DatabaseError("file is not a database"), DatabaseDamaged),
    (sqlcipher3.OperationalError("disk I/O error"), DatabaseDamaged),
])
def test_failures_become_their_sentence(failure, expected):
    assert type(domain_error(failure)) is expected


@pytest.mark.parametrize("failure", [
    OSError(errno.ENOENT, "No such file"), sqlcipher3.IntegrityError("UNIQUE failed: full"),
    sqlcipher3.OperationalError("database is locked"), ValueError("full"),
])
def test_other_failures_pass_through(failure):
    assert domain_error(failure) is failure


def test_no_room_is_a_full_disk_whatever_the_errno():
    assert type(domain_error(OSError(errno.EFBIG, "File too large"))) is DiskFull
    assert type(domain_error(OSError(errno.EDQUOT, "Disk quota exceeded"))) is DiskFull


def test_on_a_nearly_full_disk_a_driver_failure_is_no_damage(monkeypatch, tmp_path):
    from casefile.storage import failures

    damaged = sqlcipher3.OperationalError("disk I/O error")
    monkeypatch.setattr(failures, "no_space", lambda path: path == tmp_path)
    assert type(domain_error(damaged, tmp_path)) is DiskFull
    assert type(domain_error(damaged, tmp_path / "elsewhere")) is DatabaseDamaged
    assert type(domain_error(damaged)) is DatabaseDamaged
