"""The audit chain on a practice server (issue 14, DESIGN section 10): appending a signed
event, and `casefile verify --server`.

The chain is the local one (casefile/audit.py): each hash an HMAC, keyed from the
practice's data key, over the previous hash and the event; each event signed by its
actor's Ed25519 key over the same (casefile/signatures.py). On the server, appends are
serialised by a lock on the chain (server migration 0016) and their ids have no gap, the
public keys sit in a table no member may change, and the first administrator's key is
pinned in the practice row.
Verify reads one snapshot, read only, and writes nothing. A finding names ids and codes,
never a name or note text."""

from __future__ import annotations

import base64
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import signatures
from casefile.audit import GENESIS, chain_hash
from casefile.errors import ServerOutdated, VaultLocked
from casefile.model import AuditAction, Role
from casefile.practice_server import ServerSession
from casefile.storage import keys, server
from casefile.storage.repositories.audit import CHAINED
from casefile.storage.repositories.pg import audit as repo
from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.pg.users import PINS_SINCE

# A computer whose clock is further than this from the server's is reported (a warning:
# a wrong clock is no tampering, but its events' times are not to be relied on).
CLOCK_TOLERANCE = timedelta(minutes=5)


def chain_key(session: ServerSession) -> bytes:
    return keys.derive_key(session.data_key(), session.vault_id, keys.AUDIT_LABEL)


def record(session: ServerSession, conn: ServerConnection, fields: Mapping[str, object]
           ) -> None:
    """Append one event (the CHAINED fields), signed by the session's user, in the
    caller's transaction."""
    prev = repo.last_hash(conn) or GENESIS
    own = session.signing_key()
    signature = (signatures.sign_event(Ed25519PrivateKey.from_private_bytes(own), prev,
                                       fields) if own else "")
    repo.append(conn, dict(fields), prev, chain_hash(chain_key(session), prev, dict(fields)),
                signature)


@dataclass(frozen=True)
class Finding:
    """One line of the report: a code (see casefile/catalogue.py, `verify_*`), the event
    or user it names and its parameters (ids, role codes, minutes)."""

    code: str
    args: tuple[object, ...] = ()


@dataclass(frozen=True)
class ServerVerifyReport:
    events: int
    problems: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()  # clocks apart: said, but no failed check
    head_id: int = 0
    head_hash: str = GENESIS

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Keys:
    """What the events are checked against, as the server keeps it."""

    # user id -> (first event id it may sign, public key), oldest first (signing_keys)
    signing: dict[int, list[tuple[int, bytes]]]
    # user id -> (first event id it holds for, role), oldest first (_role_history)
    roles: dict[int, list[tuple[int, str]]]

    def role_at(self, user_id: int, event_id: int) -> str | None:
        held = [role for since, role in self.roles.get(user_id, ()) if since <= event_id]
        return held[-1] if held else None


