"""The dossier flow a counsellor walks: write a note (autosave), finalise, amend with a reason,
see the history, find it by search (in the dossier and with Ctrl+F), import a document and
preview it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from casefile.ui.document_import import ImportDetails
from casefile.ui.documents_tab import DocumentsModel
from casefile.ui.dossier import DossierWidget
from casefile.ui.notes_tab import NotesModel
from casefile.ui.search_dialog import HTML_ROLE, SearchDialog, SearchResultsModel


class ScriptedAsker:
    """Answers the dossier's questions from lists the test fills; records what it was told."""

    def __init__(self) -> None:
        self.reasons: list[str | None] = []
        self.confirms: list[bool] = []
        self.save_paths: list[Path | None] = []
        self.told: list[str] = []
        self.asked: list[str] = []

    def reason(self, parent, title, prompt):
        self.asked.append(prompt)
        return self.reasons.pop(0)

    def confirm(self, parent, title, text):
        self.asked.append(text)
        return self.confirms.pop(0)

    def save_path(self, parent, title, suggested):
        self.asked.append(suggested)
        return self.save_paths.pop(0)

    def open_paths(self, parent, title):
        return []

    def inform(self, parent, title, text):
        self.told.append(text)

    def warn(self, parent, title, text):
        self.told.append(text)

    def document_details(self, parent, names, organisations, today):
        return ImportDetails(received_on=today)


@pytest.fixture
def kid(vault):
    return vault.children.add(first_name="Fenna", last_name="Kloosterboer",
                              birth_date=date(2015, 11, 3), school_group="6")


@pytest.fixture
def asker():
    return ScriptedAsker()


@pytest.fixture
def timer():
    t = QTimer()
    t.setInterval(3_600_000)  # never on its own: the test fires it
    return t


@pytest.fixture
def dossier(qtbot, vault, kid, asker, timer):
    widget = DossierWidget(vault, kid.id, asker=asker, autosave_timer=timer)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_note(qtbot, dossier, text: str):
    dossier.new_note()
    editor = dossier.notes.editor
    qtbot.keyClicks(editor.text, text)
    return editor


def test_write_autosave_finalise_amend_history(qtbot, vault, kid, dossier, asker, timer):
    editor = _type_note(qtbot, dossier, "Oefende met spelling; ging goed")
    assert timer.isActive() and vault.notes.list(kid.id) == []
    timer.timeout.emit()  # the pause in typing
    drafts = vault.notes.list(kid.id)
    assert [n.text for n in drafts] == ["Oefende met spelling; ging goed"]
    assert not drafts[0].finalised and dossier.notes.model.rowCount() == 1
    qtbot.keyClicks(editor.text, ".")
    dossier.flush()  # what the main window calls before it locks
    assert vault.notes.list(kid.id)[0].text.endswith("goed.")

    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert vault.notes.list(kid.id)[0].finalised
    assert editor.text.isReadOnly() and editor.amend_button.isVisibleTo(editor)

    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    editor.text.setPlainText("Oefende met spelling en dictee; ging goed.")
    asker.reasons.append("Dictee vergeten te noemen")
    qtbot.mouseClick(editor.save_amend_button, Qt.MouseButton.LeftButton)
    note = vault.notes.list(kid.id)[0]
    assert note.version == 2 and "dictee" in note.text

    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    history = editor.history_dialog
    qtbot.addWidget(history)
    model = history.model
    assert model.rowCount() == 2
    assert model.data(model.index(1, model.COL_REASON)) == "Dictee vergeten te noemen"
    assert model.data(model.index(1, model.COL_WHO)) == "anna"
    assert "dictee" in history.text.toPlainText()  # the newest version is selected


