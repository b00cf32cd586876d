"""Consent holds across computers, through the services (issue 14): a counsellor makes a
packet on one computer while the parent's withdrawal is recorded on another, several times.
The packet's re-check and its disclosure, and the withdrawal with its read of the
disclosures that relied on the consent, each run in one SERIALIZABLE transaction that
first locks the audit chain (`VaultContext.serializable`, server_context.py).

The withdrawal starts once the packet's transaction has read the consent, and the packet
then waits (up to WAIT seconds) until the withdrawal has read the disclosures. With that
transaction the withdrawal is waiting for the chain's lock meanwhile, so it reads only
after the disclosure committed and names it. With plain transactions both read before
either writes, and a disclosure commits that the withdrawal missed: the test fails."""

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

TRIALS = 4
WAIT = 3.0  # seconds the packet waits for the withdrawal's read; it never comes


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

    recheck, event = packets_module.Packets._recheck, consents_module.Consents._event
    packet_read, withdrawal_read = threading.Event(), threading.Event()

    def held_recheck(self, *args, **kwargs):
        recheck(self, *args, **kwargs)
        packet_read.set()
        withdrawal_read.wait(timeout=WAIT)

    def held_event(self, *args, **kwargs):
        withdrawal_read.set()  # it has read the disclosures relying on the consent
        return event(self, *args, **kwargs)

    def make_packet(out):
        try:
            return here.packets.create(kid.id, school.id, out)
        except CasefileError as exc:
            return exc

    def withdraw(consent_id):
        assert packet_read.wait(timeout=60)
        return there.consents.withdraw(consent_id, by=mum.id, reason="Verhuisd")

    monkeypatch.setattr(packets_module.Packets, "_recheck", held_recheck)
    monkeypatch.setattr(consents_module.Consents, "_event", held_event)
    for trial in range(TRIALS):
        consent = here.consents.record(
            kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
            categories={Category.SESSION_NOTES}, given_by=[mum.id], method="written",
            valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
        packet_read.clear()
        withdrawal_read.clear()
        out = tmp_path / f"packet-{trial}.pdf"
        with ThreadPoolExecutor(2) as pool:
            packet = pool.submit(make_packet, out)
            withdrawal = pool.submit(withdraw, consent.id)
            packet, withdrawal = packet.result(timeout=60), withdrawal.result(timeout=60)
        assert withdrawal.withdrawal is not None
        assert not isinstance(packet, CasefileError), packet  # it read first: it goes
        assert out.exists()
        seen = [e.details["disclosures"]
                for e in there.audit.events(action=AuditAction.CONSENT_WITHDRAWN, limit=1)
                if e.object_id == str(consent.id)]
        assert seen, "the withdrawal's audit event names the disclosures it saw"
        assert packet.disclosure_id in seen[0], (
            "a disclosure committed that the withdrawal did not see")
    # and after the withdrawal, no packet
    with pytest.raises(CasefileError) as refused:
        here.packets.create(kid.id, school.id, tmp_path / "late.pdf")
    assert refused.value.code == "consent_required"
    assert not (tmp_path / "late.pdf").exists()
