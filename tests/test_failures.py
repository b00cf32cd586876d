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
