"""base.build_all: model objects from a query's rows, the columns looked up once (issue 13).
The fast path (a frozen dataclass filled directly) must give the same objects as the
dataclass's own __init__, and a partial row must still get the field defaults."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
import sqlcipher3

from casefile.model import Child, GuidanceStatus
from casefile.storage.repositories.base import build, build_all


@pytest.fixture
def conn():
    db = sqlcipher3.connect(":memory:")
    db.row_factory = sqlcipher3.Row
    db.execute("CREATE TABLE children (id INTEGER, first_name TEXT, last_name TEXT, "
               "birth_date TEXT, school_id INTEGER, school_group TEXT, status TEXT, "
               "opened_on TEXT, closed_on TEXT, restricted INTEGER)")
    db.executemany("INSERT INTO children VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (1, "Isa", "Visser", "2016-03-04", None, "5", "active", "2025-09-01", None, 0),
        (2, "Ömer", "Öztürk", "2015-11-30", 7, "", "paused", None, "2026-01-02", 1)])
    yield db
    db.close()


def test_all_columns_give_the_same_objects_as_the_dataclass_init(conn) -> None:
    rows = conn.execute("SELECT * FROM children ORDER BY id").fetchall()
    built = build_all(Child, rows)
    assert built == [
        Child(1, "Isa", "Visser", date(2016, 3, 4), None, "5", GuidanceStatus.ACTIVE,
              date(2025, 9, 1), None, False),
        Child(2, "Ömer", "Öztürk", date(2015, 11, 30), 7, "", GuidanceStatus.PAUSED, None,
              date(2026, 1, 2), True)]
    assert built[0].status is GuidanceStatus.ACTIVE and built[1].restricted is True
    assert [build(Child, r) for r in rows] == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        built[0].first_name = "Sem"  # type: ignore[misc]


def test_a_partial_row_gets_the_defaults(conn) -> None:
    rows = conn.execute("SELECT id, first_name, last_name, birth_date FROM children "
                        "ORDER BY id").fetchall()
    first = build_all(Child, rows)[0]
    assert first.status is GuidanceStatus.INTAKE and first.school_group == ""
    assert first.restricted is False


def test_an_unknown_stored_value_still_raises_the_enum_error(conn) -> None:
    conn.execute("UPDATE children SET status = 'lost' WHERE id = 2")
    rows = conn.execute("SELECT * FROM children ORDER BY id").fetchall()
    with pytest.raises(ValueError):
        build_all(Child, rows)


def test_no_rows_no_objects(conn) -> None:
    assert build_all(Child, conn.execute("SELECT * FROM children WHERE id = 0")) == []


@dataclasses.dataclass(frozen=True)
class _Tagged:
    id: int
    name: str
    tags: list = dataclasses.field(default_factory=list)


def test_a_partial_row_runs_the_default_factories(conn) -> None:
    rows = conn.execute("SELECT id, first_name AS name FROM children ORDER BY id").fetchall()
    assert build_all(_Tagged, rows) == [_Tagged(1, "Isa"), _Tagged(2, "Ömer")]
    assert build_all(_Tagged, rows)[0].tags == []


@dataclasses.dataclass(frozen=True)
class _Checked:
    id: int
    name: str

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a name")


@dataclasses.dataclass(init=False)
class _Own:
    """Not filled directly: its own __init__ runs."""

    id: int
    name: str

    def __init__(self, id: int, name: str) -> None:
        self.id, self.name, self.seen = id, name, True


def test_a_class_with_its_own_checks_or_init_is_built_through_them(conn) -> None:
    conn.execute("UPDATE children SET first_name = '' WHERE id = 2")
    rows = conn.execute("SELECT id, first_name AS name FROM children ORDER BY id").fetchall()
    with pytest.raises(ValueError):
        build_all(_Checked, rows)
    assert [o.seen for o in build_all(_Own, rows)] == [True, True]
