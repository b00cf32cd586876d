"""The export wizard as the school will see its result: the purpose is the consent's and
required, the preview shows the text the school will read, and saving says where it went."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from casefile import Category
from casefile.ui.export_wizard import ExportWizard, ItemsModel
from gui_support import DeskAsker


class Asker(DeskAsker):
    def show_password(self, parent, password):
        self.passwords.append(password)


def test_purpose_preview_and_where_the_packet_went(qtbot, vault, dutch, tmp_path):
    kid = vault.children.add(first_name="Sem", last_name="de Wit", birth_date=date(2017, 2, 3))
    mum = vault.guardians.add(kid.id, name="Mira de Wit", has_authority=True)
    school = vault.organisations.add(name="CBS De Wegwijzer", kind="school")
    vault.notes.finalise(vault.notes.add(kid.id, text="Sem leest vlot AVI E4.").id)
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="Overdracht naar groep 4", given_by=[mum.id],
                          categories={Category.IDENTITY, Category.SESSION_NOTES},
                          method="email", valid_from=date(2026, 1, 1),
                          valid_until=date(2027, 1, 1))
    asker = Asker(tmp_path)
    wizard = ExportWizard(vault, kid.id, asker)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.recipient.setCurrentIndex(wizard.recipient.findData(school.id))
    assert wizard.purpose.text() == "Overdracht naar groep 4"
    assert wizard.purpose.isReadOnly()
    qtbot.mouseClick(wizard.preview_button, Qt.MouseButton.LeftButton)
    preview = wizard.preview_box.toPlainText()
    assert "Sem leest vlot AVI E4." in preview and "Overdracht naar groep 4" in preview
    wizard.grab().save(str(tmp_path / "wizard-preview.png"))

    for row in range(wizard.model.rowCount()):  # nothing chosen: no purpose, no packet
        wizard.model.setData(wizard.model.index(row, ItemsModel.ITEM),
                             Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert wizard.purpose.text() == "" and not wizard.create_button.isEnabled()
    wizard.evaluate()

    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.packet is not None, timeout=20000)
    assert wizard.saved_to.isVisible()
    assert str(tmp_path / "overdracht.pdf") in wizard.saved_to.text()
    assert vault.packets.disclosures(kid.id)[0].purpose == "Overdracht naar groep 4"
    wizard.grab().save(str(tmp_path / "wizard-saved.png"))


def test_without_consent_there_is_no_purpose_and_no_packet(qtbot, vault, dutch, tmp_path):
    kid = vault.children.add(first_name="Sem", last_name="de Wit", birth_date=date(2017, 2, 3))
    school = vault.organisations.add(name="CBS De Wegwijzer", kind="school")
    wizard = ExportWizard(vault, kid.id, Asker(tmp_path))
    qtbot.addWidget(wizard)
    wizard.recipient.setCurrentIndex(wizard.recipient.findData(school.id))
    assert wizard.purpose.text() == ""
    assert not wizard.create_button.isEnabled() and not wizard.preview_button.isEnabled()
