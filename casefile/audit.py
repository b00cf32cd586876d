"""The hash-chained audit log.

Each event's hash is an HMAC-SHA256, keyed with a secret derived from the vault key, over the
previous hash and the event's canonical JSON. The newest hash is also kept in `meta`, so a
removed tail is found as well as a changed or removed row in the middle. Events never carry
names, note text or other personal data: only ids, codes and counts."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from types import ModuleType

from casefile.errors import NotPermitted, VaultLocked
from casefile.model import AuditAction, AuditEvent, Role, User
from casefile.storage import database, keys
from casefile.storage.database import Connection
from casefile.storage.repositories import audit as repo

GENESIS = "0" * 64


class AuditChainBroken(Exception):
    """Raised by `verify(strict=True)`; carries the report."""

    def __init__(self, report: AuditReport) -> None:
        super().__init__(f"The audit chain is broken at event {report.first_broken_id}.")
        self.report = report


@dataclass(frozen=True)
class AuditReport:
    events: int
    first_broken_id: int | None = None
    problem: str = ""  # a code: changed, removed, tail_removed

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None and not self.problem


def canonical(data: dict[str, object]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chain_hash(key: bytes, prev_hash: str, fields: dict[str, object]) -> str:
    return hmac.new(key, prev_hash.encode() + canonical(fields), hashlib.sha256).hexdigest()


class AuditLog:
    def __init__(self, key: bytes, user: Callable[[], User | None], clock, workstation: str,
                 db: Callable[[], Connection]) -> None:
        self._key: bytes | bytearray = bytearray(key)
        self._user = user
        self._clock = clock
        self._workstation = workstation
        self._db = db

    def _live_key(self) -> bytes | bytearray:
        if not self._key:
            raise VaultLocked()
        return self._key

    def forget_key(self) -> None:
        """On lock: the chain key is wiped and dropped (every later use fails)."""
        self._key[:] = bytes(len(self._key))
        self._key = b""

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
        repo.append(conn, fields, prev, chain_hash(self._live_key(), prev, fields))

    def verify(self, strict: bool = False) -> AuditReport:
        """Walk the chain; the report names the first broken link."""
        try:
            report = verify_chain(self._db(), self._live_key())
        except database.Error as exc:  # a damaged page: one sentence, not a traceback
            raise database.domain_error(exc) from None
        if strict and not report.ok:
            raise AuditChainBroken(report)
        return report

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
        return repo.events(self._db(), child_id=child_id, user_id=user_id, action=action,
                           since=since, until=until, limit=limit, before_id=before_id)


def chain_check_for(db_key: bytes, vault_id: str) -> Callable[[Connection], bool]:
    """The audit check for a copy whose key is known but whose vault is not open (a
    restore, before it reports done)."""
    key = keys.derive_key(db_key, vault_id, keys.AUDIT_LABEL)
    return lambda conn: verify_chain(conn, key).ok


def verify_chain(conn: Connection, key: bytes, chain_repo: ModuleType = repo) -> AuditReport:
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


def _require_admin(user: User | None) -> None:
    if user is None or user.role != Role.ADMIN:
        raise NotPermitted()
