"""The practice server against a real PostgreSQL (scripts/pg-test-server): setting up,
logging in, key slots on the server, and grants that a member's login cannot lift."""

from __future__ import annotations

import socket

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from casefile import cli, practice_server
from casefile.catalogue import error_message
from casefile.errors import (
    InvalidInput,
    NotPermitted,
    PracticeExists,
    ServerNotVerified,
    ServerRefused,
    WrongPassphrase,
)
from casefile.model import Role
from casefile.render_text import Words
from casefile.storage import server
from casefile.storage.repositories.pg import users as repo
from support import ADMIN, COUNSELLOR, PASSPHRASE

ENGLISH = Words("en")


@pytest.fixture
def admin(pg_practice):
    with practice_server.open_server(pg_practice, ADMIN, PASSPHRASE) as session:
        yield session


@pytest.fixture
def counsellor(pg_practice):
    with practice_server.open_server(pg_practice, COUNSELLOR, PASSPHRASE) as session:
        yield session


def test_every_member_unwraps_the_same_data_key_from_their_own_slot(admin, counsellor):
    assert admin.user.role == Role.ADMIN and counsellor.user.role == Role.COUNSELLOR
    assert counsellor.user.must_change_passphrase and not admin.user.must_change_passphrase
    assert admin.data_key() == counsellor.data_key()
    assert repo.slot_count(counsellor.db()) == 1  # row-level security: only their own
    assert repo.slot_count(admin.db()) == 3  # both users and the recovery slot


def test_a_silent_network_is_given_up_in_seconds_on_every_connection(admin, pg_practice):
    """A statement over a network gone silent fails within tcp_user_timeout, and a
    reconnect (what the GUI thread may do) waits RECONNECT_TIMEOUT at most."""
    fresh = admin.reconnect()
    with admin.twin() as twin:
        for conn in (fresh, twin.conn):
            given = conn.info.get_parameters()
            assert given["tcp_user_timeout"] == "5000" and given["keepalives"] == "1"
    assert fresh.info.get_parameters()["connect_timeout"] == "3"
    assert server.answers(pg_practice, 1)
    unused = socket.socket()
    unused.bind(("127.0.0.1", 0))
    port = unused.getsockname()[1]
    unused.close()
    assert not server.answers(make_conninfo(pg_practice, port=str(port)), 1)


def test_a_wrong_passphrase_or_an_unknown_user_does_not_log_in(pg_practice):
    with pytest.raises(WrongPassphrase):
        practice_server.open_server(pg_practice, ADMIN, PASSPHRASE + "x")
    with pytest.raises(WrongPassphrase):
        practice_server.open_server(pg_practice, "nobody", PASSPHRASE)


def test_only_a_verified_tls_url_is_used(pg_practice):
    for weaker in ("require", "verify-ca", "disable"):
        with pytest.raises(ServerNotVerified):
            practice_server.open_server(make_conninfo(pg_practice, sslmode=weaker), ADMIN,
                                        PASSPHRASE)
    with pytest.raises(ServerNotVerified):
        practice_server.open_server(make_conninfo(pg_practice, password="geheim"), ADMIN,
                                    PASSPHRASE)


def test_a_member_cannot_connect_to_another_practice_of_the_cluster(pg_practice,
                                                                    pg_empty_database):
    with server.connect(pg_empty_database) as owner:
        server.migrate(owner)  # another practice's schema (and its REVOKE of CONNECT)
    database = server.database_of(pg_practice)
    with pytest.raises(WrongPassphrase):
        server.connect(pg_empty_database, user=server.login_role(database, ADMIN),
                       password=server.login_password(database, ADMIN, PASSPHRASE))


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET outcome = 'denied'",
    "DELETE FROM audit_log",
    "UPDATE consents SET valid_until = valid_until + 365",
    "DELETE FROM consents",
    "UPDATE consent_events SET effective_at = now() + interval '1 year'",
    "DELETE FROM disclosures",
    "UPDATE key_slots SET slot = '{}'",
    "UPDATE users SET role = 'admin'",
])
def test_no_member_can_change_or_delete_what_is_append_only(admin, counsellor, statement):
    for session in (counsellor, admin):
        with pytest.raises(ServerRefused) as refused, server.transaction(session.db()) as c:
            c.execute(statement)
        assert ENGLISH(error_message(refused.value)) == (
            "The practice server does not allow that for your role; nothing was changed.")


def test_an_audit_row_and_a_consent_row_stay_as_written(admin, counsellor):
    """The rows are there to be refused (an UPDATE of no row would prove nothing); all of
    it inside one transaction rolled back at the end, so other tests never see them."""
    conn = counsellor.db()
    with conn.transaction(force_rollback=True):
        kid = _consent_and_audit_rows(conn, counsellor.user.id)
        _refused_and_kept(conn, kid)


