"""The Privacy menu and the administrator's desk, driven as a counsellor and an admin."""

from __future__ import annotations

from datetime import date

import pypdf
from PySide6.QtWidgets import QWidget

from casefile import catalogue
from casefile.model import AuditAction
from casefile.passphrase import strength
from casefile.render_text import say
from casefile.ui.admin import AuditDialog, RetentionDialog, SettingsDialog, UsersDialog
from casefile.ui.privacy import PrivacyMenu
from gui_support import DeskAsker, action
from support import access_report_json


def test_counsellor_sees_admin_actions_disabled(qtbot, vault, reopen, tmp_path, dutch):
    vault.users.add("cor", role="counsellor", temporary_passphrase="gewone-gebruiker-Cor-2026")
    vault.lock()
    with reopen("cor", "gewone-gebruiker-Cor-2026") as cor:
        window = QWidget()
        qtbot.addWidget(window)
        open_child: list[int | None] = [None]
        menu = PrivacyMenu(window, cor, DeskAsker(tmp_path), lambda: open_child[0],
                           lambda **_: None)
        for name in ("actionRetention", "actionUsers", "actionSettings", "actionAudit"):
            assert not action(menu, name).isEnabled()
        dossier_actions = ("actionAccessReport", "actionRestrict", "actionHistory")
        assert not any(action(menu, n).isEnabled() for n in (*dossier_actions, "actionErase"))
        open_child[0] = cor.children.add(first_name="Mees", last_name="Verzonnen",
                                         birth_date=date(2016, 1, 1)).id
        menu.aboutToShow.emit()  # what opening the menu does
        assert all(action(menu, n).isEnabled() for n in dossier_actions)
        assert not action(menu, "actionErase").isEnabled()  # erasure is an admin's
        assert action(menu, "actionBackup").isEnabled()
        assert menu.title() == "&Privacy"


def test_access_report_restriction_and_erasure_from_the_menu(qtbot, vault, tmp_path, dutch):
    kid = vault.children.add(first_name="Ties", last_name="van Lieshout",
                             birth_date=date(2014, 8, 8))
    vault.notes.add(kid.id, text="Huiswerkplanner gemaakt")
    window = QWidget()
    qtbot.addWidget(window)
    asker = DeskAsker(tmp_path)
    changes = []
    menu = PrivacyMenu(window, vault, asker, lambda: kid.id, lambda **kw: changes.append(kw))
    action(menu, "actionAccessReport").trigger()
    qtbot.waitUntil(lambda: bool(asker.passwords), timeout=20000)
    reader = pypdf.PdfReader(tmp_path / "inzage.pdf")
    assert reader.decrypt(asker.passwords[0])
    assert access_report_json(tmp_path / "inzage.pdf", asker.passwords[0])["notes"]
    asker.reasons = ["Bezwaar van de ouders"]
    action(menu, "actionRestrict").trigger()
    assert vault.children.peek(kid.id).restricted
    asker.confirms, asker.reasons = [True], ["Verzoek van de ouders"]
    action(menu, "actionErase").trigger()
    assert asker.typed == ["Ties van Lieshout"]  # the child's name, typed
    qtbot.waitUntil(lambda: bool(changes) and changes[-1] == {"closed": True}, timeout=20000)
    assert vault.children.count() == 0


def test_admin_desk_dialogs(qtbot, vault, clock, tmp_path, dutch):
    asker = DeskAsker(tmp_path)
    users = UsersDialog(vault, asker)
    qtbot.addWidget(users)
    users.name.setText("dirk")
    users.add()
    assert [u.name for u in vault.users.list()] == ["anna", "dirk"]
    assert len(asker.secrets) == 1 and strength(asker.secrets[0], ("dirk",)).acceptable
    users.name.setText("dirk")
    users.add()  # a refusal: no second secret shown, nothing stored
    assert users.message.text() and len(asker.secrets) == 1
    assert len(vault.users.list()) == 2

    settings = SettingsDialog(vault, asker)
    qtbot.addWidget(settings)
    settings.auto_lock.setValue(9)
    settings.backup_dir.setText(str(tmp_path / "back-ups"))
    settings.save()
    assert vault.settings.get().auto_lock_minutes == 9

    audit = AuditDialog(vault)
    qtbot.addWidget(audit)
    assert audit.model.rowCount() > 0
    audit.verify()
    qtbot.waitUntil(lambda: audit.verdict.text().startswith("De keten is intact"),
                    timeout=20000)
    assert audit.model.index(0, 2).data() in {say(catalogue.action(a)) for a in AuditAction}

    kid = vault.children.add(first_name="Oud", last_name="Dossier",
                             birth_date=date(2008, 1, 1), status="closed")
    vault.trajectories.add(kid.id, title="Studie", start_date=date(2015, 1, 1),
                           end_date=date(2020, 1, 1))
    retention = RetentionDialog(vault, asker)
    qtbot.addWidget(retention)
    assert retention.purge_button.isEnabled()
    asker.confirms = [True]
    retention.purge()
    assert asker.typed == ["1"]  # the number of dossiers, typed
    qtbot.waitUntil(lambda: not retention.due, timeout=20000)
    assert vault.children.count() == 0
