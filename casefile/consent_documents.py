"""Documents around consent, made in memory for printing: the consent form the parents sign,
and the letter asking earlier recipients to delete a packet after a withdrawal (Art 19)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from casefile import packet_content as pc
from casefile.caseload import require_access
from casefile.catalogue import PdfText, fmt_date
from casefile.context import VaultContext
from casefile.exports import ExportKind, Exports
from casefile.model import Category
from casefile.pdf_document import Renderer
from casefile.signing import SigningKey
from casefile.storage.repositories import consents as repo
from casefile.storage.repositories import people


class ConsentDocuments:
    def __init__(self, ctx: VaultContext, signing: SigningKey, exports: Exports,
                 renderer_factory: Callable[[], Renderer]) -> None:
        self._ctx = ctx
        self._signing = signing
        self._exports = exports
        self._renderer_factory = renderer_factory

    def consent_form(self, child_id: int, *, recipient_id: int, purpose: str,
                     categories, valid_from, valid_until, covers_special: bool = False) -> bytes:
        """A prefilled form (PDF bytes, in memory) for the parents to sign."""
        self._ctx.require_user()
        conn = self._ctx.db()
        require_access(self._ctx, conn, child_id)
        t = self._texts()
        child = people.child(conn, child_id)
        recipient = people.organisation(conn, recipient_id)
        guardians = [g for g in people.guardians_of(conn, child_id) if g.has_authority]
        cats = "".join(f"<li>{pc.e(t['category_' + Category(c).value])}</li>"
                       for c in sorted(categories))
        signers = [g.name for g in guardians] + [child.full_name]
        boxes = "".join(f"<tr><td>{pc.e(t['name'])}: {pc.e(n)}</td><td>{pc.e(t['date'])}: "
                        f"__________</td><td>{pc.e(t['sign'])}: ____________________</td></tr>"
                        for n in signers)
        labels = t
        html = (pc.STYLE + f"<h1>{pc.e(t['form_title'])}</h1><p>{pc.e(t['form_intro'])}</p>"
                f"<table><tr><td class='label'>{pc.e(labels['child'])}</td><td>"
                f"{pc.e(child.full_name)} ({fmt_date(child.birth_date)})</td></tr>"
                f"<tr><td class='label'>{pc.e(labels['recipient'])}</td><td>"
                f"{pc.e(recipient.name)}</td></tr><tr><td class='label'>"
                f"{pc.e(labels['purpose'])}</td><td>{pc.e(purpose)}</td></tr></table>"
                f"<ul>{cats}</ul>"
                + (f"<p><b>{pc.e(t['special'])}</b></p>" if covers_special else "")
                + f"<p>{pc.e(t('valid', fmt_date(valid_from), fmt_date(valid_until, pc.NO_DATE)))}"
                f"</p><p>{pc.e(t['age'])}</p><p>{pc.e(t['withdraw'])}</p><br/>"
                f"<table>{boxes}</table><p class='small'>{pc.e(self._practice())}</p>"
                + self._fingerprint_html(t))
        return self._renderer_factory().render(html, t["form_title"])

    def deletion_letters(self, consent_id: int) -> list[tuple[int, bytes]]:
        """One letter (PDF bytes) per recipient of an earlier packet under this consent."""
        self._ctx.require_user()
        conn = self._ctx.db()
        t = self._texts()
        consent = repo.consent(conn, consent_id)
        require_access(self._ctx, conn, consent.child_id)
        child = people.child(conn, consent.child_id)
        by_recipient: dict[int, list] = {}
        for d in repo.disclosures_relying_on(conn, consent_id):
            by_recipient.setdefault(d.recipient_id, []).append(d)
        letters = []
        for recipient_id, packets in by_recipient.items():
            recipient = people.organisation(conn, recipient_id)
            rows = "".join(f"<li>{pc.e(d.packet_id)} ({fmt_date(d.created_at.date())})</li>"
                           for d in packets)
            html = (pc.STYLE + f"<p>{pc.e(recipient.name)}<br/>{pc.e(recipient.address)}</p>"
                    f"<h1>{pc.e(t['letter_title'])}</h1>"
                    f"<p>{pc.e(t('letter_body', child.full_name))}</p>"
                    f"<h2>{pc.e(t['packets'])}</h2><ul>{rows}</ul>"
                    f"<p>{pc.e(t['regards'])}<br/>{pc.e(self._practice())}</p>"
                    + self._fingerprint_html(t))
            letters.append((recipient_id, self._renderer_factory().render(html,
                                                                          t["letter_title"])))
        return letters

    # -- through the export door: checked, written 0600, audited ---------------------------

    def save_consent_form(self, out: Path | str, child_id: int, **fields: Any) -> Path:
        """The prefilled form, saved to be printed (not on a restricted dossier)."""
        self._exports.check(ExportKind.CONSENT_FORM, child_id)
        pdf = self.consent_form(child_id, **fields)
        return self._exports.save(ExportKind.CONSENT_FORM, out, pdf, object_type="child",
                                  object_id=child_id, child_id=child_id,
                                  details={"recipient_id": fields.get("recipient_id")})

    def save_deletion_letters(self, consent_id: int, paths: dict[int, Path]) -> list[Path]:
        """Each recipient's Art 19 letter to the path chosen for it (recipient id -> path)."""
        child_id = self._child_of(consent_id)
        self._exports.check(ExportKind.DELETION_LETTER, child_id)
        saved = []
        for recipient_id, pdf in self.deletion_letters(consent_id):
            if recipient_id in paths:
                saved.append(self._exports.save(
                    ExportKind.DELETION_LETTER, paths[recipient_id], pdf,
                    object_type="consent", object_id=consent_id, child_id=child_id,
                    details={"recipient_id": recipient_id}))
        return saved

    def _child_of(self, consent_id: int) -> int:
        return repo.consent(self._ctx.db(), consent_id).child_id

    def _texts(self) -> PdfText:
        return pc.pdf_text(self._renderer_factory(), self._ctx.settings.language)

    def _fingerprint_html(self, t: PdfText) -> str:
        """The trust anchor a school checks packets against, and the command that checks
        it, in a fixed-width font (no ligature may turn "fi" into one character there)."""
        fp = self._signing.fingerprint()
        command = f'casefile verify-packet --expect-fingerprint "{fp}" packet.pdf'
        text = pc.e(t("fingerprint_check", fp, "\x00"))
        return f"<p class='small'>{text.replace(chr(0), f'<tt>{pc.e(command)}</tt>')}</p>"

    def _practice(self) -> str:
        return self._ctx.settings.practice_name
