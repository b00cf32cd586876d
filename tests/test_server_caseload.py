"""The caseload on a practice server: an administrator gives and takes access (the
reason sealed), and the server's own policies stop a counsellor from putting themselves
on a dossier someone already has, or from closing a stretch of access."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from casefile import practice_server
from casefile.errors import ServerRefused
from casefile.storage import server
from casefile.storage.repositories.pg import caseload, people
from casefile.storage.repositories.pg.people import server_connection
from support import ADMIN, COUNSELLOR, PASSPHRASE

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
REASON = "Bram neemt Fenna over"


@pytest.fixture
def practice(pg_empty_database):
    practice_server.initialise(pg_empty_database, ADMIN, PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as admin:
        practice_server.add_user(admin, COUNSELLOR, temporary_passphrase=PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as anna, \
            practice_server.open_server(pg_empty_database, COUNSELLOR, PASSPHRASE) as bram:
        yield (server_connection(anna.db(), anna.sealer), anna.user.id,
               server_connection(bram.db(), bram.sealer), bram.user.id)


def _child(conn, first: str) -> int:
    with server.transaction(conn.pg):
        return people.add(conn, "child", {
            "first_name": first, "last_name": "Dijkstra", "birth_date": date(2016, 1, 1),
            "school_group": "", "created_at": NOW, "updated_at": NOW})


def test_an_admin_gives_and_takes_access_with_a_sealed_reason(practice):
    anna, anna_id, bram, bram_id = practice
    fenna = _child(anna, "Fenna")
    with server.transaction(anna.pg):
        assert caseload.add(anna, fenna, anna_id, by=anna_id, at=NOW)
        assert caseload.add(anna, fenna, bram_id, by=anna_id, at=NOW, reason=REASON)
    assert caseload.on_caseload(bram, fenna, bram_id)
    with server.transaction(anna.pg):
        assert caseload.remove(anna, fenna, bram_id, by=anna_id, at=NOW, reason="Terug")
        assert not caseload.remove(anna, fenna, bram_id, by=anna_id, at=NOW, reason="nog eens")
    assert not caseload.on_caseload(bram, fenna, bram_id)
    stretch = caseload.history(bram, fenna)[1]
    assert (stretch.added_reason, stretch.removed_reason) == (REASON, "Terug")
    stored = anna.pg.execute("SELECT added_reason FROM caseload WHERE user_id = %s",
                             (bram_id,)).fetchone()["added_reason"]
    assert REASON.encode() not in bytes(stored)  # sealed on the server


def test_a_counsellor_cannot_put_themselves_on_anothers_dossier(practice):
    anna, anna_id, bram, bram_id = practice
    fenna = _child(anna, "Fenna")
    with server.transaction(anna.pg):
        caseload.add(anna, fenna, anna_id, by=anna_id, at=NOW)
    with pytest.raises(ServerRefused), server.transaction(bram.pg):  # the policy says no
        caseload.add(bram, fenna, bram_id, by=bram_id, at=NOW)
    assert not caseload.on_caseload(anna, fenna, bram_id)
    sem = _child(bram, "Sem")  # a dossier of their own: the creator goes on it
    with server.transaction(bram.pg):
        assert caseload.add(bram, sem, bram_id, by=bram_id, at=NOW)
    with pytest.raises(ServerRefused), server.transaction(bram.pg):  # no UPDATE grant
        caseload.remove(bram, sem, bram_id, by=bram_id, at=NOW, reason="weg")
    assert caseload.on_caseload(anna, sem, bram_id)


def test_the_upgrade_puts_every_child_on_every_users_caseload(pg_empty_database,
                                                              monkeypatch):
    """Before pg migration 0004 everyone saw everything; nobody loses access upgrading."""
    every = server.migration_files()
    monkeypatch.setattr(server, "migration_files", lambda: [m for m in every if m[0] < 4])
    practice_server.initialise(pg_empty_database, ADMIN, PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as admin:
        practice_server.add_user(admin, COUNSELLOR, temporary_passphrase=PASSPHRASE)
        conn = server_connection(admin.db(), admin.sealer)
        kids = [_child(conn, "Fenna"), _child(conn, "Sem")]
    monkeypatch.setattr(server, "migration_files", lambda: every)
    with server.connect(pg_empty_database) as owner:
        assert server.migrate(owner) == every[-1][0]
        pairs = {(r["child_id"], r["user_id"]) for r in owner.execute(
            "SELECT child_id, user_id FROM caseload WHERE removed_at IS NULL")}
        users = [r["id"] for r in owner.execute("SELECT id FROM users")]
    assert len(users) == 2 and pairs == {(k, u) for k in kids for u in users}


def _guardian(conn, child_id: int) -> int:
    with server.transaction(conn.pg):
        return people.add(conn, "guardian", {
            "child_id": child_id, "name": "Ilse de Boer", "relation": "moeder", "phone": "",
            "email": "", "address": "", "has_authority": True, "created_at": NOW,
            "updated_at": NOW})


def test_the_server_itself_hides_a_dossier_outside_the_caseload(practice):
    """Row-level security: a counsellor's own login reads and writes a dossier's rows only
    while on its caseload, whatever the client does; the child list stays whole."""
    anna, anna_id, bram, bram_id = practice
    fenna = _child(anna, "Fenna")
    with server.transaction(anna.pg):
        caseload.add(anna, fenna, anna_id, by=anna_id, at=NOW)
    _guardian(anna, fenna)

    def guardians_seen() -> int:
        return bram.pg.execute("SELECT count(*) AS n FROM guardians WHERE child_id = %s",
                               (fenna,)).fetchone()["n"]

    assert guardians_seen() == 0
    assert [c.id for c in people.children_page(bram, 0, 10)] == [fenna]  # the name: yes
    with pytest.raises(ServerRefused):
        _guardian(bram, fenna)
    with server.transaction(anna.pg):
        caseload.add(anna, fenna, bram_id, by=anna_id, at=NOW, reason=REASON)
    assert guardians_seen() == 1
    _guardian(bram, fenna)
    with server.transaction(anna.pg):
        caseload.remove(anna, fenna, bram_id, by=anna_id, at=NOW, reason="Terug")
    assert guardians_seen() == 0
    assert anna.pg.execute("SELECT count(*) AS n FROM guardians").fetchone()["n"] == 2
