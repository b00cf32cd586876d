"""The parents' rights (GDPR): access and portability (Art 15/20), rectification history
(Art 16), erasure (Art 17) and restriction (Art 18); and the practice-wide audit view."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from casefile import catalogue, log_rows
from casefile import packet_content as pc
from casefile.caseload import require_access
from casefile.catalogue import PdfText, fmt_date
from casefile.context import VaultContext
from casefile.exports import ExportKind, Exports
from casefile.model import AuditAction
from casefile.packet_format import build_packet, sha256
from casefile.passwords import generate_packet_password
from casefile.pdf_document import Renderer
from casefile.retention import add_years
from casefile.signing import SigningKey
from casefile.storage import database
from casefile.storage.database import Connection
from casefile.storage.repositories import consents as consent_repo
from casefile.storage.repositories import documents, notes, people, retention
from casefile.storage.repositories import rights as repo
from casefile.storage.repositories import search as search_repo
from casefile.storage.repositories import users as user_repo
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
        """Everything held on a child, as a PDF for the parents and JSON for portability,
        in one password-protected packet."""
        self._exports.check(ExportKind.ACCESS_REPORT, child_id)
        with self._ctx.snapshot() as conn:  # one consistent read; no write lock held
            data = collect(conn, child_id)
        renderer = self._renderer_factory()
        t = pc.pdf_text(renderer, self._ctx.settings.language)
        pdf = renderer.render(report_html(t, data), t["report_title"])
        body = json.dumps(data, indent=1, ensure_ascii=False, default=str).encode()
        manifest = {"kind": "access_report", "created": self._ctx.clock.now().isoformat(),
                    "vault_id": self._ctx.vault_id, "child_id": child_id,
                    "items": [{"key": "access-report.json", "file": "access-report.json",
                               "sha256": sha256(body)}]}
        password = generate_packet_password()
        packet = build_packet(pdf, manifest, {}, [("access-report.json", body)],
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
                                   words(title))
        self._exports.save(ExportKind.AUDIT_LOG, out, data, object_type="audit_log",
                           details={"format": "csv" if fmt == "csv" else "pdf",
                                    "events": len(rows)})
        return len(rows)


def _step(progress, done: int) -> None:
    if progress:
        progress(done, 2)


def collect(conn: Connection, child_id: int) -> dict:
    """Everything held on one child, as plain data."""
    child = people.child(conn, child_id)
    users = {u.id: u.name for u in user_repo.everyone(conn)}
    orgs = {o.id: o.name for o in people.organisations(conn)}
    disclosures = [{**asdict(d), "recipient": orgs.get(d.recipient_id, ""),
                    "without_consent": bool(d.legal_ground),
                    "created_by": users.get(d.created_by, "") if d.created_by else ""}
                   for d in consent_repo.disclosures_of(conn, child_id)]
    consents = [{**asdict(c), "categories": sorted(c.categories),
                 "recipient": orgs.get(c.recipient_id, "") if c.recipient_id else ""}
                for c in consent_repo.consents_of(conn, child_id)]
    return {
        "child": asdict(child),
        "guardians": [asdict(g) for g in people.guardians_of(conn, child_id)],
        "trajectories": [asdict(t) for t in people.trajectories_of(conn, child_id)],
        "notes": [_plain(n, ("id", "session_date", "duration_minutes", "category",
                             "sensitivity", "finalised", "version", "text"))
                  for n in notes.of_child(conn, child_id)],
        "note_versions": [_plain(v, ("note_id", "version", "text", "reason", "changed_at"))
                          for v in notes.versions_of_child(conn, child_id)],
        "documents": [_plain(d, ("id", "filename", "media_type", "size", "sha256", "category",
                                 "sensitivity", "received_on"))
                      for d in documents.all_of_child(conn, child_id)],
        "field_history": [_plain(c, tuple(f for f in _CHANGE_FIELDS if f != "changed_by"))
                          for c in people.field_changes_of_child(conn, child_id)],
        "consents": consents,
        "disclosures": disclosures,
    }


_CHANGE_FIELDS = ("object_type", "object_id", "field", "old_value", "new_value", "reason",
                  "changed_by", "changed_at")


def _plain(record: object, names: tuple[str, ...]) -> dict:
    """The named fields as they are stored (ISO dates, 0/1), so the portable JSON reads
    the same whatever the model's types."""
    return {name: to_db(getattr(record, name)) for name in names}


def report_html(t: PdfText, data: dict) -> str:
    child = data["child"]
    parts = [pc.STYLE, f"<h1>{pc.e(t['report_title'])}</h1>",
             f"<p>{pc.e(child['first_name'])} {pc.e(child['last_name'])} "
             f"({fmt_date(child['birth_date'])})</p>"]
    for key in ("guardians", "trajectories", "notes", "documents", "consents", "disclosures"):
        parts.append(f"<h2>{pc.e(t['report_' + key])} ({len(data[key])})</h2>")
        parts += [_entry(t, key, entry) for entry in data[key]]
    return "".join(parts)


def _entry(t: PdfText, key: str, entry: dict) -> str:
    if key == "disclosures":
        mark = f" — <span class='legal'>{pc.e(t['without_consent'])}: " \
               f"{pc.e(entry['legal_ground'])}</span>" if entry["without_consent"] else ""
        return (f"<p>{fmt_date(_day(entry['created_at']))}: {pc.e(entry['recipient'])} "
                f"({pc.e(t.count('items_count', len(entry['items'])))}){mark}</p>")
    if key == "notes":
        return (f"<p><b>{fmt_date(entry['session_date'])}</b> "
                f"<span class='note'>{pc.e(entry['text'])}</span></p>")
    if key == "consents":
        state = t["withdrawn"] if entry["withdrawal"] else (t["in_error"] if
                                                             entry["entered_in_error"] else "")
        return (f"<p>{pc.e(entry['recipient'] or t.words(catalogue.scope(entry['scope'])))}: "
                f"{pc.e(', '.join(t.words(catalogue.label(c)) for c in entry['categories']))} "
                f"{fmt_date(entry['valid_from'])} – "
                f"{fmt_date(entry['valid_until'], pc.NO_DATE)} {pc.e(state)}</p>")
    # Enum values and yes/no are shown in words, never as `active` or `True`.
    shown = [t.words(catalogue.label(v)) for k, v in entry.items()
             if k not in ("id", "child_id") and v not in (None, "")]
    return "<p>" + ", ".join(pc.e(v) for v in shown if v) + "</p>"


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


