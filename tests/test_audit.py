"""The audit log itself: what an event records, how a broken chain is reported (where and
how), the strict mode, the filters of the log views, and the key dropped on lock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import signatures
from casefile.audit import AuditChainBroken, AuditLog, AuditReport, chain_check_for
from casefile.errors import DatabaseDamaged, NotPermitted, VaultLocked
from casefile.model import AuditAction
from casefile.storage import database
from casefile.storage.repositories import audit as audit_repo

COR, COR_PASS = "cor", "gewone-gebruiker-Cor-2026"


def _rows(conn):
    return conn.execute("SELECT id, hash, signature FROM audit_log ORDER BY id").fetchall()


def _busy(vault):
    """A vault with a few events after its first two (created, the admin's grant)."""
    for name in ("Anne", "Bauke", "Froukje"):
        vault.children.add(first_name=name, last_name="Dijkstra",
                           birth_date=vault.context.clock.today().replace(year=2016))
    return vault.context.db()


def _record(vault, **kwargs):
    with vault.context.transaction() as conn:
        vault.audit.record(conn, **kwargs)
    return vault.audit.events(limit=1)[0]


def test_an_event_records_its_defaults_and_the_unlocked_user(vault):
    event = _record(vault, action=AuditAction.READ, object_type="child")
    me = vault.users.current
    assert (event.object_id, event.outcome, event.user_id, event.role) == (
        "", "ok", me.id, "admin")
    given = _record(vault, action=AuditAction.READ, object_type="child", object_id=42,
                    outcome="denied", details={"count": 3})
    assert (given.object_id, given.outcome, given.details) == ("42", "denied", {"count": 3})


def test_an_event_without_a_user_or_a_signer_is_unsigned_and_anonymous(vault, clock):
    log = AuditLog(bytes(32), lambda: None, clock, "werkplek-2", vault.context.db)
    with vault.context.transaction() as conn:
        log.record(conn, action=AuditAction.UNLOCK, object_type="vault", outcome="failed")
    [event] = vault.audit.events(limit=1)
    assert (event.user_id, event.role, event.workstation) == (None, "", "werkplek-2")
    assert _rows(vault.context.db())[-1]["signature"] == ""


def test_an_event_is_signed_by_the_signer_over_the_previous_hash(vault, clock):
    key = Ed25519PrivateKey.generate()
    log = AuditLog(bytes(32), lambda: None, clock, "werkplek-2", vault.context.db,
                   signer=lambda: key)
    conn = vault.context.db()
    prev = _rows(conn)[-1]["hash"]
    with vault.context.transaction() as tx:
        log.record(tx, action=AuditAction.READ, object_type="child", object_id=7)
    row = conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    fields = {f: row[f] for f in audit_repo.CHAINED}
    assert row["prev_hash"] == prev
    assert row["signature"] == signatures.sign_event(key, prev, fields)


def test_a_whole_chain_reports_its_count_and_head(vault):
    conn = _busy(vault)
    rows = _rows(conn)
    report = vault.audit.verify(strict=True)
    assert report.ok and report.problem == "" and report.first_broken_id is None
    assert (report.events, report.head_id, report.head_hash) == (
        len(rows), rows[-1]["id"], rows[-1]["hash"])
    grants = vault.audit.events(action="grant")
    assert report.signed_since == min(e.id for e in grants)


def _writable(conn):
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")


def test_a_changed_event_is_named_with_its_place_in_the_chain(vault):
    conn = _busy(vault)
    rows = _rows(conn)
    _writable(conn)
    target = rows[2]["id"]
    conn.execute("UPDATE audit_log SET outcome = 'denied' WHERE id = ?", (target,))
    report = vault.audit.verify()
    assert (report.events, report.first_broken_id, report.problem) == (3, target, "changed")
    assert not report.ok
    with pytest.raises(AuditChainBroken) as broken:
        vault.audit.verify(strict=True)
    assert broken.value.report == report
    assert str(broken.value) == f"The audit chain is broken at event {target}."


def test_a_removed_event_is_named_by_the_event_after_it(vault):
    conn = _busy(vault)
    rows = _rows(conn)
    _writable(conn)
    conn.execute("DELETE FROM audit_log WHERE id = ?", (rows[1]["id"],))
    report = vault.audit.verify()
    assert (report.events, report.first_broken_id, report.problem) == (
        2, rows[2]["id"], "removed")


def test_a_removed_tail_is_named_by_the_first_missing_id(vault):
    conn = _busy(vault)
    rows = _rows(conn)
    _writable(conn)
    conn.execute("DELETE FROM audit_log WHERE id = ?", (rows[-1]["id"],))
    report = vault.audit.verify()
    assert (report.events, report.first_broken_id, report.problem) == (
        len(rows) - 1, rows[-1]["id"], "tail_removed")
    conn.execute("DELETE FROM audit_log")
    report = vault.audit.verify()
    assert (report.events, report.first_broken_id, report.problem) == (0, 1, "tail_removed")


def test_a_copys_chain_is_checked_with_the_key_alone(vault):
    conn = vault.context.db()
    check = chain_check_for(vault.context.database_key(), vault.context.vault_id)
    assert check(conn) and vault.audit.chain_intact(conn)
    other = chain_check_for(bytes(32), vault.context.vault_id)
    assert not other(conn)
    _writable(conn)
    conn.execute("UPDATE audit_log SET outcome = 'denied' WHERE id = 1")
    assert not check(conn) and not vault.audit.chain_intact(conn)


def test_a_blanked_signature_is_reported_beside_a_whole_users_table(vault):
    conn = vault.context.db()
    assert vault.audit.verify().ok
    _writable(conn)
    last = _rows(conn)[-1]["id"]
    conn.execute("UPDATE audit_log SET signature = '' WHERE id = ?", (last,))
    report = vault.audit.verify()
    assert report.first_broken_id is None and report.problems and not report.ok


def test_the_broken_chain_message_without_an_event_names_the_checks():
    report = AuditReport(10, problems=("signature: 4",))
    assert str(AuditChainBroken(report)) == "The audit log fails its signature or head checks."


def test_a_damaged_database_is_reported_as_damage(vault, clock):
    def damaged():
        raise database.Error("database disk image is malformed")

    log = AuditLog(bytes(32), lambda: None, clock, "werkplek-2", damaged)
    with pytest.raises(DatabaseDamaged):
        log.verify()


def test_the_log_views_filter_by_child_user_action_time_and_page(vault, clock):
    me = vault.users.current
    kid = vault.children.add(first_name="Fenna", last_name="Dijkstra",
                             birth_date=clock.today().replace(year=2016))
    other = vault.children.add(first_name="Hidde", last_name="Dijkstra",
                               birth_date=clock.today().replace(year=2015))
    start = clock.now()
    clock.advance(minutes=5)
    for child in (kid, other, kid):
        _record(vault, action=AuditAction.SEARCH, object_type="child", child_id=child.id)
        clock.advance(minutes=5)
    middle = start + timedelta(minutes=7)
    mine = vault.audit.events(child_id=kid.id, action="search")
    assert len(mine) == 2 and all(e.child_id == kid.id for e in mine)
    assert mine[0].id > mine[1].id  # newest first
    assert [e.child_id for e in vault.audit.events(action="search", since=middle)] == [
        kid.id, other.id]
    assert [e.child_id for e in vault.audit.events(action="search", until=middle)] == [kid.id]
    assert [e.id for e in vault.audit.events(action="search", before_id=mine[0].id)] == [
        e.id for e in vault.audit.events(action="search")][1:]
    assert vault.audit.events(user_id=me.id + 1000) == []
    assert {e.user_id for e in vault.audit.events(user_id=me.id)} == {me.id}
    assert len(vault.audit.events(action="search", limit=1)) == 1


def test_the_log_view_shows_two_hundred_events_unless_asked(vault):
    with vault.context.transaction() as conn:
        for n in range(205):
            vault.audit.record(conn, action=AuditAction.READ, object_type="child", object_id=n)
    assert len(vault.audit.events()) == 200
    assert len(vault.audit.events(limit=300)) > 205


def test_only_an_admin_reads_the_practice_wide_log(vault, reopen, clock):
    kid = vault.children.add(first_name="Fenna", last_name="Dijkstra",
                             birth_date=clock.today().replace(year=2016))
    cor_user = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    vault.caseload.add(kid.id, cor_user.id, reason="Cor begeleidt Fenna")
    vault.lock()
    with reopen(COR, COR_PASS) as cor:
        assert cor.audit.events(child_id=kid.id)  # the dossier's own log is open
        with pytest.raises(NotPermitted):
            cor.audit.events()
    anonymous = AuditLog(bytes(32), lambda: None, clock, "werkplek-2", lambda: None)
    with pytest.raises(NotPermitted):
        anonymous.events()
    with pytest.raises(NotPermitted):
        anonymous.events(child_id=kid.id)
    with reopen() as admin:
        assert admin.audit.events()


def test_a_dossiers_log_is_closed_to_a_counsellor_without_the_dossier(vault, reopen, clock):
    """Need-to-know reaches the log: Cor reads the log of the child he guides, not of a
    child on nobody's caseload but the admin's, while the admin reads both."""
    from casefile.errors import NotOnCaseload

    mine = vault.children.add(first_name="Fenna", last_name="Dijkstra",
                              birth_date=clock.today().replace(year=2016))
    other = vault.children.add(first_name="Sem", last_name="Bakker",
                               birth_date=clock.today().replace(year=2015))
    cor_user = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    vault.caseload.add(mine.id, cor_user.id, reason="Cor begeleidt Fenna")
    vault.lock()
    with reopen(COR, COR_PASS) as cor:
        assert {e.child_id for e in cor.audit.events(child_id=mine.id)} == {mine.id}
        with pytest.raises(NotOnCaseload):
            cor.audit.events(child_id=other.id)
    with reopen() as admin:
        assert {e.child_id for e in admin.audit.events(child_id=other.id)} == {other.id}


def test_on_lock_the_key_is_dropped_and_locking_twice_is_harmless(vault, clock):
    log = AuditLog(b"\x01" * 32, lambda: None, clock, "werkplek-2", vault.context.db)
    log.forget_key()
    log.forget_key()
    with pytest.raises(VaultLocked):
        log.chain_intact(vault.context.db())


def test_an_emptied_log_with_its_head_gone_reports_no_head(vault):
    conn = vault.context.db()
    _writable(conn)
    conn.execute("DELETE FROM audit_log")
    conn.execute("DELETE FROM meta WHERE key = 'audit_head'")
    report = vault.audit.verify()
    assert (report.events, report.head_id, report.head_hash) == (0, 0, "0" * 64)
    assert not report.ok  # the pinned first admin's grant is missing
