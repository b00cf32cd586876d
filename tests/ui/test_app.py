"""run_gui: the application's name, Dutch by default, the create-vault flow on an empty
folder, and the translators gone again when the loop ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from casefile.ui.app import run_gui


def test_run_gui_starts_in_dutch_and_returns_the_exit_code(qapp, tmp_path, clock, secrets):
    seen = {}

    def look_and_quit() -> None:
        window = QApplication.instance().main_window
        seen["title"] = window.windowTitle()
        seen["texts"] = [label.text() for label in window.findChildren(QLabel)]
        QApplication.instance().exit(0)

    QTimer.singleShot(0, look_and_quit)
    assert run_gui(tmp_path / "nieuw", clock=clock, secrets=secrets) == 0
    assert QCoreApplication.applicationName() == "Casefile"
    assert seen["title"] == "Casefile"
    assert "Kluis aanmaken" in seen["texts"]
    assert QCoreApplication.translate("UnlockWidget", "Unlock") == "Unlock"  # removed again
    QApplication.instance().main_window.close()


def test_the_imports_are_left_out_of_the_cyclic_collector_once(monkeypatch):
    import gc

    from casefile.ui import app

    frozen: list[int] = []
    monkeypatch.setattr(app, "_frozen", False)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    app.freeze_imports()
    app.freeze_imports()
    assert frozen == [1]
