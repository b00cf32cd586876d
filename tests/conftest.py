"""Shared fixtures: cheap Argon2id everywhere but in tests marked `real_kdf`, a clock the
tests move, an in-memory keyring and a ready vault."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefile.clock import FakeClock
from casefile.storage import keys
from casefile.storage.secrets import MemorySecretStore
from casefile.vault import Vault

PASSPHRASE = "paarse-olifant-fietst-naar-Zwolle"
ADMIN = "anna"


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


@pytest.fixture(autouse=True)
def cheap_kdf(request, monkeypatch):
    if "real_kdf" not in request.keywords:
        monkeypatch.setattr(keys, "DEFAULT_KDF", keys.CHEAP_KDF)


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


@pytest.fixture
def vault_dir(tmp_path):
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


def demo_export_ids(demo_output: str) -> tuple[str, str]:
    """The child and recipient ids from `casefile demo`'s "Try an export:" line."""
    line = next(x for x in demo_output.splitlines() if x.startswith("Try an export:"))
    words = line.split()
    return words[words.index("--child") + 1], words[words.index("--recipient") + 1]


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


@pytest.fixture(scope="session")
def pg_database(pg_server):
    """A fresh, empty database on the test server for this test session, dropped after."""
    import secrets as random

    import psycopg
    from psycopg import sql

    name = f"casefile_test_{random.token_hex(4)}"
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield name
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
