"""Consent holds across computers (DESIGN section 10): a withdrawal on one computer and a
packet's disclosure on another, at the same moment, each in one SERIALIZABLE transaction.
Both read first and then write, held at a barrier so their reads always overlap; the
server must then abort one, and its rerun sees the other. Never may a disclosure commit
that the withdrawal did not see (it lists every earlier packet for the Art 19 letter)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

from casefile import practice_server
from casefile.model import Category
from casefile.storage import server
from casefile.storage.repositories.pg import caseload, consents, people
from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.pg.people import server_connection
from support import ADMIN, COUNSELLOR, PASSPHRASE

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TRIALS = 8


def _child_and_school(conn: ServerConnection) -> tuple[int, int]:
    with server.transaction(conn.pg):
        school = people.add(conn, "organisation", {
            "name": "obs De Linde", "kind": "school", "contact_person": "", "email": "",
            "phone": "", "address": "", "created_at": NOW, "updated_at": NOW})
        kid = people.add(conn, "child", {
            "first_name": "Kiki", "last_name": "Wolters", "birth_date": date(2016, 4, 4),
            "school_group": "", "created_at": NOW, "updated_at": NOW})
    return kid, school


def _consent(conn: ServerConnection, kid: int, school: int, user_id: int) -> int:
    with server.transaction(conn.pg):
        return consents.add_consent(conn, {
            "child_id": kid, "scope": "disclosure", "recipient_id": school,
            "purpose": "Overdracht", "categories": {Category.SESSION_NOTES},
            "covers_special": False, "given_by": [], "child_agrees": None,
            "method": "written", "valid_from": date(2026, 1, 1),
            "valid_until": date(2027, 1, 1), "recorded_by": user_id, "recorded_at": NOW})


class Once:
    """Waits at the barrier on a transaction's first run only (a rerun goes straight on)."""

    def __init__(self, barrier: threading.Barrier) -> None:
        self._barrier, self._done = barrier, False

    def __call__(self) -> None:
        if not self._done:
            self._done = True
            self._barrier.wait(timeout=20)


def _withdraw(conn: ServerConnection, consent_id: int, kid: int, user_id: int,
              pause: Once, runs: list[int]) -> list[int]:
    def work(_pg) -> list[int]:
        runs.append(1)
        seen = [d.id for d in consents.disclosures_relying_on(conn, consent_id)]
        pause()
        consents.add_event(conn, {
            "consent_id": consent_id, "child_id": kid, "kind": "withdrawn",
            "effective_at": NOW, "reason": "", "recorded_by": user_id, "recorded_at": NOW})
        return seen

    return server.serializable(conn.pg, work)


def _disclose(conn: ServerConnection, consent_id: int, kid: int, school: int, user_id: int,
              pause: Once, runs: list[int]) -> int | None:
    def work(_pg) -> int | None:
        runs.append(1)
        consent = consents.consent(conn, consent_id)
        pause()
        if consent.withdrawal is not None:
            return None  # the re-check refuses: no packet, no record
        return consents.add_disclosure(conn, {
            "packet_id": f"packet-{consent_id}", "child_id": kid, "recipient_id": school,
            "consent_ids": [consent_id], "items": [], "created_by": user_id,
            "created_at": NOW, "reason": ""})

    return server.serializable(conn.pg, work)


def test_a_withdrawal_and_a_disclosure_at_once_never_miss_each_other(pg_empty_database):
    practice_server.initialise(pg_empty_database, ADMIN, PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as admin:
        practice_server.add_user(admin, COUNSELLOR, temporary_passphrase=PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as one, \
            practice_server.open_server(pg_empty_database, COUNSELLOR, PASSPHRASE) as two, \
            ThreadPoolExecutor(2) as pool:
        here = server_connection(one.db(), one.sealer)
        there = server_connection(two.db(), two.sealer)
        kid, school = _child_and_school(here)
        with server.transaction(here.pg):  # the counsellor's own dossier (need-to-know)
            caseload.add(here, kid, two.user.id, by=one.user.id, at=NOW, reason="begeleider")
        runs: list[int] = []
        for _ in range(TRIALS):
            cid = _consent(here, kid, school, one.user.id)
            barrier = threading.Barrier(2)
            withdrawn = pool.submit(_withdraw, here, cid, kid, one.user.id, Once(barrier),
                                    runs)
            disclosed = pool.submit(_disclose, there, cid, kid, school, two.user.id,
                                    Once(barrier), runs)
            seen, disclosure = withdrawn.result(timeout=60), disclosed.result(timeout=60)
            assert disclosure is None or disclosure in seen
            assert consents.consent(here, cid).withdrawal is not None
        assert len(runs) > 2 * TRIALS  # the server did abort, and the reruns decided
