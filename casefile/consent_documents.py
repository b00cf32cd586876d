"""Documents around consent, made in memory for printing: the consent form the parents sign,
and the letter asking earlier recipients to delete a packet after a withdrawal (Art 19)."""

from __future__ import annotations

from collections.abc import Callable

from casefile import packet_content as pc
from casefile.context import VaultContext
from casefile.exports import Exports
from casefile.model import Category
from casefile.pdf_document import Renderer
from casefile.signing import SigningKey
from casefile.storage.repositories import consents as repo
from casefile.storage.repositories import people

CATEGORY_NAMES = {
    "nl": {Category.IDENTITY: "Identiteit (naam, geboortedatum, school en groep)",
           Category.CONTACT_DETAILS: "Contactgegevens van ouders/verzorgers",
           Category.GUIDANCE_SUMMARY: "Samenvatting van de begeleiding",
           Category.SESSION_NOTES: "Sessieverslagen",
           Category.ASSESSMENTS: "Onderzoeken en toetsen",
           Category.DOCUMENTS: "Overige documenten"},
    "en": {Category.IDENTITY: "Identity (name, date of birth, school and group)",
           Category.CONTACT_DETAILS: "Guardians' contact details",
           Category.GUIDANCE_SUMMARY: "Guidance summary", Category.SESSION_NOTES: "Session notes",
           Category.ASSESSMENTS: "Assessments and tests", Category.DOCUMENTS: "Other documents"},
}

