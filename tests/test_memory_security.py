"""cipher_memory_security is off, by decision (README "How it is built", bench/RESULTS.md):
what it guards is covered by dropping the key and the connection on lock, which is tested
here where the key lives."""

from __future__ import annotations

import pytest

from casefile.errors import VaultLocked


def test_the_vault_opens_without_cipher_memory_security(vault):
    assert vault.context.db().execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"


def test_lock_zeroes_the_key_and_closes_the_connection(vault):
    ctx = vault.context
    held = ctx._key  # the one buffer the key lives in while unlocked
    assert held is not None and any(held)
    vault.lock()
    assert not any(held) and ctx._key is None
    with pytest.raises(VaultLocked):
        ctx.db()
    with pytest.raises(VaultLocked):
        ctx.database_key()
