"""The printed recovery sheet names the practice and the day, and carries the whole key."""

from __future__ import annotations

from pypdf import PdfReader

from casefile.ui.create_vault import CreateVaultWidget
from support import PASSPHRASE


class SaveTo:
    def __init__(self, folder) -> None:
        self.folder = folder

    def save_path(self, parent, title, suggested):
        return self.folder / suggested


def test_the_recovery_sheet_says_which_vault_it_opens(qtbot, tmp_path, clock, secrets, dutch):
    create = CreateVaultWidget(tmp_path / "kluis", clock, secrets, SaveTo(tmp_path))
    qtbot.addWidget(create)
    create.practice.setText("Praktijk <De Leeslamp>")
    create.admin.setText("marieke")
    create.passphrase.setText(PASSPHRASE)
    create.confirm.setText(PASSPHRASE)
    create.create_vault()
    qtbot.waitUntil(lambda: create.vault is not None, timeout=20000)
    create.save_pdf()
    sheet = tmp_path / "casefile-herstelsleutel.pdf"
    qtbot.waitUntil(lambda: not create.job.running, timeout=20000)
    assert sheet.stat().st_mode & 0o777 == 0o600
    assert any(e.action == "export_recovery_sheet" for e in create.vault.audit.events())
    page = PdfReader(sheet).pages[0]
    text = " ".join(page.extract_text().split())
    groups = create.vault.recovery_key.split("-")
    create.vault.lock()  # which drops the recovery key
    assert "Praktijk Praktijk <De Leeslamp>" in text
    assert "Kluis aangemaakt op 02-03-2026" in text and "Herstelsleutel" in text
    assert f"Kluis {create.vault.vault_id}" in text
    # pypdf reads a space after the glyph whose subset code happens to be 0x20 (its own
    # heuristic; pdftotext reads the same page right), so compare without spaces.
    assert "".join(groups) in "".join(text.split())