TEXT = {
    "nl": {
        "form_title": "Toestemming voor het delen van gegevens",
        "form_intro": "Met dit formulier geeft u toestemming om de hieronder genoemde gegevens "
                      "van uw kind te delen met de genoemde ontvanger, voor het genoemde doel.",
        "special": "Dit omvat uitdrukkelijk ook bijzondere persoonsgegevens (zoals een "
                   "diagnose).",
        "withdraw": "U kunt deze toestemming altijd intrekken, zonder opgave van reden: "
                    "mondeling, per e-mail of schriftelijk bij de praktijk. Intrekken werkt "
                    "direct; wat al gedeeld is, vragen wij de ontvanger te verwijderen.",
        "age": "Is uw kind 12 jaar of ouder, dan tekent ook uw kind. Vanaf 16 jaar beslist "
               "uw kind zelf.",
        "sign": "Handtekening", "name": "Naam", "date": "Datum",
        "letter_title": "Verzoek tot verwijdering van gegevens",
        "letter_body": "De toestemming waarop wij u eerder gegevens van {child} hebben "
                       "verstrekt, is ingetrokken. Wij verzoeken u, op grond van artikel 17 "
                       "en 19 van de AVG, de onderstaande pakketten en alle kopieën daarvan "
                       "te verwijderen en ons dit te bevestigen.",
        "packets": "Verstrekte pakketten", "regards": "Met vriendelijke groet,",
        "valid": "Geldig van {start} tot {end}",
        "fingerprint": "Vingerafdruk van de ondertekeningssleutel van de praktijk: {fp}. "
                       "Een school controleert dat een pakket echt van ons komt met "
                       "<tt>casefile verify-packet --expect-fingerprint \"{fp}\" pakket.pdf"
                       "</tt>; de vingerafdruk op het voorblad van een pakket bewijst niets, "
                       "want die kan iedereen overnemen. Meldt het programma een andere "
                       "sleutel, gebruik het pakket dan niet en bel de praktijk.",
    },
    "en": {
        "form_title": "Consent to share data",
        "form_intro": "With this form you consent to sharing the data of your child listed "
                      "below with the named recipient, for the named purpose.",
        "special": "This explicitly includes special-category data (such as a diagnosis).",
        "withdraw": "You can withdraw this consent at any time, without giving a reason: in "
                    "person, by e-mail or in writing to the practice. A withdrawal works at "
                    "once; we ask recipients to delete what was already shared.",
        "age": "If your child is 12 or older, your child signs too. From 16 your child "
               "decides alone.",
        "sign": "Signature", "name": "Name", "date": "Date",
        "letter_title": "Request to delete data",
        "letter_body": "The consent under which we earlier provided you with data about "
                       "{child} has been withdrawn. Under Articles 17 and 19 GDPR we ask you "
                       "to delete the packets below and every copy of them, and to confirm "
                       "this to us.",
        "packets": "Packets provided", "regards": "Kind regards,",
        "valid": "Valid from {start} until {end}",
        "fingerprint": "Fingerprint of the practice's signing key: {fp}. A school checks "
                       "that a packet really comes from us with <tt>casefile verify-packet "
                       "--expect-fingerprint \"{fp}\" packet.pdf</tt>; the fingerprint on a "
                       "packet's own cover proves nothing, since anyone can copy it. If the "
                       "program reports another key, do not use the packet and call the "
                       "practice.",
    },
}


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
        lang, t = self._texts()
        child = people.child(conn, child_id)
        recipient = people.organisation(conn, recipient_id)
        guardians = [g for g in people.guardians_of(conn, child_id) if g.has_authority]
        cats = "".join(f"<li>{pc.e(CATEGORY_NAMES[lang][Category(c)])}</li>"
                       for c in sorted(categories))
        signers = [g.name for g in guardians] + [child.full_name]
        boxes = "".join(f"<tr><td>{pc.e(t['name'])}: {pc.e(n)}</td><td>{pc.e(t['date'])}: "
                        f"__________</td><td>{pc.e(t['sign'])}: ____________________</td></tr>"
                        for n in signers)
        labels = pc.LABELS[lang]
        html = (pc.STYLE + f"<h1>{pc.e(t['form_title'])}</h1><p>{pc.e(t['form_intro'])}</p>"
                f"<table><tr><td class='label'>{pc.e(labels['child'])}</td><td>"
                f"{pc.e(child.full_name)} ({pc.fmt(child.birth_date)})</td></tr>"
                f"<tr><td class='label'>{pc.e(labels['recipient'])}</td><td>"
                f"{pc.e(recipient.name)}</td></tr><tr><td class='label'>"
                f"{pc.e(labels['purpose'])}</td><td>{pc.e(purpose)}</td></tr></table>"
                f"<ul>{cats}</ul>"
                + (f"<p><b>{pc.e(t['special'])}</b></p>" if covers_special else "")
                + f"<p>{pc.e(t['valid'].format(start=pc.fmt(valid_from), end=pc.fmt(valid_until)))}"
                f"</p><p>{pc.e(t['age'])}</p><p>{pc.e(t['withdraw'])}</p><br/>"
                f"<table>{boxes}</table><p class='small'>{pc.e(self._practice())}</p>"
                + self._fingerprint_html(t))
        return self._renderer_factory().render(html, t["form_title"])

    def deletion_letters(self, consent_id: int) -> list[tuple[int, bytes]]:
        """One letter (PDF bytes) per recipient of an earlier packet under this consent."""
        self._ctx.require_user()
        conn = self._ctx.db()
        _, t = self._texts()
        consent = repo.consent(conn, consent_id)
        child = people.child(conn, consent.child_id)
        by_recipient: dict[int, list] = {}
        for d in repo.disclosures_relying_on(conn, consent_id):
            by_recipient.setdefault(d.recipient_id, []).append(d)
        letters = []
        for recipient_id, packets in by_recipient.items():
            recipient = people.organisation(conn, recipient_id)
            rows = "".join(f"<li>{pc.e(d.packet_id)} ({pc.fmt(d.created_at.date())})</li>"
                           for d in packets)
            html = (pc.STYLE + f"<p>{pc.e(recipient.name)}<br/>{pc.e(recipient.address)}</p>"
                    f"<h1>{pc.e(t['letter_title'])}</h1>"
                    f"<p>{pc.e(t['letter_body'].format(child=child.full_name))}</p>"
                    f"<h2>{pc.e(t['packets'])}</h2><ul>{rows}</ul>"
                    f"<p>{pc.e(t['regards'])}<br/>{pc.e(self._practice())}</p>"
                    + self._fingerprint_html(t))
            letters.append((recipient_id, self._renderer_factory().render(html,
                                                                          t["letter_title"])))
        return letters

    def _texts(self) -> tuple[str, dict[str, str]]:
        lang = self._ctx.settings.language if self._ctx.settings.language in TEXT else "nl"
        return lang, TEXT[lang]

    def _fingerprint_html(self, t: dict[str, str]) -> str:
        """The trust anchor a school checks packets against (the text holds only markup
        and the fingerprint's hexadecimal digits, so it needs no escaping)."""
        return f"<p class='small'>{t['fingerprint'].format(fp=self._signing.fingerprint())}</p>"

    def _practice(self) -> str:
        return self._ctx.settings.practice_name
