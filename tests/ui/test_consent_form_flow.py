"""The consent form in the flow a counsellor follows: print it from the dialog before
recording (prefilled with what is filled in), blank from the tab, never from a withdrawn
consent."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from casefile import Category
from casefile.ui.consent_dialog import RecordConsentDialog
from casefile.ui.dossier import DossierWidget
from gui_support import DeskAsker


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(path.read_bytes())).pages).split())


class Asker(DeskAsker):
    def __init__(self, tmp_path) -> None:
        super().__init__(tmp_path)
        self.forms = 0

    def save_path(self, parent, title, suggested):
        self.forms += 1
        return self.tmp_path / f"form-{self.forms}.pdf"

    def run_dialog(self, dialog):
        self.dialogs = [*getattr(self, "dialogs", []), dialog]
        return self.fill(dialog)


def test_print_before_recording_blank_and_not_from_a_withdrawn_consent(qtbot, vault, dutch,
                                                                        tmp_path):
    vault.settings.update(practice_address="Molenstraat 12, 8911 AB Leeuwarden",
                          practice_phone="058 123 45 67")
    school = vault.organisations.add(name="OBS De Kameleon", kind="school")
    kid = vault.children.add(first_name="Tess", last_name="Wolters",
                             birth_date=date(2016, 1, 5), school_id=school.id)
    mum = vault.guardians.add(kid.id, name="Hanna Wolters", has_authority=True)
    asker = Asker(tmp_path)

    def fill(dialog: RecordConsentDialog) -> bool:
        dialog.purpose.setText("Overstap naar groep 7")
        dialog.category_boxes[Category.IDENTITY].setChecked(True)
        asker.confirms = [True]  # unencrypted, to print
        dialog.print_button.click()
        qtbot.waitUntil(lambda: (tmp_path / "form-1.pdf").exists(), timeout=20000)
        assert vault.consents.list(kid.id) == [], "printed before anything is recorded"
        dialog.guardian_boxes[mum.id].setChecked(True)
        dialog.record()
        return dialog.result() == dialog.DialogCode.Accepted

    asker.fill = fill
    dossier = DossierWidget(vault, kid.id, asker=asker)
    qtbot.addWidget(dossier)
    dossier.show()
    tab = dossier.consent
    tab.record_button.click()
    form = text_of(tmp_path / "form-1.pdf")
    assert "Overstap naar groep 7" in form and "OBS De Kameleon" in form
    assert "Molenstraat 12" in form and "058 123 45 67" in form
    # the section's heading and one line for the one parent: a 10-year-old has none
    assert form.count("Handtekening") == 2, "a 10-year-old has no signature line"

    tab.table.clearSelection()
    asker.confirms = [True]
    tab.form_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "form-2.pdf").exists(), timeout=20000)
    assert "☐" in text_of(tmp_path / "form-2.pdf") or "___" in text_of(tmp_path / "form-2.pdf")

    consent = vault.consents.list(kid.id)[0]
    vault.consents.withdraw(consent.id, by=mum.id, channel="letter")
    tab.refresh()
    tab.table.selectRow(0)
    tab.form_button.click()
    assert "ingetrokken" in asker.told[-1]
    assert not (tmp_path / "form-3.pdf").exists()
