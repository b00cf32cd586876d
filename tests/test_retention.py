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
