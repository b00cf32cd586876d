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
from support import ADMIN, PASSPHRASE


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

