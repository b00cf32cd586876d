"""The kill campaign (issue 12): a writer doing notes, consents, withdrawals, documents,
packets and passphrase changes is SIGKILLed at seeded random moments, again and again, on
one vault. After every kill the vault opens, `verify` passes, and it holds every call the
writer acknowledged (it acknowledges only after the call returned) and at most the one call
that was in flight: nothing lost, nothing half done, nothing invented.

    CASEFILE_KILL_CYCLES=1000 .venv/bin/python -m pytest tests/reliability -k kill   # long
    CASEFILE_KILL_SEED=7 ...                                                          # other
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from casefile.errors import VaultInUse, WrongPassphrase
from casefile.integrity import check_vault
from casefile.packet_format import verify_packet
from casefile.storage import keys
from casefile.vault import Vault
from reliability.campaign import TIMEOUT, State, Zygote, apply, read_state

CYCLES = int(os.environ.get("CASEFILE_KILL_CYCLES", "200"))
SEED = int(os.environ.get("CASEFILE_KILL_SEED", "12"))
STEM = "blauwe-reiger-vist-bij-Kampen"
USER = "marloes"
FULL_CHECK_EVERY = 25  # cycles between reading back every document and the recovery key


@dataclass
class Campaign:
    folder: Path
    job: dict
    recovery_key: str
    state: State
    rng: random.Random
    packets: dict[str, tuple[Path, str]] = field(default_factory=dict)  # id -> path, password
    figures: Counter = field(default_factory=Counter)
    durations: dict[str, list[float]] = field(default_factory=dict)  # step -> recent lengths

    def learn(self, step: str, seconds: float) -> None:
        self.durations.setdefault(step, []).append(seconds)
        del self.durations[step][:-20]

    def usual(self, step: str) -> float:
        """The median length of that step so far (30 ms before it was seen)."""
        seen = sorted(self.durations.get(step, ()))
        return seen[len(seen) // 2] if seen else 0.03 if step else 0.0


@pytest.fixture
def campaign(tmp_path) -> Campaign:
    """A small vault (cheap KDF) with one child, two guardians with authority, a school and
    a consent that is never withdrawn, so packets are always possible."""
    folder, today = tmp_path / "vault", date.today()
    vault = Vault.create(folder, user=USER, passphrase=STEM, practice_name="Praktijk Zeedijk")
    kid = vault.children.add(first_name="Fenna", last_name="Oosterwijk",
                             birth_date=date(2017, 5, 9))
    parents = [vault.guardians.add(kid.id, name=name, has_authority=True).id
               for name in ("Ilse Oosterwijk", "Ruben Oosterwijk")]
    school = vault.organisations.add(name="Obs De Vuurtoren", kind="school")
    base = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
        categories={"identity", "session_notes"}, given_by=parents, method="written",
        valid_from=today - timedelta(days=30), valid_until=today + timedelta(days=3650))
    state = read_state(vault, kid.id, STEM)
    recovery_key = vault.recovery_key  # lock() drops it from the vault object
    vault.lock()
    for name in ("inbox", "outbox"):
        (tmp_path / name).mkdir()
    job = {"vault": str(folder), "user": USER, "child_id": kid.id, "school_id": school.id,
           "guardian_ids": parents, "base_consent_id": base.id, "passphrase_stem": STEM,
           "inbox": str(tmp_path / "inbox"), "outbox": str(tmp_path / "outbox")}
    return Campaign(folder, job, recovery_key, state, random.Random(SEED))


@pytest.fixture
def zygote(tmp_path):
    writer = Zygote(tmp_path / "writer.log")
    yield writer
    writer.close()


def test_every_acknowledged_call_survives_a_kill(campaign, zygote):
    started = time.monotonic()
    for cycle in range(CYCLES):
        acked, in_flight = kill_one_writer(campaign, zygote, cycle)
        check_after_kill(campaign, cycle, acked, in_flight)
    figures = campaign.figures
    recorded = {path for path, _ in campaign.packets.values()}
    # A kill between writing the (encrypted) packet and the commit leaves a file that no
    # disclosure records and whose password nobody saw: counted, never a record without file.
    figures["packet files without a record"] = sum(
        1 for p in Path(campaign.job["outbox"]).iterdir() if p not in recorded)
    # A kill inside atomic_write leaves its temp file (keyslots.json's: wrapped keys only).
    figures["temp files left in the vault folder"] = sum(
        1 for p in campaign.folder.iterdir() if p.name.endswith(".tmp"))
    print(f"\nkill campaign: {CYCLES} cycles (seed {SEED}) in {time.monotonic() - started:.0f} s;"
          f" {sum(v for k, v in figures.items() if k.startswith('acked '))} acknowledged calls;"
          f" {dict(sorted(figures.items()))}")
    assert figures["kills with a call in flight"] > CYCLES // 4, "kills must land inside calls"
    assert all(figures[f"acked {op}"] for op in ("note_add", "note_save", "note_finalise",
                                                 "note_amend", "consent_record",
                                                 "consent_withdraw", "document_import",
                                                 "packet", "passphrase")) or CYCLES < 50


def kill_one_writer(c: Campaign, zygote: Zygote, cycle: int) -> tuple[list[dict], dict | None]:
    """Start a writer, SIGKILL it at a seeded moment, and return what it acknowledged and
    the call it had begun but not acknowledged. The moment falls inside the chosen call (or
    the unlock): a seeded fraction of that call's usual length, learnt as the campaign runs,
    so long calls (a packet's render) are cut late as well as early."""
    calls = c.rng.randint(1, 8)
    at_open = c.rng.random() < 0.1  # sometimes during unlock (its audit events, migrations)
    target = 0 if at_open else c.rng.randint(1, calls)  # the call to cut
    fraction = c.rng.uniform(0, 1.2)
    job = {**c.job, "cycle": cycle, "calls": calls, "seed": c.rng.getrandbits(32),
           "passphrase": c.state.passphrase}
    pid = zygote.start(job)
    acked, in_flight, begun, since, deadline = [], None, 0, time.monotonic(), None
    while True:
        timeout = TIMEOUT if deadline is None else max(0.0, deadline - time.monotonic())
        message = zygote.next_line(timeout)
        if message is None:
            assert deadline is not None, f"cycle {cycle}: the writer went silent"
            break  # the moment has come
        kind, payload = message
        now = time.monotonic()
        assert kind not in ("E", "X"), f"cycle {cycle}: the writer failed:\n{payload}"
        if kind == "B":
            in_flight, begun, since = payload, begun + 1, now
        elif kind == "A":
            acked.append(payload)
            c.learn(payload["op"], now - since)
            in_flight = None
        elif kind == "R":
            c.learn("open", now - since)
        elif kind == "O":
            since = now
        if deadline is None and (kind == "D" or (kind == "O" and at_open)
                                 or (kind == "B" and begun == target)):
            step = "open" if kind == "O" else (payload["op"] if kind == "B" else "")
            deadline = now + fraction * c.usual(step)
    os.kill(pid, signal.SIGKILL)
    return finish(c, zygote, cycle, acked, in_flight)


def finish(c: Campaign, zygote: Zygote, cycle: int, acked: list[dict], in_flight: dict | None
           ) -> tuple[list[dict], dict | None]:
    """Read what the writer wrote before it died, up to the zygote's word that it is dead."""
    while True:
        message = zygote.next_line(TIMEOUT)
        assert message is not None, f"cycle {cycle}: no word that the writer died"
        kind, payload = message
        if kind == "X":
            assert os.WIFSIGNALED(payload[1]), f"cycle {cycle}: the writer ended by itself"
            return acked, in_flight
        assert kind != "E", f"cycle {cycle}: the writer failed:\n{payload}"
        if kind == "B":
            in_flight = payload
        elif kind == "A":
            acked.append(payload)
            in_flight = None


def check_after_kill(c: Campaign, cycle: int, acked: list[dict], in_flight: dict | None
                     ) -> None:
    expected = c.state
    for result in acked:
        expected = apply(expected, result)
        c.figures[f"acked {result['op']}"] += 1
        if result["op"] == "packet":
            c.packets[result["packet_id"]] = (Path(result["path"]), result["password"])
    vault, passphrase = open_after_kill(c, cycle, expected, in_flight)
    try:
        report = check_vault(vault)
        assert report.ok, f"cycle {cycle}: verify failed: {report.lines()}"
        found = read_state(vault, c.job["child_id"], passphrase)
        allowed = [expected] + ([apply(expected, in_flight, found)] if in_flight else [])
        assert found.comparable() in [s.comparable() for s in allowed], (
            f"cycle {cycle}: the vault does not hold what was acknowledged "
            f"(in flight: {in_flight})\n{diff(expected, found)}")
        landed = in_flight is not None and found.comparable() != expected.comparable()
        c.figures["kills with a call in flight"] += in_flight is not None
        c.figures["in-flight calls that landed"] += landed
        check_contents(c, vault, cycle, acked, in_flight if landed else None, found)
    finally:
        vault.lock()
    c.state = found


def open_after_kill(c: Campaign, cycle: int, expected: State, in_flight: dict | None):
    """The acknowledged passphrase opens the vault, or, with a change in flight, the new
    one (the change may have landed before the kill)."""
    user, folder = c.job["user"], c.folder
    try:
        vault = open_once_free(c, cycle, folder, user, expected.passphrase)
        return vault, expected.passphrase
    except WrongPassphrase:
        if not in_flight or in_flight["op"] != "passphrase":
            raise AssertionError(f"cycle {cycle}: the acknowledged passphrase fails") from None
    return open_once_free(c, cycle, folder, user, in_flight["new"]), in_flight["new"]


def open_once_free(c: Campaign, cycle: int, folder: Path, user: str, passphrase: str):
    """Vault.open, waiting (up to TIMEOUT) while the folder's lock is still held. A writer
    killed while it spawned a packet's child process (packet_process.py) leaves that
    child between its fork and its exec holding the lock's descriptor for a moment; once
    it execs, the descriptor closes. A lock held longer is a finding."""
    deadline, waited = time.monotonic() + TIMEOUT, False
    while True:
        try:
            vault = Vault.open(folder, user=user, passphrase=passphrase)
        except VaultInUse:
            if time.monotonic() > deadline:
                raise AssertionError(f"cycle {cycle}: the vault stays locked after the "
                                     "writer died") from None
            waited = True
            time.sleep(0.01)  # a poll for the child's exec, not a wait for a result
            continue
        c.figures["opens that waited for a dying writer's child"] += waited
        return vault


def check_contents(c: Campaign, vault, cycle: int, acked: list[dict], landed: dict | None,
                   found: State) -> None:
    """Bytes, not only rows: documents read back whole, packets open and verify, and every
    recorded disclosure has its packet file."""
    full = cycle % FULL_CHECK_EVERY == FULL_CHECK_EVERY - 1 or cycle == CYCLES - 1
    doc_ids = set(found.documents) if full else {
        r["id"] for r in acked if r["op"] == "document_import"}
    if landed and landed["op"] == "document_import":
        doc_ids |= set(found.documents) - set(c.state.documents)
    for doc_id in doc_ids:
        data = vault.documents.read(doc_id)
        assert hashlib.sha256(data).hexdigest() == found.documents[doc_id], (
            f"cycle {cycle}: document {doc_id}")
    if landed and landed["op"] == "packet":
        for packet_id in found.disclosures - c.state.disclosures:
            c.packets[packet_id] = (Path(landed["path"]), "")
    for packet_id in found.disclosures:
        path, _ = c.packets.get(packet_id, (Path("/nonexistent"), ""))
        assert path.is_file(), f"cycle {cycle}: disclosure {packet_id} has no packet file"
    for result in acked:
        if result["op"] == "packet":
            report = verify_packet(Path(result["path"]).read_bytes(), result["password"])
            assert report.ok and report.manifest["packet_id"] == result["packet_id"], cycle
    if full:
        vault_key = keys.KeySlots.load(c.folder / "keyslots.json").unwrap_recovery(
            c.recovery_key)
        assert vault_key == vault.context.database_key(), "the recovery key still opens"


def diff(expected: State, found: State) -> str:
    lines = []
    for name in ("notes", "consents", "documents"):
        want, got = getattr(expected, name), getattr(found, name)
        for key in sorted(set(want) | set(got)):
            if want.get(key) != got.get(key):
                lines.append(f"  {name}[{key}]: expected {want.get(key)!r}, found {got.get(key)!r}")
    if expected.disclosures != found.disclosures:
        lines.append(f"  disclosures: expected {sorted(expected.disclosures)}, "
                     f"found {sorted(found.disclosures)}")
    return "\n".join(lines[:20])
