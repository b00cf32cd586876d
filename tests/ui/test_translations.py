"""Dutch is complete, and the compiled .qm files are what the .ts sources say."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from casefile.ui.i18n import TRANSLATIONS

SOURCES = sorted(TRANSLATIONS.glob("*_nl.ts"))


def test_every_area_has_dutch():
    assert {p.stem for p in SOURCES} >= {"core_nl", "dossier_nl", "consent_nl", "admin_nl",
                                         "catalogue_nl"}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_no_unfinished_or_empty_translation(source: Path):
    for message in ET.parse(source).getroot().iter("message"):
        translation = message.find("translation")
        text = "".join(translation.itertext())
        assert translation.get("type") != "unfinished", message.find("source").text
        assert text.strip(), message.find("source").text


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_source_has_its_compiled_file(source: Path):
    assert source.with_suffix(".qm").stat().st_size > 0


def test_core_and_catalogue_translate_the_lock_screen():
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "core_nl.qm"))
    assert translator.translate("UnlockWidget", "Casefile is locked") == \
        "Casefile is vergrendeld"
    catalogue = QTranslator()
    assert catalogue.load(str(TRANSLATIONS / "catalogue_nl.qm"))
    assert catalogue.translate("Messages", "Fill in “%1”.") == "Vul “%1” in."


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_compiled_file_is_current(source: Path, tmp_path: Path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(source), "-qm", str(fresh), "-silent"], check=True)
    assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), \
        "run scripts/i18n and commit the .qm"


def test_interface_speaks_dutch(dutch):
    assert QCoreApplication.translate("UnlockWidget", "Unlock") == "Ontgrendelen"
    assert QCoreApplication.translate("Consent", "Withdrawn") == "Ingetrokken"


def test_every_file_with_interface_text_belongs_to_an_area():
    """A new UI file left out of scripts/i18n would stay English without any test noticing."""
    root = Path(__file__).resolve().parents[2]
    listed = (root / "scripts" / "i18n").read_text()
    for path in sorted((root / "casefile" / "ui").glob("*.py")):
        text = path.read_text()
        if "tr(\"" in text or "QT_TRANSLATE_NOOP(" in text:
            assert f"$ui/{path.name}" in listed, f"{path.name} is in no area of scripts/i18n"


def test_every_audit_action_and_enum_value_is_shown_in_dutch(dutch):
    from casefile import catalogue
    from casefile.model import AuditAction, Category, GuidanceStatus, Role, Sensitivity
    from casefile.render_text import say

    for action in AuditAction:
        shown = say(catalogue.action(action))
        assert shown != action.value and shown != catalogue.AUDIT_ACTIONS[action.value], action
    for enum in (Category, GuidanceStatus, Role, Sensitivity):
        for value in enum:
            shown = say(catalogue.label(value))
            assert isinstance(catalogue.label(value), catalogue.Msg) and shown != value.value, \
                value
    assert say(catalogue.label(True)) == "ja"


def test_the_code_and_the_ts_sources_hold_the_same_sentences(tmp_path: Path):
    """A tr() text changed in the code without its Dutch fails here: lupdate run afresh
    over each area must find exactly the sources the committed .ts holds."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    root = TRANSLATIONS.parents[2]
    areas = _areas(root / "scripts" / "i18n")
    for area, files in areas.items():
        fresh = tmp_path / f"{area}.ts"
        subprocess.run([lupdate, *files, "-ts", str(fresh), "-silent"], check=True, cwd=root)
        assert _sources(fresh) == _sources(TRANSLATIONS / f"{area}_nl.ts"), \
            f"{area}: run scripts/i18n, translate what is new and commit the .ts and .qm"


def _areas(script: Path) -> dict[str, list[str]]:
    import re

    text = script.read_text()
    ui = "casefile/ui"
    return {m.group(1): m.group(2).replace("$ui", ui).split()
            for m in re.finditer(r'\[(\w+)\]="([^"]*)"', text)}


def _sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
            for m in c.iter("message")}


def test_qt_own_dialogs_speak_dutch(qtbot, dutch):
    """Qt's standard buttons and file dialog come from qtbase_nl.qm in PySide6's own
    translations folder, loaded beside ours."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Casefile", "?",
                      buttons.Ok | buttons.Cancel | buttons.Yes | buttons.No)
    qtbot.addWidget(box)
    assert [box.button(b).text().replace("&", "") for b in
            (buttons.Cancel, buttons.Yes, buttons.No)] == ["Annuleren", "Ja", "Nee"]
    dialog = QFileDialog(None, "Casefile")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {b.text().replace("&", "") for b in dialog.findChild(QDialogButtonBox).buttons()}
    assert texts == {"Openen", "Annuleren"}


WORDS_TO_REWRITE = ("(s)", "Diens ", "Overdrachtsdossier", "ewerken", "Er verdwijnen",
                    "(en)")


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_dutch_reads_as_dutch(source: Path):
    """No "dossier(s)" or "Er verdwijnen 1 gegevens": a count is a %n plural with a form
    per number; one term for one thing (Overdrachtspakket, Gegevens van het kind wijzigen)."""
    for message in ET.parse(source).getroot().iter("message"):
        text = "".join(message.find("translation").itertext())
        for phrase in WORDS_TO_REWRITE:
            assert phrase not in text, (message.findtext("source"), text)
        if "(s)" in message.findtext("source"):
            assert message.get("numerus") == "yes", message.findtext("source")


@pytest.mark.parametrize("n,expected", [(1, "Van 1 dossier is de bewaartermijn nu verstreken."),
                                        (3, "Van 3 dossiers is de bewaartermijn nu verstreken.")])
def test_counts_take_the_dutch_plural(dutch, n, expected):
    from casefile import catalogue
    from casefile.render_text import Words

    assert QCoreApplication.translate("RetentionDialog", "%n dossier(s) are due for deletion "
                                      "now.", "", n) == expected
    pdf = catalogue.PdfText(Words("nl"))
    assert pdf.count("items_count", 1) == "1 onderdeel"
    assert pdf.count("items_count", 2) == "2 onderdelen"
    assert catalogue.PdfText(Words("en")).count("items_count", 1) == "1 item"
    assert Words("nl")(catalogue.cli_msg("restored", "/tmp/x", n=1)) == \
        "Teruggezet in /tmp/x (1 dossier)."
