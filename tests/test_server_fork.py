"""A practice server's context forked for a worker thread (ServerContext.fork): its own
connection as the same user, its own copies of the keys, closed without touching the
original's; and a connection the server dropped is opened again once it is back."""

from __future__ import annotations

import threading
from datetime import date

import psycopg
import pytest

from casefile.errors import ServerUnreachable, VaultLocked
from casefile.services import build_services
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE


@pytest.fixture
def server_vault(pg_empty_database, clock, secrets):
    vault = Vault.create(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                         secrets=secrets, practice_name="Praktijk Testlaan")
    yield vault
    vault.lock()


def _backend(ctx) -> int:
    return ctx.db().pg.execute("SELECT pg_backend_pid() AS pid").fetchone()["pid"]


def test_a_fork_works_on_its_own_connection_in_a_worker_thread(server_vault):
    ctx = server_vault.context
    kid = server_vault.children.add(first_name="Kiki", last_name="Wolters",
                                    birth_date=date(2016, 4, 4))
    found: dict = {}

    def work() -> None:
        twin = ctx.fork()
        try:
            found["pid"] = _backend(twin)
            found["user"] = twin.user.name
            services = build_services(twin)
            found["note"] = services.notes.add(kid.id, text="Leest al hele zinnen.").id
        finally:
            twin.close()
        found["closed"] = twin.session.conn is None and not any(twin.session._key)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    assert found["user"] == ADMIN and found["pid"] != _backend(ctx)
    assert found["closed"]
    # the original is untouched by the twin's close: its keys and connection still work
    assert server_vault.notes.get(found["note"]).text == "Leest al hele zinnen."


def test_a_locked_context_forks_nothing_and_zeroes_the_login(server_vault):
    ctx = server_vault.context
    session = ctx.session
    server_vault.lock()
    assert not any(session._login) and not any(session._key)
    with pytest.raises(VaultLocked):
        ctx.fork()


def test_a_connection_the_server_dropped_is_opened_again(server_vault, pg_server):
    ctx = server_vault.context
    kid = server_vault.children.add(first_name="Kiki", last_name="Wolters",
                                    birth_date=date(2016, 4, 4))
    pid = _backend(ctx)
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(ServerUnreachable):  # the first use finds it gone: one sentence
        server_vault.notes.add(kid.id, text="Leest al hele zinnen.")
    note = server_vault.notes.add(kid.id, text="Leest al hele zinnen.")
    assert _backend(ctx) != pid
    assert [c.id for c in server_vault.children.page(0, 10)] == [kid.id]
    assert server_vault.notes.get(note.id).text == "Leest al hele zinnen."


def test_a_fork_after_a_passphrase_change_logs_in_with_the_new_one(server_vault):
    new = "ander lang wachtwoord met zeven losse woorden erin"
    server_vault.users.change_passphrase(new)
    twin = server_vault.context.fork()
    try:
        assert twin.user.name == ADMIN and _backend(twin) != _backend(server_vault.context)
    finally:
        twin.close()


def test_the_guis_backup_job_runs_on_a_fork_of_a_server(server_vault, tmp_path):
    """admin.backup_now runs `backups.create` through jobs.on_own_connection: a fork."""
    from casefile.ui.jobs import on_own_connection

    server_vault.children.add(first_name="Kiki", last_name="Wolters",
                              birth_date=date(2016, 4, 4))
    run = on_own_connection(server_vault, lambda services, control: services.backups.create(
        tmp_path / "back-ups"))
    found: dict = {}
    worker = threading.Thread(target=lambda: found.update(result=run(None)))
    worker.start()
    worker.join(120)
    assert found["result"].size > 0 and list((tmp_path / "back-ups").iterdir())
    assert server_vault.children.page(0, 10)[0].first_name == "Kiki"  # the GUI's own goes on
