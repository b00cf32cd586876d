"""The child list's stored sort key: written on every insert and name change, and filled by
migration 0005 for the children a vault already held. Every name is fictional."""

from __future__ import annotations

from datetime import date

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
    vault.children.update(zwart.id, first_name="Sam", reason="roepnaam")  # key stays right
    assert surnames(vault)[0] == "van Aalst"
    vault.rights.restrict(zwart.id, reason="bezwaar")  # a change of another field
    assert surnames(vault)[0] == "van Aalst"


def test_migration_0005_fills_the_key_of_the_children_already_there(vault, reopen):
    add_all(vault)
    with vault.context.transaction() as conn:  # back to schema 4, as a vault of before
        for sql in ("DROP INDEX children_by_sort_key", "DROP INDEX children_by_birth_date",
                    "ALTER TABLE children DROP COLUMN sort_key",
                    "CREATE INDEX children_by_name ON children (last_name COLLATE NOCASE, "
                    "first_name COLLATE NOCASE, id)",
                    "DELETE FROM schema_version WHERE version = 5"):
            conn.execute(sql)
    assert database.schema_version(vault.context.db()) == 4
    vault.lock()
    with reopen() as again:
        assert database.schema_version(again.context.db()) >= 5
        assert surnames(again) == FILED
