"""After the consent: the father's signature comes in a week later, then the mother phones
to withdraw. Both through the Consent tab, both shown in the register."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from casefile import Category
from casefile.ui.consent_events import SignatureDialog, WithdrawDialog
from casefile.ui.dossier import DossierWidget
from gui_support import DeskAsker


class Asker(DeskAsker):
    def __init__(self, tmp_path, fill) -> None:
        super().__init__(tmp_path)
        self.fill = fill

    def run_dialog(self, dialog):
        return self.fill(dialog)


def test_a_later_signature_then_a_withdrawal_by_phone(qtbot, vault, clock, dutch, tmp_path):
    kid = vault.children.add(first_name="Fenna", last_name="Brinkman",
                             birth_date=date(2017, 6, 1))
    mum = vault.guardians.add(kid.id, name="Ingrid Brinkman", has_authority=True)
    dad = vault.guardians.add(kid.id, name="Koen Brinkman", has_authority=True)
    school = vault.organisations.add(name="OBS Het Kompas", kind="school")
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="Overstap", categories={Category.IDENTITY},
                          given_by=[mum.id], method="email", valid_from=date(2026, 3, 1),
                          valid_until=date(2027, 3, 1))
    clock.set(datetime(2026, 3, 9, 9, 0, tzinfo=UTC))
    seen = []

    def fill(dialog) -> bool:
        seen.append(dialog)
        dialog.show()
        if isinstance(dialog, SignatureDialog):
            assert dialog.signer.findData(mum.id) == -1, "who signed is not offered again"
            dialog.signer.setCurrentIndex(dialog.signer.findData(dad.id))
            dialog.grab().save(str(tmp_path / "signature.png"))
        if isinstance(dialog, WithdrawDialog):
            dialog.try_save()  # who and how are not chosen yet
            assert "wie" in dialog.error.text()
            dialog.by.setCurrentIndex(dialog.by.findData(mum.id))
            dialog.try_save()
            assert "hoe" in dialog.error.text()
            assert vault.consents.list(kid.id)[0].withdrawal is None
            dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
            dialog.reason.setPlainText("Verhuizen naar Zwolle")
            dialog.grab().save(str(tmp_path / "withdraw.png"))
        dialog.try_save()
        return dialog.result() == dialog.DialogCode.Accepted

    asker = Asker(tmp_path, fill)
    dossier = DossierWidget(vault, kid.id, asker=asker)
    qtbot.addWidget(dossier)
    dossier.show()
    tab = dossier.consent
    dossier.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    assert tab.model.index(0, tab.model.STATE).data().startswith("Onvoldoende")
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert "Koen Brinkman (getekend 09-03-2026)" in tab.model.index(0, tab.model.GIVEN_BY).data()
    assert tab.model.index(0, tab.model.STATE).data() == "Actief"

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    state = tab.model.index(0, tab.model.STATE).data()
    assert state.startswith("Ingetrokken")
    assert "Ingrid Brinkman" in state and "telefonisch" in state and "Zwolle" in state
    tab.table.selectRow(0)
    assert not tab.sign_button.isEnabled() and not tab.withdraw_button.isEnabled()
    dossier.resize(1100, 500)
    dossier.grab().save(str(tmp_path / "register.png"))
    assert [type(d) for d in seen] == [SignatureDialog, WithdrawDialog]
