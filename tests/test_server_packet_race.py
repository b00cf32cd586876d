"""Consent holds across computers, through the services (issue 14): a counsellor makes a
packet on one computer while the parent's withdrawal is recorded on another, many times.
Both read first and are held at a barrier so their reads overlap; then each writes. The
packet's re-check and its disclosure, and the withdrawal with its read of the disclosures
that relied on the consent, each run in one SERIALIZABLE transaction
(`VaultContext.serializable`), so the server must abort one and its rerun sees the other:
either the packet is refused and leaves no file, or the withdrawal saw its disclosure.
Never a disclosure the withdrawal missed (it would commit after the withdrawal)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from casefile import consents as consents_module
from casefile import packets as packets_module
from casefile.errors import CasefileError
from casefile.model import AuditAction, Category
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE

TRIALS = 6


class Once:
    """Counts a transaction's runs; `wait` holds the first run at the barrier only (a
    rerun goes straight on)."""

    def __init__(self, barrier: threading.Barrier) -> None:
        self._barrier, self.runs = barrier, 0

    def run(self) -> None:
        self.runs += 1

    def wait(self) -> None:
        if self.runs == 1:
            self._barrier.wait(timeout=30)


@pytest.fixture
def two_computers(pg_empty_database, clock, secrets):
    here = Vault.create(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                        secrets=secrets, practice_name="Praktijk Testlaan")
    there = Vault.open(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                       secrets=secrets)
    yield here, there
    there.lock()
    here.lock()


def test_a_withdrawal_on_another_computer_and_a_packet_never_miss_each_other(
        two_computers, tmp_path, monkeypatch):
    here, there = two_computers
    kid = here.children.add(first_name="Kiki", last_name="Wolters", birth_date=date(2016, 4, 4))
    mum = here.guardians.add(kid.id, name="Ilse Wolters", has_authority=True)
    school = here.organisations.add(name="obs De Linde", kind="school")
    here.notes.finalise(here.notes.add(kid.id, text="Spelling gaat vooruit.").id)

    pauses: dict[str, Once] = {}
    recheck, event = packets_module.Packets._recheck, consents_module.Consents._event

    def held_recheck(self, *args, **kwargs):
        pauses["packet"].run()
        recheck(self, *args, **kwargs)  # a rerun after the withdrawal refuses here
        pauses["packet"].wait()

    def held_event(self, *args, **kwargs):
        pauses["withdrawal"].run()
        pauses["withdrawal"].wait()
        return event(self, *args, **kwargs)

    monkeypatch.setattr(packets_module.Packets, "_recheck", held_recheck)
    monkeypatch.setattr(consents_module.Consents, "_event", held_event)

    made = refused = reruns = 0
    for trial in range(TRIALS):
        consent = here.consents.record(
            kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
            categories={Category.SESSION_NOTES}, given_by=[mum.id], method="written",
            valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
        barrier = threading.Barrier(2)
        pauses.update(packet=Once(barrier), withdrawal=Once(barrier))
        out = tmp_path / f"packet-{trial}.pdf"

        def make_packet(out):
            try:
                return here.packets.create(kid.id, school.id, out)
            except CasefileError as exc:
                return exc

        with ThreadPoolExecutor(2) as pool:
            packet = pool.submit(make_packet, out)
            withdrawal = pool.submit(there.consents.withdraw, consent.id, by=mum.id,
                                     reason="Verhuisd")
            packet, withdrawal = packet.result(timeout=60), withdrawal.result(timeout=60)
        assert withdrawal.withdrawal is not None
        reruns += pauses["packet"].runs + pauses["withdrawal"].runs - 2
        seen = [e.details["disclosures"]
                for e in there.audit.events(action=AuditAction.CONSENT_WITHDRAWN, limit=1)
                if e.object_id == str(consent.id)]
        assert seen, "the withdrawal's audit event names the disclosures it saw"
        if isinstance(packet, CasefileError):
            refused += 1
            assert packet.code in {"consent_required", "packet_changed"}, packet
            assert not out.exists()
            assert consent.id not in {c for d in here.packets.disclosures(kid.id)
                                      for c in d.consent_ids}
        else:
            made += 1
            assert packet.disclosure_id in seen[0], (
                "a disclosure committed that the withdrawal did not see")
            assert out.exists()
    # The barrier makes both read before either writes: the server aborted one every time.
    assert reruns >= TRIALS
    assert made + refused == TRIALS
