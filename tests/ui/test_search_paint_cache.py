"""The search results' snippets are laid out once and painted again from the cache
(search_dialog.HtmlDelegate, issue 13): the same pixels, and a new search starts afresh."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from casefile.ui.search_dialog import HtmlDelegate, SearchDialog, SearchResultsModel


def _dialog(qtbot, vault) -> SearchDialog:
    kid = vault.children.add(first_name="Noor", last_name="Bakker", birth_date=date(2016, 1, 1))
    for words in ("lezen gaat beter", "lezen en spelling oefenen", "thuis lezen met mama",
                  "rekenen en tafels"):
        vault.notes.add(kid.id, text=words)
    dialog = SearchDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_a_second_paint_uses_the_laid_out_snippets_and_looks_the_same(qtbot, vault) -> None:
    dialog = _dialog(qtbot, vault)
    dialog.query.setText("lezen")
    dialog.run()
    view = dialog.results
    delegate = view.itemDelegateForColumn(SearchResultsModel.COL_SNIPPET)
    assert isinstance(delegate, HtmlDelegate)
    first = view.viewport().grab().toImage()
    documents = dict(delegate._documents)
    assert len(documents) == 3  # one a hit
    again = view.viewport().grab().toImage()
    assert again == first
    assert all(delegate._documents[k] is d for k, d in documents.items())  # none made anew


def test_a_new_search_forgets_the_old_snippets(qtbot, vault) -> None:
    dialog = _dialog(qtbot, vault)
    dialog.query.setText("lezen")
    dialog.run()
    dialog.results.viewport().grab()
    delegate = dialog.results.itemDelegateForColumn(SearchResultsModel.COL_SNIPPET)
    dialog.query.setText("rekenen")
    dialog.run()
    assert len(delegate._documents) == 0
    dialog.results.viewport().grab()
    QApplication.processEvents()
    assert [key[0] for key in delegate._documents] == ["<b>rekenen</b> en tafels"]
