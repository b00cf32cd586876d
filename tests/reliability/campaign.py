"""The kill campaign's harness: the writer zygote seen from the test, and the model of what
the vault must hold (every acknowledged call, plus at most the one call in flight)."""

from __future__ import annotations

import copy
import json
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

WRITER = Path(__file__).with_name("writer.py")
TIMEOUT = 60.0  # seconds without a message before the harness gives up (a hang is a failure)


class Zygote:
    """The writer program (writer.py): forks one writer per job and reports its lines."""

    def __init__(self, log: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self._log = log.open("wb")
        self._process = subprocess.Popen(
            [sys.executable, str(WRITER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._log, env=env, start_new_session=True)
        self._buffer = b""

    def start(self, job: dict) -> int:
        self._process.stdin.write((json.dumps(job) + "\n").encode())
        self._process.stdin.flush()
        kind, pid = self.next_line(TIMEOUT)
        assert kind == "P", f"the zygote answered {kind} {pid}"
        return pid

    def next_line(self, timeout: float) -> tuple[str, object] | None:
        """The next message, or None when `timeout` seconds pass without one."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._process.stdout], [], [], left)
            if ready:
                chunk = os.read(self._process.stdout.fileno(), 65536)
                if not chunk:
                    raise AssertionError(f"the writer zygote died; see {self._log.name}")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        kind, _, payload = line.decode().partition(" ")
        return kind, (json.loads(payload) if payload else None)

    def close(self) -> None:
        if self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGKILL)  # the zygote and any writer left
        self._process.wait()
        self._log.close()


@dataclass
class State:
    """What the vault holds, in the terms the campaign checks."""

    notes: dict[int, tuple[str, bool, int]] = field(default_factory=dict)  # text, final, version
    consents: dict[int, bool] = field(default_factory=dict)  # id -> withdrawn
    documents: dict[int, str] = field(default_factory=dict)  # id -> sha256 of the content
    disclosures: set[str] = field(default_factory=set)  # packet ids
    passphrase: str = ""

    def comparable(self) -> tuple:
        return self.notes, self.consents, self.documents, self.disclosures, self.passphrase


def read_state(vault, child_id: int, passphrase: str) -> State:
    """The vault's state through its public services (what a counsellor would see)."""
    notes = vault.notes.list(child_id, limit=10**9)
    docs = vault.documents.list(child_id, limit=10**9)
    return State(
        notes={n.id: (n.text, n.finalised, n.version) for n in notes},
        consents={c.id: c.withdrawal is not None for c in vault.consents.list(child_id)},
        documents={d.id: d.sha256 for d in docs},
        disclosures={d.packet_id for d in vault.packets.disclosures(child_id)},
        passphrase=passphrase)


def apply(state: State, result: dict, found: State | None = None) -> State:
    """The state after one call. For a call in flight (an intent without its result) the
    new record's id is taken from `found`, the state read back after the kill."""
    after = copy.deepcopy(state)
    op = result["op"]
    if op in ("note_add", "consent_record", "document_import", "packet") and "id" not in result \
            and "packet_id" not in result:
        result = {**result, **_new_id(state, found, op)}
        if result.get("id") is None and result.get("packet_id") is None:
            return after  # the call in flight left nothing: the same state
    if op == "note_add":
        after.notes[result["id"]] = (result["text"], False, 1)
    elif op == "note_save":
        after.notes[result["id"]] = (result["text"], False, after.notes[result["id"]][2])
    elif op == "note_finalise":
        text, _, version = after.notes[result["id"]]
        after.notes[result["id"]] = (text, True, version)
    elif op == "note_amend":
        after.notes[result["id"]] = (result["text"], True, result["version"])
    elif op == "consent_record":
        after.consents[result["id"]] = False
    elif op == "consent_withdraw":
        after.consents[result["id"]] = True
    elif op == "document_import":
        after.documents[result["id"]] = result["sha256"]
    elif op == "packet":
        after.disclosures.add(result["packet_id"])
    elif op == "passphrase":
        after.passphrase = result["new"]
    return after


def _new_id(state: State, found: State | None, op: str) -> dict:
    if found is None:
        return {}
    if op == "packet":
        new = found.disclosures - state.disclosures
        return {"packet_id": new.pop()} if len(new) == 1 else {}
    table = {"note_add": "notes", "consent_record": "consents",
             "document_import": "documents"}[op]
    new = set(getattr(found, table)) - set(getattr(state, table))
    return {"id": new.pop()} if len(new) == 1 else {}
