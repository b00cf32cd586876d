"""Signed audit events and signed roles: what makes an insider's rewrite detectable.

Every user unwraps the same database key, so anyone can rewrite `casefile.db`, the HMAC
chain included. What they cannot do is sign as someone else: each user's Ed25519 key is
wrapped in their own key slot. So every event is signed by its actor over the previous
hash and the event, and roles are *grant* events signed by an admin. The first grant is
the first admin's own, signed with the key pinned in `keyslots.json` (and in every backup);
every later grant must be signed by a key whose owner an earlier grant made an active
admin, or by the pinned recovery key. Events before that first grant (a vault made before
signing existed) are covered by it: its signature is over the chain head they lead to.

`replay` walks the events in order and is pure: rows in, the signed roles and the problems
out. The same walk over only the grant and claim events gives the roles at unlock."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from casefile.model import AuditAction, Role

GRANT = AuditAction.GRANT  # a role statement: subject, role, active, maybe a key to bind
CLAIM = AuditAction.CLAIM_KEY  # an older vault's user binds their new key to a pending grant
STATEMENT_ACTIONS = (GRANT, CLAIM)
EVENT_FIELDS = ("at", "user_id", "role", "action", "object_type", "object_id", "child_id",
                "outcome", "workstation", "details")


def event_message(prev_hash: str, fields: Mapping[str, object]) -> bytes:
    """What an event's signature covers: the previous hash (so no event can be moved or
    dropped without re-signing everything after it) and the event's canonical JSON."""
    body = json.dumps({f: fields[f] for f in EVENT_FIELDS}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False)
    return b"casefile audit event v1\n" + prev_hash.encode() + b"\n" + body.encode()


def sign_event(key: Ed25519PrivateKey, prev_hash: str, fields: Mapping[str, object]) -> str:
    return base64.b64encode(key.sign(event_message(prev_hash, fields))).decode()


