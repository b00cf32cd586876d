"""The audit log, the change history and the dossier log in Dutch words: names instead of
ids, flags as ja/nee, a child picker by name, and the log saved as CSV and PDF for the
privacy officer through the export door (admin only, audited)."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from casefile.errors import NotPermitted
from casefile.model import AuditAction
from casefile.ui.admin import AuditDialog
from casefile.ui.log_tab import LogTab
from casefile.ui.privacy import HistoryDialog
from gui_support import DeskAsker
from support import ADMIN

CODES = ("lift_restriction", "restrict", "school_id", "child ·", "0->1", "->", "True",
         "ok", "failed")


def _practice(vault):
    school = vault.organisations.add(name="OBS De Regenboog")
    other = vault.organisations.add(name="CBS Het Kompas")
    kid = vault.children.add(first_name="Sanne", last_name="Visser",
                             birth_date=date(2016, 5, 4), school_id=school.id)
    vault.children.update(kid.id, school_id=other.id, reason="verhuisd")
    vault.rights.restrict(kid.id, reason="ouder vraagt om beperking")
    vault.rights.lift_restriction(kid.id, reason="bezwaar afgehandeld")
    return kid


def _cells(model) -> list[str]:
    return [model.index(r, c).data() or "" for r in range(model.rowCount())
            for c in range(model.columnCount())]


def test_change_history_speaks_dutch_with_names(qtbot, vault, dutch):
    kid = _practice(vault)
    dialog = HistoryDialog(vault, kid.id)
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(6)]
            for r in range(dialog.model.rowCount())]
    assert ["Kind: school", "OBS De Regenboog", "CBS Het Kompas", "verhuisd"] in \
        [r[2:] for r in rows]
    assert ["Kind: beperkt", "ja", "nee", "bezwaar afgehandeld"] in [r[2:] for r in rows]
    assert all(r[1] == ADMIN for r in rows)
    dialog.resize(900, 300)
    dialog.grab().save("/tmp/words-history.png")
    for cell in _cells(dialog.model):
        assert not any(code in cell for code in ("school_id", "child ·", "restricted")), cell


def test_audit_log_names_the_child_and_filters_by_name(qtbot, vault, tmp_path, dutch):
    kid = _practice(vault)
    vault.children.add(first_name="Bram", last_name="de Wit", birth_date=date(2015, 1, 2))
    dialog = AuditDialog(vault, None, DeskAsker(tmp_path))
    qtbot.addWidget(dialog)
    names = [dialog.child.itemText(i) for i in range(dialog.child.count())]
    assert names == ["elk kind", "Bram de Wit", "Sanne Visser"]
    dialog.child.setCurrentIndex(names.index("Sanne Visser"))
    assert {dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())} == \
        {"Sanne Visser"}
    cells = _cells(dialog.model)
    assert "het dossier van Sanne Visser" in cells and "gelukt" in cells
    dialog.child.setCurrentIndex(0)
    everything = _cells(dialog.model)
    assert "de kluis" in everything and "organisatie OBS De Regenboog" in everything
    assert not [c for c in everything if c.startswith("de kluis ")]  # no uuid
    dialog.child.setCurrentIndex(names.index("Sanne Visser"))
    assert "beperking opgeheven" in cells
    for cell in cells:
        assert cell not in CODES and str(kid.id) != cell, cell
    dialog.action.setCurrentIndex(dialog.action.findData(AuditAction.RESTRICT.value))
    assert dialog.model.rowCount() == 1
    dialog.action.setCurrentIndex(0)
    dialog.resize(1100, 420)
    dialog.grab().save("/tmp/words-audit.png")


def test_dossier_log_names_the_school(qtbot, vault, dutch):
    kid = _practice(vault)
    tab = LogTab(vault, kid.id)
    qtbot.addWidget(tab)
    tab.refresh()
    cells = _cells(tab.model)
    assert "beperking opgeheven" in cells and "het dossier" in cells
    assert not [c for c in cells if c in CODES]
    tab.resize(800, 400)
    tab.grab().save("/tmp/words-dossier-log.png")


def test_audit_log_saved_as_csv_and_pdf(qtbot, vault, tmp_path, dutch):
    kid = _practice(vault)
    asker = DeskAsker(tmp_path)
    dialog = AuditDialog(vault, None, asker)
    qtbot.addWidget(dialog)
    for fmt in ("csv", "pdf"):
        dialog.save(fmt)
        qtbot.waitUntil(lambda: not dialog.job.running, timeout=20000)
        path = tmp_path / f"auditlog.{fmt}"
        assert path.exists() and stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert "opgeslagen" in dialog.verdict.text()
    text = (tmp_path / "auditlog.csv").read_text(encoding="utf-8-sig")
    header, *lines = text.splitlines()
    assert header == "Wanneer;Wie;Wat;Waarop;Kind;Resultaat"
    assert any("het dossier van Sanne Visser" in line and "beperking opgeheven" in line
               for line in lines)
    assert "lift_restriction" not in text and ";ok" not in text
    assert (tmp_path / "auditlog.pdf").read_bytes().startswith(b"%PDF")
    saved = vault.rights.audit_events(action=AuditAction.EXPORT_AUDIT_LOG.value)
    assert [e.object_type for e in saved] == ["audit_log", "audit_log"]
    assert kid.id  # the child is named in the file, never in the event's details
    assert all("Sanne" not in str(e.details) for e in saved)


def test_counsellor_cannot_save_the_audit_log(vault, reopen, tmp_path):
    vault.users.add("cor", role="counsellor", temporary_passphrase="gewone-gebruiker-Cor-2026")
    vault.lock()
    with reopen("cor", "gewone-gebruiker-Cor-2026") as cor, pytest.raises(NotPermitted):
        cor.rights.export_audit_log(tmp_path / "log.csv", "csv")
    assert not (tmp_path / "log.csv").exists()


def test_a_spreadsheet_formula_is_not_run():
    import csv

    from casefile import log_rows

    data = log_rows.as_csv(str, ["a"], [["=HYPERLINK(\"x\")"], ["-1"], ["plain"]])
    cells = [row[0] for row in csv.reader(data.decode("utf-8-sig").splitlines()[1:],
                                          delimiter=";")]
    assert cells == ["'=HYPERLINK(\"x\")", "'-1", "plain"]
