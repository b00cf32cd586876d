"""The parents' inzage (issue 10; the OSO overstapdossier's practice): before a packet goes
to a school, the parents read a preview of exactly that packet and may give their view.

The preview itself is made by `Packets.preview` (the same items, the same consent check,
the one export door) and is never a disclosure. This module holds the rest: recording the
parents' answer, the rule that says which inzage a packet is made after, and the packet's
section "Zienswijze van de ouders".

The rule, with the practice setting `inzage`:
- off: a packet notes no inzage;
- offered: a packet notes the newest inzage for the same child and recipient that no
  packet was made after yet, whatever its state, and does not wait for it;
- required: a packet needs such an inzage that is answered, or whose answer date has
  passed (then it counts as "no answer by <date>"), and that showed every item of the
  packet with the same SHA-256; else one sentence says why and what to do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from casefile.caseload import require_access
from casefile.catalogue import PdfText, fmt_date
from casefile.context import VaultContext
from casefile.dossiers import ensure_writable
from casefile.errors import InvalidInput, InzageRequired
from casefile.model import AuditAction, Inzage
from casefile.packet_content import Html, e, fields, mono
from casefile.storage.database import Connection
from casefile.storage.engines import documents, people
from casefile.storage.engines import inzage as repo
from casefile.validation import clean_text

ANSWERS = ("remarks", "no_remarks", "no_answer")


@dataclass(frozen=True)
class InzagePreview:
    """What `Packets.preview` made: the file and its password, shown once."""

    inzage_id: int
    path: Path
    password: str
    item_keys: tuple[str, ...]
    answer_by: date


@dataclass(frozen=True)
class View:
    """The packet's section "Zienswijze van de ouders": its canonical content (in the
    manifest, hashed like every item), the returned document if any, and its HTML."""

    key: str
    data: dict
    html: str
    file_name: str | None = None
    file_bytes: bytes | None = None


class Inzages:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    def of_child(self, child_id: int) -> list[Inzage]:
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.of_child(self._ctx.db(), child_id)

    def open_for(self, child_id: int, recipient_id: int) -> Inzage | None:
        """The inzage a packet to this recipient would be made after, if any."""
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return repo.newest_unused(self._ctx.db(), child_id, recipient_id)

    def answer(self, inzage_id: int, answer: str, *, remarks: str = "",
               document_id: int | None = None) -> Inzage:
        """Record the parents' answer once: their remarks (typed from a call or an e-mail,
        and/or a returned document already imported into the dossier), no remarks, or no
        answer (only after the answer date)."""
        user = self._ctx.require_user()
        if answer not in ANSWERS:
            raise InvalidInput("inzage_answer_choice")
        needs_text = answer == "remarks" and document_id is None
        remarks = clean_text(remarks, "remarks", required=needs_text, max_length=20000,
                             multiline=True) if answer == "remarks" else ""
        with self._ctx.transaction() as conn:
            found = repo.one(conn, inzage_id)
            require_access(self._ctx, conn, found.child_id)
            ensure_writable(conn, found.child_id)
            self._check_answer(conn, found, answer, document_id)
            repo.answer(conn, inzage_id, {
                "answer": answer, "remarks": remarks,
                "remarks_document_id": document_id if answer == "remarks" else None,
                "answered_at": self._ctx.clock.now(), "answered_by": user.id})
            self._ctx.audit.record(conn, action=AuditAction.INZAGE_ANSWERED,
                                   object_type="inzage", object_id=inzage_id,
                                   child_id=found.child_id, details={"answer": answer})
            return repo.one(conn, inzage_id)

    def _check_answer(self, conn: Connection, found: Inzage, answer: str,
                      document_id: int | None) -> None:
        if found.answer is not None:
            raise InvalidInput("inzage_answered")
        if answer == "no_answer" and self._ctx.clock.today() <= found.answer_by:
            raise InvalidInput("inzage_not_expired", until=fmt_date(found.answer_by))
        if answer == "remarks" and document_id is not None:
            documents.of_child(conn, document_id, found.child_id)  # NotFound otherwise


def offered_to(conn: Connection, child_id: int, guardian_ids: Sequence[int]) -> list[int]:
    """The parents the inzage is for: those chosen (each of this child), or by default
    every parent with parental authority."""
    guardians = people.guardians_of(conn, child_id)
    if not guardian_ids:
        chosen = [g.id for g in guardians if g.has_authority]
    else:
        known = {g.id for g in guardians}
        chosen = list(dict.fromkeys(guardian_ids))
        if any(g not in known for g in chosen):
            raise InvalidInput("inzage_guardians")
    if not chosen:
        raise InvalidInput("inzage_guardians")
    return chosen


def for_packet(mode: str, inzage: Inzage | None, today: date,
               hashes: Mapping[str, str]) -> Inzage | None:
    """The inzage a packet notes, by the rule in this module's docstring; raises
    InzageRequired when the practice requires one and none fits."""
    if mode == "off":
        return None
    if mode != "required":
        return inzage
    if inzage is None:
        raise InzageRequired()
    if inzage.state(today) == "open":
        raise InzageRequired("inzage_open", until=fmt_date(inzage.answer_by))
    seen = dict(inzage.items)
    if any(seen.get(key) != digest for key, digest in hashes.items()):
        raise InzageRequired("inzage_outdated")
    return inzage


def view(conn: Connection, t: PdfText, inzage: Inzage, today: date,
         names_shown: bool) -> View:
    """The section "Zienswijze van de ouders" of a packet made after `inzage`. The parents
    are named only when the packet carries contact details (the cover rule)."""
    answer = inzage.effective_answer(today)
    names = [g.name for g in people.guardians_of(conn, inzage.child_id)
             if g.id in inzage.offered_to]
    to = ", ".join(names) if names_shown else t.count("parents_count", len(names))
    doc = (documents.of_child(conn, inzage.remarks_document_id, inzage.child_id)
           if inzage.remarks_document_id else None)
    data = {"inzage_id": inzage.id, "offered_at": inzage.offered_at.isoformat(),
            "answer_by": inzage.answer_by.isoformat(), "answer": answer,
            "answered_at": inzage.answered_at.isoformat() if inzage.answered_at else None,
            "remarks": inzage.remarks, "document": doc.filename if doc else None}
    rows: list[tuple[str, object]] = [
        (t["view_offered"], fmt_date(inzage.offered_at.date())), (t["view_to"], to),
        (t["view_answer"], answer_words(t, answer, inzage.answer_by)),
        (t["view_answered"], fmt_date(inzage.answered_at.date())
         if inzage.answered_at else ""),
        (t["view_document"], doc.filename if doc else ""),
        (t["packet_ref"], mono(f"inzage {inzage.id}"))]
    html = (f"<h2 style='page-break-before: always'>{e(t['view_title'])}</h2>" + fields(rows)
            + (f"<p class='note'>{_lines(inzage.remarks)}</p>" if inzage.remarks else ""))
    if doc is None:
        return View(f"inzage:{inzage.id}", data, html)
    body = b"".join(documents.chunks(conn, doc.id))
    return View(f"inzage:{inzage.id}", data, html + f"<p class='small'>"
                f"{e(t['attachment_hint'])}</p>", f"inzage/{doc.id}-{doc.filename}", body)


def answer_words(t: PdfText, answer: str, answer_by: date) -> str:
    if answer == "no_answer":
        return t("answer_no_answer", fmt_date(answer_by))
    return t[{"remarks": "answer_remarks", "no_remarks": "answer_no_remarks"}.get(
        answer, "answer_pending")]


def _lines(text: str) -> Html:
    return Html(e(text).replace("\n", "<br/>"))
