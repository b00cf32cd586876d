"""A vault made before signing keys (a committed fixture, made by that release) starts
signing at its first admin unlock: that admin's key is pinned, their own grant signs the
chain as it stands, the other users are granted as the users table says, and each user's
slot gets a signing key at their next unlock."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casefile.errors import NotPermitted
from casefile.model import Role
from casefile.vault import Vault
from fixtures.make_vault_before_signing import PASSPHRASES

FIXTURE = Path(__file__).parent / "fixtures" / "vault-before-signing"


@pytest.fixture
def old_vault(tmp_path):
    target = tmp_path / "vault"
    shutil.copytree(FIXTURE, target)
    return target


def open_as(path, name, clock, **extra) -> Vault:
    return Vault.open(path, user=name, passphrase=PASSPHRASES[name], clock=clock, **extra)


def slots_of(path) -> dict:
    return json.loads((path / "keyslots.json").read_text())


def test_the_fixture_is_from_before_signing():
    data = slots_of(FIXTURE)
    assert "pins" not in data and not any("sign_public" in s for s in data["slots"])


def test_the_first_admin_unlock_signs_what_exists(old_vault, clock):
    with open_as(old_vault, "cor", clock) as v:  # a counsellor first: nothing is signed yet
        assert v.users.current.role == Role.COUNSELLOR
        assert v.audit.verify().signed_since is None
    assert "pins" not in slots_of(old_vault) or not slots_of(old_vault)["pins"]
    with open_as(old_vault, "anna", clock) as v:
        report = v.audit.verify()
        assert report.ok, report.problems
        legacy = report.signed_since
        assert legacy is not None and legacy > 5, "the older events come before the grant"
        grants = [e for e in v.audit.events(action="grant", limit=100)]
        assert {e.details["subject"] for e in grants} == {u.id for u in v.users.list()}
        pending = {e.details["subject"] for e in grants if e.details["pending"]}
        dirk = next(u for u in v.users.list() if u.name == "dirk")
        assert pending == {dirk.id}, "cor's slot already stated a key; dirk never unlocked"
    pins = slots_of(old_vault)["pins"]
    assert set(pins) == {"admin"}
    assert all("sign_public" in s for s in slots_of(old_vault)["slots"]
               if s["id"] in ("anna", "cor"))
    with open_as(old_vault, "dirk", clock) as v:  # dirk's first unlock claims the grant
        assert v.users.current.role == Role.COUNSELLOR
        with pytest.raises(NotPermitted):
            v.users.set_role(v.users.current.id, Role.ADMIN)
    with open_as(old_vault, "anna", clock) as v:
        report = v.audit.verify()
        assert report.ok, report.problems
        assert v.audit.events(action="claim_key", limit=5)


def test_an_unchanged_older_event_is_vouched_for_by_the_first_grant(old_vault, clock):
    """An event from before signing, changed after the migration and re-chained, breaks
    the signature of the grant that covers it."""
    from insider import Insider

    with open_as(old_vault, "anna", clock):
        pass
    insider = Insider(old_vault, "cor", PASSPHRASES["cor"])
    insider.drop_triggers()
    insider.sql("UPDATE audit_log SET outcome = 'failed' WHERE id = 3")
    insider.rechain()
    insider.close()
    with open_as(old_vault, "anna", clock) as v:
        problems = v.audit.verify().problems
        assert any(p.startswith("signing_start") for p in problems), problems
