"""`casefile migrate` (issue 14): a local vault moved up to an empty practice server, and a
practice server moved back into a new vault folder.

What moves is every table's rows, unchanged: the same ids, the same data key and the same
vault id, so the audit chain (each HMAC, keyed from the data key and vault id, and each
event's Ed25519 signature) carries over as it is and verifies on the other side. Going up,
every personal field is sealed on this side as the server's repositories seal it
(casefile/storage/repositories/pg/base.py SEALED); coming down, opened again into the
SQLCipher file. The key slots move as they are (a server stores each slot exactly as
keyslots.json does), so every user keeps their passphrase for their own slot and their
own signing key.

On the server each user also needs a login role whose password is derived from their
passphrase. The migrating administrator's is made from theirs; nobody else's passphrase
is known here, so their login roles get a random password nobody holds, and at first use
an administrator sets it with the user at their side (`casefile server set-login`: the
user types their passphrase, which must open their own migrated slot; once, and only
for a user this migration marked). A temporary
passphrase instead would need a new key slot and so a new signing key, and the user's
earlier events would no longer verify against the one key the server keeps per user.

A migration reads its source without writing to it (a read-only connection under the
vault's lock, or one snapshot of the server). It writes the server in one transaction
and checks it before the commit (row counts per table, then `casefile verify --server`'s
checks on what it wrote), so a failure leaves the database as it was. A new vault folder
is checked the same way (row counts and `casefile verify`) and removed when anything
fails."""

from __future__ import annotations

import base64
import secrets as random
import shutil
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import practice_server, roles
from casefile.audit import AuditLog
from casefile.clock import Clock, SystemClock
from casefile.context import VaultContext
from casefile.errors import (
    MigrationNotVerified,
    MigrationTargetNotEmpty,
    NotPermitted,
    VaultNotFound,
    WrongPassphrase,
)
from casefile.model import AuditAction, Role, User
from casefile.server_audit import verify_rows
from casefile.storage import database, keys, server, transfer
from casefile.storage.keys import KEYSLOTS
from casefile.storage.lockfile import VaultLock
from casefile.storage.repositories import audit as local_audit
from casefile.storage.repositories import meta as local_meta
from casefile.storage.repositories import users as local_users
from casefile.storage.repositories.pg import users as pg_users
from casefile.storage.repositories.pg.connection import ServerConnection
from casefile.storage.sealed import Sealer
from casefile.storage.secrets import SecretStore
from casefile.storage.transfer import TABLES, copy_table_up
from casefile.users import clean_user_name


@dataclass
class MigrationReport:
    """What was moved: the rows of each table (the same on both sides, checked) and the
    audit chain's head as it verified on the target."""

    rows: dict[str, int] = field(default_factory=dict)
    events: int = 0
    head_id: int = 0
    head_hash: str = ""
    without_login: tuple[str, ...] = ()  # users whose login an administrator sets later


# -- a local vault up to a server ----------------------------------------------------------


def vault_to_server(folder: Path | str, dsn: str, *, user: str, passphrase: str,
                    secrets: SecretStore | None = None, clock: Clock | None = None
                    ) -> MigrationReport:
    """Move the vault in `folder` up to the empty database `dsn` names (connecting as its
    owner, as `casefile server init` does). The vault is read, never written."""
    folder, user, clock = Path(folder), clean_user_name(user), clock or SystemClock()
    if not (folder / KEYSLOTS).exists() or not (folder / database.DB_NAME).exists():
        raise VaultNotFound()
    lock = VaultLock(folder)
    lock.acquire()
    try:
        slots = keys.KeySlots.load(folder / KEYSLOTS)
        opened = slots.unwrap_user_keys(user, passphrase, secrets)
        data_key, vault_id = opened.database_key, slots.vault_id
        local = database.probe(folder / database.DB_NAME, data_key)
        try:
            source = _local_context(folder, slots, data_key, local, clock, secrets)
            _require_admin_rows(local, user)
            if not source.audit.verify().ok:  # also the users table as admins signed it
                raise MigrationNotVerified("migrate_source_not_sound")
            if slots.is_bound(user):
                # bound to this computer's keyring: a server is opened from any computer,
                # so the administrator's slot goes up unbound (this copy is never saved)
                slots.rewrap_user(user, passphrase, data_key, signing_key=opened.signing_key)
            with server.connect(dsn) as pg:
                return _write_server(pg, dsn, local, slots, source, user, passphrase,
                                     data_key, vault_id, opened.signing_key, clock)
        finally:
            local.close()
    finally:
        lock.release()


