"""The child list's order is the SQL's, page after page: Dutch filing order ("van Dalen"
under D, "de Vries" under V, Özdemir beside Oz...), so the first page already shows what
belongs at the top (issue 8). Every name is fictional."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt

from casefile.ui.main_window import ChildrenModel, MainWindow

# (surname as written, the word it is filed under), in the order a Dutch list files them
SURNAMES = [
    ("Aalbers", "aalbers"), ("Bakker", "bakker"), ("Claassen", "claassen"),
    ("van Dalen", "dalen"), ("Dekker", "dekker"), ("Eijk", "eijk"),
    ("El Amrani", "el amrani"), ("Fransen", "fransen"), ("Gerritsen", "gerritsen"),
    ("ter Haar", "haar"), ("Hendriks", "hendriks"), ("De Jong", "jong"),
    ("Kramer-Otten", "kramer-otten"), ("Lammers", "lammers"), ("Mulder", "mulder"),
    ("Oz", "oz"), ("Özdemir", "ozdemir"), ("Ozturk", "ozturk"), ("Peeters", "peeters"),
    ("Smit", "smit"), ("in 't Veld", "veld"), ("Visser", "visser"), ("de Vries", "vries"),
    ("Willems", "willems"), ("Zwart", "zwart"),
]
FIRST_NAMES = ["Anouk", "Bram", "Daan", "Emma", "Fenna", "Guus", "Isa", "Jesse", "Julia",
               "Lars", "Lotte", "Milan", "Noah", "Noor", "Roos", "Sem", "Sven", "Tess",
               "Vera", "Yara"]


def expected_order() -> list[str]:
    children = sorted((filed, first, written) for written, filed in SURNAMES
                      for first in FIRST_NAMES)
    return [f"{written}, {first}" for _filed, first, written in children]


def shown(proxy) -> list[str]:
    return [proxy.index(r, ChildrenModel.NAME).data() for r in range(proxy.rowCount())]


def unlocked_window(qtbot, vault, vault_dir, clock, secrets) -> MainWindow:
    """The window as a counsellor sees it after unlocking: the child list, by name."""
    window = MainWindow(vault_dir, clock=clock, secrets=secrets)
    qtbot.addWidget(window)
    window.unlocked(vault)
    return window


def test_five_hundred_children_page_in_dutch_filing_order(qtbot, vault, vault_dir, clock,
                                                          secrets):
    assert len(SURNAMES) * len(FIRST_NAMES) == 500
    # added in the worst order for a raw-surname sort: "van", "ter", "de" names first
    with vault.context.transaction():
        for written, _filed in sorted(SURNAMES, reverse=True):
            for first in reversed(FIRST_NAMES):
                vault.children.add(first_name=first, last_name=written,
                                   birth_date=date(2016, 1, 1))
    window = unlocked_window(qtbot, vault, vault_dir, clock, secrets)
    proxy = window.workspace.proxy
    expected = expected_order()

    first_page = shown(proxy)
    assert len(first_page) == ChildrenModel.PAGE < 500
    assert first_page == expected[:ChildrenModel.PAGE]
    dalen = [i for i, name in enumerate(first_page) if name.startswith("van Dalen,")]
    assert len(dalen) == len(FIRST_NAMES)  # all on the first page, after the C's, before Dekker
    assert first_page[dalen[0] - 1].startswith("Claassen,")
    assert first_page[dalen[-1] + 1].startswith("Dekker,")

    while proxy.canFetchMore(QModelIndex()):  # scrolling down
        proxy.fetchMore(QModelIndex())
    assert shown(proxy) == expected
    oz = [name.split(",")[0] for name in shown(proxy) if name.lower().startswith(("oz", "öz"))]
    assert list(dict.fromkeys(oz)) == ["Oz", "Özdemir", "Ozturk"]


def test_a_column_click_reorders_in_sql_not_in_the_loaded_rows(qtbot, vault, vault_dir,
                                                               clock, secrets):
    with vault.context.transaction():
        for n in range(1, 251):  # more than a page; the later, the older
            vault.children.add(first_name="Isa", last_name=f"Visser {n:03d}",
                               birth_date=date(2016, 1, 1) - timedelta(days=n))
    window = unlocked_window(qtbot, vault, vault_dir, clock, secrets)
    table, proxy = window.workspace.table, window.workspace.proxy
    assert shown(proxy)[0] == "Visser 001, Isa"
    table.sortByColumn(ChildrenModel.BORN, Qt.SortOrder.AscendingOrder)
    assert shown(proxy)[0] == "Visser 250, Isa"  # the oldest, though on no first page by name
    table.sortByColumn(ChildrenModel.NAME, Qt.SortOrder.DescendingOrder)
    assert shown(proxy)[:2] == ["Visser 250, Isa", "Visser 249, Isa"]
    assert len(shown(proxy)) == ChildrenModel.PAGE
