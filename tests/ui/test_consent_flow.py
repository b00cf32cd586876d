"""The consent flow a counsellor walks: record a consent, export a packet to the school,
withdraw the consent, and the export wizard now blocks with the reason shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from casefile import Category
from casefile.ui.consent_dialog import RecordConsentDialog
from casefile.ui.consent_events import WithdrawDialog
from casefile.ui.dossier import DossierWidget
from casefile.ui.export_wizard import ItemsModel
from casefile.ui.models import OBJECT_ROLE


class Asker:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.passwords: list[str] = []
        self.told: list[str] = []
        self.confirms: list[bool] = []
        self.dialogs = []

    def reason(self, parent, title, prompt):
        return "Ouders willen het niet meer"

    def confirm(self, parent, title, text):
        return self.confirms.pop(0) if self.confirms else False

    def save_path(self, parent, title, suggested):
        return self.tmp_path / suggested

    def inform(self, parent, title, text):
        self.told.append(text)

    def warn(self, parent, title, text):
        self.told.append(text)

    def show_password(self, parent, password):
        self.passwords.append(password)

    def run_dialog(self, dialog):
        self.dialogs.append(dialog)
        return self.fill(dialog)


@pytest.fixture
def family(vault):
    kid = vault.children.add(first_name="Milan", last_name="Doornbos",
                             birth_date=date(2017, 5, 6))
    mum = vault.guardians.add(kid.id, name="Saskia Doornbos", has_authority=True)
    school = vault.organisations.add(name="CBS De Fontein", kind="school")
    note = vault.notes.add(kid.id, text="Milan oefende de tafels van 7.")
    vault.notes.finalise(note.id)
    return kid, mum, school


def test_record_export_withdraw_then_blocked(qtbot, vault, family, tmp_path, dutch):
    kid, mum, school = family
    asker = Asker(tmp_path)
    dossier = DossierWidget(vault, kid.id, asker=asker)
    qtbot.addWidget(dossier)
    dossier.resize(1100, 720)
    dossier.show()

    def fill_and_record(dialog) -> bool:
        if isinstance(dialog, WithdrawDialog):
            dialog.by.setCurrentIndex(dialog.by.findData(mum.id))
            dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
            dialog.try_save()
            return dialog.result() == dialog.DialogCode.Accepted
        dialog.purpose.setText("Overstap naar groep 5")
        dialog.recipient.setCurrentIndex(dialog.recipient.findData(school.id))
        dialog.guardian_boxes[mum.id].setChecked(True)
        for category in (Category.IDENTITY, Category.SESSION_NOTES):
            dialog.category_boxes[category].setChecked(True)
        dialog.record()
        return dialog.result() == dialog.DialogCode.Accepted

    asker.fill = fill_and_record
    dossier.tabs.setCurrentWidget(dossier.consent)
    qtbot.mouseClick(dossier.consent.record_button, Qt.MouseButton.LeftButton)
    assert dossier.consent.model.rowCount() == 1
    assert dossier.consent.model.index(0, 4).data() == "Actief"

    dossier.tabs.setCurrentWidget(dossier.disclosures)
    qtbot.mouseClick(dossier.disclosures.export_button, Qt.MouseButton.LeftButton)
    wizard = dossier.disclosures.wizard
    wizard.recipient.setCurrentIndex(wizard.recipient.findData(school.id))
    assert set(wizard.model.chosen()) == {"identity", f"note:{vault.notes.list(kid.id)[0].id}"}
    wizard.grab().save(str(tmp_path / "wizard.png"))
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.packet is not None, timeout=20000)
    assert asker.passwords == [wizard.packet.password]
    reader = pypdf.PdfReader(tmp_path / "overdracht.pdf")
    assert reader.decrypt(asker.passwords[0])
    assert "tafels" in " ".join(p.extract_text() for p in reader.pages)
    wizard.close()
    dossier.disclosures.refresh()
    assert dossier.disclosures.model.rowCount() == 1

    dossier.tabs.setCurrentWidget(dossier.consent)
    dossier.consent.table.selectRow(0)
    asker.confirms = [False]  # no deletion letter this time
    qtbot.mouseClick(dossier.consent.withdraw_button, Qt.MouseButton.LeftButton)
    view = dossier.consent.model.data(dossier.consent.model.index(0, 0), OBJECT_ROLE)
    assert view.state == "withdrawn"
    assert dossier.consent.model.index(0, 4).data().startswith("Ingetrokken")
    assert "Saskia Doornbos" in dossier.consent.model.index(0, 4).data()

    dossier.tabs.setCurrentWidget(dossier.disclosures)
    qtbot.mouseClick(dossier.disclosures.export_button, Qt.MouseButton.LeftButton)
    blocked = dossier.disclosures.wizard
    blocked.recipient.setCurrentIndex(blocked.recipient.findData(school.id))
    assert not blocked.create_button.isEnabled()
    assert "geen geldige toestemming" in blocked.status.text()
    reasons = blocked.model.index(0, ItemsModel.DECISION).data()
    assert "ingetrokken" in reasons
    blocked.grab().save(str(tmp_path / "blocked.png"))


def test_the_consent_dialog_opens_on_29_february(qtbot, vault, family, clock):
    from datetime import UTC, datetime

    kid, _, _ = family
    clock.set(datetime(2028, 2, 29, 10, 0, tzinfo=UTC))
    dialog = RecordConsentDialog(vault, kid.id)
    qtbot.addWidget(dialog)
    until = dialog.valid_until.date()
    assert (until.year(), until.month(), until.day()) == (2029, 3, 1)
