"""Passphrases on a practice server (issue 14), against the real PostgreSQL: a user
changes their own (slot and login password in one transaction), an administrator with
the recovery key resets another's, the database owner with the recovery key resets the
only administrator's (`casefile server reset-passphrase`), and what the server refuses:
a counsellor resetting someone else's, a wrong recovery key. Also: a removed user's name
is one sentence when added again, and an erasure is refused while a hold keeps the
dossier, by the server itself too."""

from __future__ import annotations

import base64
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import cli, practice_server, signatures
from casefile.catalogue import error_message
from casefile.errors import (
    DossierOnHold,
    InvalidInput,
    NotOnServer,
    NotPermitted,
    ServerRefused,
    WrongPassphrase,
    WrongRecoveryKey,
)
from casefile.model import AuditAction
from casefile.render_text import Words
from casefile.server_audit import verify_server
from casefile.storage import server
from casefile.storage.keys import generate_recovery_key, signing_public
from casefile.storage.repositories.audit import CHAINED
from casefile.storage.repositories.pg import rights as rights_repo
from casefile.storage.repositories.pg import users as user_repo
from casefile.vault import Vault
from support import ADMIN, COUNSELLOR, PASSPHRASE

NEW = "groene-kikker-zwemt-in-Deventer"
TEMPORARY = "tijdelijk-blauwe-reiger-Almelo"
OTHER = "cora"


@pytest.fixture
def practice(pg_empty_database):
    """anna (admin) and bram (counsellor, still on his temporary passphrase); yields the
    URL and the recovery key."""
    with Vault.create(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                      practice_name="Praktijk Testlaan") as vault:
        recovery = vault.recovery_key
        vault.users.add(COUNSELLOR, temporary_passphrase=PASSPHRASE)
    return pg_empty_database, recovery


def _state(dsn: str) -> tuple:
    """Slots, login passwords and flags as the owner sees them (to show nothing moved)."""
    with server.connect(dsn) as owner:
        slots = owner.execute("SELECT slot_id, kind, slot FROM key_slots ORDER BY 1, 2"
                              ).fetchall()
        secrets = owner.execute("SELECT rolname, rolpassword FROM pg_authid "
                                "WHERE rolname LIKE %s ORDER BY 1",
                                (f"{server.database_of(dsn)}:%",)).fetchall()
        users = owner.execute("SELECT id, must_change_passphrase FROM users ORDER BY id"
                              ).fetchall()
        keys = owner.execute("SELECT * FROM signing_keys ORDER BY 1, 3").fetchall()
    return slots, secrets, users, keys


def _verify_ok(dsn: str) -> None:
    with practice_server.open_server(dsn, ADMIN, PASSPHRASE) as session:
        report = verify_server(session)
    assert report.ok, report.problems


def _actions(vault: Vault) -> list[str]:
    return [e.action for e in vault.audit.events()]


def test_after_a_change_the_old_passphrase_fails_and_the_new_one_opens(practice):
    dsn, _ = practice
    with Vault.open(dsn, user=COUNSELLOR, passphrase=PASSPHRASE) as bram:
        assert bram.user.must_change_passphrase  # added with a temporary passphrase
        with pytest.raises(NotOnServer):  # no keyring binding: every computer opens it
            bram.users.change_passphrase(NEW, bind=True)
        bram.users.change_passphrase(NEW)
        assert not bram.user.must_change_passphrase
        bram.children.add(first_name="Fenna", last_name="Dijkstra",
                          birth_date=date(2016, 1, 1))  # still signs with his own key
    with pytest.raises(WrongPassphrase):
        Vault.open(dsn, user=COUNSELLOR, passphrase=PASSPHRASE)
    with Vault.open(dsn, user=COUNSELLOR, passphrase=NEW) as bram:
        assert not bram.user.must_change_passphrase
    with Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE) as anna:
        assert AuditAction.CHANGE_PASSPHRASE in _actions(anna)
    _verify_ok(dsn)


def test_the_offline_change_on_a_url_opens_changes_and_closes(practice):
    dsn, _ = practice
    Vault.change_passphrase(dsn, user=ADMIN, old_passphrase=PASSPHRASE, new_passphrase=NEW)
    with pytest.raises(WrongPassphrase):
        Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE)
    with Vault.open(dsn, user=ADMIN, passphrase=NEW) as anna:
        assert AuditAction.CHANGE_PASSPHRASE in _actions(anna)
    with pytest.raises(WrongPassphrase):  # a wrong old passphrase changes nothing
        Vault.change_passphrase(dsn, user=ADMIN, old_passphrase=PASSPHRASE,
                                new_passphrase=TEMPORARY)


def test_a_change_that_fails_on_the_server_leaves_slot_and_password_as_they_were(
        practice, monkeypatch):
    dsn, _ = practice
    before = _state(dsn)
    with Vault.open(dsn, user=COUNSELLOR, passphrase=PASSPHRASE) as bram:
        real = user_repo.change_own_passphrase

        def then_fail(conn, verifier, slot):
            real(conn, verifier, slot)  # slot and password written, then the commit fails
            raise ConnectionAbortedError("before the commit")

        monkeypatch.setattr(user_repo, "change_own_passphrase", then_fail)
        with pytest.raises(ConnectionAbortedError):
            bram.users.change_passphrase(NEW)
    assert _state(dsn) == before
    with Vault.open(dsn, user=COUNSELLOR, passphrase=PASSPHRASE):
        pass  # not locked out


