"""Documents around consent, made in memory for printing: the consent form the parents sign,
and the letter asking earlier recipients to delete a packet after a withdrawal (Art 19)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from casefile import packet_content as pc
from casefile.caseload import require_access
from casefile.catalogue import PdfText, fmt_date, item_title
from casefile.consent import TWELVE
from casefile.context import VaultContext
from casefile.exports import ExportKind, Exports
from casefile.items import list_items
from casefile.model import Category
from casefile.pdf_document import Renderer
from casefile.signing import SigningKey
from casefile.storage.engines import consents as repo
from casefile.storage.engines import people

BLANK = "____________________"  # a line to fill in by hand


class ConsentDocuments:
    def __init__(self, ctx: VaultContext, signing: SigningKey, exports: Exports,
                 renderer_factory: Callable[[], Renderer]) -> None:
        self._ctx = ctx
        self._signing = signing
        self._exports = exports
        self._renderer_factory = renderer_factory

    def consent_form(self, child_id: int, *, recipient_id: int | None = None, purpose: str = "",
                     categories=(), valid_from=None, valid_until=None,
                     covers_special: bool = False, items=()) -> bytes:
        """A form (PDF bytes, in memory) for the parents to sign before the consent is
        recorded: prefilled with what is known, a line to fill in for what is not (a blank
        form lists every kind of data to tick). The reports and documents named one by one
        (`items`, consent per report) are listed by title and date. The child signs only
        from 12."""
        self._ctx.require_user()
        conn = self._ctx.db()
        require_access(self._ctx, conn, child_id)
        t = self._texts()
        child = people.child(conn, child_id)
        recipient = people.organisation(conn, recipient_id).name if recipient_id else BLANK
        guardians = [g for g in people.guardians_of(conn, child_id) if g.has_authority]
        chosen = sorted(categories)
        named = _named_html(t, conn, child_id, items)
        # A blank form (nothing chosen yet) lists every kind of data with a box to tick.
        cats = "".join(f"<li>{'' if chosen else '☐ '}"
                       f"{pc.e(t['category_' + Category(c).value])}</li>"
                       for c in (chosen or ([] if named else list(Category))))
        signers = [g.name for g in guardians] or [BLANK]
        if child.age_on(self._ctx.clock.today()) >= TWELVE:  # the rule's own threshold
            signers.append(child.full_name)
        html = (pc.STYLE + f"<h1>{pc.e(t['form_title'])}</h1><p>{pc.e(t['form_intro'])}</p>"
                + pc.fields([(t["child"], child.full_name),
                             (t["born"], fmt_date(child.birth_date)),
                             (t["recipient"], recipient), (t["purpose"], purpose or BLANK),
                             (t["valid_from"], fmt_date(valid_from, BLANK)),
                             (t["valid_until"], fmt_date(valid_until, BLANK))])
                + (f"<h2>{pc.e(t['categories'])}</h2><ul>{cats}</ul>" if cats else "")
                + named
                + (f"<p><b>{pc.e(t['special'])}</b></p>" if covers_special else "")
                + f"<p>{pc.e(t['age'])}</p><p>{pc.e(t['withdraw'])}</p>"
                + f"<h2>{pc.e(t['sign'])}</h2>" + _signature_boxes(t, signers)
                + f"<p class='small'>{self._practice_lines()}</p>"
                + self._check_html(t))
        return self._renderer_factory().render(html, t["form_title"], lang=t.lang)

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
            rows = [(t("provided_on", fmt_date(d.created_at.date())), pc.mono(d.packet_id))
                    for d in packets]
            address = "<br/>".join(pc.e(line) for line in
                                   [recipient.name, *recipient.address.splitlines()] if line)
            html = (pc.STYLE + f"<p>{address}</p><br/>"
                    + pc.fields([(t["date"], fmt_date(self._ctx.clock.today()))])
                    + f"<h1>{pc.e(t['letter_title'])}</h1>"
                    f"<p>{pc.e(t('letter_body', child.full_name))}</p>"
                    f"<h2>{pc.e(t['packets'])}</h2>"
                    + pc.fields(rows)
                    + f"<p style='margin-top: 18px'>{pc.e(t['regards'])}<br/>"
                    f"{pc.e(self._practice())}</p>"
                    + self._check_html(t))
            letters.append((recipient_id, self._renderer_factory().render(
                html, t["letter_title"], lang=t.lang)))
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

    def _check_html(self, t: PdfText) -> str:
        """The practice and its signing-key fingerprint, kept by the school to check every
        packet against."""
        return (f"<h2>{pc.e(t['check_heading'])}</h2>"
                + pc.fields([(t["practice"], self._practice())])
                + pc.fingerprint_html(t, self._signing.fingerprint(), "fp_check_paper"))

    def _practice(self) -> str:
        return self._ctx.settings.practice_name

    def _practice_lines(self) -> str:
        """Where the form goes back to, and whom parents call about it."""
        s = self._ctx.settings
        return "<br/>".join(pc.e(x) for x in (s.practice_name, s.practice_address,
                                              s.practice_phone) if x)


def _named_html(t: PdfText, conn, child_id: int, keys) -> str:
    """The reports and documents a consent per report names, by title and date."""
    wanted = set(keys)
    if not wanted:
        return ""
    titles = [item_title(t.words, i.key, i.category, i.title)
              for i in list_items(conn, child_id) if i.key in wanted]
    rows = "".join(f"<li>{pc.e(title)}</li>" for title in titles)
    return f"<h2>{pc.e(t['named_items'])}</h2><p>{pc.e(t['named_only'])}</p><ul>{rows}</ul>"


def _signature_boxes(t: PdfText, signers: list[str]) -> str:
    """One block per person who signs: the name, then room to write the date and to sign
    (Qt's rich text takes a cell's padding in px only)."""
    blank = "<span style='color:#999'>" + "_" * 34 + "</span>"
    label = f"<td class='label' width='{pc.LABEL_WIDTH}' style='padding-top: 16px'>"
    value = "<td class='value' style='padding-top: 16px'>"
    rows = "".join(f"<tr><td class='label' width='{pc.LABEL_WIDTH}' style='padding-top: 14px'>"
                   f"{pc.e(t['name'])}</td><td class='value' style='padding-top: 14px'>"
                   f"<b>{pc.e(name)}</b></td></tr>"
                   f"<tr>{label}{pc.e(t['date'])}</td>{value}{blank}</td></tr>"
                   f"<tr>{label}{pc.e(t['sign'])}</td>{value}{blank}</td></tr>"
                   for name in signers)
    return f"<table cellspacing='0' cellpadding='0'>{rows}</table>"
