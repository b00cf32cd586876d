"""The writer of the kill campaign (test_kill_campaign.py), run as a program.

It starts as a *zygote*: it imports Casefile and Qt once, then forks one writer per job read
from stdin, so a cycle costs a fork instead of a Python and Qt start (the campaign runs
hundreds). The zygote itself never opens a vault, starts a thread or makes a Qt object, so
each fork begins clean. Every message is one line written with one `write` (shorter than
PIPE_BUF, so a kill never leaves half a line) on the shared stdout:

    P pid            zygote: a writer started
    O                writer: about to open the vault
    R                writer: the vault is open
    B {intent}       writer: about to make this call
    A {result}       writer: the call returned (only then is it acknowledged)
    E text           writer: a call raised (the campaign fails)
    D                writer: did every call it was given; waits for its kill
    X pid status     zygote: the writer is dead and reaped

Only fictional data; the passphrases are the test's own and travel over the pipe, never in
an argument.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sys
import traceback
from datetime import date, timedelta
from pathlib import Path

# Weights of the calls a writer makes (the campaign's mix of work).
OPS = {"note_add": 20, "note_save": 24, "note_finalise": 10, "note_amend": 10,
       "consent_record": 8, "consent_withdraw": 7, "document_import": 10, "packet": 6,
       "passphrase": 5}
WORDS = ("lezen", "spelling", "rekenen", "huiswerk", "planning", "concentratie", "toets",
         "woordenschat", "begrijpend", "oefenen", "samenvatten", "motivatie")


def send(kind: str, payload: object | None = None) -> None:
    line = kind if payload is None else f"{kind} {json.dumps(payload)}"
    data = (line + "\n").encode()
    assert len(data) < 4096, "a message must fit one atomic pipe write"
    os.write(1, data)


def main() -> None:
    from casefile.storage import keys

    keys.DEFAULT_KDF = keys.CHEAP_KDF  # rewraps use it too: the campaign reopens often
    import casefile.packet_format
    import casefile.render
    import casefile.vault  # noqa: F401  (every service and its libraries, warm for each fork)

    for line in sys.stdin:
        go, release = os.pipe()  # the writer waits until its P line is out, so P comes first
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                os.close(release)
                os.read(go, 1)
                Writer(json.loads(line)).run()
            except BaseException:
                send("E", traceback.format_exc()[-3000:])
                code = 1
            os._exit(code)
        os.close(go)
        send("P", pid)
        os.write(release, b"g")
        os.close(release)
        _, status = os.waitpid(pid, 0)
        send("X", [pid, status])


class Writer:
    def __init__(self, job: dict) -> None:
        self.job = job
        self.rng = random.Random(job["seed"])
        self.vault = None
        self.child_id = job["child_id"]

    def run(self) -> None:
        from casefile.render import ensure_gui_app
        from casefile.vault import Vault

        ensure_gui_app()
        send("O")
        self.vault = Vault.open(self.job["vault"], user=self.job["user"],
                                passphrase=self.job["passphrase"])
        send("R")
        for number in range(self.job["calls"]):
            name = self.rng.choices(list(OPS), weights=list(OPS.values()))[0]
            intent = getattr(self, f"plan_{name}")(number)
            if intent is None:
                continue  # nothing to do it on yet (no draft to finalise, ...)
            send("B", intent)
            send("A", getattr(self, f"do_{name}")(intent))
        send("D")
        while True:
            signal.pause()  # the campaign kills us; a signal that is not SIGKILL waits on

    # -- what the vault holds now ----------------------------------------------------------

    def _notes(self, finalised: bool):
        notes = self.vault.notes.list(self.child_id, limit=40)
        return [n for n in notes if n.finalised == finalised]

    def _text(self, number: int) -> str:
        words = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(3, 40)))
        return f"Sessie {self.job['cycle']}.{number}: {words}."

    # -- plans (the intent, sent before the call) and calls ---------------------------------

    def plan_note_add(self, number: int) -> dict:
        return {"op": "note_add", "text": self._text(number)}

    def do_note_add(self, intent: dict) -> dict:
        note = self.vault.notes.add(self.child_id, text=intent["text"])
        return {**intent, "id": note.id}

    def plan_note_save(self, number: int) -> dict | None:
        drafts = self._notes(finalised=False)
        if not drafts:
            return None
        return {"op": "note_save", "id": self.rng.choice(drafts).id, "text": self._text(number)}

    def do_note_save(self, intent: dict) -> dict:
        self.vault.notes.save_draft(intent["id"], text=intent["text"])
        return intent

    def plan_note_finalise(self, number: int) -> dict | None:
        drafts = self._notes(finalised=False)
        return {"op": "note_finalise", "id": self.rng.choice(drafts).id} if drafts else None

    def do_note_finalise(self, intent: dict) -> dict:
        note = self.vault.notes.finalise(intent["id"])
        return {**intent, "version": note.version}

    def plan_note_amend(self, number: int) -> dict | None:
        finals = self._notes(finalised=True)
        if not finals:
            return None
        note = self.rng.choice(finals)
        return {"op": "note_amend", "id": note.id, "text": self._text(number),
                "version": note.version + 1}

    def do_note_amend(self, intent: dict) -> dict:
        note = self.vault.notes.amend(intent["id"], text=intent["text"],
                                      reason="Verduidelijking na overleg")
        return {**intent, "version": note.version}

    def plan_consent_record(self, number: int) -> dict:
        return {"op": "consent_record", "purpose": f"Overdracht {self.job['cycle']}.{number}"}

    def do_consent_record(self, intent: dict) -> dict:
        today = date.today()
        consent = self.vault.consents.record(
            self.child_id, scope="disclosure", recipient_id=self.job["school_id"],
            purpose=intent["purpose"], categories={"identity", "session_notes"},
            given_by=self.job["guardian_ids"], method="written",
            valid_from=today - timedelta(days=1), valid_until=today + timedelta(days=365))
        return {**intent, "id": consent.id}

    def plan_consent_withdraw(self, number: int) -> dict | None:
        open_ = [c.id for c in self.vault.consents.list(self.child_id)
                 if c.withdrawal is None and c.id != self.job["base_consent_id"]]
        return {"op": "consent_withdraw", "id": self.rng.choice(open_)} if open_ else None

    def do_consent_withdraw(self, intent: dict) -> dict:
        self.vault.consents.withdraw(intent["id"], by=self.job["guardian_ids"][0],
                                     reason="Ouders willen eerst een gesprek")
        return intent

    def plan_document_import(self, number: int) -> dict:
        # Mostly small; sometimes past one 256 KiB chunk, so multi-chunk imports are killed too
        size = self.rng.randint(300_001, 600_000) if self.rng.random() < 0.05 else \
            self.rng.randint(1, 30_000)
        data = self.rng.randbytes(size)
        source = Path(self.job["inbox"]) / f"verslag-{self.job['cycle']}-{number}.bin"
        source.write_bytes(data)
        return {"op": "document_import", "source": str(source),
                "sha256": hashlib.sha256(data).hexdigest()}

    def do_document_import(self, intent: dict) -> dict:
        doc = self.vault.documents.import_file(self.child_id, intent["source"],
                                               category="assessments")
        return {**intent, "id": doc.id}

    def plan_packet(self, number: int) -> dict:
        finals = self._notes(finalised=True)
        items = ["identity"] + ([f"note:{self.rng.choice(finals).id}"] if finals else [])
        out = Path(self.job["outbox"]) / f"pakket-{self.job['cycle']}-{number}.pdf"
        return {"op": "packet", "path": str(out), "items": items}

    def do_packet(self, intent: dict) -> dict:
        packet = self.vault.packets.create(self.child_id, self.job["school_id"],
                                           intent["path"], items=intent["items"])
        return {**intent, "packet_id": packet.packet_id, "password": packet.password}

    def plan_passphrase(self, number: int) -> dict:
        return {"op": "passphrase",
                "new": f"{self.job['passphrase_stem']}-{self.job['cycle']}-{number}"}

    def do_passphrase(self, intent: dict) -> dict:
        self.vault.users.change_passphrase(intent["new"])
        return intent


if __name__ == "__main__":
    main()
