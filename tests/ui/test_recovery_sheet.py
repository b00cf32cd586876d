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
    create.create()
    qtbot.waitUntil(lambda: create.vault is not None, timeout=20000)
    create.save_pdf()
    page = PdfReader(tmp_path / "casefile-herstelsleutel.pdf").pages[0]
    text = " ".join(page.extract_text().split())
    create.vault.lock()
    assert "Praktijk: Praktijk <De Leeslamp>" in text
    assert "Kluis aangemaakt op 02-03-2026" in text and "Herstelsleutel" in text
    groups = create.vault.recovery_key.split("-")
    assert all(group in text for group in groups)
