"""The demo looks like a real practice: each child's class fits their age, primary pupils
go to a primary school and secondary pupils to a secondary one."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.demo import PRIMARY, SECONDARY, create_demo, school_class


@pytest.mark.parametrize(("born", "today", "expected"), [
    (date(2019, 9, 30), date(2026, 12, 1), ("groep 4", True)),   # 7 on 1 October 2026
    (date(2019, 10, 2), date(2026, 12, 1), ("groep 3", True)),   # 6 then, turns 7 later
    (date(2020, 10, 2), date(2026, 12, 1), ("groep 2", True)),   # 5 then: not yet groep 3
    (date(2015, 1, 1), date(2026, 12, 1), ("groep 8", True)),    # 11
    (date(2014, 9, 30), date(2026, 12, 1), ("klas 1", False)),   # 12: the brugklas
    (date(2014, 9, 30), date(2027, 6, 30), ("klas 1", False)),   # the same school year
    (date(2008, 1, 1), date(2026, 12, 1), ("klas 6", False)),
])
def test_the_class_follows_the_dutch_school_year(born, today, expected):
    assert school_class(born, today) == expected


def test_every_demo_child_is_in_a_class_and_school_that_fit_their_age(tmp_path):
    vault = create_demo(tmp_path / "demo", count=30)
    try:
        today = vault.context.clock.today()
        schools = {o.id: o.name for o in vault.organisations.list()}
        children = vault.children.page(limit=100)
        assert len(children) == 30
        for child in children:
            group, primary = school_class(child.birth_date, today)
            assert child.school_group == group
            assert schools[child.school_id] in (PRIMARY if primary else SECONDARY)
            assert 6 <= child.age_on(today) <= 16
        assert {primary for c in children
                for _, primary in [school_class(c.birth_date, today)]} == {True, False}
    finally:
        vault.lock()
