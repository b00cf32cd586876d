"""The parents' inzage in the export wizard: refused while the practice requires it and
none was offered, the draft made with its own password, the answer recorded, then the
packet goes (issue 10)."""

from __future__ import annotations

from datetime import date

from casefile import Category
from casefile.ui.consent_tab import DisclosureModel, DisclosuresTab
from casefile.ui.export_wizard import ExportWizard
from gui_support import DeskAsker

REMARKS = "Wij vinden het een eerlijk beeld van Fenna."


def test_required_inzage_in_the_wizard(qtbot, vault, tmp_path, dutch):
    kid = vault.children.add(first_name="Fenna", last_name="Brinkhorst",
                             birth_date=date(2017, 8, 1))
    mum = vault.guardians.add(kid.id, name="Eva Brinkhorst", has_authority=True)
    school = vault.organisations.add(name="Basisschool De Wadden", kind="school")
    vault.notes.finalise(vault.notes.add(kid.id, text="Leest vlot voor.").id)
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
                          categories={Category.SESSION_NOTES}, given_by=[mum.id],
                          method="written", valid_from=date(2026, 1, 1),
                          valid_until=date(2027, 1, 1))
    vault.settings.update(inzage="required")
    asker = DeskAsker(tmp_path)
    wizard = ExportWizard(vault, kid.id, asker)
    qtbot.addWidget(wizard)
    wizard.show()
    panel = wizard.inzage
    assert panel.isVisible() and panel.make_button.isEnabled()
    assert not panel.answer_button.isVisible()
    assert "maak een inzage voor hen" in panel.state.text()

    wizard.make_packet()  # refused: one sentence, no file, no disclosure
    qtbot.waitUntil(lambda: bool(asker.informed), timeout=20000)
    assert asker.informed[-1].startswith("De praktijk laat de ouders")
    assert not (tmp_path / "overdracht.pdf").exists() and not vault.packets.disclosures(kid.id)

    panel.make()
    qtbot.waitUntil(lambda: bool(asker.secrets), timeout=20000)
    assert (tmp_path / "inzage-concept.pdf").exists()
    assert "ouders" in asker.told[-1] and not vault.packets.disclosures(kid.id)
    assert panel.answer_button.isVisible() and "12-03-2026" in panel.state.text()
    wizard.grab().save(str(tmp_path / "wizard.png"))

    panel.record_answer()
    dialog = panel.answer_dialog
    dialog.remarks.setPlainText("")
    dialog.save()  # remarks without text or document: one sentence, nothing stored
    assert dialog.message.text().startswith("Vul") and dialog.message.text().endswith(".")
    assert vault.inzage.of_child(kid.id)[0].answer is None
    dialog.remarks.setPlainText(REMARKS)
    dialog.grab().save(str(tmp_path / "answer.png"))
    dialog.save()
    assert vault.inzage.of_child(kid.id)[0].remarks == REMARKS
    qtbot.waitUntil(lambda: not panel.answer_button.isVisible(), timeout=5000)

    wizard.make_packet()
    qtbot.waitUntil(lambda: bool(asker.passwords), timeout=20000)
    [disclosure] = vault.packets.disclosures(kid.id)
    assert disclosure.inzage_answer == "remarks"
    tab = DisclosuresTab(vault, kid.id, asker)
    qtbot.addWidget(tab)
    basis = tab.model.index(0, DisclosureModel.BASIS).data()
    assert basis == "Toestemming #1; inzage aangeboden op 02-03-2026: zienswijze van de " \
        "ouders bijgevoegd", basis


def test_off_hides_the_inzage(qtbot, vault, tmp_path):
    kid = vault.children.add(first_name="Mats", last_name="Ooster", birth_date=date(2016, 1, 2))
    vault.settings.update(inzage="off")
    wizard = ExportWizard(vault, kid.id, DeskAsker(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.inzage.isVisible()


def test_the_settings_dialog_sets_the_inzage(qtbot, vault, tmp_path, dutch):
    from casefile.ui.admin import SettingsDialog

    dialog = SettingsDialog(vault, DeskAsker(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.inzage.currentText() == "Aangeboden"
    dialog.inzage.setCurrentIndex(dialog.inzage.findData("required"))
    dialog.inzage_days.setValue(14)
    dialog.show()
    dialog.grab().save(str(tmp_path / "settings.png"))
    dialog.save()
    settings = vault.settings.get()
    assert (settings.inzage, settings.inzage_days) == ("required", 14)
