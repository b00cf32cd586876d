"""The diagnostics log holds codes, timings and frames, never what a counsellor typed: a
scripted session writes canaries (a child's name, note text, the passphrase, a file name)
and the log is searched for them."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from casefile import diagnostics
from casefile.ui.app import gui_excepthook
from gui_support import CANARY, create_through_gui, make_window
from support import PASSPHRASE

NOTE_CANARY = "Zwerfkatje-onder-de-trap"
FILE_CANARY = "verslag-Wobbeltje-2026.pdf"


def fail_with_personal_data(name: str) -> None:
    note = f"{name} schreef {NOTE_CANARY}"  # a local the trace must not show
    raise RuntimeError(f"cannot save {note} with {PASSPHRASE}") from OSError(
        2, "No such file", f"/home/anna/{name}/{FILE_CANARY}")


def read_logs(folder) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.log*")))


def test_a_whole_session_leaves_no_personal_data_in_the_log(qtbot, tmp_path, clock, secrets,
                                                            dutch):
    logs = tmp_path / "logs"
    assert diagnostics.setup_logging(debug=True, folder=logs) is not None
    try:
        window = make_window(qtbot, tmp_path / "kluis", clock, secrets, tmp_path)
        create_through_gui(qtbot, window)
        window.findChild(QWidget, "newChild").click()
        dossier = window.workspace.dossier
        dossier.new_note()
        qtbot.keyClicks(dossier.notes.editor.text, NOTE_CANARY)
        dossier.flush()
        assert window.vault.notes.list(dossier.child_id)[0].text == NOTE_CANARY

        window.lock()
        unlock = window.start
        unlock.passphrase.setText(PASSPHRASE + "!")
        qtbot.mouseClick(unlock.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(unlock.error.text()), timeout=20000)

        try:
            fail_with_personal_data(CANARY)
        except RuntimeError as exc:
            box = gui_excepthook(type(exc), exc, exc.__traceback__)
        assert box.isVisible() and box.text().startswith("Er ging iets onverwachts mis")
        box.close()
    finally:
        for handler in diagnostics.log.handlers:
            handler.flush()
        text = read_logs(logs)
        diagnostics.setup_logging()
        logging.getLogger("casefile").debug("back to the session's log")

    for canary in (CANARY, NOTE_CANARY, PASSPHRASE, FILE_CANARY, "Leeslamp", "anna/"):
        assert canary.lower() not in text.lower(), canary
    assert "sentence shown for code=wrong_passphrase" in text
    assert "unexpected error in gui" in text
    assert "in fail_with_personal_data" in text and "builtins.RuntimeError" in text
    assert "builtins.FileNotFoundError errno=2" in text  # the cause, without its file name


def test_a_casefile_error_no_screen_caught_says_its_own_sentence(qtbot):
    """The practice server away under a screen that did not catch it: its sentence, not
    "unexpected" (which would send a counsellor looking for a fault)."""
    from casefile.errors import ServerUnreachable
    from casefile.ui.messages import message_for

    exc = ServerUnreachable()
    box = gui_excepthook(type(exc), exc, None)
    assert box.text() == message_for(exc) != message_for("unexpected")
    box.close()