def test_ctrl_n_starts_a_note_and_empty_cannot_be_finalised(qtbot, dossier, asker):
    dossier.activateWindow()
    qtbot.keyClick(dossier.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = dossier.notes.editor
    assert dossier.tabs.currentWidget() is dossier.notes and editor.state == "new"
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert asker.told == ["An empty note cannot be finalised."]
    editor.text.setPlainText("Eerste zin")
    qtbot.mouseClick(dossier.notes.new_button, Qt.MouseButton.LeftButton)  # saves, then new
    assert editor.state == "new" and editor.text.toPlainText() == ""
    assert dossier.notes.model.rowCount() == 1


def test_cancelled_reason_keeps_the_amendment_on_screen(qtbot, vault, kid, dossier, asker):
    editor = _type_note(qtbot, dossier, "Eerste versie")
    editor.finalise()
    editor.begin_amend()
    editor.text.setPlainText("Tweede versie")
    asker.reasons.append(None)
    editor.save_amendment()
    assert editor.state == "amending" and editor.text.toPlainText() == "Tweede versie"
    assert vault.notes.list(kid.id)[0].version == 1


def test_search_in_the_dossier_and_with_ctrl_f(qtbot, qtmodeltester, vault, kid, dossier):
    other = vault.children.add(first_name="Sem", last_name="Hoekstra",
                               birth_date=date(2014, 2, 1))
    vault.notes.add(other.id, text="Ook spelling geoefend")
    editor = _type_note(qtbot, dossier, "Werkte aan spelling <en> begrijpend lezen")
    editor.finalise()
    note_id = editor.note_id
    dossier.new_note()

    tab = dossier.notes
    tab.search_box.setText("spelling")
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)
    assert tab.results.rowCount() == 1  # not the other child's note
    assert tab.editor.note_id == note_id  # the newest hit opens beside the list
    tab.editor.start_new()
    html = tab.results.index(0, SearchResultsModel.COL_SNIPPET).data(HTML_ROLE)
    assert "<b>spelling</b>" in html and "&lt;en&gt;" in html
    qtmodeltester.check(tab.results)
    tab.found.activated.emit(tab.results.index(0, 0))
    assert dossier.notes.editor.note_id == note_id

    dialog = SearchDialog(vault, debounce_ms=3_600_000)
    qtbot.addWidget(dialog)
    opened = []
    dialog.openNote.connect(lambda child, note: opened.append((child, note)))
    qtbot.keyClicks(dialog.query, "spelling")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # search
    assert dialog.model.rowCount() == 2
    children = {dialog.model.hit_at(r).child_id for r in range(2)}
    assert children == {kid.id, other.id}
    row = next(r for r in range(2) if dialog.model.hit_at(r).child_id == kid.id)
    dialog.results.selectRow(row)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # open the selected hit
    assert opened == [(kid.id, note_id)]


def test_notes_model_pages_and_is_a_sound_model(qtmodeltester, vault, kid):
    for n in range(NotesModel.PAGE + 5):
        vault.notes.add(kid.id, text=f"Verslag {n}", session_date=date(2025, 1, 1 + n % 28))
    model = NotesModel(vault, kid.id)
    model.reload()
    assert model.rowCount() == NotesModel.PAGE and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == NotesModel.PAGE + 5 and not model.canFetchMore(
        model.index(-1, -1))
    days = [model.note_at(r).session_date for r in range(model.rowCount())]
    assert days == sorted(days, reverse=True)  # newest session first
    assert model.data(model.index(0, NotesModel.COL_STATUS)) == "Draft"
    qtmodeltester.check(model)


def _png(tmp_path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    path = tmp_path / "leesplan groep 6.png"
    assert image.save(str(path), "PNG")
    return path


def test_import_a_document_and_preview_it(qtbot, qtmodeltester, vault, kid, dossier, tmp_path):
    received = _png(tmp_path)
    docs = dossier.documents
    with qtbot.waitSignal(docs.runner.finished, timeout=10_000):
        dossier.import_paths([received])
    assert dossier.tabs.currentWidget() is docs
    assert docs.model.rowCount() == 1
    qtmodeltester.check(docs.model)
    assert docs.model.data(docs.model.index(0, DocumentsModel.COL_NAME)) == received.name
    pixmap = docs.preview_image.pixmap()
    assert docs.preview.currentIndex() == 1 and not pixmap.isNull()
    assert (pixmap.width(), pixmap.height()) == (64, 48)
    reads = vault.audit.events(child_id=kid.id, action="read")
    assert reads[0].object_type == "document"
    dossier.show_section(dossier.log)
    log = dossier.log.model
    lines = {(log.what(e), log.on_what(e)) for e in map(log.event_at, range(log.rowCount()))}
    assert ("imported", f"document “{received.name}”") in lines
    assert ("opened", f"document “{received.name}”") in lines


def test_drop_a_file_on_the_dossier_imports_it(qtbot, vault, kid, dossier, tmp_path):
    text_file = tmp_path / "verslag school.txt"
    text_file.write_text("Verslag van de intern begeleider", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text_file))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(dossier.documents.runner.finished, timeout=10_000):
        dossier.dropEvent(drop)
    docs = dossier.documents
    assert docs.preview_text.toPlainText() == "Verslag van de intern begeleider"


def test_save_a_copy_warns_first(qtbot, vault, kid, dossier, asker, tmp_path):
    source = _png(tmp_path)
    with qtbot.waitSignal(dossier.documents.runner.finished, timeout=10_000):
        dossier.import_paths([source])
    target = tmp_path / "kopie.png"
    asker.confirms.append(False)
    dossier.documents.save_copy()
    assert not target.exists() and "NOT be encrypted" in asker.asked[-1]
    asker.confirms.append(True)
    asker.save_paths.append(target)
    dossier.documents.save_copy()
    assert target.read_bytes() == source.read_bytes()


