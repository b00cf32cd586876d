"""Roles: only an admin manages users, settings, purges, the practice-wide audit view and the
approval of legal-obligation disclosures; the API refuses a counsellor, not only the GUI."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.errors import CasefileError, InvalidInput, NotPermitted
from casefile.model import Role
from support import ADMIN, PASSPHRASE

COR, COR_PASS = "cor", "gewone-gebruiker-Cor-2026"
ANNA, ANNA_PASS = "bram", "tweede-beheerder-Bram-2026"


@pytest.fixture
def team(vault):
    """An admin (the fixture's), a second admin and a counsellor; a child and a school."""
    cor = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    anna = vault.users.add(ANNA, role="admin", temporary_passphrase=ANNA_PASS)
    kid = vault.children.add(first_name="Fenna", last_name="Dijkstra",
                             birth_date=date(2016, 4, 4))
    vault.caseload.add(kid.id, cor.id, reason="Cor begeleidt Fenna")
    school = vault.organisations.add(name="CBS De Regenboog", kind="school")
    vault.lock()
    return cor, anna, kid, school


def test_a_counsellor_is_refused_every_admin_task(team, reopen, tmp_path):
    cor, anna, kid, _school = team
    with reopen(COR, COR_PASS) as v:
        refused = [
            lambda: v.users.add("dirk", temporary_passphrase="nog-een-Lang-wachtwoord-77"),
            lambda: v.users.deactivate(anna.id),
            lambda: v.users.set_role(cor.id, Role.ADMIN),
            lambda: v.settings.update(auto_lock_minutes=30),
            lambda: v.retention.purge([kid.id], confirm_count=1),
            lambda: v.retention.purge_financial([1], confirm_count=1),
            lambda: v.rights.erase(kid.id, reason="verzoek"),
            lambda: v.rights.erasure_preview(kid.id),
            lambda: v.rights.audit_events(),
            lambda: v.audit.events(),
        ]
        for attempt in refused:
            with pytest.raises(NotPermitted):
                attempt()
        assert v.users.current.role == Role.COUNSELLOR  # nothing changed on the way
        assert v.audit.events(child_id=kid.id)  # a dossier's own log stays readable


def test_a_counsellor_cannot_approve_a_legal_disclosure(team, reopen, tmp_path):
    _cor, _anna, kid, school = team
    with reopen(ANNA, ANNA_PASS) as v, pytest.raises(NotPermitted):
        v.packets.create_legal(kid.id, school.id, tmp_path / "melding.pdf",
                               legal_ground="Meldcode", reason="Zorgen",
                               approver=COR, approver_passphrase=COR_PASS)
    assert not (tmp_path / "melding.pdf").exists()


def test_the_practice_keeps_an_active_admin(vault):
    me = vault.users.current
    with pytest.raises(InvalidInput):
        vault.users.set_role(me.id, Role.COUNSELLOR)
    with pytest.raises(InvalidInput):
        vault.users.deactivate(me.id)
    anna = vault.users.add(ANNA, role="admin", temporary_passphrase=ANNA_PASS)
    assert vault.users.set_role(anna.id, Role.COUNSELLOR).role == Role.COUNSELLOR
    vault.users.deactivate(anna.id)
    with pytest.raises(InvalidInput):
        vault.users.set_role(anna.id, Role.ADMIN)  # deactivated: add them again instead


def test_a_deactivated_user_no_longer_unlocks(team, reopen):
    cor, *_ = team
    with reopen() as admin:
        admin.users.deactivate(cor.id)
        assert admin.rights.audit_events(action="deactivate")
    with pytest.raises(CasefileError):
        reopen(COR, COR_PASS)
    with reopen(ADMIN, PASSPHRASE) as admin:
        assert not admin.users.get(cor.id).active


def test_a_forgotten_passphrase_is_reset_only_with_the_recovery_key(vault, reopen):
    from casefile.errors import WrongRecoveryKey
    from casefile.storage.keys import generate_recovery_key

    recovery = vault.recovery_key
    cor = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    new_pass = "vergeten-en-opnieuw-Cor-2027"
    with pytest.raises(WrongRecoveryKey):
        vault.users.reset_passphrase(cor.id, temporary_passphrase=new_pass,
                                     recovery_key=generate_recovery_key())  # another vault's
    assert vault.users.reset_passphrase(cor.id, temporary_passphrase=new_pass,
                                        recovery_key=recovery).must_change_passphrase
    vault.lock()
    with pytest.raises(CasefileError):
        reopen(COR, COR_PASS)
    with reopen(COR, new_pass) as v:
        assert v.user.must_change_passphrase
        with pytest.raises(NotPermitted):
            v.users.reset_passphrase(cor.id, temporary_passphrase=new_pass,
                                     recovery_key=recovery)