def test_an_admin_with_the_recovery_key_resets_a_counsellors_passphrase(practice):
    dsn, recovery = practice
    with Vault.open(dsn, user=COUNSELLOR, passphrase=PASSPHRASE) as bram:
        bram.users.change_passphrase(NEW)
        bram.children.add(first_name="Fenna", last_name="Dijkstra",
                          birth_date=date(2016, 1, 1))  # signed with his first key
    with Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE) as anna:
        bram_id = next(u.id for u in anna.users.list() if u.name == COUNSELLOR)
        anna.users.reset_passphrase(bram_id, temporary_passphrase=TEMPORARY,
                                    recovery_key=recovery)
        assert AuditAction.RESET_PASSPHRASE in _actions(anna)
    with pytest.raises(WrongPassphrase):
        Vault.open(dsn, user=COUNSELLOR, passphrase=NEW)
    with Vault.open(dsn, user=COUNSELLOR, passphrase=TEMPORARY) as bram:
        assert bram.user.must_change_passphrase
        bram.users.change_passphrase(NEW)
        bram.children.add(first_name="Joris", last_name="Dijkstra",
                          birth_date=date(2015, 1, 1))  # signed with his new key
    # both his keys are kept; his events before and after the reset verify
    assert len([k for k in _state(dsn)[3] if k["user_id"] == bram_id]) == 2
    _verify_ok(dsn)


def test_a_key_made_at_a_reset_signs_nothing_from_before_it(practice):
    """The administrator who reset bram made his new key: an event from before the reset
    signed with it (a forged past) fails verify."""
    dsn, recovery = practice
    with Vault.open(dsn, user=COUNSELLOR, passphrase=PASSPHRASE):
        pass  # an unlock and a lock, signed with his first key
    with Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE) as anna:
        bram_id = next(u.id for u in anna.users.list() if u.name == COUNSELLOR)
        anna.users.reset_passphrase(bram_id, temporary_passphrase=TEMPORARY,
                                    recovery_key=recovery)
    with server.connect(dsn) as owner, server.transaction(owner):
        since = owner.execute("SELECT max(since_event) AS s FROM signing_keys "
                              "WHERE user_id = %s", (bram_id,)).fetchone()["s"]
        assert since > 1
    with practice_server.open_server(dsn, COUNSELLOR, TEMPORARY) as bram:
        new_key = bram.signing_key()
    with server.connect(dsn) as owner, server.transaction(owner):
        row = owner.execute("SELECT * FROM audit_log WHERE user_id = %s ORDER BY id LIMIT 1",
                            (bram_id,)).fetchone()
        assert row["id"] < since
        forged = signatures.sign_event(Ed25519PrivateKey.from_private_bytes(new_key),
                                       row["prev_hash"], {f: row[f] for f in CHAINED})
        owner.execute("UPDATE audit_log SET signature = %s WHERE id = %s",
                      (forged, row["id"]))
    with practice_server.open_server(dsn, ADMIN, PASSPHRASE) as session:
        report = verify_server(session)
    assert [p.code for p in report.problems] == ["verify_signature"]


def test_a_counsellor_cannot_reset_another_users_passphrase(practice):
    dsn, recovery = practice
    with Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE) as anna:
        anna_id = anna.user.id
    before = _state(dsn)
    with practice_server.open_server(dsn, COUNSELLOR, PASSPHRASE) as bram:
        # past the client's own check: the server's function refuses
        verifier, slot = practice_server._new_slot(bram.db(), bram.database, bram.vault_id,
                                                   ADMIN, TEMPORARY, bram.data_key())
        with pytest.raises(NotPermitted), server.transaction(bram.db()):
            user_repo.reset_passphrase(bram.db(), anna_id, verifier, slot)
        # nor the owner's function: it has no grant
        with pytest.raises(ServerRefused), server.transaction(bram.db()):
            user_repo.set_passphrase(bram.db(), anna_id, verifier, slot, must_change=True)
    with Vault.open(dsn, user=COUNSELLOR, passphrase=PASSPHRASE) as bram, \
            pytest.raises(NotPermitted):
        bram.users.reset_passphrase(anna_id, temporary_passphrase=TEMPORARY,
                                    recovery_key=recovery)
    assert _state(dsn) == before
    with pytest.raises(WrongPassphrase):
        Vault.open(dsn, user=ADMIN, passphrase=TEMPORARY)