def public_of(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def slot_ref(vault_id: str, slot_id: str) -> str:
    """Names a key slot in a grant without writing a user's name into the log."""
    return hashlib.sha256(f"{vault_id}\0{slot_id}".encode()).hexdigest()[:32]


def grant_details(subject: int, role: Role | str, active: bool, slot: str, *,
                  key: bytes | None = None, pending: bool = False) -> dict[str, object]:
    """A role statement. With `key`, the subject's signing key becomes that one; with
    `pending` (an older vault's user who has no key yet), their first claim binds one."""
    return {"subject": subject, "role": str(Role(role)), "active": active, "slot": slot,
            "key": base64.b64encode(key).decode() if key else "", "pending": pending}


@dataclass(frozen=True)
class SignedUser:
    user_id: int
    role: Role
    active: bool


@dataclass
class RoleState:
    """The outcome of `replay`: who holds which key and role, as admins signed it."""

    started_at: int | None = None  # the id of the first admin's own grant
    users: dict[int, SignedUser] = field(default_factory=dict)
    keys: dict[int, set[bytes]] = field(default_factory=dict)
    pending: set[tuple[int, str]] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    @property
    def signing(self) -> bool:
        return self.started_at is not None

    def owner(self, public_key: bytes) -> SignedUser | None:
        found = [uid for uid, held in self.keys.items() if public_key in held]
        return self.users.get(found[0]) if len(found) == 1 else None

    def is_admin(self, user_id: int | None) -> bool:
        user = self.users.get(user_id) if user_id is not None else None
        return bool(user and user.active and user.role == Role.ADMIN)

    def admins(self) -> set[int]:
        return {uid for uid in self.users if self.is_admin(uid)}


def _verifies(public_key: bytes, signature: str, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


verifies = _verifies  # the same check, for the practice server's verify


def _details(row: Mapping) -> dict:
    try:
        data = json.loads(row["details"])
    except (TypeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _key_of(details: dict) -> bytes | None:
    try:
        key = base64.b64decode(str(details.get("key") or ""), validate=True)
    except ValueError:
        return None
    return key if len(key) == 32 else None


class _Replay:
    def __init__(self, pins: Mapping[str, bytes], check_roles: bool) -> None:
        self.pins = pins
        self.check_roles = check_roles
        self.state = RoleState()

    def step(self, row: Mapping) -> None:
        if not self.state.signing:
            self._maybe_start(row)
            return
        message = event_message(row["prev_hash"], row)
        signer = self._signer(row, message)
        if signer is None:
            self.state.problems.append(f"signature: event {row['id']} is not signed by "
                                       f"the key of user {row['user_id']}")
            return
        if self.check_roles and signer != "recovery":
            self._check_role(row)
        if row["action"] == GRANT:
            self._grant(row, signer)
        elif row["action"] == CLAIM:
            self._claim(row)

    def _maybe_start(self, row: Mapping) -> None:
        """Before the first admin's own grant, events are unsigned (an older vault) and
        vouched for by that grant's signature over the chain they lead to."""
        admin = self.pins.get("admin")
        if admin is None or row["action"] != GRANT:
            return
        details = _details(row)
        if (_key_of(details) != admin or details.get("subject") != row["user_id"]
                or details.get("role") != Role.ADMIN
                or not _verifies(admin, row["signature"], event_message(row["prev_hash"], row))):
            return
        self.state.started_at = row["id"]
        self._apply(details)

    def _signer(self, row: Mapping, message: bytes) -> str | None:
        """'user' when the actor's own key signed, 'recovery' for the pinned recovery key
        (whoever holds the recovery key may act for anyone), None otherwise."""
        own = set(self.state.keys.get(row["user_id"], ()))
        if row["action"] == CLAIM:
            claimed = _key_of(_details(row))
            own |= {claimed} if claimed else set()
        if any(_verifies(key, row["signature"], message) for key in own):
            return "user"
        recovery = self.pins.get("recovery")
        if recovery is not None and _verifies(recovery, row["signature"], message):
            return "recovery"
        return None

    def _check_role(self, row: Mapping) -> None:
        signed = self.state.users.get(row["user_id"])
        if signed is not None and not signed.active:
            self.state.problems.append(f"inactive: event {row['id']} is by user "
                                       f"{row['user_id']}, whom an admin deactivated")
        if signed is None or str(signed.role) != row["role"]:
            shown = signed.role if signed else "none"
            self.state.problems.append(f"role: event {row['id']} claims role {row['role']}, "
                                       f"but user {row['user_id']}'s signed role is {shown}")

    def _grant(self, row: Mapping, signer: str) -> None:
        if signer != "recovery" and not self.state.is_admin(row["user_id"]):
            self.state.problems.append(f"grant: event {row['id']} is a role statement by "
                                       f"user {row['user_id']}, who is not an admin")
            return
        self._apply(_details(row))

    def _apply(self, details: dict) -> None:
        try:
            subject, role = int(details["subject"]), Role(details["role"])
            active, slot = bool(details["active"]), str(details["slot"])
        except (KeyError, TypeError, ValueError):
            self.state.problems.append("grant: a role statement is malformed")
            return
        self.state.users[subject] = SignedUser(subject, role, active)
        key = _key_of(details)
        if key is not None:
            self.state.keys[subject] = {key}
        elif details.get("pending"):
            self.state.keys[subject] = set()
            self.state.pending.add((subject, slot))

    def _claim(self, row: Mapping) -> None:
        details, uid = _details(row), row["user_id"]
        wanted = (uid, str(details.get("slot")))
        key = _key_of(details)
        if wanted not in self.state.pending or key is None:
            self.state.problems.append(f"claim: event {row['id']} binds a key no pending "
                                       "grant asked for")
            return
        self.state.pending.discard(wanted)
        self.state.keys[uid] = {key}


def replay(rows: Iterable[Mapping], pins: Mapping[str, bytes], *,
           check_roles: bool = True) -> RoleState:
    """Walk events in id order. Over every event it checks each signature and each event's
    stated role; over only the grant and claim events (`check_roles=False`, at unlock) it
    gives the signed roles."""
    walk = _Replay(pins, check_roles)
    for row in rows:
        walk.step(row)
    if pins.get("admin") is not None and not walk.state.signing:
        walk.state.problems.append("signing_start: no role statement by the pinned "
                                   "admin key")
    return walk.state


@dataclass(frozen=True)
class RecordedHead:
    """The newest event as written down outside the database (beside the vault at every
    lock, and in every backup), so a log re-chained after deleting events is found."""

    source: str
    event_id: int
    hash: str


@dataclass(frozen=True)
class Anchors:
    pins: Mapping[str, bytes] = field(default_factory=dict)
    heads: tuple[RecordedHead, ...] = ()
    backup_pins: Mapping[str, bytes] | None = None  # the newest backup's copy


def anchor_problems(anchors: Anchors, hash_of: Mapping[int, str]) -> list[str]:
    """`hash_of` maps event ids to their hashes in the log as it is now."""
    problems = [f"head: the log no longer holds event {h.event_id} as recorded in the "
                f"{h.source}" for h in anchors.heads if hash_of.get(h.event_id) != h.hash]
    if pins_conflict(anchors):
        problems.append("pin: keyslots.json pins other keys than the newest backup")
    return problems


def pins_conflict(anchors: Anchors) -> bool:
    """A pin is set once and never replaced, so one the newest backup holds must still be
    there, unchanged (a pin added since, as when an older vault began signing, is fine)."""
    backup = anchors.backup_pins or {}
    return any(anchors.pins.get(name) != key for name, key in backup.items())


def table_problems(state: RoleState, table: Iterable[tuple[int, str, bool]]) -> list[str]:
    """Rows of (user id, role, active) as the users table says, against the signed roles."""
    problems = []
    for user_id, role, active in table:
        signed = state.users.get(user_id)
        if signed is None or str(signed.role) != str(role) or signed.active != bool(active):
            problems.append(f"users: user {user_id}'s role or status in the users table is "
                            "not what an admin signed")
    return problems
