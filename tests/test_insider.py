"""An insider: a counsellor who unwraps the database key with their own passphrase and
then rewrites casefile.db by hand. Nothing on one shared file can stop that, so each test
does what the issue saw done and checks that the vault refuses it or `verify` reports it."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import cli
from casefile.audit import canonical, verify_chain
from casefile.errors import NotPermitted, WrongPassphrase
from casefile.model import Role
from casefile.signatures import grant_details, sign_event
from insider import Insider
from support import ADMIN, PASSPHRASE

COR, COR_PASS = "cor", "gewone-gebruiker-Cor-2026"


@pytest.fixture
def recovery(vault) -> str:
    """The recovery key, taken before `team` locks the vault (it is shown once)."""
    return vault.recovery_key


@pytest.fixture
def team(vault, reopen):
    """The fixture's admin and a counsellor who has worked in a dossier; locked."""
    cor = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    kid = vault.children.add(first_name="Fenna", last_name="Dijkstra",
                             birth_date=date(2016, 4, 4))
    vault.caseload.add(kid.id, cor.id, reason="Cor begeleidt Fenna")
    vault.lock()
    with reopen(COR, COR_PASS) as v:
        v.notes.add(kid.id, text="Oefent met lezen.")
    with reopen() as v:  # the admin works after the counsellor, so cor's events are inside
        v.children.get(kid.id)
    return cor, kid


def codes(report) -> set[str]:
    return {p.split(":")[0] for p in report.problems}


def test_a_clean_vault_verifies_signed_from_its_first_events(team, reopen):
    with reopen() as v:
        report = v.audit.verify()
        assert report.ok, report.problems
        assert report.signed_since == 2, "event 1 creates the vault, event 2 is the grant"
        events = v.audit.events(limit=1000)
        assert all(e.action for e in events)


def test_role_set_to_admin_by_sql_is_refused_and_reported(team, reopen, vault_dir):
    cor, _kid = team
    insider = Insider(vault_dir)
    insider.sql("UPDATE users SET role = 'admin' WHERE id = ?", (cor.id,))
    insider.close()
    with reopen(COR, COR_PASS) as v:
        assert v.users.current.role == Role.COUNSELLOR
        with pytest.raises(NotPermitted):
            v.users.add("dirk", temporary_passphrase="nog-een-Lang-wachtwoord-77")
        with pytest.raises(NotPermitted):
            v.audit.events()
        assert {u.name: u.role for u in v.users.list()}[COR] == Role.COUNSELLOR
    with reopen() as v:
        report = v.audit.verify()
        assert not report.ok
        assert f"users: user {cor.id}'s role or status in the users table is not what an " \
               "admin signed" in report.problems


def test_a_name_swapped_onto_the_admins_row_gains_nothing(team, reopen, vault_dir):
    """cor renames rows so that 'cor' is the admin's row: the key still says who they are."""
    cor, _kid = team
    insider = Insider(vault_dir)
    for statement in ("UPDATE users SET name = 'tmp' WHERE name = 'anna'",
                      "UPDATE users SET name = 'anna' WHERE name = 'cor'",
                      "UPDATE users SET name = 'cor' WHERE name = 'tmp'"):
        insider.sql(statement)
    insider.close()
    with reopen(COR, COR_PASS) as v:
        assert (v.users.current.id, v.users.current.role) == (cor.id, Role.COUNSELLOR)
        with pytest.raises(NotPermitted):
            v.users.set_role(cor.id, Role.ADMIN)


def test_an_admin_role_set_in_memory_is_reported(team, reopen):
    """Python in the same process can change anything; what it does is still signed by
    the counsellor's own key, with a role their signed role contradicts."""
    cor, _kid = team
    with reopen(COR, COR_PASS) as v:
        v.context.user = replace(v.context.user, role=Role.ADMIN)
        v.users.add("dirk", role="admin", temporary_passphrase="nog-een-Lang-wachtwoord-77")
    with reopen() as v:
        report = v.audit.verify()
        assert {"role", "grant"} <= codes(report)
        assert any(f"but user {cor.id}'s signed role is counsellor" in p
                   for p in report.problems)
        assert {u.name: u.active for u in v.users.list()}["dirk"] is False, \
            "a grant by a counsellor grants nothing"


def test_deleted_events_and_a_recomputed_chain_are_reported(team, reopen, vault_dir):
    cor, _kid = team
    insider = Insider(vault_dir)
    insider.drop_triggers()
    insider.sql("DELETE FROM audit_log WHERE user_id = ?", (cor.id,))
    insider.rechain()
    assert verify_chain(insider.conn, insider.audit_key).ok, "the HMAC chain alone is fooled"
    insider.close()
    with reopen() as v:
        report = v.audit.verify()
        assert not report.ok
        assert {"signature", "head"} <= codes(report), report.problems


