"""English: its plurals from plurals_en.qm, and the language from the system locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from casefile import cli
from casefile.catalogue import msg
from casefile.render_text import Words
from casefile.ui.i18n import install_translators, remove_translators

FOUND = "%n note(s) found, the newest first."


def test_english_plurals_in_the_gui(qapp):
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("SearchDialog", FOUND, None, 1) == \
            "1 note found, the newest first."
        assert QCoreApplication.translate("SearchDialog", FOUND, None, 2) == \
            "2 notes found, the newest first."
        assert QCoreApplication.translate("DossierWidget", "%n years", None, 1) == "1 year"
    finally:
        remove_translators(qapp, translators)


def test_english_plurals_for_pdfs_and_the_cli():
    words = Words("en")
    assert words(msg("SearchDialog", FOUND, n=1)) == "1 note found, the newest first."
    assert words(msg("SearchDialog", FOUND, n=3)) == "3 notes found, the newest first."


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "nl_NL.UTF-8"}, "nl"),
    ({"LANG": "nl_BE.UTF-8"}, "nl"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "nl_NL.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "C", "LC_MESSAGES": "nl_NL"}, "nl"),
])
def test_language_follows_the_system_locale(monkeypatch, env, expected):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cli.system_language() == expected


def test_without_locale_variables_qt_reads_the_system(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert cli.system_language() in ("nl", "en")


@pytest.mark.parametrize(("argv", "env", "expected"), [
    ([], "nl_NL.UTF-8", "nl"), ([], "en_US.UTF-8", "en"), (["--lang", "nl"], "en_US", "nl"),
    (["--lang", "en"], "nl_NL", "en")])
def test_the_gui_gets_the_chosen_language(monkeypatch, tmp_path, argv, env, expected):
    import casefile.ui.app as app

    started = []
    monkeypatch.setattr(app, "run_gui", lambda folder, lang: started.append(lang) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", env)
    assert cli.main([*argv, "--vault", str(tmp_path / "v")]) == 0
    assert started == [expected]


def test_english_plurals_file_is_finished_and_compiled(tmp_path):
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from casefile.render_text import TRANSLATIONS

    source = TRANSLATIONS / "plurals_en.ts"
    for message in ET.parse(source).getroot().iter("message"):
        forms = [f.text for f in message.iter("numerusform")]
        assert message.find("translation").get("type") != "unfinished"
        assert len(forms) == 2 and forms[0] != forms[1] and all(forms)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(source), "-qm", str(fresh), "-silent"], check=True)
    assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), "run scripts/i18n"
