"""Who sees which child (need-to-know, GDPR Art 5(1)(f) and 25).

Each dossier has its counsellors, the caseload. A counsellor reads and writes only the
dossiers on their caseload; of every other dossier they see that it exists, the child's
name and its counsellors (for scheduling), and every other read or write is refused with
NotOnCaseload. The services call `require_access` before they touch a dossier, so the rule
holds for the GUI, the CLI and scripts alike; hiding buttons is only a courtesy.

An admin sees every dossier: the practice's rights requests, Meldcode approvals, erasure,
retention and backups are theirs, and a caseload nobody can open again (its counsellor
left) must stay reachable. Opening a dossier outside their own caseload is recorded as
its own audit action, so the privacy officer sees each time it happened. Only an admin
adds a counsellor to a caseload or removes one, always with a reason; the creator of a
child is on its caseload from the start."""

from __future__ import annotations

from casefile.context import VaultContext
from casefile.errors import InvalidInput, NotOnCaseload
from casefile.model import AuditAction, CaseloadEntry, ChildListing, Role, User
from casefile.storage.database import Connection
from casefile.storage.engines import caseload as repo
from casefile.storage.engines import people
from casefile.storage.engines import users as user_repo
from casefile.validation import clean_text


def admits(ctx: VaultContext, conn: Connection, child_id: int) -> bool:
    """The unlocked user may see this dossier: an admin, or on its caseload."""
    user = ctx.require_user()
    return user.role == Role.ADMIN or repo.on_caseload(conn, child_id, user.id)


def require_access(ctx: VaultContext, conn: Connection, child_id: int) -> None:
    """NotOnCaseload unless `admits`; NotFound first for a child that does not exist."""
    if not admits(ctx, conn, child_id):
        people.child(conn, child_id)  # NotFound, so a wrong id reads as one
        raise NotOnCaseload()


def viewer(ctx: VaultContext) -> int | None:
    """Whose caseload limits what the user sees: None for an admin (everything)."""
    user = ctx.require_user()
    return None if user.role == Role.ADMIN else user.id


class Caseload:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    def mine(self, child_id: int) -> bool:
        """The dossier is on the unlocked user's own caseload (an admin's too)."""
        user = self._ctx.require_user()
        return repo.on_caseload(self._ctx.db(), child_id, user.id)

    def admits(self, child_id: int) -> bool:
        return admits(self._ctx, self._ctx.db(), child_id)

    def counsellors(self, child_id: int) -> list[User]:
        """Who is on the caseload now; open to every user (scheduling)."""
        self._ctx.require_user()
        conn = self._ctx.db()
        people.child(conn, child_id)
        ids = repo.counsellors(conn, [child_id])[child_id]
        return [user_repo.user(conn, i) for i in ids]

    def history(self, child_id: int) -> list[CaseloadEntry]:
        """Every stretch of access to the dossier, oldest first (admins)."""
        self._ctx.require_admin()
        return repo.history(self._ctx.db(), child_id)

    def add(self, child_id: int, user_id: int, *, reason: str) -> None:
        """Give a user access to the dossier (admins, with a reason); audited."""
        admin = self._ctx.require_admin()
        reason = clean_text(reason, "reason", required=True, max_length=500)
        with self._ctx.transaction() as conn:
            people.child(conn, child_id)
            if not user_repo.user(conn, user_id).active:
                raise InvalidInput("user_inactive")
            if not repo.add(conn, child_id, user_id, by=admin.id, at=self._ctx.clock.now(),
                            reason=reason):
                raise InvalidInput("already_on_caseload")
            self._audit(conn, AuditAction.CASELOAD_ADD, child_id, user_id)

    def remove(self, child_id: int, user_id: int, *, reason: str) -> None:
        """Take a user's access away (admins, with a reason); the stretch stays in the
        history; audited."""
        admin = self._ctx.require_admin()
        reason = clean_text(reason, "reason", required=True, max_length=500)
        with self._ctx.transaction() as conn:
            people.child(conn, child_id)
            if not repo.remove(conn, child_id, user_id, by=admin.id, at=self._ctx.clock.now(),
                               reason=reason):
                raise InvalidInput("not_on_caseload_yet")
            self._audit(conn, AuditAction.CASELOAD_REMOVE, child_id, user_id)

    def _audit(self, conn: Connection, action: AuditAction, child_id: int, user_id: int) -> None:
        # the reason stays in the caseload table: it may name people, the log never does
        self._ctx.audit.record(conn, action=action, object_type="user", object_id=user_id,
                               child_id=child_id)


def listings_with_counsellors(conn: Connection, rows: list[ChildListing]) -> list[ChildListing]:
    """The listings with the names of their counsellors filled in."""
    if not rows:
        return rows
    found = repo.counsellors(conn, [r.id for r in rows])
    names = {u.id: u.name for u in user_repo.everyone(conn)}
    return [ChildListing(r.id, r.first_name, r.last_name,
                         tuple(names[i] for i in found[r.id] if i in names)) for r in rows]


def unbacked(conn: Connection) -> list[str]:
    """`verify`: every open stretch of access the log does not account for. On one vault
    file anyone with the database key can add a row to the caseload; what an admin grants
    is a signed event, so a row without one (or reopened after a signed revocation) is an
    insider's, and is named here by ids only."""
    latest: dict[tuple[int, int], str] = {}
    for action, object_id, child_id, actor, role in repo.access_events(conn):
        if child_id is None or actor is None:
            continue
        if action == AuditAction.CREATE:
            latest.setdefault((child_id, actor), "created")
        elif object_id.isdigit() and role == Role.ADMIN:
            latest[(child_id, int(object_id))] = action
    problems = []
    for child_id, user_id, added_by in repo.open_stretches(conn):
        backed = latest.get((child_id, user_id))
        if backed in ("created", AuditAction.CASELOAD_ADD):
            continue
        if backed is None and added_by is None and repo.from_the_upgrade(conn, child_id,
                                                                         user_id):
            continue
        problems.append(f"caseload: user {user_id} has access to dossier {child_id} "
                        "without an administrator's grant in the log")
    return problems
