"""The signature rule on its own (signatures.replay is pure: rows in, problems out), over
the rows of a vault with ordinary activity: unchanged they verify; any change to any signed
event, or any event dropped from inside the chain, is reported."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.clock import FakeClock
from casefile.signatures import replay
from casefile.storage import keys
from casefile.storage.repositories import audit as audit_repo
from casefile.vault import Vault

ONE_LOG = [HealthCheck.function_scoped_fixture]  # one vault's rows, read-only, for all examples
CHANGES = {
    "user_id": lambda v: (v or 0) + 1,
    "role": lambda v: "admin" if v != "admin" else "counsellor",
    "action": lambda v: v + "x",
    "object_id": lambda v: v + "1",
    "child_id": lambda v: None if v else 1,
    "outcome": lambda v: "failed" if v != "failed" else "ok",
    "details": lambda v: v[:-1] + ',"x":1}' if v != "{}" else '{"x":1}',
    "at": lambda v: v.replace("2026", "2025"),
    "workstation": lambda v: v + "-2",
}


@pytest.fixture(scope="module")
def signed_log(tmp_path_factory):
    """Rows (as dicts) and pins of a vault where an admin and a counsellor have worked."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "DEFAULT_KDF", keys.CHEAP_KDF)
        path, clock = tmp_path_factory.mktemp("log") / "vault", FakeClock(
            datetime(2026, 3, 2, 9, tzinfo=UTC))
        with Vault.create(path, user="anna", passphrase="paarse-olifant-fietst-naar-Zwolle",
                          clock=clock) as v:
            cor = v.users.add("cor", temporary_passphrase="gewone-gebruiker-Cor-2026")
            kid = v.children.add(first_name="Fenna", last_name="Dijkstra",
                                 birth_date=date(2016, 4, 4))
            v.caseload.add(kid.id, cor.id, reason="Cor begeleidt Fenna")
        with Vault.open(path, user="cor", passphrase="gewone-gebruiker-Cor-2026",
                        clock=clock) as v:
            v.notes.add(kid.id, text="Oefent met lezen.")
        with Vault.open(path, user="anna", passphrase="paarse-olifant-fietst-naar-Zwolle",
                        clock=clock) as v:
            v.children.get(kid.id)
            rows = [{**link.fields, "id": link.id, "prev_hash": link.prev_hash,
                     "hash": link.hash, "signature": link.signature}
                    for link in audit_repo.chain(v.context.db())]
            return rows, dict(v.context.pins)


def test_the_log_as_written_verifies(signed_log):
    rows, pins = signed_log
    state = replay(rows, pins)
    assert state.problems == [] and state.started_at == 2
    assert len(rows) > 10


@settings(max_examples=80, deadline=None, suppress_health_check=ONE_LOG)
@given(data=st.data())
def test_any_change_to_a_signed_event_is_reported(signed_log, data):
    rows, pins = signed_log
    index = data.draw(st.integers(1, len(rows) - 1), label="event")
    field = data.draw(st.sampled_from(sorted(CHANGES)), label="field")
    changed = [dict(r) for r in rows]
    changed[index][field] = CHANGES[field](changed[index][field])
    assert replay(changed, pins).problems


@settings(max_examples=40, deadline=None, suppress_health_check=ONE_LOG)
@given(data=st.data())
def test_an_event_dropped_from_inside_the_chain_is_reported(signed_log, data):
    """Dropped and the chain re-linked (as recomputing the HMACs would): the next event's
    signature covers the hash it followed, so it no longer verifies. A dropped *newest*
    event leaves nothing behind to sign over it: that is what the recorded heads are for."""
    rows, pins = signed_log
    index = data.draw(st.integers(1, len(rows) - 2), label="event")
    kept = [dict(r) for r in rows[:index] + rows[index + 1:]]
    kept[index]["prev_hash"] = kept[index - 1]["hash"]
    assert replay(kept, pins).problems
