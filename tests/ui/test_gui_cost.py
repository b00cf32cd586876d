"""What the child list and a dossier cost the GUI thread (issue 13): each shown cell is
formatted once however often the views ask, no column measures every loaded row, a
keystroke that does not change the words runs no query, and opening a dossier builds and
reads only the tabs it shows. Every name is fictional."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from casefile.ui.main_window import ChildrenModel, MainWindow


def window_with_children(qtbot, vault, vault_dir, clock, secrets, count=300) -> MainWindow:
    with vault.context.transaction():
        for i in range(count):
            vault.children.add(first_name="Isa", last_name=f"Visser {i:03}",
                               birth_date=date(2016, 1, 1))
    window = MainWindow(vault_dir, clock=clock, secrets=secrets)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.unlocked(vault)
    QApplication.processEvents()  # lay the new workspace out
    return window


def test_each_shown_cell_is_formatted_once(qtbot, vault, vault_dir, clock, secrets,
                                           monkeypatch):
    formatted: list[tuple[int, int]] = []
    original = ChildrenModel._text
    monkeypatch.setattr(ChildrenModel, "_text", lambda self, child, column: (
        formatted.append((child.id, column)), original(self, child, column))[1])
    window = window_with_children(qtbot, vault, vault_dir, clock, secrets)
    table = window.workspace.table
    table.viewport().repaint()
    table.viewport().repaint()
    assert formatted, "the list showed nothing"
    assert len(formatted) == len(set(formatted))  # asked many times, formatted once
    assert len(formatted) < ChildrenModel.PAGE  # only the cells on screen, not the page


def test_no_column_is_sized_to_its_contents(qtbot, vault, vault_dir, clock, secrets):
    window = window_with_children(qtbot, vault, vault_dir, clock, secrets, count=3)
    header = window.workspace.table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    born = window.workspace.model.index(0, ChildrenModel.BORN).data()
    assert header.sectionSize(ChildrenModel.BORN) >= \
        window.workspace.table.fontMetrics().horizontalAdvance(born)  # and yet it fits


def test_a_keystroke_that_changes_no_word_runs_no_query(qtbot, vault, vault_dir, clock,
                                                        secrets, monkeypatch):
    window = window_with_children(qtbot, vault, vault_dir, clock, secrets, count=3)
    pages: list[str] = []
    original = type(vault.children).page
    monkeypatch.setattr(type(vault.children), "page", lambda self, *a, **k: (
        pages.append(a[2] if len(a) > 2 else ""), original(self, *a, **k))[1])
    box = window.workspace.filter
    box.setText("visser")
    box.setText("visser ")
    box.setText(" visser")
    box.setText("visser 00")
    assert pages == ["visser", "visser 00"]
    assert window.workspace.proxy.rowCount() == 3


def selects_during(vault, action) -> list[str]:
    statements: list[str] = []
    conn = vault.context.db()
    conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    return [s for s in statements if s.lstrip().upper().startswith("SELECT")]


def test_opening_a_dossier_reads_only_the_tabs_it_shows(qtbot, vault, vault_dir, clock,
                                                        secrets):
    window = window_with_children(qtbot, vault, vault_dir, clock, secrets, count=1)
    kid = vault.children.page()[0]
    vault.documents.import_bytes(kid.id, b"verslag", "verslag.txt")
    space = window.workspace
    opened = selects_during(vault, lambda: space.open_dossier(kid.id))
    assert any(" notes " in f"{s} " for s in opened)  # the Notes tab's timeline
    for table in ("documents", "consents", "disclosures"):
        assert not any(f" {table} " in f"{s} " for s in opened), table
    dossier = space.dossier
    shown = selects_during(vault, lambda: dossier.tabs.setCurrentIndex(2))
    assert dossier.tabs.currentWidget() is dossier.documents
    assert any(" documents " in f"{s} " for s in shown)
    assert dossier.documents.model.rowCount() == 1


def test_search_results_have_rows_of_one_height_without_layout(qtbot, vault):
    from casefile.ui.search_dialog import SearchDialog

    kid = vault.children.add(first_name="Noor", last_name="Bakker", birth_date=date(2016, 1, 1))
    for words in ("lezen", "lezen " + "spelling oefenen " * 40, "lezen thuis"):
        vault.notes.add(kid.id, text=words)
    dialog = SearchDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.query.setText("lezen")
    dialog.run()
    view = dialog.results
    assert dialog.model.rowCount() == 3
    assert len({view.rowHeight(r) for r in range(3)}) == 1  # long or short, one height
    assert view.rowHeight(0) >= 2 * view.fontMetrics().lineSpacing()  # two lines of snippet
    modes = [view.horizontalHeader().sectionResizeMode(c) for c in range(3)]
    assert QHeaderView.ResizeMode.ResizeToContents not in modes


def test_the_unlocked_window_reads_the_first_page_once(qtbot, vault, vault_dir, clock,
                                                       secrets, monkeypatch):
    pages: list[tuple] = []
    original = type(vault.children).page
    monkeypatch.setattr(type(vault.children), "page", lambda self, *a, **k: (
        pages.append(a), original(self, *a, **k))[1])
    window = window_with_children(qtbot, vault, vault_dir, clock, secrets, count=3)
    assert len(pages) == 1
    window.workspace.table.sortByColumn(ChildrenModel.BORN, Qt.SortOrder.DescendingOrder)
    assert len(pages) == 2  # a new order does read again


def test_the_notes_timeline_sizes_no_column_to_its_contents(qtbot, vault, vault_dir, clock,
                                                            secrets):
    window = window_with_children(qtbot, vault, vault_dir, clock, secrets, count=1)
    kid = vault.children.page()[0]
    vault.notes.add(kid.id, text="Lezen")
    window.workspace.open_dossier(kid.id)
    timeline = window.workspace.dossier.notes.timeline
    header = timeline.horizontalHeader()
    assert QHeaderView.ResizeMode.ResizeToContents not in [
        header.sectionResizeMode(c) for c in range(header.count())]
    shown = timeline.model().index(0, 0).data()
    assert header.sectionSize(0) >= timeline.fontMetrics().horizontalAdvance(shown)