def test_deleted_events_re_signed_by_the_insider_still_break_other_users(team, reopen,
                                                                         vault_dir, tmp_path):
    """Re-signing what they can (their own events) leaves the admin's later events,
    whose signatures cover the previous hash, unverifiable; and the head the newest backup
    recorded is gone even when the one beside the vault is deleted too."""
    cor, _kid = team
    with reopen() as v:
        v.settings.update(backup_dir=str(tmp_path / "back-ups"))
        v.backups.create()
    insider = Insider(vault_dir)
    own = Ed25519PrivateKey.from_private_bytes(insider.own_key)
    insider.drop_triggers()
    insider.sql("DELETE FROM audit_log WHERE user_id = ? AND action = 'create' "
                "AND object_type = 'note'", (cor.id,))

    def resign(row):
        return sign_event(own, row["prev_hash"], row) if row["user_id"] == cor.id \
            else row["signature"]

    insider.rechain(resign)
    insider.close()
    (vault_dir / "audit-head.json").unlink()  # and the head written beside the vault
    with reopen() as v:
        report = v.audit.verify()
        bad = [p for p in report.problems if p.startswith("signature")]
        assert bad and all(f"key of user {cor.id}" not in p for p in bad), report.problems
        assert any(p.startswith("head") and p.endswith("newest backup")
                   for p in report.problems), report.problems


def test_an_event_re_signed_with_another_users_key_is_reported(team, reopen, vault_dir):
    """cor puts one of their own events on the admin's name and signs it with their key."""
    cor, _kid = team
    insider = Insider(vault_dir)
    own = Ed25519PrivateKey.from_private_bytes(insider.own_key)
    admin_id = insider.conn.execute("SELECT id FROM users WHERE name = ?",
                                    (ADMIN,)).fetchone()[0]
    target = insider.conn.execute("SELECT id FROM audit_log WHERE user_id = ? AND "
                                  "object_type = 'note'", (cor.id,)).fetchone()[0]
    insider.drop_triggers()
    insider.sql("UPDATE audit_log SET user_id = ?, role = 'admin' WHERE id = ?",
                (admin_id, target))
    insider.rechain(lambda row: sign_event(own, row["prev_hash"], row)
                    if row["id"] == target else row["signature"])
    insider.close()
    with reopen() as v:
        report = v.audit.verify()
        assert f"signature: event {target} is not signed by the key of user {admin_id}" \
            in report.problems


def test_a_forged_grant_and_a_swapped_pin_are_reported(team, reopen, vault_dir, tmp_path):
    """cor writes a grant making themselves admin, signed with a fresh key that they put
    in their own slot and pin in keyslots.json in place of the first admin's: the newest
    backup still holds the first admin's pin."""
    cor, _kid = team
    with reopen() as v:
        v.settings.update(backup_dir=str(tmp_path / "back-ups"))
        v.backups.create()
    insider = Insider(vault_dir)
    fresh = Ed25519PrivateKey.generate()
    public = fresh.public_key().public_bytes_raw()
    grant = grant_details(cor.id, Role.ADMIN, True, "x", key=public)
    insider.append(fresh, user_id=cor.id, role="admin", action="grant",
                   object_id=str(cor.id), details=canonical(grant).decode())
    raw = fresh.private_bytes_raw()
    insider.slots.rewrap_user(COR, COR_PASS, insider.db_key, signing_key=raw)
    insider.slots.save(vault_dir / "keyslots.json")
    slots = json.loads((vault_dir / "keyslots.json").read_text())
    slots["pins"]["admin"] = base64.b64encode(public).decode()
    (vault_dir / "keyslots.json").write_text(json.dumps(slots))
    insider.close()
    with reopen(COR, COR_PASS) as v:
        assert v.users.current.role == Role.COUNSELLOR, "the pin differs from the backup's"
    with reopen() as v:
        assert v.users.current.role == Role.COUNSELLOR, "no signed role: least privilege"
        report = v.audit.verify()
        assert {"pin", "signature"} <= codes(report), report.problems
        assert "signature" in codes(report), "the admin's events no longer verify"


def test_casefile_verify_reports_an_insider_with_exit_1(team, vault_dir, monkeypatch, capsys):
    cor, _kid = team
    insider = Insider(vault_dir)
    insider.sql("UPDATE users SET role = 'admin' WHERE id = ?", (cor.id,))
    insider.close()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert cli.main(["verify", "--vault", str(vault_dir), "--user", ADMIN]) == \
        cli.EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert "Signatures and roles: 1 problem(s)" in out and f"user {cor.id}" in out


