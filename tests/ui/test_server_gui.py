"""The GUI on a practice server (issue 14): the lock screen saves a connection and opens
it, says in one sentence when the server is away or not the practice's, and a note saved
while the server is away is kept sealed on this computer and saved once it is back.

"Away" is a TCP relay in front of the test server that the test closes and opens again:
the connection drops as when the network goes, and TLS still checks `localhost`."""

from __future__ import annotations

import json
import socket
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import Qt

from casefile import app_files
from casefile.app_files import ServerConnection
from casefile.errors import ServerNotVerified, ServerUnreachable
from casefile.ui.messages import message_for
from casefile.ui.unlock import UnlockWidget
from casefile.vault import Vault
from gui_support import make_window
from support import ADMIN, PASSPHRASE

CANARY = "Zwalkerijnhof"  # a made-up word, found nowhere but in the test's note


class Relay:
    """localhost:PORT -> the server, until `stop()`; `start()` listens on PORT again."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target, self.port = target, 0
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self.start()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self.port, self._listener = listener.getsockname()[1], listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        if self._listener is not None:
            try:  # wakes the blocked accept(): a bare close() leaves it listening (Linux)
                self._listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._listener.close()
            self._listener = None
        for s in self._sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
        self._sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@pytest.fixture
def practice(pg_empty_database, clock, secrets):
    """A practice on the test server with one child; locked again. (dsn, child id)"""
    vault = Vault.create(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                         secrets=secrets, practice_name="Praktijk De Leeslamp")
    kid = vault.children.add(first_name="Kiki", last_name="Wolters",
                             birth_date=date(2016, 4, 4))
    vault.lock()
    return pg_empty_database, kid.id


@pytest.fixture
def relay(practice):
    params = conninfo_to_dict(practice[0])
    relay = Relay((str(params.get("hostaddr") or params["host"]), int(params["port"])))
    yield relay
    relay.stop()


@pytest.fixture
def connection(practice, relay) -> ServerConnection:
    params = conninfo_to_dict(practice[0])
    return ServerConnection("localhost", relay.port, str(params["dbname"]),
                            str(params["sslrootcert"]))


def _unlock(qtbot, window, connection: ServerConnection | None = None) -> None:
    start = window.start
    assert isinstance(start, UnlockWidget)
    if connection is not None:
        start.choose(connection)
        assert start.server() == connection
    start.user.setEditText(ADMIN)
    start.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(start.button, Qt.MouseButton.LeftButton)


def test_the_lock_screen_saves_a_server_without_a_password_and_opens_it(
        qtbot, tmp_path, clock, secrets, practice, connection, dutch, app_home):
    window = make_window(qtbot, tmp_path / "no-vault-here", clock, secrets, tmp_path)
    # no vault on this computer: the create screen offers the server instead
    qtbot.mouseClick(window.start.findChild(type(window.start.create_button),
                                            "createOpenServer"), Qt.MouseButton.LeftButton)
    start = window.start
    assert isinstance(start, UnlockWidget) and start.add_server.isVisibleTo(start)
    assert not start.button.isEnabled()  # nothing to unlock before a server is saved
    start.server_host.setText("localhost")
    start.server_port.setValue(connection.port)
    start.server_database.setText(connection.database)
    start.server_ca.setText(str(tmp_path / "missing.crt"))
    qtbot.mouseClick(start.save_server_button, Qt.MouseButton.LeftButton)
    assert start.error.text() == message_for("server_ca_file")
    assert "certificaat" in start.error.text()  # Dutch
    start.server_ca.setText(connection.ca_file)
    window.resize(900, 640)
    start.grab().save("/tmp/srvgui-unlock-add.png")
    qtbot.mouseClick(start.save_server_button, Qt.MouseButton.LeftButton)
    assert start.error.text() == "" and start.server() == connection
    assert not start.add_server.isVisibleTo(start) and start.button.isEnabled()
    assert not start.use_recovery.isVisibleTo(start)  # a server opens with the passphrase
    saved = json.loads((app_home[0] / app_files.SETTINGS_FILE).read_text())
    assert saved == {"servers": [{"host": "localhost", "port": connection.port,
                                  "database": connection.database,
                                  "ca_file": connection.ca_file}]}
    window.resize(900, 640)
    start.grab().save("/tmp/srvgui-unlock.png")

    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    assert window.vault.context.engine == "server"
    assert window.windowTitle() == "Casefile — Praktijk De Leeslamp"
    assert window.workspace.model.rowCount() == 1
    assert PASSPHRASE not in (app_home[0] / app_files.SETTINGS_FILE).read_text()
    window.lock()
    # the saved server is offered at the next start, chosen already
    assert isinstance(window.start, UnlockWidget) and window.start.server() == connection


def _other_ca(path) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Een andere CA")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return str(path)


def test_a_server_away_or_not_the_practices_is_one_sentence_and_the_screen_stays(
        qtbot, tmp_path, clock, secrets, connection, relay, dutch):
    wrong_ca = ServerConnection("localhost", connection.port, connection.database,
                                _other_ca(tmp_path / "other-ca.crt"))
    for saved in (connection, wrong_ca):
        app_files.save_connection(saved)
    window = make_window(qtbot, tmp_path / "no-vault-here", clock, secrets, tmp_path)
    start = window.start
    assert isinstance(start, UnlockWidget)
    relay.stop()
    for chosen, error in ((connection, ServerUnreachable()),
                          (wrong_ca, ServerNotVerified())):
        if chosen is wrong_ca:
            relay.start()
        _unlock(qtbot, window, chosen)
        qtbot.waitUntil(lambda: start.button.isEnabled(), timeout=20000)
        assert start.error.text() == message_for(error)
        assert "praktijkserver" in start.error.text()  # Dutch, one sentence
        assert start.error.text().count(". ") == 0
        assert window.vault is None and start.place.isEnabled()
    _unlock(qtbot, window, connection)  # still usable: the right one opens
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    window.lock()


def _kept_files(app_home) -> list:
    return sorted((app_home[1] / "offline-drafts").rglob("*.draft"))


def _no_canary(app_home) -> None:
    for path in (app_home[1]).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for form in (CANARY.encode(), CANARY.encode("utf-16-le"), CANARY.lower().encode()):
                assert form not in data, path


def test_a_save_while_the_server_is_away_loses_nothing_and_keeps_no_plaintext(
        qtbot, tmp_path, clock, secrets, practice, connection, relay, app_home, dutch,
        monkeypatch):
    app_files.save_connection(connection)
    window = make_window(qtbot, tmp_path / "no-vault-here", clock, secrets, tmp_path)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    vault, kid = window.vault, practice[1]
    window.workspace.open_dossier(kid)
    editor = window.workspace.dossier.notes.editor
    editor.text.setPlainText("Oefende met spelling.")
    assert editor.save_draft() and not editor.kept_offline
    note_id = editor.note_id

    relay.stop()
    text = f"Oefende met spelling; {CANARY} las voor."
    editor.text.setPlainText(text)
    assert not editor.save_draft()  # not on the server ...
    assert window.asker.told == []
    assert editor.kept_offline and editor.retry_timer.isActive()
    assert editor.status.text() == message_for("draft_kept_offline")
    dossier = window.workspace.dossier
    dossier.tabs.setCurrentWidget(dossier.notes)
    window.resize(1200, 700)
    window.grab().save("/tmp/srvgui-offline-note.png")
    assert window.asker.told == []  # the status line says it; no box at every autosave
    assert len(_kept_files(app_home)) == 1  # ... but kept here, sealed
    _no_canary(app_home)
    assert editor.text.toPlainText() == text

    # another tab while the server is away: its one sentence, no "unexpected" error
    dossier.tabs.setCurrentIndex(dossier.tabs.indexOf(dossier._placeholders["consent"]))
    assert window.asker.told == [message_for(ServerUnreachable())]
    window.asker.told.clear()
    dossier.tabs.setCurrentWidget(dossier.notes)

    # a retry while the server is still away looks on a thread of its own: the window
    # never waits for a reconnect (up to RECONNECT_TIMEOUT each time)
    looked, reconnects = [], []
    session = vault.context.session
    monkeypatch.setattr(session, "reconnect", lambda: reconnects.append(1) or
                        type(session).reconnect(session))
    answers = vault.context.answers
    monkeypatch.setattr(vault.context, "answers", lambda: looked.append(
        threading.current_thread() is threading.main_thread()) or answers())
    editor.retry_timer.stop()
    editor.retry_timer.timeout.emit()
    qtbot.waitUntil(editor.retry_timer.isActive, timeout=10000)  # looked, and will again
    assert looked == [False] and reconnects == [] and editor.kept_offline

    relay.start()
    editor.retry_timer.timeout.emit()  # the retry: the server is back
    qtbot.waitUntil(lambda: not editor.kept_offline, timeout=10000)
    assert looked == [False, False] and reconnects == [1] and _kept_files(app_home) == []
    assert editor.note_id == note_id and vault.notes.get(note_id).text == text
    assert "Concept" in editor.status.text() or "Draft" in editor.status.text()
    window.lock()


def test_a_draft_still_kept_at_lock_is_saved_at_the_next_unlock(
        qtbot, tmp_path, clock, secrets, practice, connection, relay, app_home):
    app_files.save_connection(connection)
    window = make_window(qtbot, tmp_path / "no-vault-here", clock, secrets, tmp_path)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    kid = practice[1]
    window.workspace.open_dossier(kid)
    editor = window.workspace.dossier.notes.editor
    relay.stop()
    text = f"Nieuwe notitie: {CANARY} tekende een huis."
    editor.text.setPlainText(text)  # a new note, never on the server
    window.lock()  # the lock's own save fails too: kept
    assert len(_kept_files(app_home)) == 1
    _no_canary(app_home)

    relay.start()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    assert _kept_files(app_home) == []
    assert any("1" in told and "server" in told for told in window.asker.told)
    notes = window.vault.notes.list(kid)
    assert [n.text for n in notes] == [text]
    window.lock()


def test_the_local_vault_stays_first_and_unchanged_beside_a_saved_server(
        qtbot, tmp_path, vault_dir, vault, clock, secrets):
    vault.lock()
    ca = tmp_path / "ca.crt"
    ca.write_text("not read until a server is opened\n")
    server = ServerConnection("server.praktijk.example", 5432, "praktijk", str(ca))
    app_files.save_connection(server)
    window = make_window(qtbot, vault_dir, clock, secrets, tmp_path)
    start = window.start
    assert isinstance(start, UnlockWidget) and start.server() is None  # the local vault
    assert start.use_recovery.isVisibleTo(start) and start.user.currentText() == ADMIN
    start.choose(server)
    assert not start.use_recovery.isVisibleTo(start) and start.user.count() == 0
    start.place.setCurrentIndex(0)
    assert start.server() is None and start.user.currentText() == ADMIN
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    assert window.vault.context.engine == "local"
    window.lock()