def _write_server(pg: server.Connection, dsn: str, local: database.Connection,
                  slots: keys.KeySlots, source: VaultContext, user: str, passphrase: str,
                  data_key: bytes, vault_id: str, signing_key: bytes | None,
                  clock: Clock) -> MigrationReport:
    database_name = server.database_of(dsn)
    conn = ServerConnection(pg, Sealer(data_key, vault_id), None)
    report = MigrationReport()
    with server.transaction(pg):  # one transaction: a failure leaves the database as it was
        server.migrate(pg)  # nested: each migration a savepoint of this transaction
        transfer.require_empty_server(pg)
        transfer.in_utc(pg)
        types = transfer.server_types(pg)
        users = transfer.local_rows(local, "users")
        without_login = []
        for row in users:
            login = server.login_role(database_name, row["name"])
            row["login_role"] = login
            if not row["active"]:
                continue  # a removed user has no login role and no slot, as on a server
            if row["name"] == user:
                password = server.login_password(database_name, user, passphrase)
            else:
                password = random.token_urlsafe(32)  # nobody holds it: set-login sets one
                without_login.append(row["name"])
            transfer.create_login(pg, database_name, login, password, row["role"])
        for table in TABLES:
            rows = users if table == "users" else transfer.local_rows(local, table)
            copy_table_up(conn, table, rows, types[table])
            report.rows[table] = len(rows)
        transfer.note_tokens(conn)
        if without_login:
            transfer.mark_login_pending(pg, without_login)
        _signing_keys_up(pg, source, slots, users)
        for row in users:
            slot = slots.slot(row["name"], "user")
            if row["active"] and slot is not None:
                transfer.put_user_slot(pg, row["name"], row["login_role"], _portable(slot))
        recovery = slots.slot(keys.RECOVERY_SLOT, "recovery")
        if recovery is not None:
            transfer.put_recovery_slot(pg, _portable(recovery))
        pins = {n: base64.b64encode(k).decode() for n, k in roles.pins_of(slots).items()}
        transfer.put_practice(pg, vault_id, pins)
        transfer.advance_sequences(pg)
        _compare_counts(report.rows, transfer.server_counts(pg))
        chain = keys.derive_key(data_key, vault_id, keys.AUDIT_LABEL)
        if not verify_rows(conn, chain).ok:
            raise MigrationNotVerified()
        admin = pg_users.by_name(pg, user)
        assert admin is not None  # written above
        _record_move(conn, chain, admin, signing_key, clock, vault_id, "to_server")
        report.rows["audit_log"] += 1
        verified = verify_rows(conn, chain)  # with the move's own event
        if not verified.ok:
            raise MigrationNotVerified()
        report.events, report.head_id = verified.events, verified.head_id
        report.head_hash, report.without_login = verified.head_hash, tuple(without_login)
    return report


def _signing_keys_up(pg: server.Connection, source: VaultContext, slots: keys.KeySlots,
                     users: list[dict[str, Any]]) -> None:
    """Each user's public key, where the server keeps it: their slot's, or for a removed
    user (no slot any more) the one key the signed grants give them."""
    state = roles.signed_state(source)
    for row in users:
        public = slots.signing_public(row["name"]) if row["active"] else None
        if public is None:
            held = state.keys.get(row["id"], set())
            public = next(iter(held)) if len(held) == 1 else None
        if public is not None:
            transfer.put_signing_key(pg, row["id"], base64.b64encode(public).decode())


# -- a server back into a new vault folder -------------------------------------------------


def server_to_vault(dsn: str, folder: Path | str, *, user: str, passphrase: str,
                    secrets: SecretStore | None = None, clock: Clock | None = None,
                    before_verify: Callable[[Path], None] | None = None) -> MigrationReport:
    """Move the practice on `dsn` into a new (or empty) vault folder, logging in as the
    administrator `user`. The server is read in one snapshot and not written."""
    folder, user = Path(folder), clean_user_name(user)
    _require_empty_folder(folder)  # before the login: a refusal costs no Argon2id
    with practice_server.open_server(dsn, user, passphrase) as session:
        return session_to_vault(session, folder, clock=clock, secrets=secrets,
                                before_verify=before_verify)


