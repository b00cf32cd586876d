"""A bound key slot against a real Secret Service (gnome-keyring in a private D-Bus
session): .ci/run starts one with an unlocked login keyring and runs this file inside it.
Without one (a developer's plain run) these tests are skipped, saying why."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

import pytest

from casefile.errors import KeyringLocked, KeyringSecretMissing
from casefile.storage.secrets import KeyringSecretStore
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE

UNLOCK_PASSWORD_ENV = "CASEFILE_TEST_KEYRING_PASSWORD"  # the throwaway CI keyring's


def _no_secret_service() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session (run inside dbus-run-session with gnome-keyring, as .ci/run does)"
    if not shutil.which("secret-tool"):
        return "secret-tool (libsecret-tools) is not installed"
    reason = KeyringSecretStore(f"casefile-probe-{uuid.uuid4().hex[:8]}").unavailable_reason()
    if reason is not None:
        return f"no working Secret Service keyring here ({reason})"
    import keyring

    if "SecretService" not in type(keyring.get_keyring()).__module__ + repr(keyring.get_keyring()):
        return "the keyring here is not the Secret Service"
    return None


_MISSING = _no_secret_service()
if _MISSING and os.environ.get("CASEFILE_REQUIRE_REAL_KEYRING"):  # scripts/keyring-tests
    pytest.fail(f"a real Secret Service was required: {_MISSING}", pytrace=False)
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=str(_MISSING))


@pytest.fixture
def store():
    service = f"casefile-test-{uuid.uuid4().hex[:12]}"
    yield KeyringSecretStore(service)
    subprocess.run(["secret-tool", "clear", "service", service], check=False,
                   capture_output=True, timeout=30)


@pytest.fixture
def bound(tmp_path, clock, store):
    Vault.create(tmp_path / "kluis", user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                 secrets=store, bind=True).lock()
    return tmp_path / "kluis"


def _open(path, clock, store):
    return Vault.open(path, user=ADMIN, passphrase=PASSPHRASE, clock=clock, secrets=store)


def test_a_bound_slot_unlocks_with_the_real_keyring(bound, clock, store):
    with _open(bound, clock, store) as vault:
        assert vault.user.name == ADMIN


def test_it_fails_closed_when_the_entry_is_gone(bound, clock, store):
    done = subprocess.run(["secret-tool", "clear", "service", store._service],
                          capture_output=True, timeout=30)
    assert done.returncode == 0
    with pytest.raises(KeyringSecretMissing):
        _open(bound, clock, store)


def test_a_locked_keyring_says_it_is_locked(bound, clock, store):
    import secretstorage

    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()
    try:
        assert collection.is_locked()
        assert store.unavailable_reason() == "keyring_locked"
        with pytest.raises(KeyringLocked):
            _open(bound, clock, store)
    finally:
        _unlock_again()
    with _open(bound, clock, store):
        pass


def _unlock_again() -> None:
    """The daemon unlocks the login keyring again with the password it was started with."""
    password = os.environ.get(UNLOCK_PASSWORD_ENV, "")
    subprocess.run(["gnome-keyring-daemon", "--replace", "--unlock", "--components=secrets"],
                   input=password.encode(), capture_output=True, timeout=30, check=False)
