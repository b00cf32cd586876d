"""Retention: the dates (leap days, the boundary day), reopened dossiers, financial records."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.errors import InvalidInput, NotDue
from casefile.retention import add_years


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
       st.integers(min_value=1, max_value=30))
def test_add_years_is_never_early(day, years):
    due = add_years(day, years)
    assert due.year == day.year + years
    assert (due.month, due.day) == (day.month, day.day) or (
        (day.month, day.day) == (2, 29) and (due.month, due.day) == (3, 1))


@pytest.mark.parametrize(("ended", "years", "due"), [
    (date(2020, 2, 29), 5, date(2025, 3, 1)),  # no 29 Feb in 2025: the later day
    (date(2020, 2, 29), 4, date(2024, 2, 29)),  # a leap year again: the same day
    (date(2019, 2, 28), 5, date(2024, 2, 28)),
    (date(2020, 12, 31), 5, date(2025, 12, 31)),
])
def test_retention_dates(ended, years, due):
    assert add_years(ended, years) == due


def _closed(vault, name, *ends):
    kid = vault.children.add(first_name=name, last_name="Veenstra",
                             birth_date=date(2010, 1, 1), status="closed")
    for end in ends:
        vault.trajectories.add(kid.id, title="Begeleiding", start_date=date(2015, 1, 1),
                               end_date=end)
    return kid


def test_due_from_the_last_trajectory_on_the_day_itself(vault, clock):
    # the fixture clock stands on 2026-03-02
    kid = _closed(vault, "Jelle", date(2019, 5, 1), date(2021, 3, 2))
    tomorrow = _closed(vault, "Ymke", date(2021, 3, 3))
    [item] = vault.retention.due()
    assert (item.child_id, item.due_on, item.last_trajectory_end) == (
        kid.id, date(2026, 3, 2), date(2021, 3, 2))
    assert [i.child_id for i in vault.retention.due(at=date(2026, 3, 3))] == [kid.id,
                                                                             tomorrow.id]
    assert vault.retention.due(at=date(2026, 3, 1)) == []


def test_open_trajectory_or_reopened_dossier_is_not_due(vault, clock):
    running = _closed(vault, "Sietse", date(2018, 1, 1))
    vault.trajectories.add(running.id, title="Nog bezig", start_date=date(2019, 1, 1))
    reopened = _closed(vault, "Wietske", date(2018, 1, 1))
    vault.children.update(reopened.id, status="active")
    no_trajectory = vault.children.add(first_name="Hylke", last_name="Veenstra",
                                       birth_date=date(2010, 1, 1), status="closed")
    due = {i.child_id for i in vault.retention.due(at=date(2040, 1, 1))}
    assert not due & {running.id, reopened.id, no_trajectory.id}


def test_leap_day_dossier_becomes_due_on_1_march(vault):
    kid = _closed(vault, "Rixt", date(2020, 2, 29))
    assert vault.retention.due(at=date(2025, 2, 28)) == []
    assert [i.child_id for i in vault.retention.due(at=date(2025, 3, 1))] == [kid.id]


def test_purge_refuses_a_wrong_count_or_a_dossier_not_due(vault):
    kid = _closed(vault, "Doutzen", date(2019, 1, 1))
    young = _closed(vault, "Tsjerk", date(2025, 1, 1))
    with pytest.raises(InvalidInput):
        vault.retention.purge([kid.id], confirm_count=2)
    with pytest.raises(NotDue):
        vault.retention.purge([kid.id, young.id], confirm_count=2)
    assert vault.children.count() == 2
    seen = []
    result = vault.retention.purge([kid.id], confirm_count=1,
                                   progress=lambda d, t: seen.append((d, t)))
    assert result.erased == (kid.id,) and seen == [(1, 1)]
    assert vault.children.count() == 1


def test_financial_records_outlive_an_erasure_for_seven_years(vault):
    kid = _closed(vault, "Baukje", date(2019, 1, 1))
    conn = vault.context.db()
    with vault.context.transaction() as tx:
        tx.execute("INSERT INTO financial_records (child_id, invoice_number, invoice_date, "
                   "payer, amount_cents, created_at) VALUES (?, 'F-2020-001', '2020-06-30', "
                   "'DEB-0042', 7500, '2020-06-30T10:00:00')", (kid.id,))
        tx.execute("INSERT INTO financial_records (child_id, invoice_number, invoice_date, "
                   "payer, amount_cents, created_at) VALUES (?, 'F-2019-007', '2019-03-01', "
                   "'DEB-0042', 5000, '2019-03-01T10:00:00')", (kid.id,))
    preview = vault.rights.erasure_preview(kid.id)  # the clock stands on 2026-03-02
    assert preview.kept == ["F-2020-001 (2020-06-30)"]
    assert preview.erased["financial_records"] == 1  # 2019-03-01 + 7 years has passed
    vault.retention.purge([kid.id], confirm_count=1)
    row = conn.execute("SELECT child_id, amount_cents FROM financial_records").fetchone()
    assert tuple(row) == (None, 7500)
    assert vault.retention.financial_due(at=date(2027, 6, 29)) == []
    assert [f.due_on for f in vault.retention.financial_due(at=date(2027, 6, 30))] == [
        date(2027, 6, 30)]
    assert conn.execute("SELECT count(*) FROM financial_records").fetchone()[0] == 1


def test_financial_records_past_their_term_are_purged_by_an_admin(vault):
    with vault.context.transaction() as tx:
        for number, day in (("F-2018-001", "2018-05-01"), ("F-2024-002", "2024-05-01")):
            tx.execute("INSERT INTO financial_records (invoice_number, invoice_date, payer, "
                       "amount_cents, created_at) VALUES (?, ?, 'DEB-0007', 100, ?)",
                       (number, day, day))
    [expired] = vault.retention.financial_due()
    assert expired.due_on == date(2025, 5, 1)
    with pytest.raises(NotDue):
        vault.retention.purge_financial([expired.record_id + 1], confirm_count=1)
    with pytest.raises(InvalidInput):
        vault.retention.purge_financial([expired.record_id], confirm_count=2)
    assert vault.retention.purge_financial([expired.record_id], confirm_count=1) == 1
    left = vault.context.db().execute("SELECT invoice_number FROM financial_records")
    assert [r[0] for r in left] == ["F-2024-002"]


def test_upcoming_lists_only_dossiers_due_within_the_window(vault):
    # the fixture clock stands on 2026-03-02
    today = _closed(vault, "Anne", date(2021, 3, 2))  # due today: not upcoming
    soon = _closed(vault, "Bauke", date(2021, 5, 31))  # due 2026-05-31, day 90
    later = _closed(vault, "Froukje", date(2021, 6, 1))  # due 2026-06-01, day 91
    assert [i.child_id for i in vault.retention.upcoming()] == [soon.id]
    assert [i.child_id for i in vault.retention.upcoming(within_days=91)] == [soon.id,
                                                                             later.id]
    assert [i.child_id for i in vault.retention.upcoming(at=date(2026, 3, 1))] == [today.id]


def _financial(vault, *records):
    with vault.context.transaction() as tx:
        for number, day in records:
            tx.execute("INSERT INTO financial_records (invoice_number, invoice_date, payer, "
                       "amount_cents, created_at) VALUES (?, ?, 'DEB-0007', 100, ?)",
                       (number, day, day))


def test_financial_due_carries_the_invoice_date(vault):
    _financial(vault, ("F-2017-003", "2017-02-28"))
    [item] = vault.retention.financial_due()
    assert (item.invoice_date, item.due_on) == (date(2017, 2, 28), date(2024, 2, 28))


def test_purge_financial_refuses_nothing_or_a_wrong_count_by_its_code(vault):
    _financial(vault, ("F-2018-001", "2018-05-01"))
    [expired] = vault.retention.financial_due()
    for ids, count in (([], 0), ([expired.record_id], 0), ([expired.record_id], 2)):
        with pytest.raises(InvalidInput) as refused:
            vault.retention.purge_financial(ids, confirm_count=count)
        assert refused.value.code == "count_mismatch"
    assert len(vault.retention.financial_due()) == 1


def test_purge_financial_is_audited_with_the_count(vault):
    _financial(vault, ("F-2018-001", "2018-05-01"), ("F-2018-002", "2018-06-01"))
    ids = [f.record_id for f in vault.retention.financial_due()]
    assert vault.retention.purge_financial(ids, confirm_count=2) == 2
    [event] = [e for e in vault.audit.events(action="purge")
               if e.object_type == "financial_records"]
    assert event.details == {"count": 2}


def test_purge_refuses_an_empty_list_by_its_code(vault):
    for ids, count in (([], 0), ([], 1)):
        with pytest.raises(InvalidInput) as refused:
            vault.retention.purge(ids, confirm_count=count)
        assert refused.value.code == "count_mismatch"


def test_purge_counts_every_row_and_wipes_once_at_the_end(vault):
    kids = [_closed(vault, name, date(2019, 1, 1)) for name in ("Geart", "Hiske", "Jetske")]
    for kid in kids:
        vault.notes.add(kid.id, text="Leesbegeleiding, week 3.")
    expected = {k.id: sum(vault.rights.erasure_preview(k.id).erased.values()) + 1
                for k in kids}
    calls = []
    erase = vault.retention._erase

    def recording(child_id, **kwargs):
        calls.append((child_id, kwargs))
        return erase(child_id, **kwargs)

    vault.retention._erase = recording
    seen = []
    result = vault.retention.purge([k.id for k in kids], confirm_count=3,
                                   progress=lambda d, t: seen.append((d, t)))
    assert result.rows == sum(expected.values())
    assert len(result) == 3 and seen == [(1, 3), (2, 3), (3, 3)]
    assert [(c, kw["reason"], kw["vacuum"]) for c, kw in calls] == [
        (kids[0].id, "retention", False), (kids[1].id, "retention", False),
        (kids[2].id, "retention", True)]


def test_a_hold_keeps_a_due_dossier_until_it_ends(vault):
    """A complaint or a legal case: the dossier is not due while a hold is in force, on
    the day asked about, and a purge of it is refused."""
    kept = _closed(vault, "Jelle", date(2019, 5, 1))
    other = _closed(vault, "Ymke", date(2019, 5, 1))
    vault.rights_desk.place_hold(kept.id, reason="Klacht bij de geschillencommissie",
                                 ends_on=date(2026, 6, 1))
    assert [i.child_id for i in vault.retention.due()] == [other.id]
    assert vault.retention.held() == {kept.id}
    assert vault.retention.held(at=date(2026, 5, 31)) == {kept.id}
    assert vault.retention.held(at=date(2026, 6, 1)) == set()  # it ends on that day
    assert [i.child_id for i in vault.retention.due(at=date(2026, 6, 1))] == [kept.id,
                                                                             other.id]
    assert {i.child_id for i in vault.retention.schedule()} == {kept.id, other.id}
    with pytest.raises(NotDue):
        vault.retention.purge([kept.id], confirm_count=1)
    assert vault.children.count() == 2


def test_a_counsellor_sees_only_the_closed_dossiers_on_their_caseload(vault, reopen):
    mine = _closed(vault, "Sjoukje", date(2019, 5, 1))
    _closed(vault, "Wopke", date(2019, 5, 1))
    cor = vault.users.add("cor", role="counsellor",
                          temporary_passphrase="gewone-gebruiker-Cor-2026")
    vault.caseload.add(mine.id, cor.id, reason="Cor begeleidde Sjoukje")
    assert len(vault.retention.schedule()) == 2  # the admin sees every dossier
    vault.lock()
    with reopen("cor", "gewone-gebruiker-Cor-2026") as v:
        assert [i.child_id for i in v.retention.schedule()] == [mine.id]
        assert [i.child_id for i in v.retention.due()] == [mine.id]
