"""The child list on a practice server is opened once and kept: another computer's new
child arrives as a notice (LISTEN/NOTIFY) and only that child is read and opened again;
a rolled-back child never shows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import psycopg
import pytest

from casefile import practice_server
from casefile.storage import server
from casefile.storage.repositories.pg import people
from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.pg.people import server_connection
from support import ADMIN, COUNSELLOR, PASSPHRASE

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Counting:
    """A sealer that counts the values it opens."""

    def __init__(self, sealer) -> None:
        self._sealer, self.opened = sealer, 0

    def __getattr__(self, name):
        return getattr(self._sealer, name)

    def open_text(self, *args) -> str:
        self.opened += 1
        return self._sealer.open_text(*args)


def _add_child(conn: ServerConnection, first: str, last: str) -> int:
    with server.transaction(conn.pg):
        return people.add(conn, "child", {
            "first_name": first, "last_name": last, "birth_date": date(2016, 1, 1),
            "school_group": "", "created_at": NOW, "updated_at": NOW})


@pytest.fixture
def two_computers(pg_empty_database):
    practice_server.initialise(pg_empty_database, ADMIN, PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as admin:
        practice_server.add_user(admin, COUNSELLOR, temporary_passphrase=PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as one, \
            practice_server.open_server(pg_empty_database, COUNSELLOR, PASSPHRASE) as two:
        yield (server_connection(one.db(), Counting(one.sealer)),
               server_connection(two.db(), two.sealer))


def names(conn: ServerConnection) -> list[str]:
    return [c.last_name for c in people.children_page(conn, 0, 100)]


def test_another_computers_child_arrives_and_only_it_is_opened(two_computers):
    here, there = two_computers
    for n in range(5):
        _add_child(there, "Kind", f"Achternaam{n}")
    assert len(names(here)) == 5
    opened = here.sealer.opened
    assert names(here) == names(here) and here.sealer.opened == opened  # nothing reopened
    _add_child(there, "Noor", "Aalders")
    assert names(here)[0] == "Aalders" and len(names(here)) == 6
    assert here.sealer.opened == opened + 4  # one child's four sealed fields


def test_a_rolled_back_child_never_shows_and_an_own_child_does(two_computers):
    here, there = two_computers
    assert names(here) == []
    with here.pg.transaction():  # psycopg.Rollback ends it, rolled back, and goes no further
        people.add(here, "child", {
            "first_name": "Tijdelijk", "last_name": "Kind", "birth_date": date(2016, 1, 1),
            "school_group": "", "created_at": NOW, "updated_at": NOW})
        assert names(here) == ["Kind"]  # inside the transaction: read afresh
        raise psycopg.Rollback()
    assert names(here) == [] and names(there) == []
    _add_child(here, "Eigen", "Kind")
    assert names(here) == ["Kind"] and people.children_count(there) == 1
