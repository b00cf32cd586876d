"""The child list's stored sort key: written on every insert and name change, and filled by
migration 0005 for the children a vault already held. Every name is fictional."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from casefile.storage import database

NAMES = [("Isa", "van Dalen"), ("Ömer", "Özdemir"), ("Noor", "Bakker"), ("Sem", "Zwart"),
         ("Lotte", "de Vries"), ("Milan", "Oz")]
FILED = ["Bakker", "van Dalen", "Oz", "Özdemir", "de Vries", "Zwart"]


def surnames(vault) -> list[str]:
    return [c.last_name for c in vault.children.page()]


def add_all(vault) -> list:
    return [vault.children.add(first_name=f, last_name=last, birth_date=date(2016, 1, 1))
            for f, last in NAMES]


def test_a_changed_name_moves_the_child_in_the_list(vault):
    zwart = add_all(vault)[3]
    vault.children.update(zwart.id, last_name="van Aalst", reason="naam gecorrigeerd")
    assert surnames(vault)[0] == "van Aalst"
    assert [c.id for c in vault.children.page(0, 50, "aalst")] == [zwart.id]  # and filters
    assert vault.children.page(0, 50, "zwart") == []
    vault.children.update(zwart.id, first_name="Sam", reason="roepnaam")  # key stays right
    assert surnames(vault)[0] == "van Aalst"
    vault.rights.restrict(zwart.id, reason="bezwaar")  # a change of another field
    assert surnames(vault)[0] == "van Aalst"


def test_migration_0005_fills_the_key_of_the_children_already_there(vault, reopen):
    add_all(vault)
    with vault.context.transaction() as conn:  # back to schema 4, as a vault of before
        for sql in ("DROP INDEX children_by_sort_key", "DROP INDEX children_by_birth_date",
                    "ALTER TABLE children DROP COLUMN sort_key",
                    "ALTER TABLE children DROP COLUMN folded_name",
                    "CREATE INDEX children_by_name ON children (last_name COLLATE NOCASE, "
                    "first_name COLLATE NOCASE, id)",
                    # and undo the later migrations too (0007: signed audit events,
                    # 0008: the caseload)
                    "DROP INDEX audit_by_action", "ALTER TABLE audit_log DROP COLUMN signature",
                    "DROP TABLE caseload",
                    "DELETE FROM schema_version WHERE version >= 5"):
            conn.execute(sql)
    assert database.schema_version(vault.context.db()) == 4
    vault.lock()
    with reopen() as again:
        assert database.schema_version(again.context.db()) >= 5
        assert surnames(again) == FILED


def test_migration_0006_fills_the_folded_name_the_filter_reads(vault, reopen):
    add_all(vault)
    with vault.context.transaction() as conn:  # back to schema 5
        for sql in ("DROP INDEX children_by_sort_key",
                    "ALTER TABLE children DROP COLUMN folded_name",
                    "CREATE INDEX children_by_sort_key ON children (sort_key, id)",
                    # and undo the later migrations too (0007: signed audit events,
                    # 0008: the caseload)
                    "DROP INDEX audit_by_action", "ALTER TABLE audit_log DROP COLUMN signature",
                    "DROP TABLE caseload",
                    "DELETE FROM schema_version WHERE version >= 6"):
            conn.execute(sql)
    vault.lock()
    with reopen() as again:
        assert database.schema_version(again.context.db()) >= 6
        assert [c.last_name for c in again.children.page(0, 50, "OZDEMIR")] == ["Özdemir"]
        assert again.children.count("ömer") == again.children.count("OMER") > 0


# a surname's own words (a capitalised "Van" or "De" is a tussenvoegsel, by design)
WORD = st.text(alphabet="abcdeéëfghijklmnoöpqrstuüvwxyzç", min_size=1, max_size=8).map(
    str.capitalize).filter(lambda w: database.fold(w) not in database.TUSSENVOEGSELS)


@given(surname=st.lists(WORD, min_size=1, max_size=2).map(" ".join), first=WORD,
       prefix=st.sampled_from(["", "van", "Van", "de", "De", "van der", "ter", "in 't"]))
def test_the_key_files_under_the_surname_whatever_case_accents_and_tussenvoegsel(
        surname, first, prefix):
    written = f"{prefix} {surname}".strip()
    filed, given_name, before = database.name_sort_key(first, written).split("\x1f")
    assert filed == database.fold(surname) and given_name == database.fold(first)
    assert before == prefix.lower()
    assert database.name_sort_key(first.upper(), written) == database.name_sort_key(
        first, written.replace(surname, surname.upper()))
    assert database.name_sort_key(first, written).isascii()  # diacritics folded away
