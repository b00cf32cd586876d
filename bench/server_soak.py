"""Several computers on one practice server for a while (issue 14, "Measured"): four
clients write notes, one records and withdraws consents, one makes packets from them,
each with its own connection, all at once. Afterwards, on a fresh unlock: every note a
client was told was saved is there with its text; no disclosure relies on a consent
whose withdrawal did not see it (it would have committed after the withdrawal); and
`verify --server` finds the audit chain, its signatures and roles sound.

    CASEFILE_TEST_PG=URL .venv/bin/python bench/server_soak.py [--minutes 10]

Exit status 0 when nothing was lost or wrong, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from server import PASSPHRASE, USER, WORDS, new_database  # noqa: E402

from casefile import render  # noqa: E402
from casefile.errors import CasefileError  # noqa: E402
from casefile.model import AuditAction, Category  # noqa: E402
from casefile.server_audit import verify_server  # noqa: E402
from casefile.vault import Vault  # noqa: E402

WRITERS = 4
CHILDREN = 40


class Soak:
    def __init__(self, url: str, deadline: float, out: Path) -> None:
        self.url, self.deadline, self.out = url, deadline, out
        self.saved: dict[int, str] = {}  # note id -> the text its client was told was saved
        self.made: list[int] = []  # disclosure ids
        self.counts: Counter[str] = Counter()
        self.failures: list[str] = []
        self.guard = threading.Lock()

    def client(self, vault: Vault, work) -> None:
        try:
            rng = random.Random(threading.get_ident())
            while time.monotonic() < self.deadline:
                try:
                    work(vault, rng)
                except CasefileError as exc:
                    with self.guard:
                        self.counts[f"refused: {exc.code}"] += 1
                except Exception as exc:  # every other failure is a finding
                    with self.guard:
                        self.failures.append(f"{type(exc).__name__}: {exc}")
        finally:
            vault.lock()

    def write_note(self, vault: Vault, rng: random.Random) -> None:
        kid = rng.randint(1, CHILDREN)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40)))
        note = vault.notes.add(kid, text=text)
        if rng.random() < 0.3:
            text += " aangevuld"
            vault.notes.save_draft(note.id, text=text)
        with self.guard:
            self.saved[note.id] = text
            self.counts["notes saved"] += 1

    def consents(self, vault: Vault, rng: random.Random) -> None:
        """Record a consent, or withdraw the one in force. A consent then stands for 1-8 s,
        long enough for a packet or several even on a loaded machine (one that lived for
        0.2-2 s let none through); a withdrawal leaves a gap of 0.2-1 s without one, so
        many packets start while a withdrawal is near."""
        active = [c for c in vault.consents.list(self.kid) if c.withdrawal is None]
        if active:
            vault.consents.withdraw(rng.choice(active).id, by=self.mum, reason="Bedacht")
            self.counts["withdrawals"] += 1
            time.sleep(rng.uniform(0.2, 1.0))
        else:
            vault.consents.record(
                self.kid, scope="disclosure", recipient_id=self.school, purpose="Overstap",
                categories={Category.SESSION_NOTES}, given_by=[self.mum], method="written",
                valid_from=date(2026, 1, 1), valid_until=date(2030, 1, 1))
            self.counts["consents recorded"] += 1
            time.sleep(rng.uniform(1.0, 8.0))

    def packet(self, vault: Vault, rng: random.Random) -> None:
        name = self.out / f"p{rng.getrandbits(64):x}.pdf"
        packet = vault.packets.create(self.kid, self.school, name)
        name.unlink()
        with self.guard:
            self.made.append(packet.disclosure_id)
            self.counts["packets made"] += 1

    def prepare(self) -> None:
        vault = Vault.create(self.url, user=USER, passphrase=PASSPHRASE,
                             practice_name="Praktijk Soak", check_strength=False)
        try:
            for i in range(CHILDREN):
                vault.children.add(first_name="Kind", last_name=f"Soak{i}",
                                   birth_date=date(2015, 1, 1))
            self.school = vault.organisations.add(name="obs De Linde", kind="school").id
            self.kid = vault.children.add(first_name="Kiki", last_name="Wolters",
                                          birth_date=date(2016, 4, 4)).id
            self.mum = vault.guardians.add(self.kid, name="Ilse Wolters",
                                           has_authority=True).id
            vault.notes.finalise(vault.notes.add(self.kid, text="Spelling gaat vooruit.").id)
        finally:
            vault.lock()

    def check(self) -> list[str]:
        problems = list(self.failures)
        vault = Vault.open(self.url, user=USER, passphrase=PASSPHRASE)
        try:
            for note_id, text in self.saved.items():
                if vault.notes.get(note_id).text != text:
                    problems.append(f"note {note_id}: not as its client saved it")
            seen: dict[str, set[int]] = {}
            before = None
            while True:
                events = vault.audit.events(action=AuditAction.CONSENT_WITHDRAWN, limit=200,
                                            before_id=before)
                if not events:
                    break
                for e in events:
                    seen[e.object_id] = set(e.details.get("disclosures", []))
                before = events[-1].id
            for d in vault.packets.disclosures(self.kid):
                for consent_id in d.consent_ids:
                    consent = vault.consents.get(consent_id)
                    if consent.withdrawal and d.id not in seen.get(str(consent_id), set()):
                        problems.append(f"disclosure {d.id} relies on consent {consent_id} "
                                        "whose withdrawal did not see it")
            missing = set(self.made) - {d.id for d in vault.packets.disclosures(self.kid)}
            problems += [f"disclosure {i} acknowledged but not recorded" for i in missing]
            report = verify_server(vault.context.session)
            self.counts["audit events verified"] = report.events
            problems += [f"verify: {f.code} {f.args}" for f in report.problems]
        finally:
            vault.lock()
        return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    args = parser.parse_args()
    dsn = os.environ.get("CASEFILE_TEST_PG")
    if not dsn:
        sys.exit("set CASEFILE_TEST_PG (scripts/pg-test-server start DIR prints it)")
    url, drop = new_database(dsn)
    try:
        with tempfile.TemporaryDirectory(prefix="casefile-soak-") as folder:
            soak = Soak(url, 0, Path(folder))
            soak.prepare()
            render.ensure_gui_app()  # the packets' renderer, made on this (the main) thread
            work = [soak.write_note] * WRITERS + [soak.consents, soak.packet]
            # one unlock after another (each its own connection), before the clock starts
            clients = [Vault.open(url, user=USER, passphrase=PASSPHRASE) for _ in work]
            threads = [threading.Thread(target=soak.client, args=(v, w))
                       for v, w in zip(clients, work, strict=True)]
            soak.deadline = time.monotonic() + args.minutes * 60
            started = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            took = time.monotonic() - started
            problems = soak.check()
    finally:
        drop()
    print(f"{len(work)} clients ({WRITERS} writing notes, 1 consents and withdrawals, "
          f"1 packets) for {took / 60:.1f} minutes")
    for name, count in sorted(soak.counts.items()):
        print(f"  {name}: {count}")
    if not soak.counts["packets made"]:
        problems.append("no packet was made: the race was not tried")
    print(f"problems: {len(problems)}")
    for problem in problems[:20]:
        print(f"  {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
