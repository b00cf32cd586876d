"""The caseload on screen: a counsellor's child list greys the dossiers of others (name and
counsellor only), opening one says why and opens nothing; the admin's Toegang dialog gives
and takes access with a reason."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from casefile.ui.caseload_dialog import CaseloadDialog
from casefile.ui.main_window import MainWindow
from gui_support import Asker
from support import ADMIN, PASSPHRASE

COR, COR_TEMP, COR_PASS = "cor", "gewone-gebruiker-Cor-2026", "eigen-wachtzin-van-Cor-2026"
SHOTS = None  # a folder, to look at the screens


class ReasonAsker(Asker):
    def __init__(self, tmp_path, reasons=()) -> None:
        super().__init__(tmp_path)
        self.reasons = list(reasons)

    def reason(self, parent, title, prompt):
        return self.reasons.pop(0) if self.reasons else None


@pytest.fixture
def kids(vault, reopen):
    cor = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_TEMP)
    fenna = vault.children.add(first_name="Fenna", last_name="Dijkstra",
                               birth_date=date(2016, 4, 4))
    vault.lock()
    with reopen(COR, COR_TEMP) as v:
        v.users.change_passphrase(COR_PASS)  # the forced change of the first unlock, done
        sem = v.children.add(first_name="Sem", last_name="Bakker", birth_date=date(2017, 9, 1))
    return cor, fenna, sem


def _window(qtbot, vault_dir, clock, secrets, asker, vault) -> MainWindow:
    window = MainWindow(vault_dir, clock=clock, secrets=secrets, asker=asker,
                        run_dialog=lambda dialog: False)
    qtbot.addWidget(window)
    window.resize(1000, 500)
    window.show()
    window.unlocked(vault)
    return window


def _rows(window) -> dict[str, int]:
    proxy = window.workspace.proxy
    return {proxy.index(r, 0).data(): r for r in range(proxy.rowCount())}


def test_a_counsellor_sees_others_greyed_and_cannot_open_them(qtbot, kids, vault_dir, clock,
                                                              secrets, reopen, tmp_path,
                                                              dutch):
    asker = ReasonAsker(tmp_path)
    window = _window(qtbot, vault_dir, clock, secrets, asker, reopen(COR, COR_PASS))
    workspace, proxy = window.workspace, window.workspace.proxy
    rows = _rows(window)
    assert set(rows) == {"Bakker, Sem", "Dijkstra, Fenna · anna"}
    other = rows["Dijkstra, Fenna · anna"]
    assert proxy.index(other, 1).data() == ""  # no date of birth
    assert proxy.index(rows["Bakker, Sem"], 1).data().startswith("01-09-2017")
    grey = proxy.index(other, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and proxy.index(rows["Bakker, Sem"], 0).data(
        Qt.ItemDataRole.ForegroundRole) is None
    assert "caseload" in proxy.index(other, 0).data(Qt.ItemDataRole.ToolTipRole)
    if SHOTS:
        window.workspace.grab().save(f"{SHOTS}/caseload-list.png")
    workspace.table.setCurrentIndex(proxy.index(other, 0))
    workspace.open_current()
    assert workspace.dossier is None
    assert asker.told == ["Dit dossier hoort niet bij uw caseload; vraag een beheerder om "
                          "toegang."]
    workspace.edit_child()  # Ctrl+E on the greyed row: the same sentence, no dialog
    assert len(asker.told) == 2 and asker.told[0] == asker.told[1]
    workspace.table.setCurrentIndex(proxy.index(rows["Bakker, Sem"], 0))
    workspace.open_current()
    assert workspace.dossier is not None
    action = window.menuBar().findChild(QAction, "actionCaseload")
    assert action is not None and not action.isEnabled()  # a counsellor's is off
    window.lock()


def test_the_admin_gives_and_takes_access_with_a_reason(qtbot, kids, vault_dir, clock,
                                                        secrets, reopen, tmp_path, dutch):
    _cor, fenna, _sem = kids
    admin = reopen(ADMIN, PASSPHRASE)
    asker = ReasonAsker(tmp_path, ["Cor neemt Fenna over", "Terug naar Anna"])
    dialog = CaseloadDialog(admin, fenna.id, asker)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.currentText() == COR
    assert "anna" in dialog.current.text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "caseloadGrant"), Qt.MouseButton.LeftButton)
    assert [u.name for u in admin.caseload.counsellors(fenna.id)] == [ADMIN, COR]
    assert "cor" in dialog.current.text() and dialog.user.count() == 0
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/caseload-dialog.png")
    dialog.table.selectRow(0)  # the newest stretch: cor's
    qtbot.mouseClick(dialog.findChild(QPushButton, "caseloadRevoke"),
                     Qt.MouseButton.LeftButton)
    assert [u.name for u in admin.caseload.counsellors(fenna.id)] == [ADMIN]
    assert dialog.model.index(0, 6).data() == "Terug naar Anna"
    assert asker.told == []
    admin.lock()


def test_a_refusal_in_the_dialog_is_one_sentence(qtbot, kids, reopen, tmp_path, dutch):
    _cor, fenna, _sem = kids
    admin = reopen(ADMIN, PASSPHRASE)
    asker = ReasonAsker(tmp_path, ["   "])
    dialog = CaseloadDialog(admin, fenna.id, asker)
    qtbot.addWidget(dialog)
    dialog.grant()
    assert len(asker.told) == 1 and "Traceback" not in asker.told[0]
    assert [u.name for u in admin.caseload.counsellors(fenna.id)] == [ADMIN]
    dialog.revoke()  # nothing chosen
    assert asker.told[-1] == "Kies een begeleider die nu toegang heeft."
    admin.lock()


def test_the_admin_opens_the_toegang_dialog_from_the_menu(qtbot, kids, vault_dir, clock,
                                                          secrets, reopen, tmp_path, dutch):
    cor, fenna, _sem = kids
    shown = []
    window = _window(qtbot, vault_dir, clock, secrets, ReasonAsker(tmp_path),
                     reopen(ADMIN, PASSPHRASE))

    def given_access(dialog) -> bool:  # as the admin giving Cor access in the dialog
        shown.append(dialog)
        window.vault.caseload.add(fenna.id, cor.id, reason="Tweede begeleider")
        return True

    window.run_dialog = window.workspace.run_dialog = given_access
    rows = _rows(window)
    assert set(rows) == {"Bakker, Sem", "Dijkstra, Fenna"}  # an admin sees every dossier
    workspace = window.workspace
    workspace.open_dossier(fenna.id)
    assert COR not in workspace.dossier.details_label.text()
    workspace.table.setCurrentIndex(workspace.proxy.index(rows["Dijkstra, Fenna"], 0))
    action = window.menuBar().findChild(QAction, "actionCaseload")
    assert action.isEnabled() and action.text() == "Toegang tot dossier…"
    action.trigger()
    [dialog] = shown
    assert isinstance(dialog, CaseloadDialog) and dialog.child_id == fenna.id
    assert dialog.windowTitle() == "Toegang tot dossier"
    assert f"caseload: {ADMIN}, {COR}" in workspace.dossier.details_label.text()  # at once
    window.lock()


def test_the_dossier_header_names_the_caseload_and_tells_an_admin_it_is_not_theirs(
        qtbot, kids, reopen, dutch):
    from PySide6.QtWidgets import QLabel

    from casefile.ui.dossier import DossierWidget

    _cor, fenna, sem = kids
    admin = reopen(ADMIN, PASSPHRASE)
    for child, expected, outside in ((fenna, "caseload: anna", False),
                                     (sem, "caseload: cor", True)):
        dossier = DossierWidget(admin, child.id)
        qtbot.addWidget(dossier)
        details = dossier.findChild(QLabel, "dossierDetails").text()
        assert expected in details
        assert ("buiten uw eigen caseload" in details) is outside
        if SHOTS:
            dossier.resize(900, 500)
            dossier.grab().save(f"{SHOTS}/caseload-dossier-{child.id}.png")
    admin.lock()