def test_an_empty_file_gets_one_sentence(qtbot, dossier, asker, tmp_path):
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    with qtbot.waitSignal(dossier.documents.runner.finished, timeout=10_000):
        dossier.import_paths([empty])
    assert len(asker.told) == 1 and asker.told[0].startswith("leeg.pdf: ")
    assert "Traceback" not in asker.told[0]
    QApplication.processEvents()


def test_a_restricted_dossier_is_read_only(qtbot, vault, kid, asker, timer, tmp_path):
    with vault.context.transaction() as conn:
        conn.execute("UPDATE children SET restricted = 1 WHERE id = ?", (kid.id,))
    dossier = DossierWidget(vault, kid.id, asker=asker, autosave_timer=timer)
    qtbot.addWidget(dossier)
    editor = dossier.notes.editor
    assert editor.text.isReadOnly() and not editor.finalise_button.isVisibleTo(editor)
    assert not dossier.notes.new_button.isEnabled()  # "New note", and Ctrl+N with it
    assert not dossier.documents.import_button.isEnabled()
    dossier.import_paths([_png(tmp_path)])
    assert asker.told and "restricted" in asker.told[0]
    assert dossier.documents.model.rowCount() == 0


def test_too_large_and_vanished_files_get_their_own_sentence(qtbot, vault, dossier, asker,
                                                             tmp_path):
    vault.settings.update(document_size_limit_mb=1)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF" + b"\0" * (1024 * 1024 + 1))
    gone = tmp_path / "weg.docx"
    with qtbot.waitSignal(dossier.documents.runner.finished, timeout=10_000):
        dossier.import_paths([big, gone])
    assert asker.told == ["scan.pdf: That file is larger than the size limit for documents.\n"
                          "weg.docx: That file is no longer there."]
    assert dossier.documents.model.rowCount() == 0


def test_choosing_another_note_saves_the_one_being_typed(qtbot, vault, kid, dossier):
    older = vault.notes.add(kid.id, text="Vorige week", session_date=date(2026, 2, 23))
    dossier.notes.model.reload()
    editor = _type_note(qtbot, dossier, "Nieuwe aantekening")
    timeline = dossier.notes.timeline
    timeline.selectRow(dossier.notes.model.row_of(older.id))
    assert editor.note_id == older.id and editor.text.toPlainText() == "Vorige week"
    current = dossier.notes.model.note_at(timeline.currentIndex().row())
    assert current.id == older.id  # the list shows the note the editor shows
    texts = sorted(n.text for n in vault.notes.list(kid.id))
    assert texts == ["Nieuwe aantekening", "Vorige week"]


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def test_no_plaintext_leaves_the_vault_while_working(qtbot, vault, vault_dir, kid, dossier,
                                                     tmp_path, monkeypatch):
    """Writing, previewing and searching leave no file with the canary anywhere we can
    watch: a private temp folder for the process, and the vault folder itself."""
    private_tmp = tmp_path / "proc-tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    canary = "Kwakkelbeentje"
    editor = _type_note(qtbot, dossier, f"{canary} oefende met lezen")
    editor.finalise()
    received = tmp_path / "received" / "brief.txt"
    received.parent.mkdir()
    received.write_text(f"Brief over {canary}", encoding="utf-8")
    with qtbot.waitSignal(dossier.documents.runner.finished, timeout=10_000):
        dossier.import_paths([received])
    assert canary in dossier.documents.preview_text.toPlainText()
    dossier.notes.search_box.setText(canary)
    dossier.notes.search()
    assert dossier.notes.results.rowCount() == 1
    dossier.flush()
    vault.checkpoint()
    assert _files_under(private_tmp) == set()
    for path in _files_under(vault_dir):
        assert canary.encode() not in path.read_bytes(), path.name


def test_a_large_import_reports_progress_off_the_gui_thread(qtbot, vault, kid, dossier,
                                                           tmp_path):
    import threading

    big = tmp_path / "onderzoeksverslag.pdf"
    big.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8192)  # 2 MiB: eight chunks
    seen: list[tuple[int, int]] = []
    workers: set[int] = set()
    runner = dossier.documents.runner
    work = runner._start_job

    def spy(path, progress):
        workers.add(threading.get_ident())

        def report(done: int, total: int) -> None:
            seen.append((done, total))
            progress(done, total)  # a signal: the dialog is updated on the GUI thread

        return work(path, report)

    runner._start_job = spy
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        dossier.import_paths([big])
    assert dossier.documents.model.rowCount() == 1
    assert workers and threading.get_ident() not in workers
    assert len(seen) >= 8 and seen[-1][0] == seen[-1][1] == big.stat().st_size
    assert runner.dialog.objectName() == "importProgress"
