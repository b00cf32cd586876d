"""The parents' rights (GDPR): access and portability (Art 15/20), rectification history
(Art 16), erasure (Art 17) and restriction (Art 18); and the practice-wide audit view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casefile import access_report as access
from casefile import catalogue, log_rows
from casefile import packet_content as pc
from casefile.access_report_html import report_html
from casefile.caseload import require_access
from casefile.catalogue import fmt_date
from casefile.consent import Policy
from casefile.context import VaultContext
from casefile.errors import DossierOnHold
from casefile.exports import ExportKind, Exports
from casefile.model import AuditAction
from casefile.packet_format import build_packet, sha256
from casefile.passwords import generate_packet_password
from casefile.pdf_document import Renderer
from casefile.retention import add_years
from casefile.rights_desk import held
from casefile.signing import SigningKey
from casefile.storage import database
from casefile.storage.database import Connection
from casefile.storage.engines import notes, people, retention, rights_desk
from casefile.storage.engines import rights as repo
from casefile.storage.engines import search as search_repo
from casefile.storage.repositories.base import to_db
from casefile.validation import clean_text


@dataclass(frozen=True)
class ErasurePreview:
    child_id: int
    erased: dict[str, int]  # table -> rows that go
    kept: list[str]  # what a legal duty keeps (financial records within 7 years)


@dataclass(frozen=True)
class ErasureResult:
    child_id: int
    erased: dict[str, int]  # table -> rows deleted (besides the child's own row)
    kept: list[str]  # financial records kept by law, unlinked from the child
    wiped: bool  # freed pages wiped (VACUUM) before this was returned


@dataclass(frozen=True)
class AccessReport:
    path: Path
    password: str  # shown once


class Rights:
    def __init__(self, ctx: VaultContext, signing: SigningKey, exports: Exports,
                 renderer_factory: Callable[[], Renderer]) -> None:
        self._ctx = ctx
        self._signing = signing
        self._exports = exports
        self._renderer_factory = renderer_factory

    # -- Art 18 ---------------------------------------------------------------------------

    def restrict(self, child_id: int, *, reason: str) -> None:
        self._set_restricted(child_id, True, reason)

    def lift_restriction(self, child_id: int, *, reason: str) -> None:
        self._set_restricted(child_id, False, reason)

    def _set_restricted(self, child_id: int, value: bool, reason: str) -> None:
        user = self._ctx.require_user()
        reason = clean_text(reason, "reason", required=True, max_length=500)
        with self._ctx.transaction() as conn:
            require_access(self._ctx, conn, child_id)
            changed = people.change(conn, "child", child_id, child_id=child_id,
                                    changes={"restricted": value}, reason=reason,
                                    user_id=user.id, now=self._ctx.clock.now())
            if changed:
                action = AuditAction.RESTRICT if value else AuditAction.LIFT_RESTRICTION
                self._ctx.audit.record(conn, action=action,
                                       object_type="child", object_id=child_id,
                                       child_id=child_id)

    # -- Art 16 ---------------------------------------------------------------------------

    def rectification_history(self, child_id: int) -> list[dict]:
        """Every change of the child's, guardians' and trajectories' fields and every note
        version, newest first."""
        self._ctx.require_user()
        conn = self._ctx.db()
        require_access(self._ctx, conn, child_id)
        fields = [_plain(c, _CHANGE_FIELDS) for c in people.field_changes_of_child(conn,
                                                                                  child_id)]
        versions = [{"object_type": "note", "object_id": v.note_id, "field": "text",
                     "old_value": None, "new_value": f"v{v.version}", "reason": v.reason,
                     "changed_by": v.changed_by, "changed_at": to_db(v.changed_at)}
                    for v in notes.versions_of_child(conn, child_id)]
        return sorted(fields + versions, key=lambda c: c["changed_at"], reverse=True)

    # -- Art 17 ---------------------------------------------------------------------------

    def refuse_if_held(self, child_id: int) -> None:
        """Raises DossierOnHold while a hold keeps the dossier (asked before an erasure)."""
        self._ctx.require_user()
        _refuse_if_held(self._ctx, child_id)

    def erasure_preview(self, child_id: int) -> ErasurePreview:
        self._ctx.require_admin()
        conn = self._ctx.db()
        people.child(conn, child_id)
        counts = repo.rows_held(conn, child_id)
        kept, expired = self._financial(conn, child_id)
        counts["financial_records"] = len(expired)
        return ErasurePreview(child_id, counts, kept)

    def _financial(self, conn: Connection, child_id: int) -> tuple[list[str], list[int]]:
        """The child's financial records still under their legal duty (kept, unlinked) and
        those past it (erased with the dossier)."""
        today, years = self._ctx.clock.today(), self._ctx.settings.financial_retention_years
        kept, expired = [], []
        for record in retention.financial_records(conn, child_id):
            if add_years(record.invoice_date, years) > today:
                kept.append(f"{record.invoice_number} ({record.invoice_date.isoformat()})")
            else:
                expired.append(record.id)
        return kept, expired

    def erase(self, child_id: int, *, reason: str, vacuum: bool = True,
              progress=None) -> ErasureResult:
        """Delete the dossier: rows, search entries, and the freed pages wiped before this
        returns. The audit log keeps an event without personal data. Admin only, on request
        as in a purge: an erasure cannot be undone, so it needs the practice's owner."""
        self._ctx.require_admin()
        reason = clean_text(reason, "reason", required=True, max_length=200)
        _refuse_if_held(self._ctx, child_id)
        preview = self.erasure_preview(child_id)
        _step(progress, 0)
        with self._ctx.transaction() as conn:
            retention.delete_financial(conn, self._financial(conn, child_id)[1])
            repo.delete_child(conn, child_id)
            search_repo.optimise(conn)
            self._ctx.audit.record(conn, action=AuditAction.ERASE, object_type="child",
                                   object_id=child_id, child_id=child_id,
                                   details={"rows": sum(preview.erased.values()),
                                            "kept_financial": len(preview.kept),
                                            "reason": "retention" if reason == "retention"
                                            else "request"})
        _step(progress, 1)
        if vacuum:
            database.wipe_free_pages(self._ctx.db())
        _step(progress, 2)
        return ErasureResult(child_id, preview.erased, preview.kept, vacuum)

    # -- Art 15 / 20 ----------------------------------------------------------------------

    def access_report(self, child_id: int, out: Path | str) -> AccessReport:
        """Everything held on a child in one password-protected packet: the PDF for the
        parents with the Art 15(1) information, each document attached as its Art 15(3)
        copy, and access-report.json (format v1) for portability; every file's SHA-256
        in the signed manifest."""
        self._exports.check(ExportKind.ACCESS_REPORT, child_id)
        settings = self._ctx.settings
        with self._ctx.snapshot() as conn:  # one consistent read; no write lock held
            data, files = access.collect(conn, child_id, now=self._ctx.clock.now(),
                                         practice=settings.practice_name,
                                         policy=Policy(guardians_required=settings.consent_policy))
        renderer = self._renderer_factory()
        t = pc.pdf_text(renderer, settings.language)
        pdf = renderer.render(report_html(t, data, retention_years=settings.retention_years,
                                          financial_years=settings.financial_retention_years),
                              t["report_title"], lang=t.lang)
        body = access.encode(data)
        items = [{"key": access.FILE_NAME, "file": access.FILE_NAME, "sha256": sha256(body)}]
        items += [{"key": f"document:{f.document_id}", "file": f.name, "sha256": sha256(f.data)}
                  for f in files]
        manifest = {"kind": "access_report", "created": self._ctx.clock.now().isoformat(),
                    "vault_id": self._ctx.vault_id, "child_id": child_id, "items": items}
        password = generate_packet_password()
        packet = build_packet(pdf, manifest, {},
                              [(access.FILE_NAME, body), *((f.name, f.data) for f in files)],
                              self._signing.private_key(), password)
        self._exports.save(ExportKind.ACCESS_REPORT, out, packet, object_type="child",
                           object_id=child_id, child_id=child_id)
        return AccessReport(Path(out), password)

    # -- the practice-wide audit view -----------------------------------------------------

    def audit_events(self, **filters):
        """Every event, filtered (child, user, action, dates); admin only."""
        self._ctx.require_admin()
        return self._ctx.audit.events(**filters)

    def audit_names(self) -> log_rows.LogNames:
        """Who and what the practice-wide log's ids are (children too: admin only)."""
        self._ctx.require_admin()
        with self._ctx.snapshot() as conn:
            return log_rows.load_names(conn, children=True)

    def export_audit_log(self, out: Path | str, fmt: str = "pdf", **filters) -> int:
        """The filtered audit log in words, as CSV or PDF for the privacy officer, through
        the export door (admin only, audited). Returns the number of events."""
        user = self._exports.check(ExportKind.AUDIT_LOG)
        events = self._ctx.audit.events(**filters)
        names = self.audit_names()
        renderer = self._renderer_factory()
        words = renderer.words(self._ctx.settings.language)
        headers = log_rows.audit_headers()
        rows = [log_rows.audit_row(e, names) for e in events]
        if fmt == "csv":
            data = log_rows.as_csv(words, headers, rows)
        else:
            since = filters.get("since")
            subtitle = words(catalogue.history_word(
                "audit_period", fmt_date(since.date()) if since else "—", len(rows),
                catalogue.fmt_moment(self._ctx.clock.now()), user.name))
            title = catalogue.history_word("audit_title")
            data = renderer.render(log_rows.as_html(words, title, subtitle, headers, rows),
                                   words(title), lang=self._ctx.settings.language)
        self._exports.save(ExportKind.AUDIT_LOG, out, data, object_type="audit_log",
                           details={"format": "csv" if fmt == "csv" else "pdf",
                                    "events": len(rows)})
        return len(rows)


def _refuse_if_held(ctx: VaultContext, child_id: int) -> None:
    """Art 17(3)(e): a dossier kept for a complaint or legal claim is not erased."""
    hold = held(rights_desk.holds(ctx.db(), child_id), ctx.clock.today()).get(child_id)
    if hold:
        raise DossierOnHold(until=fmt_date(hold.ends_on))


def _step(progress, done: int) -> None:
    if progress:
        progress(done, 2)


_CHANGE_FIELDS = ("object_type", "object_id", "field", "old_value", "new_value", "reason",
                  "changed_by", "changed_at")


def _plain(record: object, names: tuple[str, ...]) -> dict:
    """The named fields as they are stored (ISO dates, 0/1), for the history view."""
    return {name: to_db(getattr(record, name)) for name in names}
