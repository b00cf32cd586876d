"""The buttons a counsellor uses to correct or remove what was recorded by mistake: a
document's details and the document itself (Documents tab), a parent or guardian (Overview),
an organisation (the address book); each removal asks for a reason, and a refusal is one
sentence with nothing changed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from casefile import Category, Sensitivity
from casefile.ui.child_dialog import OrganisationsDialog, editors_for
from casefile.ui.corrections import DocumentDialog
from casefile.ui.document_import import ImportDetails
from casefile.ui.dossier import DossierWidget


class Asker:
    def __init__(self) -> None:
        self.reasons: list[str | None] = []
        self.told: list[str] = []
        self.prompts: list[str] = []

    def reason(self, parent, title, prompt):
        self.prompts.append(prompt)
        return self.reasons.pop(0)

    def inform(self, parent, title, text):
        self.told.append(text)

    def document_details(self, parent, names, organisations, today):
        return ImportDetails(received_on=today)


@pytest.fixture
def asker():
    return Asker()


@pytest.fixture
def family(vault):
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    kid = vault.children.add(first_name="Fenna", last_name="Kloosterboer",
                             birth_date=date(2015, 11, 3), school_id=school.id)
    mum = vault.guardians.add(kid.id, name="Annelies Kloosterboer", has_authority=True,
                              phone="06-12345678")
    return {"kid": kid, "mum": mum, "school": school}


@pytest.fixture
def dossier(qtbot, vault, family, asker):
    timer = QTimer()
    timer.setInterval(3_600_000)

    def run_dialog(dialog) -> bool:
        raise AssertionError("no dialog expected")

    widget = DossierWidget(vault, family["kid"].id, asker=asker, autosave_timer=timer,
                           editors=editors_for(vault, run_dialog, asker))
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _import(qtbot, dossier, tmp_path, name="verslag school.txt"):
    path = tmp_path / name
    path.write_text("Verslag van de intern begeleider", encoding="utf-8")
    docs = dossier.documents
    with qtbot.waitSignal(docs.runner.finished, timeout=10_000):
        dossier.import_paths([path])
    return docs


def test_a_documents_details_are_corrected_through_the_dialog(qtbot, vault, dossier,
                                                              tmp_path):
    docs = _import(qtbot, dossier, tmp_path)
    doc = docs.current()
    assert docs.edit_button.isEnabled() and docs.remove_button.isEnabled()
    filled: list[DocumentDialog] = []

    def fill(dialog: DocumentDialog) -> bool:
        dialog.name.setText("verslag intern begeleider.txt")
        dialog.category.setCurrentIndex(dialog.category.findData(Category.ASSESSMENTS))
        dialog.sensitivity.setCurrentIndex(dialog.sensitivity.findData(Sensitivity.SPECIAL))
        dialog.reason.setText("verkeerde soort gekozen")
        dialog.try_save()
        filled.append(dialog)
        return dialog.result() == dialog.DialogCode.Accepted

    docs.run_dialog = fill
    docs.edit_button.click()
    assert filled and filled[0].error.text() == ""
    fixed = vault.documents.get(doc.id)
    assert (fixed.filename, fixed.category, fixed.sensitivity) == (
        "verslag intern begeleider.txt", Category.ASSESSMENTS, Sensitivity.SPECIAL)
    assert docs.model.data(docs.model.index(0, 0)) == "verslag intern begeleider.txt"
    assert {c.reason for c in vault.documents.history(doc.id)} == {"verkeerde soort gekozen"}


def test_a_bad_correction_says_why_in_the_dialog_and_changes_nothing(qtbot, vault, dossier,
                                                                    tmp_path):
    docs = _import(qtbot, dossier, tmp_path)
    doc = docs.current()
    dialog = DocumentDialog(vault, doc, docs)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    dialog.try_save()
    assert dialog.error.text() == "Fill in “Name”."
    assert vault.documents.get(doc.id) == doc


def test_removing_a_document_asks_why_and_it_is_gone(qtbot, vault, dossier, asker, tmp_path):
    docs = _import(qtbot, dossier, tmp_path)
    asker.reasons = ["", "per ongeluk geïmporteerd"]
    docs.remove_button.click()
    assert asker.told == ["Fill in “Reason”."]  # an empty reason is asked again
    assert docs.model.rowCount() == 0 and not docs.remove_button.isEnabled()
    assert docs.preview.currentWidget() is docs.preview_note


def test_a_disclosed_document_stays_and_the_refusal_names_the_school(qtbot, vault, family,
                                                                     dossier, asker, clock,
                                                                     tmp_path, qapp):
    docs = _import(qtbot, dossier, tmp_path)
    doc = docs.current()
    vault.documents.update(doc.id, category=Category.ASSESSMENTS)
    vault.consents.record(
        family["kid"].id, scope="disclosure", recipient_id=family["school"].id,
        purpose="Overstap", categories={Category.ASSESSMENTS}, given_by=[family["mum"].id],
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    vault.packets.create(family["kid"].id, family["school"].id, tmp_path / "pakket.pdf")
    asker.reasons = ["niet meer nodig"]
    docs.remove_button.click()
    today = clock.today().strftime("%d-%m-%Y")
    assert asker.told == [f"This document was disclosed to Basisschool De Regenboog on "
                          f"{today}; it cannot be removed."]
    assert docs.model.rowCount() == 1


def test_a_guardian_is_removed_from_the_overview_with_a_reason(qtbot, vault, family, dossier,
                                                               asker):
    button = dossier.overview.findChild(QPushButton,
                                        f"overviewRemoveGuardian{family['mum'].id}")
    assert button is not None and button.accessibleName() == "Remove Annelies Kloosterboer"
    asker.reasons = [None]
    button.click()
    assert [g.id for g in vault.guardians.list(family["kid"].id)] == [family["mum"].id]
    asker.reasons = ["dubbel ingevoerd"]
    button.click()
    assert vault.guardians.list(family["kid"].id) == []
    assert "contact details are wiped" in asker.prompts[-1]


def test_the_address_book_refuses_to_remove_a_childs_school(qtbot, vault, family, asker):
    other = vault.organisations.add(name="Huisartsenpraktijk Oost", kind="huisarts")
    dialog = OrganisationsDialog(vault, lambda d: False, None, asker)
    qtbot.addWidget(dialog)
    items = {dialog.list.topLevelItem(i).text(0): dialog.list.topLevelItem(i)
             for i in range(dialog.list.topLevelItemCount())}
    button = dialog.findChild(QPushButton, "organisationRemove")
    asker.reasons = ["bestaat niet meer"]
    dialog.list.setCurrentItem(items["Basisschool De Regenboog"])
    button.click()
    assert asker.told == ["This organisation is still the school of a child; choose another "
                          "school for that child first."]
    asker.reasons = ["dubbel ingevoerd"]
    dialog.list.setCurrentItem(items["Huisartsenpraktijk Oost"])
    button.click()
    assert other.id not in [o.id for o in vault.organisations.list()]
    assert dialog.list.topLevelItemCount() == 1
