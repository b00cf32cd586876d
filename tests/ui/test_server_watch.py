"""On a practice server the window shows what another computer changed without being asked
(casefile/notices.py, casefile/ui/server_watch.py): a child added there appears in the
list here, a consent recorded or withdrawn there shows in the consent tab here, and an
open export wizard checks its items again and says why."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from casefile.model import Category, ChildListing, Role
from casefile.notices import Notices
from casefile.ui.main_window import Workspace
from casefile.ui.server_watch import ServerWatch
from casefile.vault import Vault
from gui_support import Asker, accept_filled
from support import ADMIN, COUNSELLOR, PASSPHRASE


@pytest.fixture
def two_computers(pg_empty_database, clock, secrets):
    here = Vault.create(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                        secrets=secrets, practice_name="Praktijk De Leeslamp")
    kid = here.children.add(first_name="Fenna", last_name="Brinkman",
                            birth_date=date(2017, 6, 1))
    mum = here.guardians.add(kid.id, name="Ingrid Brinkman", has_authority=True)
    school = here.organisations.add(name="OBS Het Kompas", kind="school")
    here.settings.update(consent_policy="one")
    here.notes.finalise(here.notes.add(kid.id, text="Leest groep 5 niveau.").id)
    here.notes.finalise(here.notes.add(kid.id, text="Spelling gaat vooruit.").id)
    here.context.add_server_user(COUNSELLOR, Role.ADMIN, PASSPHRASE)
    there = Vault.open(pg_empty_database, user=COUNSELLOR, passphrase=PASSPHRASE,
                       clock=clock, secrets=secrets)
    yield here, there, kid, mum, school
    there.lock()
    here.lock()


def consent(vault, kid, mum, school):
    return vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap naar groep 6",
        categories={Category.IDENTITY, Category.SESSION_NOTES}, given_by=[mum.id],
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))


def workspace(qtbot, tmp_path, vault) -> Workspace:
    ws = Workspace(vault, Asker(tmp_path), accept_filled)
    qtbot.addWidget(ws)
    ws.show()
    return ws


def names(ws: Workspace) -> list[str]:
    return [f"{c.last_name}, {c.first_name}" for c in ws.model._rows]


def test_a_child_added_on_another_computer_appears_and_the_choice_stays(
        qtbot, tmp_path, two_computers):
    here, there, kid, _mum, _school = two_computers
    ws = workspace(qtbot, tmp_path, here)
    ws.table.selectRow(0)
    assert names(ws) == ["Brinkman, Fenna"]
    there.children.add(first_name="Ahmed", last_name="Aydın", birth_date=date(2016, 2, 2))
    qtbot.waitUntil(lambda: len(names(ws)) == 2, timeout=5000)
    assert names(ws) == ["Aydın, Ahmed", "Brinkman, Fenna"]
    assert ws.selected_child() == kid.id  # the row moved down; the choice went with it

    # the open dossier's header reads a change made there
    ws.open_dossier(kid.id)
    there.children.update(kid.id, school_group="6", reason="Nieuw schooljaar")
    qtbot.waitUntil(lambda: "group 6" in ws.dossier.details_label.text(), timeout=5000)


def test_a_consent_recorded_and_withdrawn_elsewhere_shows_in_the_open_dossier(
        qtbot, tmp_path, two_computers):
    here, there, kid, mum, school = two_computers
    ws = workspace(qtbot, tmp_path, here)
    ws.open_dossier(kid.id)
    tab = ws.dossier.consent
    assert tab.model.rowCount() == 0
    given = consent(there, kid, mum, school)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)

    ws.dossier.disclosures.export()
    wizard = ws.dossier.disclosures.wizard
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.create_button.isEnabled()
    # the counsellor unticks one report: a check after a change elsewhere keeps that choice
    model = wizard.model
    note = next(i for i, d in enumerate(model._rows) if d.item.key.startswith("note:"))
    model.setData(model.index(note, 0), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    chosen = model.chosen()
    there.children.update(kid.id, school_group="6", reason="Nieuw schooljaar")
    qtbot.waitUntil(lambda: "group 6" in ws.dossier.details_label.text(), timeout=5000)
    assert model.chosen() == chosen  # a child's change is not a consent's: no re-check
    assert not wizard.changed_notice.isVisible()
    second = consent(there, kid, mum, school)
    qtbot.waitUntil(wizard.changed_notice.isVisible, timeout=5000)
    assert model.chosen() == chosen and model._rows[note].item.key not in chosen

    there.consents.withdraw(given.id, by=mum.id, reason="Bedacht")
    there.consents.withdraw(second.id, by=mum.id, reason="Bedacht")
    qtbot.waitUntil(lambda: not wizard.create_button.isEnabled(), timeout=5000)
    assert wizard.changed_notice.text() == (
        "This dossier changed on another computer; the items were checked again.")
    assert model.chosen() == []
    wizard.grab().save("/tmp/server-watch-wizard.png")  # to look at: the wording, the room
    qtbot.waitUntil(lambda: {v.state for v in tab.model._rows} == {"withdrawn"}, timeout=5000)


def test_this_computers_own_changes_are_not_notices(two_computers):
    """The window already shows what it did; only other connections' changes count."""
    here, there, kid, mum, school = two_computers
    notices = Notices.of(here)
    assert notices.socket() is not None
    consent(here, kid, mum, school)
    here.children.add(first_name="Ahmed", last_name="Aydın", birth_date=date(2016, 2, 2))
    assert not notices.take()
    consent(there, kid, mum, school)
    taken = notices.take()
    assert taken.dossiers == {kid.id} and not taken.children


