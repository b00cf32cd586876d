"""Consent as it really happens: the second parent signs a week later, the withdrawal came
by phone. Both are events in the append-only register, never edits."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlcipher3

from casefile import Category
from casefile.errors import InvalidInput


def record(vault, kid, school, givers):
    return vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap naar groep 6",
        categories={Category.IDENTITY}, given_by=[g.id for g in givers], method="written",
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))


def allowed(vault, kid, school, at):
    return {d.item.key for d in vault.consents.evaluate(kid.id, school.id, at=at).items
            if d.allowed}


def test_the_second_parent_signs_later_and_counts_from_that_day(vault, family, clock):
    kid, mum, dad, school = family
    c = record(vault, kid, school, [mum])
    assert vault.consents.register(kid.id)[0].state == "insufficient"
    clock.set(datetime(2026, 3, 9, 9, 0, tzinfo=UTC))
    signed = vault.consents.add_signature(c.id, guardian_id=dad.id, signed_on=date(2026, 3, 6))
    assert [s.guardian_id for s in signed.signatures] == [dad.id]
    assert signed.given_by == (mum.id,), "the record itself is not edited"
    assert vault.consents.register(kid.id)[0].state == "active"
    assert allowed(vault, kid, school, datetime(2026, 3, 6, 12)) == {"identity"}
    assert allowed(vault, kid, school, datetime(2026, 3, 5, 12)) == set()
    actions = [e.action for e in vault.audit.events()]
    assert "consent_signed" in actions


def test_a_signature_is_refused_twice_from_a_stranger_and_on_a_withdrawn_consent(
        vault, family, clock):
    kid, mum, dad, school = family
    c = record(vault, kid, school, [mum])
    for bad in (dict(guardian_id=mum.id, signed_on=date(2026, 3, 2)),
                dict(guardian_id=9999, signed_on=date(2026, 3, 2)),
                dict(guardian_id=dad.id, signed_on=date(2026, 3, 3)),  # tomorrow
                dict(guardian_id=dad.id, signed_on=date(2026, 3, 1))):  # before recording
        with pytest.raises(InvalidInput):
            vault.consents.add_signature(c.id, **bad)
    vault.consents.withdraw(c.id, by=mum.id, channel="phone")
    with pytest.raises(InvalidInput) as refused:
        vault.consents.add_signature(c.id, guardian_id=dad.id, signed_on=date(2026, 3, 2))
    assert refused.value.code == "consent_closed"
    assert vault.consents.get(c.id).signatures == ()


def test_the_child_signs_later(vault, family, clock):
    kid, mum, dad, school = family
    c = record(vault, kid, school, [mum, dad])
    signed = vault.consents.add_signature(c.id, signed_on=date(2026, 3, 2))
    assert signed.signatures[0].guardian_id is None
    with pytest.raises(InvalidInput):
        vault.consents.add_signature(c.id, signed_on=date(2026, 3, 2))


def test_signatures_are_append_only(vault, family):
    kid, mum, dad, school = family
    c = record(vault, kid, school, [mum])
    vault.consents.add_signature(c.id, guardian_id=dad.id, signed_on=date(2026, 3, 2))
    db = vault.context.db()
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        db.execute("UPDATE consent_signatures SET signed_on = '2026-01-01'")
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        db.execute("DELETE FROM consent_signatures")


def test_withdrawal_keeps_who_and_how(vault, family):
    kid, mum, _, school = family
    c = record(vault, kid, school, [mum])
    with pytest.raises(InvalidInput):
        vault.consents.withdraw(c.id, by=mum.id, channel="fax")
    assert vault.consents.get(c.id).withdrawal is None
    w = vault.consents.withdraw(c.id, by=mum.id, channel="letter", reason="Verhuisd").withdrawal
    assert (w.by_guardian_id, w.channel, w.reason) == (mum.id, "letter", "Verhuisd")