@dataclass
class _Walk:
    key: bytes
    known: _Keys
    prev: str = GENESIS
    next_id: int = 1
    events: int = 0
    problems: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    def step(self, row: Mapping[str, Any]) -> None:
        self.events += 1
        event_id, fields = row["id"], {f: row[f] for f in CHAINED}
        if event_id == self.next_id + 1:
            self.problems.append(Finding("verify_gap_one", (event_id, self.next_id)))
        elif event_id != self.next_id:
            self.problems.append(Finding("verify_gap", (event_id, self.next_id, event_id - 1)))
        if row["prev_hash"] != self.prev:
            self.problems.append(Finding("verify_link", (event_id,)))
        if not hmac.compare_digest(row["hash"], chain_hash(self.key, row["prev_hash"], fields)):
            self.problems.append(Finding("verify_changed", (event_id,)))
        self._signed(event_id, row, fields)
        self._role(event_id, row["user_id"], row["role"])
        self._clock(event_id, row["at"], row["server_at"])
        self.prev, self.next_id = row["hash"], event_id + 1

    def _signed(self, event_id: int, row: Mapping[str, Any], fields: dict) -> None:
        user_id = row["user_id"]
        message = signatures.event_message(row["prev_hash"], fields)
        if user_id is None:  # no actor (a failed unlock): signed by whoever recorded it
            candidates = [k for held in self.known.signing.values()
                          for since, k in held if since <= event_id]
        elif user_id in self.known.signing:
            # a key made at a reset signs nothing from before it
            candidates = [k for since, k in self.known.signing[user_id] if since <= event_id]
        else:
            self.problems.append(Finding("verify_no_key", (event_id, user_id)))
            return
        if any(signatures.verifies(k, row["signature"], message) for k in candidates):
            return
        self.problems.append(Finding("verify_signature", (event_id, user_id))
                             if user_id is not None else
                             Finding("verify_signature_no_user", (event_id,)))

    def _role(self, event_id: int, user_id: int | None, stated: str) -> None:
        if user_id is None:
            return
        held = self.known.role_at(user_id, event_id)
        if held != stated:
            self.problems.append(Finding("verify_role", (event_id, stated or "-", user_id,
                                                         held or "-")))

    def _clock(self, event_id: int, at: str, server_at: datetime) -> None:
        try:
            client = datetime.fromisoformat(at)
        except ValueError:
            self.problems.append(Finding("verify_time", (event_id,)))
            return
        if client.tzinfo is None:
            client = client.replace(tzinfo=UTC)
        apart = abs(server_at - client)
        if apart > CLOCK_TOLERANCE:
            self.warnings.append(Finding("verify_clock", (event_id,
                                                          int(apart.total_seconds() // 60))))


def _decoded(keys_b64: Mapping[int, list[tuple[int, str]]]
             ) -> dict[int, list[tuple[int, bytes]]]:
    return {user_id: [(since, _key(text)) for since, text in held]
            for user_id, held in keys_b64.items()}


def _key(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        return b""  # verifies nothing: the user's events are reported


def key_findings(history: Mapping[int, list[tuple[int, str]]], slots: Mapping[int, str],
                 pins: Mapping[str, str], users: Iterable[Mapping[str, Any]]) -> list[Finding]:
    """The keys and roles themselves: the pinned first administrator's key (their first),
    each key slot's stated key beside the newest kept one, each user's role beside their
    login's group."""
    users = list(users)
    first = {uid: held[0][1] for uid, held in history.items() if held}
    signing = {uid: held[-1][1] for uid, held in history.items() if held}
    problems = []
    admins = [u["id"] for u in users if u["role"] == "admin"]
    pinned = pins.get("admin")
    if not pinned:
        problems.append(Finding("verify_no_pin"))
    elif not admins or first.get(min(admins)) != pinned:
        problems.append(Finding("verify_pin", (min(admins) if admins else "-",)))
    problems += [Finding("verify_slot_key", (uid,)) for uid, key in sorted(slots.items())
                 if signing.get(uid) != key]
    problems += [Finding("verify_group", (u["id"], u["role"], u["group_role"] or "-"))
                 for u in users if u["active"] and u["group_role"] != u["role"]]
    return problems


ROLES = tuple(str(r) for r in Role)


def _role_history(conn: ServerConnection, users: list[dict]) -> dict[int, list[tuple[int, str]]]:
    """Each user's role through the chain: the role its `create` event gave them, then
    each `update` event's (from the event after it, which an administrator made), so an
    event is checked against the role its user held when it was made, and the last one
    must be the user's role now. A user with no `create` event (the first administrator,
    made by `server init`) held, before their first change, the role they have now, or
    the one that change left (there are two roles)."""
    changes: dict[int, list[tuple[int, str, str]]] = {}
    for row in repo.with_actions(conn, [AuditAction.CREATE, AuditAction.UPDATE]):
        role = json.loads(row["details"] or "{}").get("role") if row["object_type"] == "user" \
            else None
        if role in ROLES and str(row["object_id"]).isdigit():
            changes.setdefault(int(row["object_id"]), []).append(
                (row["id"], row["action"], role))
    history = {}
    for user in users:
        steps = changes.get(user["id"], [])
        if steps and steps[0][1] == AuditAction.CREATE:
            held = [(0, steps[0][2])]
            steps = steps[1:]
        elif steps:
            held = [(0, next(r for r in ROLES if r != steps[0][2]))]
        else:
            held = [(0, user["role"])]
        held += [(event_id + 1, role) for event_id, _, role in steps]
        history[user["id"]] = held
    return history


def verify_server(session: ServerSession, head: tuple[int, str] | None = None
                  ) -> ServerVerifyReport:
    """Check the server's chain, signatures, stated roles, keys and clocks, in one read
    only snapshot. `head` (an event id and the start of its hash, as an earlier verify
    printed it) must still be in the chain: nothing else finds newest events removed."""
    pg, sealer = session.db(), session.sealer
    if sealer is None:  # closed since db() answered
        raise VaultLocked()
    conn = ServerConnection(pg, sealer, None)
    if server.schema_version(pg) < PINS_SINCE:
        raise ServerOutdated()
    with server.snapshot(conn.pg):
        return verify_rows(conn, chain_key(session), head)


def verify_rows(conn: ServerConnection, key: bytes, head: tuple[int, str] | None = None
                ) -> ServerVerifyReport:
    """The checks of `verify_server` on what `conn` sees now (the caller's transaction:
    a migration checks what it wrote before it commits, casefile/migrate.py)."""
    signing, users = repo.signing_keys(conn), repo.user_roles(conn)
    problems = key_findings(signing, repo.slot_keys(conn), repo.pins(conn), users)
    roles = _role_history(conn, users)
    problems += [Finding("verify_role", (last[0], last[1], u["id"], u["role"]))
                 for u in users if (last := roles[u["id"]][-1])[1] != u["role"]]
    walk = _Walk(key, _Keys(_decoded(signing), roles))
    held = None
    for row in repo.stored_chain(conn):
        walk.step(row)
        held = row["hash"] if head and row["id"] == head[0] else held
    if head and not (held and held.startswith(head[1])):
        walk.problems.append(Finding("verify_head", (head[0],)))
    return ServerVerifyReport(walk.events, tuple(problems + walk.problems),
                              tuple(walk.warnings), walk.next_id - 1, walk.prev)
