"""Shared fixtures: cheap Argon2id everywhere but in tests marked `real_kdf`, a clock the
tests move, an in-memory keyring and a ready vault."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefile.clock import FakeClock
from casefile.storage import keys
from casefile.storage.secrets import MemorySecretStore
from casefile.vault import Vault
from support import ADMIN, COUNSELLOR, PASSPHRASE


@pytest.fixture(autouse=True, scope="session")
def log_folder(tmp_path_factory):
    """The diagnostics log of every test goes to one temporary folder, not the user's."""
    from casefile import diagnostics

    folder = tmp_path_factory.mktemp("log")
    patch = pytest.MonkeyPatch()
    patch.setattr(diagnostics, "log_dir", lambda: folder)
    patch.setenv("XDG_STATE_HOME", str(folder))  # for casefile in a subprocess (Linux)
    yield folder
    patch.undo()


@pytest.fixture(autouse=True, scope="session")
def qt_application(qapp):
    """The GUI's QApplication exists before any test renders a PDF in-process, as in the
    running application; otherwise a command's offscreen QGuiApplication would be the one
    instance, and no window could open after it."""
    return qapp


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory, monkeypatch):
    """The application's settings file and offline drafts in a folder of the test's own,
    never the user's (casefile/app_files.py); yields (config folder, data folder)."""
    from casefile import app_files

    home = tmp_path_factory.mktemp("app-home")
    config, data = home / "config", home / "data"
    monkeypatch.setattr(app_files, "config_dir", lambda: config)
    monkeypatch.setattr(app_files, "data_dir", lambda: data)
    return config, data


@pytest.fixture(autouse=True)
def cheap_kdf(request, monkeypatch):
    if "real_kdf" not in request.keywords:
        monkeypatch.setattr(keys, "DEFAULT_KDF", keys.CHEAP_KDF)
        monkeypatch.setattr(keys, "LOGIN_KDF", keys.CHEAP_KDF)


@pytest.fixture
def dutch(qapp):
    """The interface in Dutch, as counsellors see it."""
    from casefile.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


ENGINE_ENV = "CASEFILE_TEST_ENGINE"  # "server": the `vault` fixture is a practice server's


def pytest_collection_modifyitems(config, items) -> None:
    """With CASEFILE_TEST_ENGINE=server, a test of a vault folder's own files (its
    database file, key slots, lock file, status file) has nothing to look at."""
    if os.environ.get(ENGINE_ENV) != "server":
        return
    skip = pytest.mark.skip(reason="about a local vault's files; a server has no folder")
    for item in items:
        if item.get_closest_marker("vault_folder"):
            item.add_marker(skip)


@pytest.fixture
def vault_dir(request, tmp_path):
    """Where the fixture vault lives: a folder, or with CASEFILE_TEST_ENGINE=server an
    empty database on the test server (its URL), so a service test runs on either."""
    if os.environ.get(ENGINE_ENV) == "server":
        return request.getfixturevalue("pg_empty_database")
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir, clock, secrets):
    v = Vault.create(vault_dir, user=ADMIN, passphrase=PASSPHRASE, clock=clock, secrets=secrets,
                     practice_name="Praktijk Testlaan")
    yield v
    v.lock()


@pytest.fixture
def reopen(vault_dir, clock, secrets):
    """Open the fixture vault again (after the test locked it)."""

    def _open(user: str = ADMIN, passphrase: str = PASSPHRASE) -> Vault:
        return Vault.open(vault_dir, user=user, passphrase=passphrase, clock=clock,
                          secrets=secrets)

    return _open

PG_ENV = "CASEFILE_TEST_PG"


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The URL of the throw-away PostgreSQL server (a superuser's, TLS verify-full) that
    .ci/run starts with scripts/pg-test-server; without it the server tests skip."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL test server: run `scripts/pg-test-server start DIR` and "
                    f"set {PG_ENV} to the URL it prints (.ci/run does)")
    return url


@contextmanager
def _pg_database(server_url: str) -> Iterator[str]:
    """A fresh database on the test server; afterwards it and its login roles (named
    `<database>:<user>`) are dropped. Yields its URL, as the superuser."""
    import secrets as random
    from urllib.parse import urlsplit, urlunsplit

    import psycopg
    from psycopg import sql

    name = f"casefile_t_{random.token_hex(4)}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunsplit(urlsplit(server_url)._replace(path="/" + name))
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(
                sql.Identifier(name)))
            roles = admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                  (name + ":%",)).fetchall()
            for (role,) in roles:
                admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@pytest.fixture
def pg_empty_database(pg_server):
    """An empty database of its own, for a test that initialises a practice itself."""
    with _pg_database(pg_server) as dsn:
        yield dsn


@pytest.fixture(scope="session")
def pg_practice(pg_server):
    """A practice server initialised once per test session, with the cheap KDFs every
    test uses: `anna` its administrator, `bram` a counsellor. Yields its URL (as the
    superuser; members log in with their own role)."""
    from casefile import practice_server

    with _pg_database(pg_server) as dsn, pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "DEFAULT_KDF", keys.CHEAP_KDF)
        patch.setattr(keys, "LOGIN_KDF", keys.CHEAP_KDF)
        practice_server.initialise(dsn, ADMIN, PASSPHRASE)
        with practice_server.open_server(dsn, ADMIN, PASSPHRASE) as session:
            practice_server.add_user(session, COUNSELLOR, temporary_passphrase=PASSPHRASE)
        patch.undo()
        yield dsn


@pytest.fixture
def family(vault):
    """A child with two parents with parental authority and her school (a test file may
    define its own `family`, which then stands in for this one)."""
    kid = vault.children.add(first_name="Fenna", last_name="Brinkman",
                             birth_date=date(2017, 6, 1))
    mum = vault.guardians.add(kid.id, name="Ingrid Brinkman", has_authority=True)
    dad = vault.guardians.add(kid.id, name="Koen Brinkman", has_authority=True)
    school = vault.organisations.add(name="OBS Het Kompas", kind="school")
    return kid, mum, dad, school
