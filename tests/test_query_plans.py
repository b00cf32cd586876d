"""The queries a counsellor waits on keep their indexes (DESIGN section 7b: 10,000 children,
500,000 notes). Each test records the SQL the service really runs and asks SQLite for its
plan, so a change that turns one into a full scan of children or notes fails here.

A name filter (LIKE over the folded name) cannot use an index to find rows; it walks the
sort-key index in order instead, so the page still needs no sort and stops at its LIMIT."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest


@pytest.fixture
def kid(vault):
    child = vault.children.add(first_name="Isa", last_name="van Dalen",
                               birth_date=date(2016, 1, 5))
    vault.notes.add(child.id, text="Lezen gaat beter, spelling nog lastig")
    vault.documents.import_bytes(child.id, b"verslag", "verslag.txt")
    return child


def plans(vault, call: Callable[[], object], table: str) -> list[list[str]]:
    """The plan of each SELECT on `table` that `call` runs."""
    conn = vault.context.db()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)  # the SQL with its values filled in
    try:
        call()
    finally:
        conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")
               and f" {table} " in f"{s} "]
    assert selects, f"no query on {table}"
    return [[row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + s)] for s in selects]


def assert_no_sort(plan: list[str]) -> None:
    assert not any("TEMP B-TREE" in line for line in plan), plan


@pytest.mark.parametrize("text", ["", "dal", "isa van"])
def test_the_child_list_pages_along_the_sort_key_index(vault, kid, text):
    for plan in plans(vault, lambda: vault.children.page(0, 200, text), "children"):
        assert plan == ["SCAN children USING INDEX children_by_sort_key"]


def test_the_child_list_by_date_of_birth_uses_its_index(vault, kid):
    for plan in plans(vault, lambda: vault.children.page(0, 200, order="born",
                                                         descending=True), "children"):
        assert plan == ["SCAN children USING INDEX children_by_birth_date"]


@pytest.mark.parametrize(("service", "table", "index"), [
    ("notes", "notes", "notes_by_child"),
    ("documents", "documents", "documents_by_child"),
])
def test_opening_a_dossier_searches_the_childs_rows_only(vault, kid, service, table, index):
    for plan in plans(vault, lambda: getattr(vault, service).list(kid.id), table):
        assert any(line.startswith(f"SEARCH {table} USING INDEX {index} (child_id=?)")
                   for line in plan), plan
        assert_no_sort(plan)


@pytest.mark.parametrize(("query", "scope", "order"), [
    ("spelling", False, "newest"), ("lez", True, "newest"), ("lezen beter", False,
                                                               "relevance"),
])
def test_search_reads_the_index_and_fetches_notes_by_rowid(vault, kid, query, scope, order):
    run = lambda: vault.search.notes(query, kid.id if scope else None, order=order)  # noqa: E731
    for plan in plans(vault, run, "notes"):
        assert any(line.startswith("SCAN f VIRTUAL TABLE INDEX") for line in plan), plan
        assert "SEARCH n USING INTEGER PRIMARY KEY (rowid=?)" in plan
        assert not any(line.startswith(("SCAN n", "SCAN notes")) for line in plan), plan
        assert_no_sort(plan)