def session_to_vault(session: practice_server.ServerSession, folder: Path | str, *,
                     clock: Clock | None = None, secrets: SecretStore | None = None,
                     before_verify: Callable[[Path], None] | None = None
                     ) -> MigrationReport:
    """`server_to_vault` for a session already open (an administrator's): also the first
    half of a server's verified backup (casefile/backups.py)."""
    folder, clock = Path(folder), clock or SystemClock()
    session.require_admin()  # a counsellor's login sees only their caseload
    _require_empty_folder(folder)
    created = not folder.exists()
    try:
        return _write_vault(session, folder, clock, secrets, before_verify)
    except BaseException:
        _remove_written(folder, created)
        raise


def _write_vault(session: practice_server.ServerSession, folder: Path, clock: Clock,
                 secrets: SecretStore | None,
                 before_verify: Callable[[Path], None] | None) -> MigrationReport:
    pg, sealer = session.db(), session.sealer
    assert sealer is not None  # open_server gives one
    conn = ServerConnection(pg, sealer, None)
    data_key, vault_id = session.data_key(), session.vault_id
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    database.create_private(folder / database.DB_NAME)
    local = database.connect(folder / database.DB_NAME, data_key)
    report = MigrationReport()
    try:
        database.migrate(local, clock.now().isoformat())
        with server.snapshot(pg):
            transfer.in_utc(pg)
            keyslots = keys.KeySlots(vault_id, transfer.server_slots(pg),
                                     _database_salt(folder), transfer.server_pins(pg))
            columns, blanks = transfer.local_columns(local), transfer.local_blanks(local)
            with database.transaction(local):
                for table in TABLES:
                    rows = transfer.server_rows(conn, table)
                    transfer.copy_table_down(local, table, rows, columns[table],
                                             blanks.get(table, {}))
                    report.rows[table] = len(rows)
                if _record_head(local):
                    report.rows["meta"] += 1  # a server-born practice had none
                keyslots, signed = _sign_roles(session, local, keyslots, folder, clock,
                                               secrets)
                own = session.signing_key()
                chain = keys.derive_key(data_key, vault_id, keys.AUDIT_LABEL)
                _record_move(local, chain, local_users.user(local, session.user.id), own,
                             clock, vault_id, "to_vault")
                report.rows["audit_log"] += signed + 1
        _compare_counts(report.rows, transfer.local_counts(local))
    finally:
        local.close()
    keyslots.save(folder / KEYSLOTS)
    if before_verify is not None:
        before_verify(folder)  # a test's way to spoil the copy before it is checked
    probe = database.probe(folder / database.DB_NAME, data_key)
    try:
        target = _local_context(folder, keys.KeySlots.load(folder / KEYSLOTS), data_key,
                                probe, clock, secrets)
        _compare_counts(report.rows, transfer.local_counts(probe))
        verified = target.audit.verify()
        _require_sound(verified)
    finally:
        probe.close()
    report.events, report.head_id = verified.events, verified.head_id
    report.head_hash = verified.head_hash
    return report


def _sign_roles(session: practice_server.ServerSession, local: database.Connection,
                slots: keys.KeySlots, folder: Path, clock: Clock,
                secrets: SecretStore | None) -> tuple[keys.KeySlots, int]:
    """A vault trusts roles only as an administrator signed them in its log (roles.py); a
    practice born on a server has no such statements (its server enforced the roles).
    Then the migrating administrator's key is pinned and their grants are appended, as
    for a vault made before signing keys (roles._start_signing): their own, which
    vouches for the chain before it, and every other user's as the server's users table
    stands, with the key their slot states. Returns the key slots to save and how many
    events were added (none when the log carried its grants over)."""
    ctx = VaultContext(folder, slots.vault_id, session.data_key(), local, clock,
                       socket.gethostname()[:64], secrets)
    ctx.pins = roles.pins_of(slots)
    own = session.signing_key()
    if own is None or roles.signed_state(ctx).signing:
        return slots, 0
    return _start_signing(ctx, session, local, slots, own)


