"""The Meldcode door in a one-person practice, through the screens: the dialog says there
is no second reviewer, the admin approves with the passphrase again, and the Disclosures
tab marks it."""

from __future__ import annotations

from datetime import date

from casefile.ui.dossier import DossierWidget
from casefile.ui.legal_disclosure import LegalDisclosureDialog
from gui_support import DeskAsker
from support import ADMIN, PASSPHRASE


class Asker(DeskAsker):
    def show_password(self, parent, password):
        self.passwords.append(password)


def test_the_only_admin_approves_and_the_tab_says_so(qtbot, vault, dutch, tmp_path):
    kid = vault.children.add(first_name="Jip", last_name="Hoekstra",
                             birth_date=date(2016, 8, 1))
    body = vault.organisations.add(name="Veilig Thuis Fryslân", kind="other")
    asker = Asker(tmp_path)
    dialog = LegalDisclosureDialog(vault, kid.id, asker)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.alone.isVisible() and "tweede beoordelaar" in dialog.alone.text()
    assert dialog.approver.currentData() == ADMIN
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(body.id))
    dialog.reason.setPlainText("Zorgen over de veiligheid thuis; overleg met Veilig Thuis.")
    dialog.approver_passphrase.setText(PASSPHRASE)
    dialog.grab().save(str(tmp_path / "legal-alone.png"))
    dialog.make_packet()
    qtbot.waitUntil(lambda: dialog.packet is not None, timeout=20000)
    assert asker.passwords == [dialog.packet.password]

    dossier = DossierWidget(vault, kid.id, asker=asker)
    qtbot.addWidget(dossier)
    basis = dossier.disclosures.model.index(0, dossier.disclosures.model.BASIS).data()
    assert "zonder tweede beoordelaar" in basis