def test_a_failed_unlock_is_signed_by_whoever_appends_it(team, reopen):
    """Without the key a failed unlock cannot be signed or written; it waits beside the
    vault and enters the log at the next unlock, signed by the user who unlocks then."""
    cor, _kid = team
    with pytest.raises(WrongPassphrase):
        reopen(COR, "verkeerd-wachtwoord-Cor-0000")
    with reopen(COR, COR_PASS):
        pass
    with reopen() as v:
        [failed] = [e for e in v.audit.events(action="unlock", limit=100)
                    if e.outcome == "failed"]
        assert failed.user_id == cor.id and failed.details["reason"] == "wrong_passphrase"
        assert v.audit.verify().ok


def test_ordinary_admin_work_keeps_every_signature_whole(recovery, team, reopen, vault_dir,
                                                         clock, secrets, tmp_path):
    """No false alarm: roles changed, a user deactivated, a passphrase reset with the
    recovery key, a recovery-key unlock and new passphrase, a passphrase changed while
    locked, a backup: verify stays clean, and each user keeps their signed role."""
    from casefile.vault import Vault

    cor, _kid = team
    with reopen() as v:
        dirk = v.users.add("dirk", temporary_passphrase="nog-een-Lang-wachtwoord-77")
        v.users.set_role(cor.id, Role.ADMIN)
        v.users.set_role(cor.id, Role.COUNSELLOR)
        v.users.reset_passphrase(cor.id, temporary_passphrase="nieuw-tijdelijk-Cor-2026",
                                 recovery_key=recovery)
        v.users.deactivate(dirk.id)
        v.settings.update(backup_dir=str(tmp_path / "back-ups"))
        v.backups.create()
    with Vault.open(vault_dir, user=ADMIN, recovery_key=recovery, clock=clock,
                    secrets=secrets) as v:
        v.users.change_passphrase("weer-een-nieuwe-Zin-voor-Anna-9")
    Vault.change_passphrase(vault_dir, user=ADMIN, old_passphrase="weer-een-nieuwe-Zin-voor-"
                            "Anna-9", new_passphrase=PASSPHRASE, clock=clock, secrets=secrets)
    with reopen(COR, "nieuw-tijdelijk-Cor-2026") as v:
        assert v.users.current.role == Role.COUNSELLOR
    with reopen() as v:
        assert v.users.current.role == Role.ADMIN
        report = v.audit.verify()
        assert report.ok, report.problems
        assert {u.name: (u.role, u.active) for u in v.users.list()} == {
            ADMIN: (Role.ADMIN, True), COR: (Role.COUNSELLOR, True),
            "dirk": (Role.COUNSELLOR, False)}



def test_statements_and_pin_wiped_do_not_start_signing_afresh(team, reopen, vault_dir,
                                                              tmp_path):
    """cor makes themselves admin in the table, deletes every role statement, re-chains
    and removes the pins: the vault looks as if it never signed, but the newest backup
    pinned the first admin, so cor is not crowned and verify says why."""
    cor, _kid = team
    with reopen() as v:
        v.settings.update(backup_dir=str(tmp_path / "back-ups"))
        v.backups.create()
    insider = Insider(vault_dir)
    insider.drop_triggers()
    insider.sql("UPDATE users SET role = 'admin' WHERE id = ?", (cor.id,))
    insider.sql("DELETE FROM audit_log WHERE action IN ('grant', 'claim_key')")
    insider.rechain()
    insider.close()
    slots = json.loads((vault_dir / "keyslots.json").read_text())
    slots["pins"] = {}
    (vault_dir / "keyslots.json").write_text(json.dumps(slots))
    with reopen(COR, COR_PASS) as v:
        assert v.users.current.role == Role.COUNSELLOR
        with pytest.raises(NotPermitted):
            v.users.set_role(cor.id, Role.ADMIN)
        assert {"pin", "head"} <= codes(v.audit.verify())
    assert json.loads((vault_dir / "keyslots.json").read_text())["pins"] == {}


def test_a_deactivated_user_comes_back_neither_by_an_old_slot_nor_by_sql(team, reopen,
                                                                          vault_dir):
    """cor kept a copy of keyslots.json from before the admin deactivated them: their old
    slot still opens, but their signed status says inactive; events they add by hand with
    their old key are reported."""
    cor, _kid = team
    kept = (vault_dir / "keyslots.json").read_text()
    with reopen() as v:
        v.users.deactivate(cor.id)
    current = json.loads((vault_dir / "keyslots.json").read_text())
    old_slot = next(s for s in json.loads(kept)["slots"] if s["id"] == COR)
    current["slots"].append(old_slot)
    (vault_dir / "keyslots.json").write_text(json.dumps(current))
    insider = Insider(vault_dir)
    insider.sql("UPDATE users SET active = 1 WHERE id = ?", (cor.id,))
    with pytest.raises(WrongPassphrase):
        reopen(COR, COR_PASS)
    insider.append(Ed25519PrivateKey.from_private_bytes(insider.own_key), user_id=cor.id,
                   role="counsellor", action="read", object_type="child")
    insider.close()
    with reopen() as v:
        assert "inactive" in codes(v.audit.verify())
