"""The one door every byte leaving the vault passes (DESIGN section 1): packets, the legal
door, access reports, document copies, consent forms, Art 19 letters, the recovery sheet,
backups and the audit log's CSV or PDF for the privacy officer. It checks the role and the
Art 18 restriction, writes atomically with 0600 and records an audit event; a write that
fails records nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from casefile.caseload import require_access
from casefile.context import T, VaultContext
from casefile.errors import DossierRestricted
from casefile.model import AuditAction, User
from casefile.storage.database import Connection
from casefile.storage.engines import people
from casefile.storage.files import StagedFile, stage


class ExportKind(StrEnum):
    PACKET = "packet"
    LEGAL_DISCLOSURE = "legal_disclosure"
    LEGAL_DISCLOSURE_ALONE = "legal_disclosure_alone"  # approved by its maker, the only admin
    ACCESS_REPORT = "access_report"
    DOCUMENT_COPY = "document_copy"
    CONSENT_FORM = "consent_form"
    DELETION_LETTER = "deletion_letter"
    RECOVERY_SHEET = "recovery_sheet"
    BACKUP = "backup"
    AUDIT_LOG = "audit_log"
    DISCLOSURE_COPY = "disclosure_copy"
    INZAGE = "inzage"  # the parents' preview of a packet: never a disclosure


@dataclass(frozen=True)
class _Rule:
    action: AuditAction
    admin_only: bool = False
    # Art 18(2): a restricted dossier still answers the data subject's own rights (access,
    # the Art 19 notice to recipients) and a disclosure the law requires; nothing else.
    on_restricted: bool = False


_RULES: Mapping[ExportKind, _Rule] = {
    ExportKind.PACKET: _Rule(AuditAction.EXPORT),
    ExportKind.LEGAL_DISCLOSURE: _Rule(AuditAction.EXPORT_LEGAL, on_restricted=True),
    ExportKind.LEGAL_DISCLOSURE_ALONE: _Rule(AuditAction.EXPORT_LEGAL_ALONE, on_restricted=True),
    ExportKind.ACCESS_REPORT: _Rule(AuditAction.ACCESS_REPORT, on_restricted=True),
    ExportKind.DOCUMENT_COPY: _Rule(AuditAction.EXPORT_COPY),
    # The parents' right of access (Art 15) reaches what was sent: as the access report.
    ExportKind.DISCLOSURE_COPY: _Rule(AuditAction.DISCLOSURE_COPY, on_restricted=True),
    ExportKind.CONSENT_FORM: _Rule(AuditAction.EXPORT_CONSENT_FORM),
    ExportKind.DELETION_LETTER: _Rule(AuditAction.EXPORT_DELETION_LETTER, on_restricted=True),
    ExportKind.RECOVERY_SHEET: _Rule(AuditAction.EXPORT_RECOVERY_SHEET, admin_only=True),
    ExportKind.BACKUP: _Rule(AuditAction.BACKUP),
    ExportKind.AUDIT_LOG: _Rule(AuditAction.EXPORT_AUDIT_LOG, admin_only=True),
    ExportKind.INZAGE: _Rule(AuditAction.INZAGE),
}


class Exports:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    def check(self, kind: ExportKind, child_id: int | None = None) -> User:
        """The user, when they may export this kind of data about this child; else
        NotPermitted, NotOnCaseload or DossierRestricted. Call it again inside the recording
        transaction: a restriction may have been set meanwhile."""
        rule = _RULES[kind]
        user = self._ctx.require_admin() if rule.admin_only else self._ctx.require_user()
        if child_id is not None:
            require_access(self._ctx, self._ctx.db(), child_id)
        if (child_id is not None and not rule.on_restricted
                and people.child(self._ctx.db(), child_id).restricted):
            raise DossierRestricted()
        return user

    def stage(self, kind: ExportKind, out: Path | str, data: bytes,
              child_id: int | None = None) -> StagedFile:
        """Checked, then written beside `out` and flushed, but not yet in place: the caller
        records and commits it in one brief transaction (`record` then `commit`)."""
        self.check(kind, child_id)
        return stage(Path(out), data, 0o600)

    def record(self, conn: Connection, kind: ExportKind, *, object_type: str,
               object_id: object = "", child_id: int | None = None,
               details: dict[str, object] | None = None) -> None:
        """The audit event of an export, inside the transaction that completes it."""
        self._ctx.audit.record(conn, action=_RULES[kind].action, object_type=object_type,
                               object_id=object_id, child_id=child_id, details=details)

    def save(self, kind: ExportKind, out: Path | str, data: bytes, *, object_type: str,
             object_id: object = "", child_id: int | None = None,
             details: dict[str, object] | None = None) -> Path:
        """Check, write and record in one step; a failed write records nothing."""
        with self.stage(kind, out, data, child_id) as staged, \
                self.committing(staged) as conn:
            self.check(kind, child_id)
            self.record(conn, kind, object_type=object_type, object_id=object_id,
                        child_id=child_id, details=details)
            staged.commit()
        return Path(out)

    def commit_recorded(self, staged: StagedFile, record: Callable[[Connection], T]) -> T:
        """`record(conn)` (the re-checks and the records of an export that relies on
        consent), then `staged.commit()`, in one transaction no other client's interleaves
        with (VaultContext.serializable): on a server a withdrawal on another computer and
        this record never miss each other. A rerun takes the file back first; if the
        database does not commit, the file goes again."""
        def attempt(conn: Connection) -> T:
            staged.take_back()
            result = record(conn)
            staged.commit()
            return result

        try:
            return self._ctx.serializable(attempt)
        except BaseException:
            if staged.committed:
                staged.path.unlink(missing_ok=True)
            raise

    @contextmanager
    def committing(self, staged: StagedFile) -> Iterator[Connection]:
        """The brief write transaction that records an export and ends with
        `staged.commit()`: if the database then cannot commit, the file goes again, so
        no export is left without its record."""
        try:
            with self._ctx.transaction() as conn:
                yield conn
        except BaseException:
            if staged.committed:
                staged.path.unlink(missing_ok=True)
            raise
