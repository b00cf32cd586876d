"""Consent per report, as a counsellor walks it: tick one report in the consent dialog,
record, see it in the register, then export: that report ticked with its consent, the
other report of the same kind crossed with the reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from casefile import Category
from casefile.ui.dossier import DossierWidget
from casefile.ui.export_wizard import ItemsModel
from casefile.ui.models import OBJECT_ROLE
from gui_support import Asker


class FlowAsker(Asker):
    """Answers as the counsellor would: `fill` fills each dialog and presses its button."""

    fill = None

    def run_dialog(self, dialog):
        return self.fill(dialog)


def test_a_consent_for_one_report_lets_only_that_report_go(qtbot, vault, tmp_path, dutch):
    kid = vault.children.add(first_name="Jesse", last_name="Hoekstra",
                             birth_date=date(2017, 9, 3))
    mum = vault.guardians.add(kid.id, name="Marleen Hoekstra", has_authority=True)
    school = vault.organisations.add(name="OBS De Wilgen", kind="school")
    report = vault.notes.finalise(vault.notes.add(
        kid.id, text="Verslag: Jesse leest nu AVI E4.", session_date=date(2026, 2, 20)).id)
    other = vault.notes.finalise(vault.notes.add(
        kid.id, text="Sessie: tafels van 8.", session_date=date(2026, 2, 27)).id)
    asker = FlowAsker(tmp_path)
    dossier = DossierWidget(vault, kid.id, asker=asker)
    qtbot.addWidget(dossier)
    dossier.resize(1100, 720)
    dossier.show()

    def tick_one_report(dialog) -> bool:
        rows = [dialog.item_list.item(r) for r in range(dialog.item_list.count())]
        assert [e.text() for e in rows] == ["Sessieverslag: 20-02-2026",
                                           "Sessieverslag: 27-02-2026"]
        assert all(e.checkState() == Qt.CheckState.Unchecked for e in rows)
        dialog.purpose.setText("Leesverslag voor de school")
        dialog.recipient.setCurrentIndex(dialog.recipient.findData(school.id))
        dialog.guardian_boxes[mum.id].setChecked(True)
        dialog.category_boxes[Category.IDENTITY].setChecked(True)
        rows[0].setCheckState(Qt.CheckState.Checked)
        dialog.grab().save(str(tmp_path / "perreport-dialog.png"))
        dialog.record()
        return dialog.result() == dialog.DialogCode.Accepted

    asker.fill = tick_one_report
    dossier.tabs.setCurrentWidget(dossier.consent)
    qtbot.mouseClick(dossier.consent.record_button, Qt.MouseButton.LeftButton)
    view = dossier.consent.model.data(dossier.consent.model.index(0, 0), OBJECT_ROLE)
    assert view.consent.items == {f"note:{report.id}"}
    what = dossier.consent.model.index(0, 1).data()
    assert "Sessieverslag: 20-02-2026" in what and "27-02-2026" not in what
    dossier.grab().save(str(tmp_path / "perreport-register.png"))

    dossier.tabs.setCurrentWidget(dossier.disclosures)
    qtbot.mouseClick(dossier.disclosures.export_button, Qt.MouseButton.LeftButton)
    wizard = dossier.disclosures.wizard
    wizard.recipient.setCurrentIndex(wizard.recipient.findData(school.id))
    rows = {wizard.model.data(wizard.model.index(r, 0), OBJECT_ROLE).item.key: r
            for r in range(wizard.model.rowCount())}

    def cell(key: str, column: int, role=Qt.ItemDataRole.DisplayRole):
        return wizard.model.index(rows[key], column).data(role)

    mine, theirs = f"note:{report.id}", f"note:{other.id}"
    assert cell(mine, ItemsModel.ITEM, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell(mine, ItemsModel.DECISION) == (
        f"✓ Toestemming #{view.consent.id} voor dit verslag")
    assert cell("identity", ItemsModel.DECISION) == f"✓ Toestemming #{view.consent.id}"
    assert cell(theirs, ItemsModel.DECISION).startswith("✗ De toestemming noemt andere")
    assert cell(theirs, ItemsModel.ITEM, Qt.ItemDataRole.CheckStateRole) is None
    assert set(wizard.model.chosen()) == {"identity", mine}
    wizard.grab().save(str(tmp_path / "perreport-wizard.png"))