def test_a_reset_without_the_right_recovery_key_is_refused_and_changes_nothing(practice):
    dsn, _ = practice
    wrong = generate_recovery_key()  # well formed, but another practice's
    before = _state(dsn)
    with Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE) as anna:
        bram_id = next(u.id for u in anna.users.list() if u.name == COUNSELLOR)
        events = len(_actions(anna))
        with pytest.raises(WrongRecoveryKey):
            anna.users.reset_passphrase(bram_id, temporary_passphrase=TEMPORARY,
                                        recovery_key=wrong)
        assert len(_actions(anna)) == events  # the reset's event went with the rollback
    assert _state(dsn) == before
    with pytest.raises(WrongRecoveryKey):
        practice_server.owner_reset_passphrase(dsn, ADMIN, temporary_passphrase=TEMPORARY,
                                               recovery_key=wrong, workstation="pc",
                                               clock=None)
    assert _state(dsn) == before
    with Vault.open(dsn, user=COUNSELLOR, passphrase=PASSPHRASE):
        pass


def test_the_owners_reset_with_a_wrong_key_is_one_sentence(practice, tmp_path, monkeypatch,
                                                           capsys):
    dsn, _ = practice
    before = _state(dsn)
    monkeypatch.setenv("CASEFILE_RECOVERY_KEY", generate_recovery_key())
    monkeypatch.setenv("CASEFILE_NEW_PASSPHRASE", TEMPORARY)
    code = cli.main(["--lang", "en", "server", "reset-passphrase", "--dsn", dsn,
                     "--user", ADMIN])
    err = capsys.readouterr().err
    assert code == 2 and err.strip() == Words("en")(error_message(WrongRecoveryKey()))
    assert "Traceback" not in err and _state(dsn) == before


def test_the_owner_with_the_recovery_key_lets_a_forgetful_only_admin_back_in(
        practice, tmp_path, monkeypatch, capsys):
    dsn, recovery = practice
    key_file = tmp_path / "herstel.txt"
    key_file.write_text(recovery + "\n")
    monkeypatch.setenv("CASEFILE_NEW_PASSPHRASE", TEMPORARY)
    code = cli.main(["--lang", "en", "server", "reset-passphrase", "--dsn", dsn,
                     "--user", ADMIN, "--recovery-key-file", str(key_file)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "anna has a temporary passphrase" in out and recovery not in out + err
    with pytest.raises(WrongPassphrase):
        Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE)
    with Vault.open(dsn, user=ADMIN, passphrase=TEMPORARY) as anna:
        assert anna.user.must_change_passphrase
        event = anna.audit.events(action=AuditAction.RESET_PASSPHRASE)[0]
        assert event.user_id is None and event.details["method"] == "recovery_key"
        anna.users.change_passphrase(NEW)
    with practice_server.open_server(dsn, ADMIN, NEW) as session:
        assert verify_server(session).ok


def test_the_recovery_key_does_not_open_a_server_and_says_which_door_does(practice):
    dsn, recovery = practice
    with pytest.raises(InvalidInput) as caught:
        Vault.open(dsn, user=ADMIN, recovery_key=recovery)
    assert "reset-passphrase" in Words("en")(error_message(caught.value))


def test_a_removed_users_name_is_one_sentence_when_added_again(practice):
    dsn, _ = practice
    with Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE) as anna:
        cora = anna.users.add(OTHER, temporary_passphrase=TEMPORARY)
        anna.users.deactivate(cora.id)
        with pytest.raises(InvalidInput) as caught:
            anna.users.add(OTHER, temporary_passphrase=TEMPORARY)
        assert caught.value.code == "user_name_removed"
        assert "removed" in Words("en")(error_message(caught.value))
        anna.users.add("cora2", temporary_passphrase=TEMPORARY)  # another name does


def test_an_erasure_is_refused_while_a_hold_keeps_the_dossier(practice):
    dsn, _ = practice
    with Vault.open(dsn, user=ADMIN, passphrase=PASSPHRASE) as anna:
        kid = anna.children.add(first_name="Fenna", last_name="Dijkstra",
                                birth_date=date(2016, 1, 1))
        anna.rights_desk.place_hold(kid.id, reason="Klacht loopt", ends_on=date(2040, 1, 1))
        with pytest.raises(DossierOnHold):
            anna.rights.erase(kid.id, reason="verzoek ouder")
        # past the client's check: the server refuses, in the same sentence
        with pytest.raises(DossierOnHold) as refused, anna.context.transaction() as conn:
            rights_repo.delete_child(conn, kid.id)
        assert refused.value.params == {"until": "01-01-2040"}
        assert anna.children.get(kid.id).id == kid.id


def test_two_resets_with_no_event_between_keep_the_later_key(practice):
    """Past the service (which records an event first): the server keeps one key per
    first event, the later one, rather than failing with a driver error."""
    dsn, recovery = practice
    with practice_server.open_server(dsn, ADMIN, PASSPHRASE) as anna:
        for temporary in (TEMPORARY, NEW):
            practice_server.reset_passphrase(anna, COUNSELLOR, temporary_passphrase=temporary,
                                             recovery_key=recovery)
    with practice_server.open_server(dsn, COUNSELLOR, NEW) as bram:
        public = base64.b64encode(signing_public(bram.signing_key())).decode()
        bram_id = bram.user.id
    held = [k for k in _state(dsn)[3] if k["user_id"] == bram_id]
    assert len(held) == 2 and held[-1]["public_key"] == public