def test_a_vault_on_this_computer_has_no_watch(qtbot, tmp_path, vault):
    assert ServerWatch.of(vault) is None
    assert workspace(qtbot, tmp_path, vault).watch is None


def test_a_parent_a_caseload_and_a_note_saved_elsewhere_show_here(
        qtbot, tmp_path, two_computers, pg_empty_database, clock, secrets):
    """The open dossier's overview and notes list, and a counsellor's child list when an
    administrator puts the child on their caseload, follow what another computer saves;
    the note being typed here stays as it is."""
    here, there, kid, _mum, _school = two_computers
    ws = workspace(qtbot, tmp_path, here)
    ws.open_dossier(kid.id)
    notes = ws.dossier.notes
    notes.new_note()
    notes.editor.text.setPlainText("Hier half getypt.")
    rows = notes.model.rowCount()
    there.guardians.add(kid.id, name="Koen Brinkman", has_authority=True)
    qtbot.waitUntil(lambda: "Koen Brinkman" in " ".join(
        w.text() for w in ws.dossier.overview.findChildren(QLabel)), timeout=5000)
    there.notes.add(kid.id, text="Daar geschreven.")
    qtbot.waitUntil(lambda: notes.model.rowCount() == rows + 1, timeout=5000)
    assert notes.editor.text.toPlainText() == "Hier half getypt." and notes.editor.note is None

    here.context.add_server_user("cora", Role.COUNSELLOR, PASSPHRASE)
    with Vault.open(pg_empty_database, user="cora", passphrase=PASSPHRASE, clock=clock,
                    secrets=secrets) as cora:
        theirs = workspace(qtbot, tmp_path, cora)
        assert isinstance(theirs.model._rows[0], ChildListing)  # not on her caseload
        there.caseload.add(kid.id, cora.user.id, reason="Nieuwe begeleider")
        qtbot.waitUntil(lambda: not isinstance(theirs.model._rows[0], ChildListing),
                        timeout=5000)
        theirs.stop_watching()


def test_back_after_the_server_was_away_the_window_reads_again(qtbot, tmp_path,
                                                                two_computers):
    """What another computer saved while this one's connection was gone sent no notice
    here: once the server answers again the window connects and reads the list again,
    and hears the next change."""
    here, there, _kid, _mum, _school = two_computers
    ws = workspace(qtbot, tmp_path, here)
    here.context.db().pg.close()  # as when the server drops it
    there.children.add(first_name="Ahmed", last_name="Aydın", birth_date=date(2016, 2, 2))
    ws.watch.arm()  # what its timer does every few seconds: looks, on a thread of its own
    qtbot.waitUntil(lambda: len(names(ws)) == 2, timeout=10000)
    there.children.add(first_name="Sem", last_name="Jansen", birth_date=date(2015, 5, 5))
    qtbot.waitUntil(lambda: len(names(ws)) == 3, timeout=5000)

    # reconnected by something else (a note saved): the next look reads again too
    here.context.db().pg.close()
    there.children.add(first_name="Noor", last_name="de Vries", birth_date=date(2014, 3, 3))
    here.users.list()  # any call reconnects
    ws.watch.arm()
    qtbot.waitUntil(lambda: len(names(ws)) == 4, timeout=5000)


def test_who_else_edits_the_open_dossier_shows_when_their_notice_arrives(
        qtbot, tmp_path, two_computers):
    from casefile.presence import Presence

    here, there, kid, _mum, _school = two_computers
    ws = workspace(qtbot, tmp_path, here)
    ws.open_dossier(kid.id)
    editor = ws.dossier.notes.editor
    editor.presence_timer.stop()  # not its own look every 10 s: the notice wakes it
    Presence.of(there).announce(kid.id)
    qtbot.waitUntil(lambda: editor.others.isVisibleTo(editor), timeout=5000)
    assert editor.others.text() == f"Also working in this dossier now: {COUNSELLOR}"
