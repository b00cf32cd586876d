"""Privacy > Requests: record a request for the open dossier, see it late, extend it once
with a reason, close it linked to the access report; bad input says one sentence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from casefile.ui.privacy import PrivacyMenu
from gui_support import DeskAsker, action


def _select(dialog, row: int) -> None:
    dialog.table.selectRow(row)


def test_requests_flow_from_the_privacy_menu(qtbot, vault, clock, tmp_path, dutch):
    kid = vault.children.add(first_name="Lotte", last_name="de Boer",
                             birth_date=date(2015, 6, 1))
    vault.guardians.add(kid.id, name="Marieke de Boer", has_authority=True)
    window = QWidget()
    qtbot.addWidget(window)
    asker = DeskAsker(tmp_path)
    menu = PrivacyMenu(window, vault, asker, lambda: kid.id, lambda **_: None)
    assert action(menu, "actionRequests").text() == "Verzoeken…"
    action(menu, "actionRequests").trigger()
    dialog = menu.dialog
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Verzoeken van ouders en kinderen"
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    assert dialog.requester.currentText() == "Marieke de Boer"
    dialog.received.setDate(QDate(2026, 1, 31))  # the fixture clock: 2 March 2026
    dialog.add()
    assert dialog.message.text() == "Verzoek vastgelegd."
    assert dialog.model.rowCount() == 1
    texts = [dialog.model.index(0, c).data() for c in range(6)]
    assert texts == ["Inzage (art. 15)", "Lotte de Boer", "Marieke de Boer", "31-01-2026",
                     "28-02-2026", "Te laat"]
    assert dialog.summary.text().startswith("1 te laat")
    dialog.view.setCurrentIndex(dialog.view.findData("due_this_week"))
    assert dialog.model.rowCount() == 0
    dialog.view.setCurrentIndex(dialog.view.findData("late"))
    _select(dialog, 0)
    asker.reasons = ["Veel documenten bij elkaar te zoeken"]
    dialog.months.setValue(1)
    dialog.extend()
    assert dialog.message.text() == "Nieuwe termijn: 31-03-2026."
    dialog.view.setCurrentIndex(dialog.view.findData("open"))
    _select(dialog, 0)
    assert dialog.model.index(0, 4).data() == "31-03-2026 (verlengd)"
    assert not dialog.extend_button.isEnabled()  # once only
    vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    dialog.refresh()
    _select(dialog, 0)
    assert dialog.done_by.currentData() is not None  # the access report, offered
    dialog.close_request()
    assert dialog.message.text() == "Verzoek afgesloten."
    [closed] = vault.rights_desk.requests()
    [report] = [e for e in vault.audit.events(child_id=kid.id) if e.action == "access_report"]
    assert (closed.outcome, closed.outcome_event_id) == ("granted", report.id)
    assert dialog.model.rowCount() == 0
    dialog.view.setCurrentIndex(dialog.view.findData("all"))
    assert dialog.model.index(0, 5).data() == "Beantwoord"
    dialog.grab().save("/tmp/rightsdesk-requests.png")


def test_a_future_date_is_one_sentence_and_stores_nothing(qtbot, vault, clock, tmp_path,
                                                          dutch):
    kid = vault.children.add(first_name="Lotte", last_name="de Boer",
                             birth_date=date(2015, 6, 1))
    window = QWidget()
    qtbot.addWidget(window)
    menu = PrivacyMenu(window, vault, DeskAsker(tmp_path), lambda: kid.id, lambda **_: None)
    action(menu, "actionRequests").trigger()
    dialog = menu.dialog
    qtbot.addWidget(dialog)
    assert dialog.requester.currentText() == "Het kind zelf"  # no guardians recorded
    dialog.received.setDate(QDate(2026, 3, 9))
    dialog.add()
    assert dialog.message.text() == "Een verzoek kan niet na vandaag zijn ontvangen."
    assert vault.rights_desk.requests() == []


def test_without_an_open_dossier_no_new_request(qtbot, vault, tmp_path, dutch):
    window = QWidget()
    qtbot.addWidget(window)
    menu = PrivacyMenu(window, vault, DeskAsker(tmp_path), lambda: None, lambda **_: None)
    action(menu, "actionRequests").trigger()
    qtbot.addWidget(menu.dialog)
    assert not menu.dialog.add_button.isEnabled()


def test_dossier_shows_objection_and_hold_and_erasure_explains(qtbot, vault, clock, tmp_path,
                                                               dutch):
    from PySide6.QtWidgets import QLabel

    from casefile.ui.dossier import DossierWidget

    kid = vault.children.add(first_name="Noor", last_name="van Dijkhuis",
                             birth_date=date(2016, 5, 12))
    window = QWidget()
    qtbot.addWidget(window)
    asker = DeskAsker(tmp_path)
    menu = PrivacyMenu(window, vault, asker, lambda: kid.id, lambda **_: None)
    action(menu, "actionHold").trigger()
    holds = menu.dialog
    qtbot.addWidget(holds)
    holds.reason.setText("Klacht bij de geschillencommissie")
    holds.ends.setDate(QDate(2027, 6, 1))
    holds.place()
    assert holds.message.text() == "Vernietigingsstop ingesteld."
    holds.grab().save("/tmp/rightsdesk-hold.png")
    vault.rights_desk.record_objection(kid.id, purpose="service_information",
                                       received_on=date(2026, 3, 1))
    dossier = DossierWidget(vault, kid.id)
    qtbot.addWidget(dossier)
    assert dossier.findChild(QLabel, "overviewObjection").text() == (
        "Bezwaar tegen informatie over nieuw aanbod")
    assert dossier.findChild(QLabel, "overviewHold").text() == (
        "Niet wissen vóór 01-06-2027: Klacht bij de geschillencommissie")
    action(menu, "actionErase").trigger()  # no question asked: the hold is explained
    assert asker.told == ["Voor dit dossier geldt tot 01-06-2027 een vernietigingsstop vanwege "
                          "een klacht of juridische procedure; het kan tot dan niet worden "
                          "gewist of vernietigd."]
    assert vault.children.count() == 1
    holds.table.selectRow(0)
    holds.lift()
    assert holds.model.index(0, 3).data() == "02-03-2026"


def test_retention_dialog_marks_a_held_dossier_and_does_not_count_it(qtbot, vault, clock,
                                                                     tmp_path, dutch):
    from casefile.ui.admin import RetentionDialog

    kid = vault.children.add(first_name="Jelle", last_name="Veenstra",
                             birth_date=date(2010, 1, 1), status="closed")
    vault.trajectories.add(kid.id, title="Begeleiding", start_date=date(2015, 1, 1),
                           end_date=date(2020, 1, 1))
    vault.rights_desk.place_hold(kid.id, reason="Klacht", ends_on=date(2027, 1, 1))
    dialog = RetentionDialog(vault, DeskAsker(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 2).data() == "01-01-2025 (vernietigingsstop)"
    assert not dialog.purge_button.isEnabled()
