"""The first window: create a vault, add a child with a guardian, lock, unlock, auto-lock."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QWidget

from casefile.ui.child_dialog import ChildDialog
from casefile.ui.main_window import ChildrenModel, MainWindow
from gui_support import CANARY, Asker, create_through_gui, make_window
from support import ADMIN, PASSPHRASE


def visible_text(window: QWidget) -> str:
    """Every text the window could show: titles, tool tips, labels, fields, buttons."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        parts += [widget.windowTitle(), widget.toolTip()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            parts += [str(model.index(r, c).data()) for r in range(model.rowCount())
                      for c in range(model.columnCount())]
    return "\n".join(parts)


def test_create_add_lock_unlock(qtbot, tmp_path, clock, secrets, dutch):
    vault_dir = tmp_path / "kluis"
    window = make_window(qtbot, vault_dir, clock, secrets, tmp_path)
    create_through_gui(qtbot, window)
    assert (tmp_path / "casefile-herstelsleutel.pdf").exists()
    workspace = window.workspace
    assert workspace is not None and window.windowTitle() == "Casefile — Praktijk De Leeslamp"
    window.findChild(QWidget, "newChild").click()
    assert workspace.dossier is not None
    assert workspace.dossier.child.first_name == CANARY
    editors = workspace.dossier.overview._editors
    assert editors.add_guardian(window, workspace.dossier.child_id)
    [guardian] = window.vault.guardians.list(workspace.dossier.child_id)
    assert guardian.has_authority
    window.grab().save(str(tmp_path / "main.png"))

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.filter, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None and window.workspace is None
    qtbot.wait(10)
    assert CANARY not in visible_text(window)
    assert window.windowTitle() == "Casefile"

    unlock = window.start
    unlock.passphrase.setText(PASSPHRASE + "!")
    qtbot.mouseClick(unlock.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(unlock.error.text()), timeout=20000)
    assert unlock.error.text() == ("Deze gebruikersnaam en wachtzin openen deze kluis niet.")
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(unlock.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    model = window.workspace.model
    assert model.rowCount() == 1
    assert CANARY in model.index(0, ChildrenModel.NAME).data()


def test_auto_lock_after_idle_time(qtbot, vault, vault_dir, clock, secrets, tmp_path):
    vault.settings.update(auto_lock_minutes=5)
    window = make_window(qtbot, vault_dir, clock, secrets, tmp_path)
    window.unlocked(vault)
    clock.advance(minutes=4)
    window.idle.check()
    assert window.vault is vault
    clock.advance(minutes=1, seconds=1)
    window.idle.check()
    assert window.vault is None and vault.locked


def test_typing_postpones_the_auto_lock(qtbot, vault, vault_dir, clock, secrets, tmp_path):
    vault.settings.update(auto_lock_minutes=5)
    window = make_window(qtbot, vault_dir, clock, secrets, tmp_path)
    window.unlocked(vault)
    clock.advance(minutes=4)
    qtbot.keyClick(window.workspace.filter, Qt.Key.Key_A)  # activity through the app filter
    clock.advance(minutes=4)
    window.idle.check()
    assert window.vault is vault
    clock.advance(minutes=1, seconds=1)
    window.idle.check()
    assert window.vault is None


def test_child_list_model_filters_and_passes_the_model_tester(qtbot, qtmodeltester, vault,
                                                             vault_dir, clock, secrets,
                                                             tmp_path):
    for first, last in (("Sem", "Kramer-Otten"), ("Isa", "Achterberg"), ("Semra", "El Amrani")):
        vault.children.add(first_name=first, last_name=last, birth_date=date(2016, 1, 1))
    window = make_window(qtbot, vault_dir, clock, secrets, tmp_path)
    window.unlocked(vault)
    qtmodeltester.check(window.workspace.model)
    qtbot.keyClicks(window.workspace.filter, "sem")
    names = [window.workspace.proxy.index(r, 0).data()
             for r in range(window.workspace.proxy.rowCount())]
    assert names == ["El Amrani, Semra", "Kramer-Otten, Sem"]
    qtmodeltester.check(window.workspace.proxy)


def test_a_refused_field_is_named_in_dutch(qtbot, vault, dutch):
    dialog = ChildDialog(vault, None)
    qtbot.addWidget(dialog)
    dialog.last_name.setText("Bosma")
    dialog.try_save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == "Vul \u201cVoornaam\u201d in."
    assert vault.children.count("") == 0


def test_enter_opens_and_edit_changes_the_selected_child(qtbot, vault, vault_dir, clock,
                                                         secrets, tmp_path):
    vault.children.add(first_name="Fenna", last_name="Oosterhof", birth_date=date(2015, 3, 9))
    edited = []

    def rename(dialog) -> bool:
        edited.append(dialog)
        dialog.first_name.setText("Femke")
        dialog.try_save()
        return dialog.result() == dialog.DialogCode.Accepted

    window = MainWindow(vault_dir, clock=clock, secrets=secrets, asker=Asker(tmp_path),
                        run_dialog=rename)
    qtbot.addWidget(window)
    window.show()
    window.unlocked(vault)
    workspace = window.workspace
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    workspace.table.setFocus()
    workspace.table.selectRow(0)
    qtbot.keyClick(workspace.table, Qt.Key.Key_Return)
    assert workspace.dossier is not None and workspace.dossier.child.first_name == "Fenna"
    window.findChild(QAction, "actionEditChild").trigger()
    assert len(edited) == 1
    assert workspace.model.index(0, ChildrenModel.NAME).data() == "Oosterhof, Femke"


def test_organisations_address_book_adds_and_edits(qtbot, vault, dutch):
    from casefile.ui.child_dialog import OrganisationDialog, OrganisationsDialog

    def fill(dialog: OrganisationDialog) -> bool:
        dialog.name.setText("OBS De Vlinderboom")
        dialog.contact.setText("Joke Mulder")
        dialog.kind.setCurrentIndex(dialog.kind.findData("school"))
        dialog.try_save()
        return dialog.result() == dialog.DialogCode.Accepted

    book = OrganisationsDialog(vault, fill)
    qtbot.addWidget(book)
    book.add()
    row = book.list.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == ["OBS De Vlinderboom", "School", "Joke Mulder"]
    book.list.itemActivated.emit(row, 0)  # the edit dialog opens with the stored values
    [school] = vault.organisations.list()
    assert school.contact_person == "Joke Mulder"


def test_a_full_disk_during_creation_is_one_sentence(qtbot, tmp_path, clock, secrets, dutch,
                                                     monkeypatch):
    from casefile.errors import DiskFull
    from casefile.vault import Vault

    def full(*args, **kwargs):
        raise DiskFull()

    monkeypatch.setattr(Vault, "create", full)
    window = make_window(qtbot, tmp_path / "kluis", clock, secrets, tmp_path)
    create = window.start
    create.admin.setText(ADMIN)
    create.passphrase.setText(PASSPHRASE)
    create.confirm.setText(PASSPHRASE)
    create.create_vault()
    qtbot.waitUntil(lambda: bool(create.error.text()), timeout=20000)
    assert create.error.text() == "De schijf is vol; er is niets opgeslagen."
    assert window.vault is None and create.pages.currentIndex() == 0


def test_the_list_sorts_by_date_of_birth_not_by_its_text(qtbot, vault, vault_dir, clock,
                                                        secrets, tmp_path):
    for first, born in (("Tess", date(2014, 1, 30)), ("Roos", date(2016, 12, 1)),
                        ("Lieke", date(2015, 6, 15))):
        vault.children.add(first_name=first, last_name="Wijnberg", birth_date=born)
    window = make_window(qtbot, vault_dir, clock, secrets, tmp_path)
    window.unlocked(vault)
    window.workspace.table.sortByColumn(ChildrenModel.BORN, Qt.SortOrder.AscendingOrder)
    proxy = window.workspace.proxy
    assert [proxy.index(r, 0).data() for r in range(3)] == [
        "Wijnberg, Tess", "Wijnberg, Lieke", "Wijnberg, Roos"]
    assert proxy.index(0, ChildrenModel.BORN).data() == "30-01-2014 (12)"


def test_the_list_files_van_dalen_under_d(qtbot, vault, vault_dir, clock, secrets, tmp_path):
    for first, last in (("Isa", "van Dalen"), ("Milan", "ter Haar"), ("Noor", "Bakker"),
                        ("Sem", "El Amrani"), ("Lotte", "Eijk")):
        vault.children.add(first_name=first, last_name=last, birth_date=date(2016, 1, 1))
    window = make_window(qtbot, vault_dir, clock, secrets, tmp_path)
    window.unlocked(vault)
    proxy = window.workspace.proxy
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Bakker, Noor", "van Dalen, Isa", "Eijk, Lotte", "El Amrani, Sem", "ter Haar, Milan"]
