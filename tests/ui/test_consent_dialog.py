"""The consent dialog as a counsellor in a hurry meets it: nothing is chosen for her, and
what is missing is said in the dialog before she saves."""

from __future__ import annotations

from datetime import date

import pytest

from casefile import Category
from casefile.ui.consent_dialog import RecordConsentDialog


@pytest.fixture
def family(vault):
    other = vault.organisations.add(name="Aardrijk GGD", kind="ggd")
    school = vault.organisations.add(name="OBS Het Kompas", kind="school")
    vault.organisations.add(name="Basisschool Abeel", kind="school")
    kid = vault.children.add(first_name="Noor", last_name="Veldkamp",
                             birth_date=date(2017, 5, 6), school_id=school.id)
    mum = vault.guardians.add(kid.id, name="Ilse Veldkamp", has_authority=True)
    dad = vault.guardians.add(kid.id, name="Ruben Veldkamp", has_authority=True)
    return kid, mum, dad, school, other


def test_nothing_is_ticked_and_the_own_school_is_the_recipient(qtbot, vault, family):
    kid, _, _, school, _ = family
    dialog = RecordConsentDialog(vault, kid.id)
    qtbot.addWidget(dialog)
    assert dialog.recipient.currentData() == school.id
    assert not any(box.isChecked() for box in dialog.guardian_boxes.values())
    assert not any(box.isChecked() for box in dialog.category_boxes.values())
    assert not dialog.special.isChecked()


def test_without_a_school_no_recipient_is_chosen_and_saving_says_so(qtbot, vault, dutch):
    other = vault.children.add(first_name="Sem", last_name="Bakker",
                               birth_date=date(2016, 1, 2))
    vault.guardians.add(other.id, name="Anouk Bakker", has_authority=True)
    dialog = RecordConsentDialog(vault, other.id)
    qtbot.addWidget(dialog)
    assert dialog.recipient.currentData() is None
    dialog.purpose.setText("Overstap")
    dialog.category_boxes[Category.IDENTITY].setChecked(True)
    dialog.record()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text()
    assert vault.consents.list(other.id) == []


def test_one_of_two_parents_and_no_form_is_said_before_saving(qtbot, qapp, vault, family,
                                                              dutch, tmp_path):
    kid, mum, dad, _, _ = family
    dialog = RecordConsentDialog(vault, kid.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.guardian_boxes[mum.id].setChecked(True)
    said = dialog.warning.text()
    assert "Ruben Veldkamp" in said and "getekend formulier" in said
    assert dialog.warning.isVisible() and dialog.warning.wordWrap()
    qapp.processEvents()  # the layout takes the new sentences in
    assert dialog.warning.height() >= dialog.warning.heightForWidth(dialog.warning.width())
    dialog.grab().save(str(tmp_path / "consent-dialog.png"))
    dialog.guardian_boxes[dad.id].setChecked(True)
    assert "Ruben Veldkamp" not in dialog.warning.text()
    dialog.method.setCurrentIndex(dialog.method.findData("email"))
    assert dialog.warning.text() == "" and not dialog.warning.isVisible()


def test_a_twelve_year_old_must_agree_too_and_the_dialog_says_so(qtbot, vault, dutch):
    teen = vault.children.add(first_name="Daan", last_name="Smit", birth_date=date(2013, 1, 2))
    dad = vault.guardians.add(teen.id, name="Erik Smit", has_authority=True)
    dialog = RecordConsentDialog(vault, teen.id)
    qtbot.addWidget(dialog)
    dialog.guardian_boxes[dad.id].setChecked(True)
    assert "12" in dialog.warning.text()
    dialog.child_agrees.setCurrentIndex(dialog.child_agrees.findData(True))
    assert "12" not in dialog.warning.text()


class FormAsker:
    def __init__(self, path) -> None:
        self.path, self.told = path, []

    def open_paths(self, parent, title):
        return [self.path]

    def inform(self, parent, title, text):
        self.told.append(text)


def test_the_returned_form_is_imported_and_recorded_as_evidence(qtbot, vault, family, dutch,
                                                                 tmp_path):
    kid, mum, dad, _, _ = family
    scan = tmp_path / "toestemming-getekend.pdf"
    scan.write_bytes(b"%PDF-1.4 getekend door beide ouders")
    dialog = RecordConsentDialog(vault, kid.id, asker=FormAsker(scan))
    qtbot.addWidget(dialog)
    for g in (mum, dad):
        dialog.guardian_boxes[g.id].setChecked(True)
    dialog.purpose.setText("Overstap naar groep 6")
    dialog.category_boxes[Category.IDENTITY].setChecked(True)
    assert "formulier" in dialog.warning.text()
    dialog.evidence_picker.import_button.click()
    assert dialog.evidence.currentText() == "toestemming-getekend.pdf"
    assert dialog.warning.text() == ""
    dialog.record()
    [doc] = vault.documents.list(kid.id)
    assert vault.consents.list(kid.id)[0].evidence_document_id == doc.id
