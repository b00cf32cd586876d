"""The hash-chained audit log.

Each event's hash is an HMAC-SHA256, keyed with a secret derived from the vault key, over the
previous hash and the event's canonical JSON. The newest hash is also kept in `meta`, so a
removed tail is found as well as a changed or removed row in the middle. Events never carry
names, note text or other personal data: only ids, codes and counts.

Anyone with the database key can recompute that chain, so each event is also signed by its
actor's own key (see `signatures`). A failed unlock has no key to sign with: it waits beside
the vault and is appended, signed by whoever unlocks next, at the next unlock."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import signatures
from casefile.canonical import canonical
from casefile.errors import NotOnCaseload, NotPermitted, VaultLocked
from casefile.model import AuditAction, AuditEvent, Role, User
from casefile.storage import database, keys
from casefile.storage.database import Connection
from casefile.storage.engines import audit as repo
from casefile.storage.engines import caseload as caseload_repo
from casefile.storage.engines import users as user_repo
from casefile.storage.failures import domain_error

GENESIS = "0" * 64


class AuditChainBroken(Exception):
    """Raised by `verify(strict=True)`; carries the report."""

    def __init__(self, report: AuditReport) -> None:
        super().__init__(f"The audit chain is broken at event {report.first_broken_id}."
                         if report.first_broken_id is not None else
                         "The audit log fails its signature or head checks.")
        self.report = report



@dataclass(frozen=True)
class AuditReport:
    events: int
    first_broken_id: int | None = None
    problem: str = ""  # a code: changed, removed, tail_removed
    # `code: detail` lines from the signature, role, pin and recorded-head checks
    problems: tuple[str, ...] = ()
    signed_since: int | None = None  # the first admin's own grant; older events it vouches for
    head_id: int = 0
    head_hash: str = GENESIS

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None and not self.problem and not self.problems


def chain_hash(key: bytes, prev_hash: str, fields: dict[str, object]) -> str:
    return hmac.new(key, prev_hash.encode() + canonical(fields), hashlib.sha256).hexdigest()


class AuditLog:
    def __init__(self, key: bytes, user: Callable[[], User | None], clock, workstation: str,
                 db: Callable[[], Connection],
                 signer: Callable[[], Ed25519PrivateKey | None] = lambda: None,
                 anchors: Callable[[], signatures.Anchors] = signatures.Anchors) -> None:
        self._key = bytearray(key)
        self._user = user
        self._clock = clock
        self._workstation = workstation
        self._db = db
        self._signer = signer  # the unlocked user's own key: every event is signed by it
        self._anchors = anchors

    def _live_key(self) -> bytes:
        if not self._key:
            raise VaultLocked()
        return bytes(self._key)  # a short-lived copy for one HMAC; the bytearray is wiped

    def forget_key(self) -> None:
        """On lock: the chain key is wiped and dropped (every later use fails)."""
        self._key[:] = bytes(len(self._key))
        self._key = bytearray()

    def record(self, conn: Connection, *, action: AuditAction, object_type: str,
               object_id: object = "", child_id: int | None = None, outcome: str = "ok",
               details: dict[str, object] | None = None, user: User | None = None) -> None:
        """Append one event. Call inside the transaction that makes the change."""
        who = user or self._user()
        fields: dict[str, object] = {
            "at": self._clock.now().isoformat(timespec="microseconds"),
            "user_id": who.id if who else None,
            "role": str(who.role) if who else "",
            "action": AuditAction(action).value,  # an unknown action is refused here
            "object_type": object_type,
            "object_id": str(object_id),
            "child_id": child_id,
            "outcome": outcome,
            "workstation": self._workstation,
            "details": canonical(details or {}).decode(),
        }
        prev = repo.last_hash(conn) or GENESIS
        signer = self._signer()
        signature = signatures.sign_event(signer, prev, fields) if signer else ""
        repo.append(conn, fields, prev, chain_hash(self._live_key(), prev, fields), signature)

    def verify(self, strict: bool = False) -> AuditReport:
        """Walk the chain (the report names the first broken link), then check what an
        insider holding the database key could still rewrite: each event's signature and
        stated role, the users table against the signed roles, and the chain head against
        the heads and pins recorded beside the vault and in the newest backup."""
        try:
            conn = self._db()
            report = verify_chain(conn, self._live_key())
            if report.ok:
                report = self._trust(conn, report)
        except database.Error as exc:  # a damaged page: one sentence, not a traceback
            raise domain_error(exc) from None
        if strict and not report.ok:
            raise AuditChainBroken(report)
        return report

    def _trust(self, conn: Connection, chain: AuditReport) -> AuditReport:
        anchors = self._anchors()
        wanted = {h.event_id for h in anchors.heads}
        hashes: dict[int, str] = {}
        last = (0, GENESIS)

        def walk() -> Iterator:
            nonlocal last
            for link in repo.chain(conn):
                if link.id in wanted:
                    hashes[link.id] = link.hash
                last = (link.id, link.hash)
                yield {**link.fields, "id": link.id, "prev_hash": link.prev_hash,
                       "signature": link.signature}

        state = signatures.replay(walk(), anchors.pins)
        problems = list(state.problems) + signatures.anchor_problems(anchors, hashes)
        if state.signing:
            problems += signatures.table_problems(
                state, ((u.id, u.role, u.active) for u in user_repo.everyone(conn)))
        return AuditReport(chain.events, problems=tuple(problems),
                           signed_since=state.started_at, head_id=last[0], head_hash=last[1])

    def chain_intact(self, conn: Connection) -> bool:
        """The chain as `conn` holds it (a backup's copy, say) is whole."""
        return verify_chain(conn, self._live_key()).ok

    def events(self, *, child_id: int | None = None, user_id: int | None = None,
               action: str | None = None, since: datetime | None = None,
               until: datetime | None = None, limit: int = 200,
               before_id: int | None = None) -> list[AuditEvent]:
        """Newest first, filtered; page with `before_id`. Without a child only an admin
        reads them (the practice-wide view); a dossier's own log is open to its readers."""
        if child_id is None:
            _require_admin(self._user())
        else:
            _require_reader(self._user(), self._db(), child_id)
        return repo.events(self._db(), child_id=child_id, user_id=user_id, action=action,
                           since=since, until=until, limit=limit, before_id=before_id)


def chain_check_for(db_key: bytes, vault_id: str) -> Callable[[Connection], bool]:
    """The audit check for a copy whose key is known but whose vault is not open (a
    restore, before it reports done)."""
    key = keys.derive_key(db_key, vault_id, keys.AUDIT_LABEL)
    return lambda conn: verify_chain(conn, key).ok


def verify_chain(conn: Connection, key: bytes, chain_repo: Any = repo) -> AuditReport:
    """`chain_repo` is the engine's audit repository (the practice server has its own)."""
    prev, count, last_id = GENESIS, 0, 0
    for event in chain_repo.chain(conn):
        count += 1
        if event.prev_hash != prev:
            return AuditReport(count, event.id, "removed")
        if not hmac.compare_digest(event.hash, chain_hash(key, prev, event.fields)):
            return AuditReport(count, event.id, "changed")
        prev, last_id = event.hash, event.id
    head = chain_repo.recorded_head(conn)
    if head is not None and head != prev:
        return AuditReport(count, last_id + 1, "tail_removed")
    return AuditReport(count)


def _require_reader(user: User | None, conn: Connection, child_id: int) -> None:
    """A dossier's own log is for those who may see the dossier (casefile/caseload.py)."""
    if user is None:
        raise NotPermitted()
    if user.role != Role.ADMIN and not caseload_repo.on_caseload(conn, child_id, user.id):
        raise NotOnCaseload()


def _require_admin(user: User | None) -> None:
    if user is None or user.role != Role.ADMIN:
        raise NotPermitted()
