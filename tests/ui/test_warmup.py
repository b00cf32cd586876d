"""The lock screen warms up what the first dossier would otherwise do on the GUI thread
(casefile/ui/warmup.py, issue 13): scheduled once, after the screen is shown, in steps."""

from __future__ import annotations

import pytest

from casefile.ui import warmup
from casefile.ui.main_window import MainWindow


@pytest.fixture
def fresh(monkeypatch):
    """As in a new process: nothing scheduled yet."""
    monkeypatch.setattr(warmup, "_scheduled", False)
    monkeypatch.setattr(warmup, "_steps", [])
    return warmup


def test_the_steps_run_later_one_per_turn_and_only_once(qtbot, fresh) -> None:
    fresh.warm_up_later(delay_ms=0)
    assert fresh.pending() == len(fresh.MODULES) + 1  # nothing ran inside the call
    qtbot.waitUntil(lambda: fresh.pending() == 0, timeout=5000)
    fresh.warm_up_later(delay_ms=0)
    assert fresh.pending() == 0  # the second call of the process schedules nothing


def test_a_failing_step_does_not_break_the_rest(qtbot, fresh, monkeypatch) -> None:
    monkeypatch.setattr(fresh, "MODULES", ("casefile.no_such_module", "casefile.ui.dossier"))
    fresh.warm_up_later(delay_ms=0)
    qtbot.waitUntil(lambda: fresh.pending() == 0, timeout=5000)


def test_the_lock_screen_schedules_it(qtbot, fresh, vault, vault_dir, clock, secrets) -> None:
    vault.lock()
    window = MainWindow(vault_dir, clock=clock, secrets=secrets)
    qtbot.addWidget(window)
    assert fresh.pending() > 0
    qtbot.waitUntil(lambda: fresh.pending() == 0, timeout=5000)