def _consent_and_audit_rows(conn, user_id: int) -> int:
    with server.transaction(conn):
        org = conn.execute("INSERT INTO organisations (kind, name, contact_person, email, "
                           "phone, address, created_at, updated_at) VALUES ('school', '', "
                           "'', '', '', '', now(), now()) RETURNING id").fetchone()["id"]
        kid = conn.execute("INSERT INTO children (first_name, last_name, birth_date, "
                           "school_group, created_at, updated_at) VALUES ('', '', '', '', "
                           "now(), now()) RETURNING id").fetchone()["id"]
        conn.execute("INSERT INTO caseload (child_id, user_id, added_at, added_by) VALUES "
                     "(%s, %s, now(), %s)", (kid, user_id, user_id))  # its creator's
        conn.execute("INSERT INTO consents (child_id, scope, recipient_id, purpose, "
                     "categories, covers_special, given_by, method, valid_from, valid_until, "
                     "recorded_by, recorded_at) VALUES (%s, 'disclosure', %s, '', '[]', "
                     "false, '[]', 'written', '2026-01-01', '2027-01-01', %s, now())",
                     (kid, org, user_id))
        conn.execute("INSERT INTO audit_log (at, role, action, object_type, object_id, "
                     "child_id, outcome, workstation, details, prev_hash, hash) VALUES "
                     "(now(), 'counsellor', 'read', 'child', %s, %s, 'ok', 'pc', '{}', '', "
                     "'')", (str(kid), kid))
    return kid


def _refused_and_kept(conn, kid: int) -> None:
    for table in ("consents", "audit_log"):
        with pytest.raises(ServerRefused), server.transaction(conn):
            conn.execute(f"UPDATE {table} SET child_id = child_id WHERE child_id = %s",
                         (kid,))
        with pytest.raises(ServerRefused), server.transaction(conn):
            conn.execute(f"DELETE FROM {table} WHERE child_id = %s", (kid,))
        count = conn.execute(f"SELECT count(*) AS n FROM {table} WHERE child_id = %s",
                             (kid,)).fetchone()["n"]
        assert count == 1


def test_the_admin_functions_refuse_a_counsellor(counsellor):
    with pytest.raises(NotPermitted):
        practice_server.remove_user(counsellor, ADMIN)
    # straight to the server, past the client's own check
    slot = {"id": "mallory"}
    with pytest.raises(NotPermitted), server.transaction(counsellor.db()) as conn:
        repo.add_user(conn, "mallory", "x:mallory", Role.ADMIN,
                      "SCRAM-SHA-256$4096:AAAA$AAAA:AAAA", slot)
    assert repo.by_name(counsellor.db(), "mallory") is None


def test_an_admin_adds_and_removes_a_user_and_the_removed_login_reaches_nothing(
        pg_practice, admin):
    practice_server.add_user(admin, "carla", temporary_passphrase=PASSPHRASE)
    with practice_server.open_server(pg_practice, "carla", PASSPHRASE) as carla:
        assert carla.data_key() == admin.data_key()
    with pytest.raises(InvalidInput) as twice:
        practice_server.add_user(admin, "carla", temporary_passphrase=PASSPHRASE)
    assert twice.value.code == "user_exists"
    practice_server.remove_user(admin, "carla")
    with pytest.raises(WrongPassphrase):
        practice_server.open_server(pg_practice, "carla", PASSPHRASE)
    roles = admin.db().execute("SELECT count(*) AS n FROM pg_roles WHERE rolname = %s",
                               (server.login_role(admin.database, "carla"),)).fetchone()
    assert roles["n"] == 0 and repo.by_name(admin.db(), "carla").active is False


def test_server_init_and_add_user_on_the_command_line(pg_empty_database, tmp_path, capsys,
                                                      monkeypatch):
    phrase = tmp_path / "phrase"
    phrase.write_text(PASSPHRASE + "\n")
    init = ["server", "init", "--dsn", pg_empty_database, "--user", "dirk",
            "--passphrase-file", str(phrase)]
    assert cli.main(init) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "Recovery key" in out and PASSPHRASE not in out
    assert cli.main(init) == cli.EXIT_USAGE  # a second time: refused, one sentence
    err = capsys.readouterr().err
    assert err.strip() == ENGLISH(error_message(PracticeExists())) and "\n" not in err.strip()
    monkeypatch.setenv("CASEFILE_NEW_PASSPHRASE", "blauwe-giraf-zwemt-in-Assen")
    assert cli.main(["server", "add-user", "--dsn", pg_empty_database, "--user", "dirk",
                     "--passphrase-file", str(phrase), "--new-user", "eva"]) == cli.EXIT_OK
    with practice_server.open_server(pg_empty_database, "eva",
                                     "blauwe-giraf-zwemt-in-Assen") as eva:
        assert eva.user.role == Role.COUNSELLOR


def test_a_counsellor_cannot_add_a_user_on_the_command_line(pg_practice, capsys,
                                                           monkeypatch):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEFILE_NEW_PASSPHRASE", "blauwe-giraf-zwemt-in-Assen")
    code = cli.main(["server", "add-user", "--dsn", pg_practice, "--user", COUNSELLOR,
                     "--new-user", "frits", "--role", "admin"])
    assert code == cli.EXIT_USAGE
    assert capsys.readouterr().err.strip() == "Only an administrator may do that."


def test_a_password_cannot_be_derived_without_the_passphrase_and_is_no_secret_in_the_url(
        pg_practice):
    params = server.check_dsn(pg_practice)
    assert "password" not in params
    assert server.login_password("db", "anna", "a") != server.login_password("db", "anna", "b")
    assert server.login_password("db", "anna", "a") != server.login_password("db2", "anna", "a")
    assert isinstance(psycopg.__version__, str)
