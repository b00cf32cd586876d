"""At 1024x600 (a small laptop or a projector) the child's name stays readable, the
overview's buttons stay on screen and nothing scrolls sideways."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton

from casefile.ui.main_window import ChildrenModel, MainWindow


def test_at_1024x600_names_and_edit_buttons_fit(qtbot, vault, vault_dir, clock, secrets):
    kid = vault.children.add(first_name="Ludovica", last_name="Vermeulen-Oudshoorn",
                             birth_date=date(2016, 5, 5))
    guardian = vault.guardians.add(kid.id, name="Annemarie Vermeulen-Oudshoorn", relation="moeder",
                        has_authority=True, phone="06-12345678",
                        email="annemarie.vermeulen-oudshoorn@example.org")
    window = MainWindow(vault_dir, clock=clock, secrets=secrets)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.unlocked(vault)
    window.workspace.open_dossier(kid.id)
    qtbot.waitExposed(window)
    assert window.width() == 1024  # nothing's minimum width pushes the window wider
    overview = window.workspace.dossier.overview
    scroll = overview._scroll
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    qtbot.waitUntil(lambda: overview.isVisible() and viewport.width() > 300)  # laid out
    table = window.workspace.table
    assert table.columnWidth(ChildrenModel.NAME) >= \
        table.fontMetrics().horizontalAdvance("Dijkstra, Sophie")
    buttons = [b for b in overview.findChildren(QPushButton) if b.text()]
    assert {"overviewEditChild", f"overviewEditGuardian{guardian.id}"} <= \
        {b.objectName() for b in buttons}
    for button in buttons:
        right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right <= viewport.width(), button.objectName()


def test_the_first_window_is_never_taller_than_the_screen(qtbot, vault_dir, clock, secrets):
    window = MainWindow(vault_dir, clock=clock, secrets=secrets)
    qtbot.addWidget(window)
    assert window.height() <= window.screen().availableGeometry().height() - 40
