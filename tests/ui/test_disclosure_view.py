"""The Disclosures tab opens a disclosure: each item as the school read it, the consent,
the purpose, the packet's id and fingerprint, and a copy for the parents."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from casefile import Category
from casefile.ui.dossier import DossierWidget
from gui_support import DeskAsker


class Asker(DeskAsker):
    def show_password(self, parent, password):
        self.passwords.append(password)


def test_open_a_disclosure_and_save_a_copy(qtbot, vault, dutch, tmp_path):
    kid = vault.children.add(first_name="Lotte", last_name="Kloosterboer",
                             birth_date=date(2017, 3, 1))
    mum = vault.guardians.add(kid.id, name="Annelies Kloosterboer", has_authority=True)
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    vault.notes.finalise(vault.notes.add(kid.id, text="Oefent de tafel van 7.").id)
    vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap groep 5",
        categories={Category.IDENTITY, Category.SESSION_NOTES}, given_by=[mum.id],
        method="email", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    packet = vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    asker = Asker(tmp_path)
    dossier = DossierWidget(vault, kid.id, asker=asker)
    qtbot.addWidget(dossier)
    dossier.show()
    tab = dossier.disclosures
    dossier.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert asker.told == ["Kies eerst een verstrekking."]
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    detail = tab.detail
    text = detail.view.toPlainText()
    for expected in ("Overstap groep 5", "tafel van 7", packet.packet_id,
                     vault.packets.fingerprint(), "Basisschool De Regenboog", "Identiteit",
                     "Onderdelen (2)"):
        assert expected in text
    detail.resize(720, 560)
    detail.grab().save(str(tmp_path / "disclosure.png"))
    qtbot.mouseClick(detail.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.copy is not None, timeout=20000)
    assert asker.passwords == [detail.copy.password]
    assert str(tmp_path / "kopie-overdracht.pdf") in detail.status.text()
