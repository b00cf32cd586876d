"""Transfer packets. One code path builds every packet: it gathers and renders outside any
lock, then re-evaluates consent and re-checks every item's hash inside the one brief
transaction that records the Disclosure and moves the encrypted file into place, so no
packet leaves without its record and no record exists without its packet.

The narrow door beside consent (a disclosure the law requires, e.g. a Meldcode report) is a
separate method that names the legal ground and needs a second admin's approval."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from casefile import inzage as inz
from casefile import packet_content as pc
from casefile import roles
from casefile.caseload import require_access
from casefile.catalogue import PdfText, fmt_date
from casefile.consents import Consents, evaluate_in
from casefile.context import VaultContext
from casefile.errors import (
    ConsentRequired,
    InvalidInput,
    NotPermitted,
    PacketChanged,
)
from casefile.exports import ExportKind, Exports
from casefile.items import list_items
from casefile.model import Category, Consent, Disclosure, Inzage, Role
from casefile.packet_process import build_packet_apart
from casefile.passwords import generate_packet_password
from casefile.pdf_document import Renderer
from casefile.signing import SigningKey
from casefile.storage.database import Connection
from casefile.storage.engines import consents as consent_repo
from casefile.storage.engines import inzage as inzage_repo
from casefile.storage.engines import people
from casefile.storage.engines import users as user_repo
from casefile.validation import clean_text

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Packet:
    packet_id: str
    path: Path
    password: str  # shown once, meant for a second channel
    disclosure_id: int
    item_keys: tuple[str, ...]
    consent_ids: tuple[int, ...]
    legal_ground: str = ""


@dataclass(frozen=True)
class _Plan:
    """What one packet holds, read in one snapshot, ready to render outside any lock."""

    child_id: int
    recipient_id: int
    recipient_name: str
    item_keys: tuple[str, ...]
    consent_ids: tuple[int, ...]
    legal: tuple | None  # (legal ground, reason, approver, approved alone) on the legal door
    contents: list[pc.ItemContent]
    packet_id: str
    now: datetime
    html: str
    title: str
    t: PdfText
    purpose: str = ""
    inzage: Inzage | None = None  # the parents' inzage this packet is made after
    view: inz.View | None = None  # and its section, "Zienswijze van de ouders"
    answer_by: date | None = None  # set on an inzage preview, which is no packet


def _manifest_items(t: PdfText, contents: Sequence[pc.ItemContent]) -> list[dict]:
    """Each item as the manifest lists it; an embedded file by its name, which
    verify-packet needs to find it (a copy of what was sent lists them the same way)."""
    return [{"key": c.key, "title": pc.title_of(t, c), "sha256": pc.sha256_of(c),
             **({"file": c.file_name} if c.file_name else {})} for c in contents]


def _step(progress: Progress | None, done: int) -> None:
    if progress:
        progress(done, 3)


@dataclass(frozen=True)
class SentItem:
    key: str
    sha256: str  # as sent
    unchanged: bool  # the dossier still holds exactly what was sent
    content: pc.ItemContent | None  # as held now; None when it is gone


@dataclass(frozen=True)
class SentPacket:
    disclosure: Disclosure
    recipient_name: str
    consents: tuple[Consent, ...]
    items: tuple[SentItem, ...]
    fingerprint: str  # the vault's signing key, which signed the packet


@dataclass(frozen=True)
class CopyOfPacket:
    path: Path
    password: str  # shown once
    items: int


class Packets:
    def __init__(self, ctx: VaultContext, consents: Consents, signing: SigningKey,
                 exports: Exports, renderer_factory: Callable[[], Renderer]) -> None:
        self._ctx = ctx
        self._consents = consents
        self._signing = signing
        self._exports = exports
        self._renderer_factory = renderer_factory

    def create(self, child_id: int, recipient_id: int, out: Path | str, *,
               items: Sequence[str] | None = None, purpose: str = "",
               progress: Progress | None = None) -> Packet:
        """Export the chosen items (default: every allowed one). Raises ConsentRequired,
        and then writes no file and records no disclosure."""
        self._exports.check(ExportKind.PACKET, child_id)
        policy = self._policy()
        with self._ctx.snapshot() as conn:
            decision = self._decide(conn, child_id, recipient_id, items, policy)
            plan = self._plan(conn, child_id, recipient_id, decision, purpose, legal=None,
                              inzage_mode=self._ctx.settings.inzage)
        return self._write(plan, Path(out), policy, progress)

    def inzage_preview(self, child_id: int, recipient_id: int, out: Path | str, *,
                       items: Sequence[str] | None = None, purpose: str = "",
                       guardian_ids: Sequence[int] = (),
                       progress: Progress | None = None) -> inz.InzagePreview:
        """The parents' inzage: the packet `create` would make now (the same items, the
        same consent check), marked "Concept – niet verzonden" on every page, with its own
        password. Recorded as an inzage, never as a disclosure."""
        self._exports.check(ExportKind.INZAGE, child_id)
        policy = self._policy()
        with self._ctx.snapshot() as conn:
            offered_to = inz.offered_to(conn, child_id, guardian_ids)
            decision = self._decide(conn, child_id, recipient_id, items, policy)
            answer_by = self._ctx.clock.today() + timedelta(
                days=self._ctx.settings.inzage_days)
            plan = self._plan(conn, child_id, recipient_id, decision, purpose, legal=None,
                              answer_by=answer_by)
        return self._write_preview(plan, Path(out), policy, offered_to, progress)

    def create_legal(self, child_id: int, recipient_id: int, out: Path | str, *,
                     legal_ground: str, reason: str, approver: str, approver_passphrase: str,
                     items: Sequence[str] | None = None,
                     progress: Progress | None = None) -> Packet:
        """A disclosure the law requires or permits without consent (Meldcode, court order),
        approved by a second admin who unlocks with their own passphrase."""
        user = self._exports.check(ExportKind.LEGAL_DISCLOSURE, child_id)
        legal_ground = clean_text(legal_ground, "legal ground", required=True, max_length=300)
        reason = clean_text(reason, "reason", required=True, max_length=2000, multiline=True)
        approver_user = self._approve(user.name, approver, approver_passphrase)
        with self._ctx.snapshot() as conn:
            chosen = [i.key for i in self._chosen(conn, child_id, items)]
            plan = self._plan(conn, child_id, recipient_id, None, "",
                              legal=(legal_ground, reason, approver_user,
                                     approver_user.id == user.id), keys_=chosen)
        return self._write(plan, Path(out), None, progress)

    def preview(self, child_id: int, recipient_id: int,
                items: Sequence[str]) -> tuple[str, list[pc.ItemContent]]:
        """The purpose and the content the recipient will read, for the screen: only what
        consent allows now (ConsentRequired otherwise). Nothing leaves the vault."""
        self._ctx.require_user()
        with self._ctx.snapshot() as conn:
            require_access(self._ctx, conn, child_id)
            decision = self._decide(conn, child_id, recipient_id, items, self._policy())
            return (self.purpose_of(conn, decision.consent_ids_relied_on),
                    pc.gather(conn, child_id, [d.item.key for d in decision.items]))

    @staticmethod
    def purpose_of(conn: Connection, consent_ids: Sequence[int]) -> str:
        """A packet's purpose is its consents' purpose (purpose limitation, Art 5(1)(b))."""
        return "; ".join(dict.fromkeys(consent_repo.consent(conn, c).purpose
                                       for c in consent_ids))

    def disclosures(self, child_id: int):
        self._ctx.require_user()
        require_access(self._ctx, self._ctx.db(), child_id)
        return consent_repo.disclosures_of(self._ctx.db(), child_id)

    def fingerprint(self) -> str:
        return self._signing.fingerprint()

    # -- what went out: a parent asks "what exactly did you send?" ----------------------

    def sent(self, disclosure_id: int) -> SentPacket:
        """A disclosure with its consents and each item as the dossier holds it now;
        `unchanged` says whether that is still, byte for byte, what was sent."""
        self._ctx.require_user()
        with self._ctx.snapshot() as conn:
            sent = self._sent(conn, disclosure_id)
            require_access(self._ctx, conn, sent.disclosure.child_id)
            return sent

    def save_copy(self, disclosure_id: int, out: Path | str) -> CopyOfPacket:
        """The same content again, for the parents, in a new password-protected packet
        through the export door (as the access report); only items that are unchanged."""
        disclosure = self.sent(disclosure_id).disclosure
        self._exports.check(ExportKind.DISCLOSURE_COPY, disclosure.child_id)
        with self._ctx.snapshot() as conn:
            sent = self._sent(conn, disclosure_id)
            renderer = self._renderer_factory()
            t = pc.pdf_text(renderer, self._ctx.settings.language)
            contents = [s.content for s in sent.items if s.unchanged and s.content]
            legal = None if not sent.disclosure.legal_ground else (
                sent.disclosure.legal_ground, sent.disclosure.reason,
                user_repo.user(conn, sent.disclosure.approved_by or 0),
                sent.disclosure.without_second_reviewer)
            html = self._html(conn, t, sent.disclosure.child_id, sent.recipient_name,
                              sent.disclosure.purpose, sent.disclosure.consent_ids, contents,
                              sent.disclosure.packet_id, sent.disclosure.created_at, legal)
        pdf = renderer.render(html, t["copy_title"], lang=t.lang)
        manifest = {"kind": "disclosure_copy", "packet_id": sent.disclosure.packet_id,
                    "created": self._ctx.clock.now().isoformat(),
                    "vault_id": self._ctx.vault_id, "child_id": sent.disclosure.child_id,
                    "items": _manifest_items(t, contents)}
        password = generate_packet_password()
        data = build_packet_apart(pdf, manifest,
                                  {c.key: c.data for c in contents if not c.file_name},
                                  [(c.file_name, c.file_bytes or b"")
                                   for c in contents if c.file_name],
                                  self._signing.private_key(), password)
        self._exports.save(ExportKind.DISCLOSURE_COPY, out, data, object_type="disclosure",
                           object_id=disclosure_id, child_id=sent.disclosure.child_id)
        return CopyOfPacket(Path(out), password, len(contents))

    def _sent(self, conn: Connection, disclosure_id: int) -> SentPacket:
        d = consent_repo.disclosure(conn, disclosure_id)
        now = pc.current_hashes(conn, d.child_id, [k for k, _ in d.items])
        items = []
        for key, sha in d.items:
            unchanged = now.get(key) == sha
            items.append(SentItem(key, sha, unchanged,
                                  pc.gather(conn, d.child_id, [key])[0] if now.get(key) else None))
        consents = tuple(consent_repo.consent(conn, c) for c in d.consent_ids)
        return SentPacket(d, people.organisation(conn, d.recipient_id).name, consents,
                          tuple(items), self.fingerprint())

    # -- the one path that writes --------------------------------------------------------
    #
    # Gathering and rendering happen in a read snapshot and outside any transaction; the
    # write lock is held only for the brief last step, which re-reads the facts, evaluates
    # consent again, compares every item's SHA-256 with what was rendered, records the
    # disclosure and its audit event and moves the already-encrypted file into place.

    def _decide(self, conn: Connection, child_id: int, recipient_id: int,
                items: Sequence[str] | None, policy):
        decision = evaluate_in(conn, child_id, recipient_id, self._ctx.clock.now(), policy,
                               self._chosen(conn, child_id, items))
        if items is None and decision.any_allowed:
            decision = replace(decision, items=decision.allowed_items)
        if not decision.all_allowed:
            raise ConsentRequired(decision)
        return decision

    def _plan(self, conn: Connection, child_id: int, recipient_id: int, decision,
              purpose: str, legal, keys_: list[str] | None = None,
              inzage_mode: str = "off", answer_by: date | None = None) -> _Plan:
        if decision is not None:
            keys_ = [d.item.key for d in decision.items]
        consent_ids = decision.consent_ids_relied_on if decision is not None else ()
        purpose = clean_text(purpose, "purpose", max_length=500) or self.purpose_of(
            conn, consent_ids)
        renderer = self._renderer_factory()
        t = pc.pdf_text(renderer, self._ctx.settings.language)
        contents = pc.gather(conn, child_id, list(keys_ or ()))
        recipient = people.organisation(conn, recipient_id)
        packet_id, now = uuid.uuid4().hex, self._ctx.clock.now()
        chosen = None if inzage_mode == "off" else inz.for_packet(
            inzage_mode, inzage_repo.newest_unused(conn, child_id, recipient_id), now.date(),
            {c.key: pc.sha256_of(c) for c in contents} if inzage_mode == "required" else {})
        view = None if chosen is None else inz.view(
            conn, t, chosen, now.date(), Category.CONTACT_DETAILS.value in
            {c.key for c in contents})
        html = self._html(conn, t, child_id, recipient.name, purpose, consent_ids, contents,
                          packet_id, now, legal, view, answer_by)
        title = t["legal_title"] if legal else t["inzage_title"] if answer_by else t["title"]
        return _Plan(child_id, recipient_id, recipient.name, tuple(keys_ or ()), consent_ids,
                     legal, contents, packet_id, now, html, title, t, purpose, chosen, view,
                     answer_by)

    def _bytes(self, plan: _Plan, status: str = "") -> tuple[bytes, str, list[dict]]:
        """Render, embed, sign and encrypt outside any lock: the file, its password and the
        manifest's items."""
        mark = plan.t["concept_mark"] if plan.answer_by else ""
        pdf = self._renderer_factory().render(plan.html, plan.title, lang=plan.t.lang,
                                              mark=mark)
        items = _manifest_items(plan.t, plan.contents)
        content = {c.key: c.data for c in plan.contents if not c.file_name}
        files = [(c.file_name, c.file_bytes or b"") for c in plan.contents if c.file_name]
        legal = plan.legal
        manifest: dict[str, object] = {
            "packet_id": plan.packet_id, "created": plan.now.isoformat(),
            "vault_id": self._ctx.vault_id, "child_id": plan.child_id,
            "recipient": {"id": plan.recipient_id, "name": plan.recipient_name},
            "consent_ids": list(plan.consent_ids), "items": items,
            "legal_ground": legal[0] if legal else ""}
        if status:
            manifest["status"] = status
        if plan.view is not None:
            view = plan.view
            manifest["inzage"] = view.data
            content[view.key] = view.data
            items.append({"key": view.key, "title": plan.t["view_title"],
                          "sha256": pc.sha256_of(pc.ItemContent(view.key, "", view.data))})
            if view.file_name:
                files.append((view.file_name, view.file_bytes or b""))
                items.append({"key": f"{view.key}:document", "title": plan.t["view_document"],
                              "file": view.file_name,
                              "sha256": pc.sha256_of(pc.ItemContent(
                                  view.key, "", None, file_bytes=view.file_bytes or b""))})
        password = generate_packet_password()
        data = build_packet_apart(pdf, manifest, content, files, self._signing.private_key(),
                                  password)
        return data, password, items

    def _write_preview(self, plan: _Plan, out: Path, policy, offered_to: list[int],
                       progress: Progress | None) -> inz.InzagePreview:
        """As `_write`, but what it records is an inzage: no disclosure, no EXPORT."""
        _step(progress, 1)
        data, password, items = self._bytes(plan, status="inzage_draft")
        _step(progress, 2)
        hashes = {i["key"]: i["sha256"] for i in items[:len(plan.contents)]}

        def record(conn: Connection) -> int:
            self._recheck(conn, plan, policy, hashes)
            user = self._exports.check(ExportKind.INZAGE, plan.child_id)
            inzage_id = inzage_repo.add(conn, {
                "child_id": plan.child_id, "recipient_id": plan.recipient_id,
                "offered_to": offered_to, "consent_ids": plan.consent_ids,
                "items": list(hashes.items()), "offered_at": plan.now,
                "answer_by": plan.answer_by, "offered_by": user.id})
            self._exports.record(conn, ExportKind.INZAGE, object_type="inzage",
                                 object_id=inzage_id, child_id=plan.child_id,
                                 details={"items": len(hashes),
                                          "recipient_id": plan.recipient_id})
            return inzage_id

        with self._exports.stage(ExportKind.INZAGE, out, data, plan.child_id) as staged:
            inzage_id = self._exports.commit_recorded(staged, record)
        _step(progress, 3)
        assert plan.answer_by is not None
        return inz.InzagePreview(inzage_id, out, password, plan.item_keys, plan.answer_by)

    def _write(self, plan: _Plan, out: Path, policy, progress: Progress | None) -> Packet:
        _step(progress, 1)
        data, password, items = self._bytes(plan)
        _step(progress, 2)
        legal, inzage = plan.legal, plan.inzage
        kind = ExportKind.PACKET
        if legal:
            kind = ExportKind.LEGAL_DISCLOSURE_ALONE if legal[3] else ExportKind.LEGAL_DISCLOSURE
        hashes = {i["key"]: i["sha256"] for i in items[:len(plan.contents)]}

        def record(conn: Connection) -> int:
            self._recheck(conn, plan, policy, hashes)
            user = self._exports.check(kind, plan.child_id)
            disclosure_id = consent_repo.add_disclosure(conn, {
                "packet_id": plan.packet_id, "child_id": plan.child_id,
                "recipient_id": plan.recipient_id, "consent_ids": plan.consent_ids,
                "items": list(hashes.items()), "created_by": user.id, "created_at": plan.now,
                "legal_ground": legal[0] if legal else "", "reason": legal[1] if legal else "",
                "approved_by": legal[2].id if legal else None, "purpose": plan.purpose,
                "inzage_id": inzage.id if inzage else None,
                "inzage_offered_at": inzage.offered_at if inzage else None,
                "inzage_answer": inzage.effective_answer(plan.now.date()) if inzage else ""})
            self._exports.record(conn, kind, object_type="disclosure", object_id=disclosure_id,
                                 child_id=plan.child_id,
                                 details={"items": len(hashes),
                                          "recipient_id": plan.recipient_id,
                                          **({"inzage_id": inzage.id} if inzage else {})})
            return disclosure_id

        with self._exports.stage(kind, out, data, plan.child_id) as staged:
            # the file goes into place last: a failed move records nothing
            disclosure_id = self._exports.commit_recorded(staged, record)
        _step(progress, 3)
        return Packet(plan.packet_id, out, password, disclosure_id, plan.item_keys,
                      plan.consent_ids, legal[0] if legal else "")

    def _recheck(self, conn: Connection, plan: _Plan, policy, hashes: dict[str, str]) -> None:
        """Inside the write transaction: consent still covers every item (a withdrawal
        recorded meanwhile stops the packet), and no item changed since it was rendered."""
        if policy is not None:
            decision = self._decide(conn, plan.child_id, plan.recipient_id,
                                    list(plan.item_keys), policy)
            if decision.consent_ids_relied_on != plan.consent_ids:
                raise PacketChanged()
        if pc.current_hashes(conn, plan.child_id, list(plan.item_keys)) != hashes:
            raise PacketChanged()
        if plan.inzage is not None and inzage_repo.used(conn, plan.inzage.id):
            raise PacketChanged()  # another packet was made after this inzage meanwhile

    # -- helpers -------------------------------------------------------------------------

    def _chosen(self, conn: Connection, child_id: int, keys_: Sequence[str] | None):
        every = list_items(conn, child_id)
        if keys_ is None:
            return every
        known = {i.key: i for i in every}
        if not keys_ or any(k not in known for k in keys_):
            raise InvalidInput("no_items")
        return [known[k] for k in dict.fromkeys(keys_)]

    def _policy(self):
        return self._consents.policy()

    def _approve(self, own_name: str, approver: str, passphrase: str):
        """The approver's own slot proves them, and their signed role (not the users
        table) says they are an admin. In a practice with a single admin that admin
        approves their own disclosure by typing their passphrase again; the disclosure is
        then marked as made without a second reviewer."""
        if approver == own_name and not self._other_admins():
            return roles.approver(self._ctx, approver, passphrase)
        account = user_repo.by_name(self._ctx.db(), approver)
        if account is None or not account.active or approver == own_name:
            raise NotPermitted("second_admin_required")
        approver_user = roles.approver(self._ctx, approver, passphrase)
        if approver_user.id == self._ctx.require_user().id:
            raise NotPermitted("second_admin_required")
        return approver_user

    def _other_admins(self) -> list:
        me = self._ctx.require_user().id
        return [u for u in user_repo.everyone(self._ctx.db())
                if u.role == Role.ADMIN and u.active and u.id != me]

    def _consent_lines(self, conn: Connection, consent_ids: Sequence[int], t: PdfText,
                       names_shown: bool) -> list[str]:
        """One line per consent relied on. The parents are named only when the packet
        carries contact details; otherwise they are counted (the cover rule)."""
        lines = []
        for cid in consent_ids:
            c = consent_repo.consent(conn, cid)
            names = [g.name for g in people.guardians_of(conn, c.child_id) if g.id in c.given_by]
            if not names_shown:
                names = [t.count("parents_count", len(names))] if names else []
            if c.child_agrees:
                names.append(t["the_child"])
            until = fmt_date(c.valid_until, pc.NO_DATE)
            lines.append(f"#{cid}: {t['given']} {fmt_date(c.recorded_at.date())}, {t['by']} "
                         f"{', '.join(names) or '—'}, {t['until']} {until}")
        return lines

    def _html(self, conn, t, child_id, recipient_name, purpose, consent_ids, contents,
              packet_id, now, legal, view: inz.View | None = None,
              answer_by: date | None = None) -> str:
        """The cover carries the child's name and, beyond it, only what the packet itself
        holds: the date of birth with `identity`, the parents' names with `contact_details`."""
        child = people.child(conn, child_id)
        held = {c.key for c in contents}
        born = fmt_date(child.birth_date) if Category.IDENTITY.value in held else ""
        header: list[tuple[str, object]] = [
            (t["child"], child.full_name), (t["born"], born), (t["recipient"], recipient_name),
            (t["purpose"], purpose), (t["practice"], self._ctx.settings.practice_name),
            (t["created"], fmt_date(now.date())), (t["packet_ref"], pc.mono(packet_id))]
        legal_rows = [] if not legal else [
            (t["legal_ground"], legal[0]), (t["reason"], legal[1]),
            (t["approved_by"], f"{legal[2].name} ({t['no_second_reviewer']})" if legal[3]
             else legal[2].name)]
        lines = self._consent_lines(conn, consent_ids, t,
                                    Category.CONTACT_DETAILS.value in held)
        listed = [(pc.title_of(t, c), pc.sha256_of(c)) for c in contents]
        if view is not None:
            listed.append((t["view_title"], pc.sha256_of(pc.ItemContent(view.key, "",
                                                                         view.data))))
        intro = t("inzage_intro", recipient_name, fmt_date(answer_by)) if answer_by else ""
        cover = pc.cover_html(t, header, lines, listed, legal_rows, self.fingerprint(),
                              title=t["inzage_title"] if answer_by else "", intro=intro)
        return cover + "".join(pc.section_html(t, c, first=i == 0)
                               for i, c in enumerate(contents)) + (view.html if view else "")
