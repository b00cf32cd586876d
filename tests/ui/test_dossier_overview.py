"""The dossier window's header, Overview and Log tabs (they need only the vault core)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from casefile.ui.dossier import DossierWidget
from casefile.ui.log_tab import AuditLogModel
from casefile.ui.models import OBJECT_ROLE
from casefile.ui.overview_tab import Editors


@pytest.fixture
def kid(vault):
    school = vault.organisations.add(name="OBS De Wilgenhoek", kind="school")
    child = vault.children.add(first_name="Noor", last_name="van Dijkhuis",
                               birth_date=date(2016, 5, 12), school_id=school.id,
                               school_group="5", status="active")
    vault.guardians.add(child.id, name="Marieke van Dijkhuis", relation="moeder",
                        phone="06-12345678", has_authority=True)
    vault.guardians.add(child.id, name="Joris Smeulders", relation="stiefvader")
    vault.trajectories.add(child.id, title="Leesbegeleiding", start_date=date(2025, 9, 1))
    return child


def _text(widget, name: str) -> str:
    return widget.findChild(QLabel, name).text()


def test_header_and_overview_show_the_child(qtbot, vault, kid):
    dossier = DossierWidget(vault, kid.id)
    qtbot.addWidget(dossier)
    assert _text(dossier, "dossierName") == "Noor van Dijkhuis"
    details = _text(dossier, "dossierDetails")
    assert "9" in details and "OBS De Wilgenhoek" in details and "5" in details
    assert not dossier.restricted_badge.isVisibleTo(dossier)
    guardians = dossier.findChild(QLabel, f"overviewGuardian{1}_1")
    assert guardians is not None and guardians.text() == "has parental authority"
    assert "Leesbegeleiding" in dossier.findChild(QLabel, "overviewTrajectory1").text()


def test_opening_the_dossier_is_an_audited_read(vault, kid, qtbot):
    before = vault.audit.events(child_id=kid.id, action="read")
    dossier = DossierWidget(vault, kid.id)
    qtbot.addWidget(dossier)
    after = vault.audit.events(child_id=kid.id, action="read")
    assert len(after) == len(before) + 1
    assert after[0].object_type == "child"


def test_edit_buttons_call_the_main_windows_dialogs_and_refresh(qtbot, vault, kid):
    calls = []

    def edit_child(parent, child_id):
        calls.append(child_id)
        vault.children.update(child_id, school_group="6", reason="nieuw schooljaar")
        return True

    dossier = DossierWidget(vault, kid.id, editors=Editors(edit_child=edit_child))
    qtbot.addWidget(dossier)
    assert dossier.findChild(QPushButton, "overviewAddGuardian") is None
    dossier.findChild(QPushButton, "overviewEditChild").click()
    assert calls == [kid.id]
    assert _text(dossier, "overviewGroup") == "6"


def test_log_model_pages_and_reads_in_plain_words(qtbot, qtmodeltester, vault, kid):
    for n in range(130):
        vault.trajectories.update(1, summary=f"stap {n}")
    model = AuditLogModel(vault, kid.id)
    model.reload()
    assert model.rowCount() == 100 and model.canFetchMore(model.index(0, 0).parent())
    model.fetchMore(model.index(0, 0).parent())
    assert model.rowCount() > 130
    qtmodeltester.check(model)
    top = model.index(0, AuditLogModel.COL_WHAT)
    assert model.data(top) == "changed"
    assert model.data(model.index(0, AuditLogModel.COL_WHO)) == "anna"
    assert model.data(model.index(0, AuditLogModel.COL_OBJECT)) == "trajectory “Leesbegeleiding”"
    assert model.data(top, OBJECT_ROLE).action == "update"


def test_log_tab_fills_when_shown(qtbot, vault, kid):
    dossier = DossierWidget(vault, kid.id)
    qtbot.addWidget(dossier)
    dossier.show_section(dossier.log)
    rows = dossier.log.model.rowCount()
    assert rows >= 4  # created child, two guardians, trajectory, read
    whats = {dossier.log.model.what(dossier.log.model.event_at(r)) for r in range(rows)}
    assert {"created", "opened"} <= whats


def test_a_restricted_dossier_shows_its_badge(qtbot, vault, kid):
    with vault.context.transaction() as conn:  # the rights module will own this switch
        conn.execute("UPDATE children SET restricted = 1 WHERE id = ?", (kid.id,))
    dossier = DossierWidget(vault, kid.id)
    qtbot.addWidget(dossier)
    assert dossier.restricted_badge.isVisibleTo(dossier)
    assert dossier.restricted_badge.text() == "Restricted – read-only"


def test_the_dossier_speaks_dutch(qtbot, vault, kid, dutch):
    dossier = DossierWidget(vault, kid.id)
    qtbot.addWidget(dossier)
    tabs = [dossier.tabs.tabText(i) for i in range(dossier.tabs.count())]
    assert tabs[0] == "Overzicht" and tabs[-1] == "Logboek"
    assert "Sessieverslagen" in tabs and "Documenten" in tabs
    assert _text(dossier, "dossierDetails").startswith("9 jaar · geboren 12-05-2016")
    assert dossier.findChild(QLabel, "overviewGuardian1_1").text() == "heeft gezag"
    dossier.show_section(dossier.log)
    assert dossier.log.model.headerData(0, Qt.Orientation.Horizontal) == "Wanneer"
    assert dossier.log.model.what(dossier.log.model.event_at(0)) == "geopend"
