"""Documents stored encrypted inside the database, in chunks: a large file never sits whole
in memory, and Casefile never writes a plaintext temporary file."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from casefile.caseload import require_access
from casefile.context import VaultContext
from casefile.dossiers import ensure_writable
from casefile.errors import (
    DocumentEmpty,
    DocumentTooLarge,
    DocumentUnreadable,
    DocumentVanished,
    InvalidInput,
    NotFound,
    StillReferenced,
)
from casefile.exports import ExportKind, Exports
from casefile.model import AuditAction, Category, Document, Sensitivity
from casefile.storage.database import Connection
from casefile.storage.engines import documents as repo
from casefile.storage.engines import people, removals
from casefile.storage.repositories.people import FieldChange
from casefile.validation import clean_date, clean_text, safe_filename

CHUNK = 256 * 1024
Progress = Callable[[int, int], None]  # (bytes done, bytes in all)

_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
               (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"%PDF-", "application/pdf"))
_TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".csv": "text/csv"}


def sniff_media_type(first_bytes: bytes, filename: str) -> str:
    for signature, media in _SIGNATURES:
        if first_bytes.startswith(signature):
            return media
    if first_bytes[:4] == b"RIFF" and first_bytes[8:12] == b"WEBP":
        return "image/webp"
    suffix = Path(filename).suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return _TEXT_SUFFIXES[suffix]
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


class Documents:
    def __init__(self, ctx: VaultContext, exports: Exports) -> None:
        self._ctx = ctx
        self._exports = exports

    def import_file(self, child_id: int, path: Path | str, *,
                    category: Category | str = Category.DOCUMENTS,
                    sensitivity: Sensitivity | str = Sensitivity.NORMAL,
                    source_organisation_id: int | None = None, received_on: date | None = None,
                    filename: str | None = None, progress: Progress | None = None) -> Document:
        path = Path(path)
        try:
            size = path.stat().st_size
            handle = path.open("rb")
        except FileNotFoundError:
            raise DocumentVanished() from None
        except OSError:
            raise DocumentUnreadable() from None
        with handle:
            return self._store(child_id, _chunks(handle), size, filename or path.name,
                               *_kinds(category, sensitivity), source_organisation_id,
                               received_on, progress)

    def import_bytes(self, child_id: int, data: bytes, filename: str, *,
                     category: Category | str = Category.DOCUMENTS,
                     sensitivity: Sensitivity | str = Sensitivity.NORMAL,
                     source_organisation_id: int | None = None,
                     received_on: date | None = None,
                     progress: Progress | None = None) -> Document:
        """Data dropped on the dossier (already in memory, so stored from there)."""
        data = bytes(data)
        pieces = (data[i:i + CHUNK] for i in range(0, len(data), CHUNK))
        return self._store(child_id, pieces, len(data), filename,
                           *_kinds(category, sensitivity), source_organisation_id, received_on,
                           progress)

    def _store(self, child_id, pieces: Iterator[bytes], size: int, filename: str, category,
               sensitivity, source_id, received_on, progress) -> Document:
        user = self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)  # before reading a byte
        limit = self._ctx.settings.document_size_limit_mb * 1024 * 1024
        if size > limit:
            raise DocumentTooLarge(limit_mb=self._ctx.settings.document_size_limit_mb)
        name = safe_filename(filename)
        if received_on is not None:
            received_on = clean_date(received_on, "date received")
        # Read and hash the whole file first (it is at most the size limit), so the write
        # transaction that stores it is brief and holds no reading from a slow disk.
        digest, chunks, done = hashlib.sha256(), [], 0
        for piece in pieces:
            done += len(piece)
            if done > limit:
                raise DocumentTooLarge(limit_mb=self._ctx.settings.document_size_limit_mb)
            digest.update(piece)
            chunks.append(piece)
            if progress:
                progress(done, max(size, done))
        if done == 0:
            raise DocumentEmpty()
        with self._ctx.transaction() as conn:
            require_access(self._ctx, conn, child_id)
            ensure_writable(conn, child_id)
            doc_id = repo.add(conn, {
                "child_id": child_id, "filename": name, "media_type": "", "size": 0,
                "sha256": "", "category": category, "sensitivity": sensitivity,
                "source_organisation_id": source_id, "received_on": received_on,
                "imported_by": user.id, "imported_at": self._ctx.clock.now()})
            for seq, piece in enumerate(chunks):
                repo.add_chunk(conn, doc_id, seq, piece)
            repo.complete(conn, doc_id, media_type=sniff_media_type(chunks[0][:16], name),
                          size=done, sha256=digest.hexdigest())
            self._audit(conn, AuditAction.CREATE, doc_id, child_id, size=done)
            return repo.document(conn, doc_id)

    def list(self, child_id: int, offset: int = 0, limit: int = 100) -> list[Document]:
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.page(self._ctx.db(), child_id, offset, limit)

    def get(self, document_id: int) -> Document:
        self._ctx.require_user()
        doc = repo.document(self._ctx.db(), document_id)
        require_access(self._ctx, self._ctx.db(), doc.child_id)
        return doc

    def read(self, document_id: int) -> bytes:
        """The whole content, in memory (previews and packets); an audited read."""
        return b"".join(self.iter_chunks(document_id))

    def iter_chunks(self, document_id: int) -> Iterator[bytes]:
        """The content chunk by chunk; the read is audited before the first chunk."""
        self._ctx.require_user()
        with self._ctx.transaction() as conn:
            doc = repo.document(conn, document_id)
            require_access(self._ctx, conn, doc.child_id)
            self._audit(conn, AuditAction.READ, document_id, doc.child_id)
        return repo.chunks(self._ctx.db(), document_id)

    def save_copy(self, document_id: int, target: Path | str) -> None:
        """An unencrypted copy where the counsellor chose (the UI warns first); refused on
        a restricted dossier (Art 18)."""
        doc = self.get(document_id)
        self._exports.check(ExportKind.DOCUMENT_COPY, doc.child_id)
        data = self.read(document_id)
        self._exports.save(ExportKind.DOCUMENT_COPY, target, data, object_type="document",
                           object_id=document_id, child_id=doc.child_id)

    # -- correction and removal ---------------------------------------------------------------

    _EDITABLE = ("filename", "category", "sensitivity", "received_on", "source_organisation_id")

    def update(self, document_id: int, *, reason: str = "", **changes: Any) -> Document:
        """Correct what the document is (its name, kind, sensitivity, date received, source);
        each old value is kept with who, when and why. The content never changes."""
        user = self._ctx.require_user()
        if set(changes) - set(self._EDITABLE):
            raise InvalidInput("field_not_editable")
        reason = clean_text(reason, "reason", max_length=500)
        with self._ctx.transaction() as conn:
            doc = _present(repo.document(conn, document_id))
            require_access(self._ctx, conn, doc.child_id)
            ensure_writable(conn, doc.child_id)
            clean = self._cleaned(conn, changes)
            changed = repo.change(conn, document_id, child_id=doc.child_id, changes=clean,
                                  reason=reason, user_id=user.id, now=self._ctx.clock.now())
            if changed:
                self._audit(conn, AuditAction.UPDATE, document_id, doc.child_id,
                            fields=changed)
            return repo.document(conn, document_id)

    def _cleaned(self, conn: Connection, changes: dict[str, Any]) -> dict[str, Any]:
        out = dict(changes)
        if "filename" in out:
            out["filename"] = safe_filename(clean_text(out["filename"], "name", required=True))
        if "category" in out or "sensitivity" in out:
            category, sensitivity = _kinds(out.get("category", Category.DOCUMENTS),
                                           out.get("sensitivity", Sensitivity.NORMAL))
            out.update({k: v for k, v in (("category", category),
                                          ("sensitivity", sensitivity)) if k in changes})
        if out.get("received_on") is not None:
            out["received_on"] = clean_date(out["received_on"], "date received",
                                            not_after=self._ctx.clock.today())
        if out.get("source_organisation_id") is not None:
            people.organisation(conn, out["source_organisation_id"])  # NotFound when gone
        return out

    def history(self, document_id: int) -> Sequence[FieldChange]:
        """Every correction, and the removal, oldest first."""
        self._ctx.require_user()
        conn = self._ctx.db()
        require_access(self._ctx, conn, repo.document(conn, document_id).child_id)
        return people.field_history(conn, "document", document_id)

    def remove(self, document_id: int, *, reason: str) -> None:
        """Remove a document: its content and name are wiped; a tombstone (kind, size,
        SHA-256) stays for the history. Refused while a sent packet or a consent's evidence
        refers to it, since the practice must be able to show what it sent or relied on."""
        user = self._ctx.require_user()
        reason = clean_text(reason, "reason", required=True, max_length=500)
        with self._ctx.transaction() as conn:
            doc = _present(repo.document(conn, document_id))
            require_access(self._ctx, conn, doc.child_id)
            ensure_writable(conn, doc.child_id)
            sent = removals.document_disclosed(conn, doc.child_id, document_id)
            if sent is not None:
                raise StillReferenced("document_disclosed", recipient=sent.recipient,
                                      on=sent.at.date())
            if removals.evidence_of_consent(conn, document_id):
                raise StillReferenced("document_is_evidence")
            removals.remove(conn, "document", document_id, child_id=doc.child_id,
                            reason=reason, user_id=user.id, now=self._ctx.clock.now())
            self._audit(conn, AuditAction.DELETE, document_id, doc.child_id,
                        size=doc.size, sha256=doc.sha256)

    def _audit(self, conn: Connection, action: AuditAction, doc_id: int, child_id: int,
               **details: object) -> None:
        self._ctx.audit.record(conn, action=action, object_type="document", object_id=doc_id,
                               child_id=child_id, details=details)


def _present(doc: Document) -> Document:
    """A removed document is gone for every purpose but its tombstone."""
    if doc.removed_at is not None:
        raise NotFound()
    return doc


def _kinds(category, sensitivity) -> tuple[Category, Sensitivity]:
    try:
        return Category(category), Sensitivity(sensitivity)
    except ValueError:
        raise InvalidInput("unknown_kind") from None


def _chunks(handle) -> Iterator[bytes]:
    try:
        while piece := handle.read(CHUNK):
            yield piece
    except OSError:
        raise DocumentUnreadable() from None
