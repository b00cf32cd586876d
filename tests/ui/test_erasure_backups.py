"""The erasure screen says that older backups still hold the dossier until they rotate
out, and about when."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from casefile.ui.privacy import PrivacyMenu
from gui_support import DeskAsker, action


class RecordingAsker(DeskAsker):
    def __init__(self, tmp_path) -> None:
        super().__init__(tmp_path)
        self.questions: list[str] = []

    def confirm(self, parent, title, text):
        self.questions.append(text)
        return False  # only the question is looked at


def test_erasure_names_the_backups_that_still_hold_the_dossier(qtbot, vault, clock,
                                                               tmp_path, dutch):
    kid = vault.children.add(first_name="Noor", last_name="Verzonnen",
                             birth_date=date(2015, 9, 9))
    folder = tmp_path / "backups"
    vault.settings.update(backup_dir=str(folder), backup_keep=3)
    window = QWidget()
    qtbot.addWidget(window)
    asker = RecordingAsker(tmp_path)
    menu = PrivacyMenu(window, vault, asker, lambda: kid.id, lambda **_: None)
    action(menu, "actionErase").trigger()
    assert "Dit dossier staat in geen enkele back-up in de back-upmap." in asker.questions[-1]
    for _ in range(2):  # two backups a week apart
        vault.backups.create()
        clock.advance(days=7)
    action(menu, "actionErase").trigger()
    question = asker.questions[-1]
    assert "Oudere back-ups (2 in de back-upmap)" in question
    assert "na 3 nieuwere back-ups" in question
    expected = (clock.now() + timedelta(days=21)).date().strftime("%d-%m-%Y")
    assert f"rond {expected}" in question
