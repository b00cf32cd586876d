"""A packet made on the worker holds the write lock only for its brief last step: a note
saved on the GUI thread meanwhile returns at once, and a withdrawal or a changed item
recorded between rendering and recording stops the packet without leaving anything."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from casefile import Category
from casefile.errors import ConsentRequired, PacketChanged
from casefile.ui.jobs import Job, on_own_connection


@pytest.fixture
def dossier(vault):
    kid = vault.children.add(first_name="Sem", last_name="Verbruggen",
                             birth_date=date(2017, 5, 4))
    mum = vault.guardians.add(kid.id, name="Ilse Verbruggen", has_authority=True)
    school = vault.organisations.add(name="Basisschool Het Kompas", kind="school")
    note = vault.notes.finalise(vault.notes.add(kid.id, text="Leest vlot voor.").id)
    consent = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
        categories={Category.SESSION_NOTES}, given_by=[mum.id], method="written",
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    draft = vault.notes.add(kid.id, text="Concept")
    return kid, school, note, consent, draft


class Pause:
    """A progress callback that stops the worker at step `at` until the test lets it go."""

    def __init__(self, at: int) -> None:
        self.at, self.reached, self.go = at, threading.Event(), threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if done == self.at:
            self.reached.set()
            assert self.go.wait(20)


def start_packet(qtbot, vault, kid, school, out, pause):
    results = []
    job = Job(None, "…", on_own_connection(vault, lambda s, control: s.packets.create(
        kid.id, school.id, out, progress=pause)), results.append, results.append)
    assert pause.reached.wait(20)
    return job, results


@pytest.mark.parametrize("step", [1, 2], ids=["after gathering", "after rendering"])
def test_a_gui_save_during_a_packet_job_returns_at_once(qtbot, vault, dossier, tmp_path,
                                                        step):
    kid, school, _, _, draft = dossier
    pause = Pause(step)
    _job, results = start_packet(qtbot, vault, kid, school, tmp_path / "p.pdf", pause)
    started = time.monotonic()
    vault.notes.save_draft(draft.id, text="Concept, bijgewerkt tijdens het pakket")
    took = time.monotonic() - started
    pause.go.set()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert took < 0.1, f"the save waited {took:.3f} s for the packet job"
    assert results[0].path.exists()


def test_a_withdrawal_while_rendering_stops_the_packet(qtbot, vault, dossier, tmp_path):
    kid, school, _, consent, _ = dossier
    pause = Pause(2)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "p.pdf"
    _job, results = start_packet(qtbot, vault, kid, school, out, pause)
    vault.consents.withdraw(consent.id, reason="Ouder trekt in")
    pause.go.set()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert isinstance(results[0], ConsentRequired)
    assert list(out.parent.iterdir()) == []  # no packet, no temp file
    assert vault.packets.disclosures(kid.id) == []


def test_an_item_changed_while_rendering_stops_the_packet(qtbot, vault, dossier, tmp_path):
    kid, school, note, _, _ = dossier
    pause = Pause(2)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "p.pdf"
    _job, results = start_packet(qtbot, vault, kid, school, out, pause)
    vault.notes.amend(note.id, text="Leest vlot voor, ook hardop.", reason="aanvulling")
    pause.go.set()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert isinstance(results[0], PacketChanged)
    assert list(out.parent.iterdir()) == []
    assert vault.packets.disclosures(kid.id) == []