def _start_signing(ctx: VaultContext, session: practice_server.ServerSession,
                   local: database.Connection, slots: keys.KeySlots, own: bytes
                   ) -> tuple[keys.KeySlots, int]:
    public = keys.signing_public(own)
    slots = keys.KeySlots(slots.vault_id, [s for s in (slots.slot(i, k) for i, k in
                                                       _slot_ids(slots)) if s],
                          slots.db_salt)
    slots.pin("admin", public)
    ctx.pins = roles.pins_of(slots)
    ctx.signer = Ed25519PrivateKey.from_private_bytes(own)
    ctx.own_signing_key = own
    ctx.user = local_users.user(local, session.user.id)
    before = local_audit.head(local)[0]
    with ctx.transaction() as conn:
        roles.grant(ctx, conn, ctx.user.id, Role.ADMIN, True, ctx.user.name, key=public)
        for user in local_users.everyone(conn):
            if user.id != ctx.user.id:
                stated = slots.signing_public(user.name)
                roles.grant(ctx, conn, user.id, user.role, user.active, user.name,
                            key=stated, pending=stated is None)
    return slots, local_audit.head(local)[0] - before


def _record_move(conn: Any, chain: bytes, admin: User, signing_key: bytes | None,
                 clock: Clock, vault_id: str, direction: str) -> None:
    """The move's own event on the target, signed by the migrating administrator: the
    chain as it came, then who moved it where and when (no name: ids and a code)."""
    signer = Ed25519PrivateKey.from_private_bytes(signing_key) if signing_key else None
    log = AuditLog(chain, lambda: admin, clock, socket.gethostname()[:64], lambda: conn,
                   signer=lambda: signer)
    log.record(conn, action=AuditAction.MIGRATE, object_type="vault", object_id=vault_id,
               details={"direction": direction})


def _slot_ids(slots: keys.KeySlots) -> list[tuple[str, str]]:
    return [(i, "user") for i in slots.user_slot_ids()] + [(keys.RECOVERY_SLOT, "recovery")]


def _record_head(local: database.Connection) -> bool:
    """The newest hash in meta, as every local append keeps it (a server keeps none: no
    member can remove its tail), so the vault's own check of a removed tail holds."""
    newest, added = local_audit.last_hash(local), False
    if newest is not None:
        added = local_meta.value(local, local_audit.HEAD) is None
        local_meta.put(local, local_audit.HEAD, newest)
    return added


# -- shared --------------------------------------------------------------------------------


def _local_context(folder: Path, slots: keys.KeySlots, data_key: bytes,
                   conn: database.Connection, clock: Clock,
                   secrets: SecretStore | None) -> VaultContext:
    """A context over a read-only connection: enough for `verify` and the signed roles."""
    ctx = VaultContext(folder, slots.vault_id, data_key, conn, clock, "migrate", secrets)
    ctx.pins = roles.pins_of(slots)
    return ctx


def _compare_counts(expected: dict[str, int], found: dict[str, int]) -> None:
    if any(found.get(t) != n for t, n in expected.items()):
        raise MigrationNotVerified()


def _require_sound(report: Any) -> None:
    if not report.ok:
        raise MigrationNotVerified()


def _require_admin_rows(local: database.Connection, user: str) -> None:
    row = transfer.local_user(local, user)
    if row is None:
        raise WrongPassphrase()
    if row["role"] != Role.ADMIN.value or not row["active"]:
        raise NotPermitted()


def _require_empty_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise MigrationTargetNotEmpty()


def _portable(slot: dict) -> dict:
    """A slot as the server keeps it: its keyslots.json checksum is the file's own."""
    return {k: v for k, v in slot.items() if k != "check"}


def _database_salt(folder: Path) -> str:
    with open(folder / database.DB_NAME, "rb") as handle:
        return handle.read(16).hex()


def _remove_written(folder: Path, created: bool) -> None:
    """Take back what a failed migration wrote into the folder: the folder itself when it
    made it, else everything in it (it was empty)."""
    if created:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for entry in folder.iterdir():
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
