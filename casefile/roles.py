"""Roles as admins signed them, and the signing identity of an unlocked user.

At unlock the slot gives the user's own signing key; the signed role statements (see
`signatures`) say whose key it is and which role it holds, so a role set in the users table
by SQL, or a name swapped between rows, changes nothing. A vault made before signing keys
existed is brought over at its first admin unlock: that admin's key is pinned, their own
grant signs the chain as it stands, and every other user is granted from the users table
(with the key their slot already states, or pending until their own first unlock)."""

from __future__ import annotations

import base64
from dataclasses import replace
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import signatures
from casefile.errors import CasefileError, KeyslotsDamaged, NotPermitted, WrongPassphrase
from casefile.model import Role, User
from casefile.signatures import Anchors, RecordedHead, RoleState, grant_details, slot_ref
from casefile.storage import audit_head, backup, database, keys
from casefile.storage.engines import audit as audit_repo
from casefile.storage.engines import users as user_repo

if TYPE_CHECKING:
    from casefile.context import VaultContext


def pins_of(slots: keys.KeySlots) -> dict[str, bytes]:
    return {name: key for name in keys.PINS if (key := slots.pinned(name)) is not None}


def signed_state(ctx: VaultContext) -> RoleState:
    return signatures.replay(_statements(ctx), ctx.pins, check_roles=False)


def _statements(ctx: VaultContext) -> list:
    try:
        return audit_repo.with_actions(ctx.db(), signatures.STATEMENT_ACTIONS)
    except database.Error as exc:  # a damaged page of the log: one sentence
        raise database.domain_error(exc) from None


def signing_started(ctx: VaultContext) -> bool:
    return "admin" in ctx.pins


def signed_users(ctx: VaultContext) -> list[User]:
    """The users table with each role and status as an admin signed it; a user nobody
    signed is shown as an inactive counsellor. Before signing began: the table as is."""
    table = user_repo.everyone(ctx.db())
    if not signing_started(ctx):
        return table
    state = signed_state(ctx)
    return [_as_signed(u, state.users.get(u.id)) for u in table]


def _as_signed(user: User, signed: signatures.SignedUser | None) -> User:
    if signed is None:
        return replace(user, role=Role.COUNSELLOR, active=False)
    return replace(user, role=signed.role, active=signed.active)


def admin_count(ctx: VaultContext) -> int:
    return sum(1 for u in signed_users(ctx) if u.active and u.role == Role.ADMIN)


# -- at unlock ---------------------------------------------------------------------------


def establish(ctx: VaultContext, slots: keys.KeySlots, slot_id: str, opened: keys.Unwrapped,
              account: User, *, recovery: bool) -> User:
    """Sign with the slot's key from now on and return the user as admins signed them.
    Writes keyslots.json when the slot got its first signing key or a pin was set."""
    if opened.signing_key is None:  # ensure_signing gave the slot one before this
        raise KeyslotsDamaged()
    ctx.signer = Ed25519PrivateKey.from_private_bytes(opened.signing_key)
    ctx.own_signing_key = None if recovery else opened.signing_key
    public = signatures.public_of(ctx.signer)
    changed = opened.signing_added
    if recovery and slots.pinned("recovery") is None:
        slots.pin("recovery", public)  # an older vault: trusted on first use
        changed = True
    ctx.pins = pins_of(slots)
    ctx.user = account
    # No role statement yet: a vault from before signing (or one whose first grant failed
    # to commit after its pin was saved). Once any statement exists, only they count.
    rows = _statements(ctx)
    if not rows and not _signed_before(ctx):
        if not recovery and account.role == Role.ADMIN and ctx.pins.get("admin", public) == public:
            _start_signing(ctx, slots, account, public)
            return account
        if not signing_started(ctx):
            _save(ctx, slots, changed)  # roles stay the table's until an admin unlocks
            return account
    _save(ctx, slots, changed)
    return _signed_account(ctx, slots, slot_id, account, public, recovery)


def _signed_account(ctx: VaultContext, slots: keys.KeySlots, slot_id: str, account: User,
                    public: bytes, recovery: bool) -> User:
    if signatures.pins_conflict(anchors(ctx)):
        return _unsigned(ctx, account)  # keyslots.json was rewritten since the last backup
    state = signed_state(ctx)
    signed = state.users.get(account.id) if recovery else state.owner(public)
    if signed is None and (account.id, slot_ref(ctx.vault_id, slot_id)) in state.pending:
        _claim(ctx, slot_id, public)
        signed = signed_state(ctx).owner(public)
    if signed is None:
        return _unsigned(ctx, account)
    if not signed.active:
        raise WrongPassphrase()
    user = _as_signed(user_repo.user(ctx.db(), signed.user_id), signed)
    ctx.user = user
    return user


def _unsigned(ctx: VaultContext, account: User) -> User:
    """No admin signed this key (a slot written by hand, or pins or grants rewritten): the
    user may read, as anyone with the database key can, but holds no role beyond
    counsellor, and `verify` names what is wrong."""
    ctx.user = replace(account, role=Role.COUNSELLOR)
    return ctx.user


