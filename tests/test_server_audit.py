"""The audit chain on the practice server: computers appending at the same moment, each
in its own SERIALIZABLE transaction, still make one linear chain that verifies; and the
same events read back through the same functions as locally."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from casefile import practice_server
from casefile.audit import GENESIS, canonical, chain_hash, verify_chain
from casefile.storage import server
from casefile.storage.repositories.pg import audit
from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.pg.people import server_connection
from support import ADMIN, COUNSELLOR, PASSPHRASE

KEY = bytes(range(32))
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
EVENTS = 15


def _fields(n: int, user_id: int, child_id: int | None = None) -> dict[str, object]:
    return {"at": (START + timedelta(seconds=n)).isoformat(timespec="microseconds"),
            "user_id": user_id, "role": "counsellor", "action": "read",
            "object_type": "child", "object_id": str(n), "child_id": child_id,
            "outcome": "ok", "workstation": f"pc-{user_id}",
            "details": canonical({"n": n}).decode()}


def _record(conn: ServerConnection, fields: dict[str, object]) -> None:
    prev = audit.last_hash(conn) or GENESIS
    audit.append(conn, fields, prev, chain_hash(KEY, prev, fields))


def _append_many(conn: ServerConnection, user_id: int, serializable: bool) -> None:
    for n in range(EVENTS):
        if serializable:
            server.serializable(conn.pg, lambda _pg, n=n: _record(conn, _fields(n, user_id)))
        else:
            with server.transaction(conn.pg):
                _record(conn, _fields(n, user_id))


@pytest.fixture
def two_sessions(pg_empty_database):
    practice_server.initialise(pg_empty_database, ADMIN, PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as admin:
        practice_server.add_user(admin, COUNSELLOR, temporary_passphrase=PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as one, \
            practice_server.open_server(pg_empty_database, COUNSELLOR, PASSPHRASE) as two:
        yield (server_connection(one.db(), one.sealer), one.user.id), (
            server_connection(two.db(), two.sealer), two.user.id)


@pytest.mark.parametrize("serializable", [True, False], ids=["serializable", "read-committed"])
def test_two_computers_appending_at_once_make_one_chain_that_verifies(two_sessions,
                                                                      serializable):
    (here, me), (there, you) = two_sessions
    with ThreadPoolExecutor(2) as pool:
        done = [pool.submit(_append_many, here, me, serializable),
                pool.submit(_append_many, there, you, serializable)]
        for job in done:
            job.result(timeout=120)
    report = verify_chain(here, KEY, audit)
    assert report.ok and report.events == 2 * EVENTS
    links = list(audit.chain(there))
    assert [link.prev_hash for link in links[1:]] == [link.hash for link in links[:-1]]


def test_a_changed_event_breaks_the_chain(two_sessions, pg_empty_database):
    (here, me), _ = two_sessions
    for n in range(3):
        with server.transaction(here.pg):
            _record(here, _fields(n, me, child_id=5))
    assert verify_chain(here, KEY, audit).ok
    # only the owner can change a row; a member's grants refuse it (test_practice_server)
    with server.connect(pg_empty_database) as owner:
        owner.execute("UPDATE audit_log SET action = 'export' WHERE object_id = '1'")
    report = verify_chain(here, KEY, audit)
    assert (report.ok, report.problem) == (False, "changed")


def test_events_read_back_newest_first_and_filtered(two_sessions):
    (here, me), _ = two_sessions
    with server.transaction(here.pg):
        for n in range(4):
            _record(here, _fields(n, me, child_id=7 if n % 2 else None))
    events = audit.events(here, child_id=7)
    assert [(e.object_id, e.details, e.at) for e in events] == [
        ("3", {"n": 3}, START + timedelta(seconds=3)),
        ("1", {"n": 1}, START + timedelta(seconds=1))]
    assert [e.object_id for e in audit.events(here, since=START + timedelta(seconds=2))] == [
        "3", "2"]
    assert [e.object_id for e in audit.events(here, limit=1, before_id=events[0].id)] == ["2"]
