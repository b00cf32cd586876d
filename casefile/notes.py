"""Session notes: drafts that save themselves, finalising, and amendments that keep every
version with who, when and why (GDPR Art 16, rectification with history)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from casefile.caseload import require_access
from casefile.context import VaultContext
from casefile.dossiers import ensure_writable
from casefile.errors import InvalidInput
from casefile.model import AuditAction, Category, Note, NoteVersion, Sensitivity
from casefile.storage.database import Connection
from casefile.storage.engines import notes as repo
from casefile.validation import clean_date

MAX_TEXT = 200_000
# The editor autosaves every ~2 s of pause; an "update" event for each would drown the log.
# A draft's saves are audited at most once per interval (per unlocked session), so the log
# still shows who worked on which draft and when; create, finalise and amend always are.
DRAFT_AUDIT_INTERVAL = timedelta(minutes=10)


class Notes:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx
        self._draft_audited: dict[int, datetime] = {}  # note id -> last audited autosave

    def add(self, child_id: int, *, text: str = "",
            category: Category | str = Category.SESSION_NOTES,
            sensitivity: Sensitivity | str = Sensitivity.NORMAL,
            session_date: date | None = None, duration_minutes: int = 45) -> Note:
        """A new draft by the unlocked user."""
        user = self._ctx.require_user()
        fields = _clean(text=text, category=category, sensitivity=sensitivity,
                        session_date=session_date or self._ctx.clock.today(),
                        duration_minutes=duration_minutes)
        now = self._ctx.clock.now()
        with self._ctx.transaction() as conn:
            require_access(self._ctx, conn, child_id)
            ensure_writable(conn, child_id)
            nid = repo.add(conn, {"child_id": child_id, "author_id": user.id, **fields,
                                  "created_at": now, "updated_at": now})
            self._audit(conn, AuditAction.CREATE, nid, child_id)
            return repo.note(conn, nid)

    def save_draft(self, note_id: int, **changes: Any) -> Note:
        """One small UPDATE of the fields that changed, durable once it returns
        (synchronous=FULL); the search index is touched only when the text changed."""
        self._ctx.require_user()
        unknown = set(changes) - {"text", "category", "sensitivity", "session_date",
                                  "duration_minutes"}
        if unknown:
            raise InvalidInput("field_not_editable")
        now = self._ctx.clock.now()
        with self._ctx.transaction() as conn:
            note = self._note(conn, note_id)
            if note.finalised:
                raise InvalidInput("note_finalised")
            ensure_writable(conn, note.child_id)
            merged = {k: getattr(note, k) for k in ("text", "category", "sensitivity",
                                                    "session_date", "duration_minutes")}
            fields = _clean(**(merged | {k: v for k, v in changes.items() if v is not None}))
            fields = {k: v for k, v in fields.items() if v != merged[k]}
            if not fields:
                return note
            repo.change(conn, note_id, now, **fields)
            last = self._draft_audited.get(note_id)
            if last is None or now - last >= DRAFT_AUDIT_INTERVAL:
                self._audit(conn, AuditAction.UPDATE, note_id, note.child_id)
                self._draft_audited[note_id] = now
            return repo.note(conn, note_id)

    def finalise(self, note_id: int) -> Note:
        user = self._ctx.require_user()
        now = self._ctx.clock.now()
        with self._ctx.transaction() as conn:
            note = self._note(conn, note_id)
            ensure_writable(conn, note.child_id)
            if note.finalised:
                return note
            if not note.text.strip():
                raise InvalidInput("empty_note")
            repo.change(conn, note_id, now, finalised=True)
            repo.add_version(conn, note, user.id, now, "")
            self._audit(conn, AuditAction.FINALISE, note_id, note.child_id)
            return repo.note(conn, note_id)

    def amend(self, note_id: int, *, text: str, reason: str,
              category: Category | str | None = None,
              sensitivity: Sensitivity | str | None = None) -> Note:
        """A new version of a finalised note; the old one is kept."""
        user = self._ctx.require_user()
        if not isinstance(reason, str) or not reason.strip():
            raise InvalidInput("reason_required")
        now = self._ctx.clock.now()
        with self._ctx.transaction() as conn:
            note = self._note(conn, note_id)
            ensure_writable(conn, note.child_id)
            if not note.finalised:
                raise InvalidInput("draft_not_amended")
            fields = _clean(text=text, category=category or note.category,
                            sensitivity=sensitivity or note.sensitivity,
                            session_date=note.session_date,
                            duration_minutes=note.duration_minutes)
            if not fields["text"].strip():
                raise InvalidInput("empty_note")
            version = note.version + 1
            repo.change(conn, note_id, now, text=fields["text"], category=fields["category"],
                        sensitivity=fields["sensitivity"], version=version)
            amended = repo.note(conn, note_id)
            repo.add_version(conn, amended, user.id, now, reason.strip()[:1000])
            self._audit(conn, AuditAction.AMEND, note_id, note.child_id, version=version)
            return amended

    def delete_draft(self, note_id: int) -> None:
        self._ctx.require_user()
        with self._ctx.transaction() as conn:
            note = self._note(conn, note_id)
            if note.finalised:
                raise InvalidInput("final_note_not_deleted")
            ensure_writable(conn, note.child_id)
            repo.delete(conn, note_id)
            self._audit(conn, AuditAction.DELETE, note_id, note.child_id)

    def get(self, note_id: int) -> Note:
        """An audited read."""
        self._ctx.require_user()
        with self._ctx.transaction() as conn:
            note = self._note(conn, note_id)
            self._audit(conn, AuditAction.READ, note_id, note.child_id)
        return note

    def history(self, note_id: int) -> list[NoteVersion]:
        """Every finalised version, oldest first."""
        self._ctx.require_user()
        with self._ctx.transaction() as conn:
            note = self._note(conn, note_id)
            versions = repo.versions(conn, note_id)
            self._audit(conn, AuditAction.READ_HISTORY, note_id, note.child_id)
        return versions

    def list(self, child_id: int, offset: int = 0, limit: int = 100) -> list[Note]:
        """The timeline, newest session first."""
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.timeline(self._ctx.db(), child_id, offset, limit)

    def count(self, child_id: int) -> int:
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.count(self._ctx.db(), child_id)

    def _note(self, conn: Connection, note_id: int) -> Note:
        """The note, once the user may see its dossier (casefile/caseload.py)."""
        note = repo.note(conn, note_id)
        require_access(self._ctx, conn, note.child_id)
        return note

    def _audit(self, conn: Connection, action: AuditAction, note_id: int, child_id: int,
               **details: object) -> None:
        self._ctx.audit.record(conn, action=action, object_type="note", object_id=note_id,
                               child_id=child_id, details=details)


def _clean(*, text: Any, category: Any, sensitivity: Any, session_date: Any,
           duration_minutes: Any) -> dict[str, Any]:
    if not isinstance(text, str):
        raise InvalidInput("field_not_text", field="note")
    if len(text) > MAX_TEXT:
        raise InvalidInput("field_too_long", field="note")
    try:
        category, sensitivity = Category(category), Sensitivity(sensitivity)
    except ValueError:
        raise InvalidInput("unknown_kind") from None
    if not isinstance(duration_minutes, int) or not 0 <= duration_minutes <= 24 * 60:
        raise InvalidInput("duration_range")
    return {"text": text.replace("\r\n", "\n").replace("\x00", ""), "category": category,
            "sensitivity": sensitivity,
            "session_date": clean_date(session_date, "session date"),
            "duration_minutes": duration_minutes}