def _signed_before(ctx: VaultContext) -> bool:
    """The newest backup pinned an admin, so this vault did sign: a log without statements
    and a file without that pin were rewritten, and must not start afresh from the users
    table (that would crown whoever set their own role there)."""
    return "admin" in (anchors(ctx).backup_pins or {})


def _save(ctx: VaultContext, slots: keys.KeySlots, changed: bool) -> None:
    if changed:
        slots.save(ctx.keyslots_path)


def _start_signing(ctx: VaultContext, slots: keys.KeySlots, admin: User, public: bytes) -> None:
    """The first admin unlock of a vault made before signing keys: pin this admin's key
    (the file first, so a failure leaves a vault that simply starts again next time), then
    sign their own grant, which vouches for the chain before it, and grant every other
    user as the users table stands now."""
    slots.pin("admin", public)
    slots.save(ctx.keyslots_path)
    ctx.pins = pins_of(slots)
    with ctx.transaction() as conn:
        grant(ctx, conn, admin.id, Role.ADMIN, True, admin.name, key=public)
        for user in user_repo.everyone(conn):
            if user.id != admin.id:
                stated = slots.signing_public(user.name)
                grant(ctx, conn, user.id, user.role, user.active, user.name, key=stated,
                      pending=stated is None)


def _claim(ctx: VaultContext, slot_id: str, public: bytes) -> None:
    with ctx.transaction() as conn:
        ctx.audit.record(conn, action=signatures.CLAIM, object_type="user",
                         object_id=ctx.require_user().id,
                         details={"slot": slot_ref(ctx.vault_id, slot_id),
                                  "key": base64.b64encode(public).decode()})


# -- role statements ---------------------------------------------------------------------


def grant(ctx: VaultContext, conn, subject: int, role: Role | str, active: bool,
          slot_id: str, *, key: bytes | None = None, pending: bool = False) -> None:
    """Record a role statement, signed by the current (admin) user. Before signing began
    there is no pinned admin to check it against, so none is written."""
    if not signing_started(ctx):
        return
    ctx.audit.record(conn, action=signatures.GRANT, object_type="user", object_id=subject,
                     details=grant_details(subject, role, active,
                                           slot_ref(ctx.vault_id, slot_id), key=key,
                                           pending=pending))


def approver(ctx: VaultContext, name: str, passphrase: str) -> User:
    """A second admin, proven by their own slot and their signed role (on a practice
    server: by logging in as them and unwrapping their slot there; the server's group is
    their role)."""
    if ctx.engine == "server":
        return _server_approver(ctx, name, passphrase)
    slots = keys.KeySlots.load(ctx.keyslots_path, ctx.vault_id)
    opened = slots.unwrap_user_keys(name, passphrase, ctx.secrets)
    if opened.database_key != ctx.database_key():
        raise WrongPassphrase("approver_passphrase_wrong")
    account = user_repo.by_name(ctx.db(), name)
    if signing_started(ctx):
        if opened.signing_key is None:
            raise NotPermitted("second_admin_required")
        public = keys.signing_public(opened.signing_key)
        signed = signed_state(ctx).owner(public)
        account = None if signed is None else _as_signed(user_repo.user(ctx.db(), signed.user_id),
                                                         signed)
    if account is None or not account.active or account.role != Role.ADMIN:
        raise NotPermitted("second_admin_required")
    return account


def _server_approver(ctx: VaultContext, name: str, passphrase: str) -> User:
    try:
        account = ctx.server_login(name, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase("approver_passphrase_wrong") from None
    if not account.active or account.role != Role.ADMIN:
        raise NotPermitted("second_admin_required")
    return account


# -- what verify compares the log with ------------------------------------------------


def anchors(ctx: VaultContext) -> Anchors:
    """The pins, and the heads recorded beside the vault and in the newest backup."""
    heads = []
    beside = audit_head.read(ctx.path)
    if beside is not None:
        heads.append(RecordedHead("vault folder", *beside))
    backup_pins = None
    try:
        folder = ctx.settings.backup_dir
    except (CasefileError, database.Error):
        folder = ""  # a damaged settings page is integrity_check's to report
    header = backup.newest_header(folder, ctx.vault_id) if folder else None
    if header is not None:
        recorded = audit_head.parse(header.get("audit_head"))
        if recorded is not None:
            heads.append(RecordedHead("newest backup", *recorded))
        backup_pins = backup.pins_in(header)
    return Anchors(pins=dict(ctx.pins), heads=tuple(heads), backup_pins=backup_pins)


def record_head(ctx: VaultContext) -> None:
    """Write the newest event down beside the vault (at lock). A server keeps no head
    apart: no member may remove its newest events (no DELETE grant on the log)."""
    if ctx.engine == "server":
        return
    event_id, digest = audit_repo.head(ctx.db())
    audit_head.write(ctx.path, event_id, digest, ctx.clock.now())
