"""`casefile verify --server`: against the real PostgreSQL, a sound practice server
verifies, and what a superuser can still do behind the grants (change, delete, re-sign or
reorder an event) is found and named by the event's id; a wrong passphrase is one
sentence; verify itself writes nothing."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import cli, practice_server, server_audit, signatures
from casefile.audit import canonical
from casefile.errors import ServerOutdated
from casefile.storage import server
from casefile.storage.repositories.audit import CHAINED
from casefile.storage.repositories.pg.base import ServerConnection
from casefile.vault import Vault
from support import ADMIN, COUNSELLOR, PASSPHRASE

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
EVENTS = 6  # three each, anna's and bram's in turn: ids 1..6


def _fields(session: practice_server.ServerSession, n: int,
            at: datetime | None = None) -> dict[str, object]:
    return {"at": (at or datetime.now(UTC)).isoformat(timespec="microseconds"),
            "user_id": session.user.id, "role": str(session.user.role), "action": "read",
            "object_type": "child", "object_id": str(n), "child_id": None,
            "outcome": "ok", "workstation": f"pc-{session.user.id}",
            "details": canonical({"n": n}).decode()}


def _record(session: practice_server.ServerSession, n: int,
            at: datetime | None = None) -> None:
    conn = ServerConnection(session.db(), session.sealer, None)
    with server.transaction(conn.pg):
        server_audit.record(session, conn, _fields(session, n, at))


@pytest.fixture
def practice(pg_empty_database):
    """A practice with anna (admin) and bram (counsellor) and six signed events."""
    dsn = pg_empty_database
    practice_server.initialise(dsn, ADMIN, PASSPHRASE)
    with practice_server.open_server(dsn, ADMIN, PASSPHRASE) as admin:
        practice_server.add_user(admin, COUNSELLOR, temporary_passphrase=PASSPHRASE)
    with practice_server.open_server(dsn, ADMIN, PASSPHRASE) as one, \
            practice_server.open_server(dsn, COUNSELLOR, PASSPHRASE) as two:
        for n in range(EVENTS):
            _record(one if n % 2 == 0 else two, n)
    return dsn


def _verify(dsn, monkeypatch, capsys, user=ADMIN, passphrase=PASSPHRASE, more=()):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", passphrase)
    code = cli.main(["--lang", "en", "verify", "--server", dsn, "--user", user, *more])
    out, err = capsys.readouterr()
    return code, out, err


def _as_superuser(dsn: str, *statements: str) -> None:
    with server.connect(dsn) as owner, server.transaction(owner):
        for statement in statements:
            owner.execute(statement.encode())


def _state(dsn: str) -> tuple:
    with server.connect(dsn) as owner:
        counts = owner.execute(
            "SELECT (SELECT count(*) FROM audit_log) AS events, "
            "(SELECT count(*) FROM signing_keys) AS keys, "
            "(SELECT count(*) FROM users) AS users, "
            "(SELECT count(*) FROM key_slots) AS slots").fetchone()
        newest = owner.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return counts, newest


def test_a_sound_server_verifies_as_admin_and_as_counsellor(practice, monkeypatch, capsys):
    code, out, err = _verify(practice, monkeypatch, capsys)
    assert (code, err) == (0, "")
    assert "6 events checked; newest head 6:" in out
    assert "Audit chain, signatures, roles and keys: ok." in out
    code, out, _ = _verify(practice, monkeypatch, capsys, user=COUNSELLOR)
    assert code == 0 and "ok." in out


def test_verify_speaks_dutch(practice, monkeypatch, capsys):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    _as_superuser(practice, "UPDATE audit_log SET action = 'export' WHERE id = 2")
    code = cli.main(["--lang", "nl", "verify", "--server", practice, "--user", ADMIN])
    out = capsys.readouterr().out
    assert code == 1
    assert "2 problemen gevonden:" in out
    assert "gebeurtenis 2: gewijzigd nadat ze is vastgelegd" in out
    assert "event" not in out


def test_an_event_changed_by_a_superuser_is_named(practice, monkeypatch, capsys):
    _as_superuser(practice, "UPDATE audit_log SET action = 'export' WHERE id = 3")
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 1
    assert "2 problems found" in out
    assert "event 3: changed after it was recorded" in out
    assert "event 3: not signed with the key of user 1" in out  # the signature covers it
    assert "event 4" not in out  # the next event still follows the stored hash


def test_a_deleted_event_is_named(practice, monkeypatch, capsys):
    _as_superuser(practice, "DELETE FROM audit_log WHERE id = 4")
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 1
    assert "event 5: event 4 before it is missing" in out
    assert "event 5: does not follow the event before it" in out


def test_several_deleted_events_are_named_as_a_range(practice, monkeypatch, capsys):
    _as_superuser(practice, "DELETE FROM audit_log WHERE id IN (2, 3, 4)")
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 1 and "event 5: events 2 to 4 are missing" in out


def test_an_event_re_signed_with_another_key_is_named(practice, monkeypatch, capsys):
    with server.connect(practice) as owner:
        row = owner.execute("SELECT * FROM audit_log WHERE id = 2").fetchone()
    other = Ed25519PrivateKey.generate()
    forged = signatures.sign_event(other, row["prev_hash"], {f: row[f] for f in CHAINED})
    _as_superuser(practice, f"UPDATE audit_log SET signature = '{forged}' WHERE id = 2")
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 1
    assert f"event 2: not signed with the key of user {row['user_id']}" in out
    assert "changed" not in out  # the HMAC chain does not cover the signature


def test_a_swapped_signing_key_is_found_against_the_pin_and_the_slot(practice, monkeypatch,
                                                                     capsys):
    other = base64.b64encode(Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    _as_superuser(practice,
                  f"UPDATE signing_keys SET public_key = '{other.decode()}' WHERE user_id = 1")
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 1
    assert "user 1: their signing key is not the key pinned" in out
    assert "user 1: the signing key the server keeps differs from their key slot's" in out
    assert "event 1: not signed with the key of user 1" in out


def test_a_reordered_chain_is_named(practice, monkeypatch, capsys):
    _as_superuser(practice, "UPDATE audit_log SET id = -3 WHERE id = 3",
                  "UPDATE audit_log SET id = 3 WHERE id = 4",
                  "UPDATE audit_log SET id = 4 WHERE id = -3")
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 1
    assert "event 3: does not follow the event before it" in out
    assert "event 4: does not follow the event before it" in out
    assert "event 5: does not follow the event before it" in out
    assert "event 6" not in out and "signed" not in out  # each signature is still sound


def test_a_role_the_server_does_not_hold_is_named(practice, monkeypatch, capsys):
    _as_superuser(practice, "UPDATE users SET role = 'admin' WHERE id = 2")
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 1
    assert "event 2: states role Counsellor, but user 2 has role Administrator" in out
    assert "user 2: has role Administrator in the users table, but their login is in " \
           "group Counsellor" in out


def test_a_far_clock_is_a_warning_not_a_problem(practice, monkeypatch, capsys):
    with practice_server.open_server(practice, COUNSELLOR, PASSPHRASE) as bram:
        _record(bram, 7, at=datetime.now(UTC) - timedelta(hours=2))
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 0
    assert "warning: event 7: the computer's clock was 120 minutes off the server's" in out
    assert "event 6" not in out


def test_a_wrong_passphrase_is_one_sentence(practice, monkeypatch, capsys):
    code, out, err = _verify(practice, monkeypatch, capsys, passphrase="niet-de-goede-zin-x")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_vault_and_server_together_are_a_usage_error(practice, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    code = cli.main(["--lang", "en", "verify", "--server", practice, "--vault", str(tmp_path),
                     "--user", ADMIN])
    _, err = capsys.readouterr()
    assert code == 2 and "either --server or --vault" in err


def test_verify_writes_nothing(practice, monkeypatch, capsys):
    _as_superuser(practice, "UPDATE audit_log SET outcome = 'denied' WHERE id = 5")
    before = _state(practice)
    assert _verify(practice, monkeypatch, capsys)[0] == 1
    assert _verify(practice, monkeypatch, capsys, user=COUNSELLOR)[0] == 1
    assert _state(practice) == before


def test_verify_runs_in_a_read_only_snapshot(practice):
    with practice_server.open_server(practice, ADMIN, PASSPHRASE) as anna:
        conn = anna.db()
        with server.snapshot(conn):
            assert conn.execute("SHOW transaction_read_only").fetchone() == {
                "transaction_read_only": "on"}
        assert conn.read_only is None  # the session's later work is not read only


def test_ids_have_no_gap_after_a_rolled_back_append(practice, monkeypatch, capsys):
    with practice_server.open_server(practice, ADMIN, PASSPHRASE) as anna:
        conn = ServerConnection(anna.db(), anna.sealer, None)
        with pytest.raises(ZeroDivisionError), server.transaction(conn.pg):
            server_audit.record(anna, conn, _fields(anna, 8))
            raise ZeroDivisionError  # the append is rolled back
        _record(anna, 9)
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 0 and "7 events checked; newest head 7:" in out


def test_an_older_server_schema_is_one_sentence(practice, monkeypatch, capsys):
    _as_superuser(practice, "DELETE FROM schema_version WHERE version >= 10")
    before = _state(practice)
    code, out, err = _verify(practice, monkeypatch, capsys)
    assert (code, out) == (2, "")
    assert err.strip() == ("The practice server's schema is older than this Casefile; its "
                           "owner updates it with casefile server upgrade.")
    assert _state(practice) == before


def test_an_older_server_opens_after_its_owner_upgrades_it(practice, monkeypatch, capsys):
    """A server that lacks a migration this Casefile has is refused at unlock, not half
    used; `casefile server upgrade` applies it."""
    files = server.migration_files()
    later = (files[-1][0] + 1, "later", "CREATE TABLE later_feature ();")
    monkeypatch.setattr(server, "migration_files", lambda: [*files, later])
    with pytest.raises(ServerOutdated):
        Vault.open(practice, user=ADMIN, passphrase=PASSPHRASE)
    assert cli.main(["--lang", "en", "server", "upgrade", "--dsn", practice]) == 0
    assert capsys.readouterr().out.strip() == (
        f"The practice server's schema is at version {later[0]}.")
    with Vault.open(practice, user=ADMIN, passphrase=PASSPHRASE) as vault:
        vault.notes.add(vault.children.add(first_name="Sem", last_name="Kok",
                                           birth_date=date(2017, 5, 5)).id, text="Eerste sessie.")
    assert _verify(practice, monkeypatch, capsys)[0] == 0


def _head(out: str) -> str:
    return out.split("newest head ")[1].split(".")[0]


def test_newest_events_removed_are_found_against_an_earlier_head(practice, monkeypatch,
                                                                 capsys):
    code, out, _ = _verify(practice, monkeypatch, capsys)
    head = _head(out)
    assert code == 0 and head.startswith("6:") and len(head) == 2 + 16
    assert _verify(practice, monkeypatch, capsys, more=("--head", head))[0] == 0
    _as_superuser(practice, "DELETE FROM audit_log WHERE id >= 5")
    assert _verify(practice, monkeypatch, capsys)[0] == 0  # the chain alone cannot tell
    code, out, _ = _verify(practice, monkeypatch, capsys, more=("--head", head))
    assert code == 1
    assert "event 6: no longer in the chain as an earlier verify saw it" in out


@pytest.mark.parametrize("head", ["6", "x:0123456789abcdef", "6:0123", "6:zz23456789abcdef"])
def test_a_head_in_another_form_is_a_usage_error(practice, monkeypatch, capsys, head):
    code, out, err = _verify(practice, monkeypatch, capsys, more=("--head", head))
    assert (code, out) == (2, "")
    assert err.strip() == "Give --head as NUMBER:HASH, as an earlier verify printed them."


def test_a_removed_users_events_still_verify(practice, monkeypatch, capsys):
    with practice_server.open_server(practice, ADMIN, PASSPHRASE) as anna:
        practice_server.add_user(anna, "carla", temporary_passphrase=PASSPHRASE)
    with practice_server.open_server(practice, "carla", PASSPHRASE) as carla:
        _record(carla, 7)
    with practice_server.open_server(practice, ADMIN, PASSPHRASE) as anna:
        practice_server.remove_user(anna, "carla")  # her login role and key slot go
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 0 and "7 events checked" in out


def test_an_event_without_a_user_is_signed_by_whoever_recorded_it(practice, monkeypatch,
                                                                   capsys):
    with practice_server.open_server(practice, COUNSELLOR, PASSPHRASE) as bram:
        conn = ServerConnection(bram.db(), bram.sealer, None)
        with server.transaction(conn.pg):
            server_audit.record(bram, conn, {**_fields(bram, 7), "user_id": None,
                                             "role": "", "action": "unlock",
                                             "outcome": "wrong_passphrase"})
    assert _verify(practice, monkeypatch, capsys)[0] == 0
    forged = base64.b64encode(bytes(64)).decode()
    _as_superuser(practice, f"UPDATE audit_log SET signature = '{forged}' WHERE id = 7")
    code, out, _ = _verify(practice, monkeypatch, capsys)
    assert code == 1 and "event 7: has no user and is signed by no member's key" in out


def test_a_practice_from_before_signing_keys_says_so(pg_empty_database, monkeypatch, capsys):
    """Made before pg migration 0010, upgraded since: no pin, no kept keys, unsigned
    events. Verify does not call that sound."""
    every = server.migration_files()
    monkeypatch.setattr(server, "migration_files", lambda: [m for m in every if m[0] < 10])
    practice_server.initialise(pg_empty_database, ADMIN, PASSPHRASE)
    monkeypatch.setattr(server, "migration_files", lambda: every)
    with server.connect(pg_empty_database) as owner:
        assert server.migrate(owner) == every[-1][0]
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as anna:
        _record(anna, 1)
    code, out, _ = _verify(pg_empty_database, monkeypatch, capsys)
    assert code == 1
    assert "the practice has no pinned key" in out
    assert "event 1: the server keeps no signing key for user 1" in out
    assert "user 1: the signing key the server keeps differs from their key slot's" in out


def test_a_session_never_shows_its_keys(practice):
    with practice_server.open_server(practice, ADMIN, PASSPHRASE) as anna:
        shown = repr(anna)
        assert repr(anna.data_key()) not in shown
        assert repr(bytearray(anna.data_key())) not in shown
        assert repr(bytearray(anna.signing_key() or b"")) not in shown


def test_verify_while_another_computer_appends_sees_a_whole_chain(practice):
    """Appends under the advisory lock and verify's one snapshot: whatever moment verify
    reads, it sees a chain that ends cleanly."""
    from concurrent.futures import ThreadPoolExecutor

    def append_many() -> None:
        with practice_server.open_server(practice, COUNSELLOR, PASSPHRASE) as bram:
            for n in range(40):
                _record(bram, 100 + n)

    reports = []
    with practice_server.open_server(practice, ADMIN, PASSPHRASE) as anna, \
            ThreadPoolExecutor(1) as pool:
        job = pool.submit(append_many)
        while not job.done():
            reports.append(server_audit.verify_server(anna))
        job.result(timeout=120)
        reports.append(server_audit.verify_server(anna))
    assert all(r.ok for r in reports), [r.problems for r in reports if not r.ok]
    assert reports[-1].events == EVENTS + 40 and reports[-1].head_id == EVENTS + 40
