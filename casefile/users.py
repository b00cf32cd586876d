"""Users of the practice and their key slots. Only an admin manages users."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from casefile import roles
from casefile.context import VaultContext
from casefile.errors import InvalidInput, NotOnServer, WrongRecoveryKey
from casefile.model import AuditAction, Role, User
from casefile.passphrase import require_strong
from casefile.storage import keys
from casefile.storage.engines import users as repo
from casefile.validation import clean_text


class Users:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx
        self._secrets = ctx.secrets

    @property
    def _path(self) -> Path:
        return self._ctx.keyslots_path  # a practice server keeps its slots itself

    @property
    def current(self) -> User:
        return self._ctx.require_user()

    def list(self) -> list[User]:
        """Every user, with the role and status an admin signed (not the users table's)."""
        self._ctx.require_user()
        return roles.signed_users(self._ctx)

    def get(self, user_id: int) -> User:
        self._ctx.require_user()
        repo.user(self._ctx.db(), user_id)  # NotFound for an unknown id
        return next(u for u in roles.signed_users(self._ctx) if u.id == user_id)

    def add(self, name: str, *, role: Role | str = Role.COUNSELLOR,
            temporary_passphrase: str) -> User:
        """Add a user whose temporary passphrase must be changed at first unlock."""
        self._ctx.require_admin()
        name = clean_user_name(name)
        role = _role(role)
        require_strong(temporary_passphrase, (name,))
        found = repo.by_name(self._ctx.db(), name)
        if found is not None and not found.active:
            # a removed user's row stays (their history, and on a server their signing
            # keys, refer to it), and so does their name: it is not given to another
            raise InvalidInput("user_name_removed")
        if self._ctx.engine == "server":
            return self._add_on_server(name, role, temporary_passphrase)
        slots = keys.KeySlots.load(self._path, self._ctx.vault_id)
        if slots.has_slot(name) or found is not None:
            raise InvalidInput("user_exists")
        with self._ctx.transaction() as conn:
            uid = repo.add(conn, name, role, self._ctx.clock.now(),
                           must_change_passphrase=True)
            self._ctx.audit.record(conn, action=AuditAction.CREATE, object_type="user",
                                   object_id=uid,
                                   details={"role": str(role)})
            signing = keys.generate_signing_key()
            roles.grant(self._ctx, conn, uid, role, True, name, key=keys.signing_public(signing))
            slots.add_user_slot(name, temporary_passphrase, self._ctx.database_key(),
                                signing_key=signing)
            slots.save(self._path)
            return repo.user(conn, uid)

    def _add_on_server(self, name: str, role: Role, temporary_passphrase: str) -> User:
        """A login role in the role's group and a key slot on the server; the server's own
        function refuses a caller who is not an administrator (practice_server.py)."""
        added = self._ctx.add_server_user(name, role, temporary_passphrase)
        with self._ctx.transaction() as conn:
            self._ctx.audit.record(conn, action=AuditAction.CREATE, object_type="user",
                                   object_id=added.id, details={"role": str(role)})
        return added

    def deactivate(self, user_id: int) -> User:
        """Remove the user's key slot (on a server also their login role); their history
        stays."""
        admin = self._ctx.require_admin()
        if user_id == admin.id:
            raise InvalidInput("cannot_deactivate_self")
        if self._ctx.engine == "server":
            return self._remove_on_server(user_id)
        slots = keys.KeySlots.load(self._path, self._ctx.vault_id)
        with self._ctx.transaction() as conn:
            user = self.get(user_id)
            _keep_an_admin(self._ctx, user, Role.COUNSELLOR)
            repo.change(conn, user_id, active=False)
            self._ctx.audit.record(conn, action=AuditAction.DEACTIVATE, object_type="user",
                                   object_id=user_id)
            roles.grant(self._ctx, conn, user_id, user.role, False, user.name)
            if slots.has_slot(user.name):
                slots.remove_slot(user.name, secrets=self._secrets)
                slots.save(self._path)
            return repo.user(conn, user_id)

    def _remove_on_server(self, user_id: int) -> User:
        user = self.get(user_id)
        _keep_an_admin(self._ctx, user, Role.COUNSELLOR)
        self._ctx.remove_server_user(user.name)
        with self._ctx.transaction() as conn:
            self._ctx.audit.record(conn, action=AuditAction.DEACTIVATE, object_type="user",
                                   object_id=user_id)
            return repo.user(conn, user_id)

    def change_passphrase(self, new_passphrase: str, *, bind: bool | None = None) -> None:
        """Rewrap the current user's own slot; nothing is re-encrypted."""
        user = self._ctx.require_user()
        require_strong(new_passphrase, (user.name,))
        if self._ctx.engine == "server":
            if bind:  # a server's slot is opened on every computer of the practice
                raise NotOnServer()
            return self._change_on_server(user, new_passphrase)
        slots = keys.KeySlots.load(self._path, self._ctx.vault_id)
        bound = slots.is_bound(user.name) if bind is None else bind
        # Unlocked with the recovery key, the user's own signing key is out of reach: the
        # new slot gets a new one, granted under the recovery key's authority.
        signing = self._ctx.own_signing_key or keys.generate_signing_key()
        with self._ctx.transaction() as conn:
            repo.change(conn, user.id, must_change_passphrase=False)
            self._ctx.audit.record(conn, action=AuditAction.CHANGE_PASSPHRASE, object_type="user",
                                   object_id=user.id)
            if signing != self._ctx.own_signing_key:
                roles.grant(self._ctx, conn, user.id, user.role, True, user.name,
                            key=keys.signing_public(signing))
            slots.rewrap_user(user.name, new_passphrase, self._ctx.database_key(),
                              bind_to=self._secrets if bound else None, signing_key=signing)
            slots.save(self._path)
        self._ctx.user = replace(repo.user(self._ctx.db(), user.id), role=user.role)

    def _change_on_server(self, user: User, new_passphrase: str) -> None:
        """The slot, the login role's password, the must-change flag and the audit event in
        one transaction (practice_server.change_passphrase): all or nothing."""
        with self._ctx.transaction() as conn:
            self._ctx.audit.record(conn, action=AuditAction.CHANGE_PASSPHRASE,
                                   object_type="user", object_id=user.id)
            self._ctx.change_server_passphrase(new_passphrase)
        self._ctx.user = replace(repo.user(self._ctx.db(), user.id), role=user.role)

    def reset_passphrase(self, user_id: int, *, temporary_passphrase: str,
                         recovery_key: str) -> User:
        """An admin gives a user who forgot theirs a temporary passphrase, to be changed at
        the next unlock; only with the recovery key, so no admin can take over a slot alone."""
        self._ctx.require_admin()
        if self._ctx.engine == "server":
            return self._reset_on_server(user_id, temporary_passphrase, recovery_key)
        slots = keys.KeySlots.load(self._path, self._ctx.vault_id)
        if slots.unwrap_recovery(recovery_key) != self._ctx.database_key():
            raise WrongRecoveryKey()
        with self._ctx.transaction() as conn:
            user = repo.user(conn, user_id)
            if not user.active:
                raise InvalidInput("user_inactive")
            require_strong(temporary_passphrase, (user.name,))
            repo.change(conn, user_id, must_change_passphrase=True)
            self._ctx.audit.record(conn, action=AuditAction.RESET_PASSPHRASE, object_type="user",
                                   object_id=user_id)
            if slots.has_slot(user.name):  # a binding to this computer goes with the old slot
                slots.remove_slot(user.name, secrets=self._secrets)
            # The old slot's signing key is gone with it: a new key, granted by this admin.
            signing = keys.generate_signing_key()
            signed = self.get(user_id)
            roles.grant(self._ctx, conn, user_id, signed.role, signed.active, user.name,
                        key=keys.signing_public(signing))
            slots.add_user_slot(user.name, temporary_passphrase, self._ctx.database_key(),
                                signing_key=signing)
            slots.save(self._path)
            return signed

    def _reset_on_server(self, user_id: int, temporary_passphrase: str,
                         recovery_key: str) -> User:
        """A new slot with a new signing key, the login role's password and the must-change
        flag, written by the server's function that refuses a caller who is not an
        administrator, with the audit event, in one transaction. The server keeps the new
        public key beside the old one (pg_migrations/0017), as a grant does locally."""
        user = repo.user(self._ctx.db(), user_id)
        with self._ctx.transaction() as conn:
            # the event first: it takes the chain's lock, so the new key's first event
            # is known when the slot is written
            self._ctx.audit.record(conn, action=AuditAction.RESET_PASSPHRASE,
                                   object_type="user", object_id=user_id)
            self._ctx.reset_server_passphrase(user.name, temporary_passphrase, recovery_key)
        return self.get(user_id)

    def set_role(self, user_id: int, role: Role | str) -> User:
        """An admin changes a role; nobody demotes themselves or the last active admin."""
        admin = self._ctx.require_admin()
        role = _role(role)
        if user_id == admin.id and role != Role.ADMIN:
            raise InvalidInput("cannot_demote_self")
        with self._ctx.transaction() as conn:
            user = self.get(user_id)
            if not user.active:
                raise InvalidInput("user_inactive")
            _keep_an_admin(self._ctx, user, role)
            repo.change(conn, user_id, role=role)
            self._ctx.audit.record(conn, action=AuditAction.UPDATE, object_type="user",
                                   object_id=user_id, details={"role": str(role)})
            roles.grant(self._ctx, conn, user_id, role, True, user.name)
            return self.get(user_id)


def _keep_an_admin(ctx: VaultContext, user: User, new_role: Role) -> None:
    """A practice without an active admin could no longer manage users or settings (the
    signed roles count, not the users table)."""
    if user.role != Role.ADMIN or new_role == Role.ADMIN or not user.active:
        return
    if roles.admin_count(ctx) <= 1:
        raise InvalidInput("last_admin")


def clean_user_name(name: str) -> str:
    name = clean_text(name, "user name", required=True, max_length=60)
    if any(c in name for c in "/\\:"):
        raise InvalidInput("user_name_characters")
    return name


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput("unknown_role") from None
