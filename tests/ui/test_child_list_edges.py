"""Edges of the child list: whole names typed into the filter, a lock while a dialog is open."""

from __future__ import annotations

from datetime import date

import pytest

from casefile.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, vault, vault_dir, clock, secrets):
    for first, last in (("Sem", "Kramer-Otten"), ("Isa", "van Dalen"), ("Semra", "El Amrani")):
        vault.children.add(first_name=first, last_name=last, birth_date=date(2016, 1, 1))
    window = MainWindow(vault_dir, clock=clock, secrets=secrets)
    qtbot.addWidget(window)
    window.unlocked(vault)
    return window


@pytest.mark.parametrize(("typed", "shown"), [
    ("van Dalen", ["van Dalen, Isa"]),
    ("isa van", ["van Dalen, Isa"]),
    ("Kramer-Otten", ["Kramer-Otten, Sem"]),
    ("sem kramer", ["Kramer-Otten, Sem"]),
    ("el amrani", ["El Amrani, Semra"]),
    ("sem", ["El Amrani, Semra", "Kramer-Otten, Sem"]),
])
def test_a_name_with_a_space_or_hyphen_stays_in_the_list(qtbot, window, typed, shown):
    workspace = window.workspace
    qtbot.keyClicks(workspace.filter, typed)
    proxy = workspace.proxy
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == shown


def test_auto_lock_while_the_address_book_is_open_leaves_the_lock_screen(window):
    def lock_meanwhile(dialog) -> bool:
        window.lock()  # what the idle timer does inside the dialog's own event loop
        return False

    window.run_dialog = lock_meanwhile
    window.organisations()
    assert window.vault is None and window.workspace is None
    assert window.windowTitle() == "Casefile"


def test_a_shorter_idle_limit_counts_at_once(window, vault, clock):
    vault.settings.update(auto_lock_minutes=2)  # as the settings dialog saves it
    clock.advance(minutes=2, seconds=1)
    window.idle.check()
    assert window.vault is None and vault.locked


def test_the_keyboard_lands_where_typing_starts(qtbot, window, qapp):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workspace.filter.clearFocus()
    window.lock()
    qtbot.waitUntil(lambda: qapp.focusWidget() is window.start.passphrase)
    window.unlocked(_reopen(window))
    qtbot.waitUntil(lambda: qapp.focusWidget() is window.workspace.filter)


def _reopen(window):
    from casefile.vault import Vault
    from support import ADMIN, PASSPHRASE

    return Vault.open(window.vault_dir, user=ADMIN, passphrase=PASSPHRASE, clock=window.clock,
                      secrets=window.secrets)
