"""What goes into a packet: each item's canonical content, and the HTML the renderer turns
into the packet's pages. Words come from the catalogue in the practice's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from casefile import catalogue
from casefile.canonical import canonical
from casefile.catalogue import PdfText, fmt_date, item_title
from casefile.errors import NotFound
from casefile.model import Category
from casefile.pdf_document import Renderer
from casefile.storage.database import Connection
from casefile.storage.engines import documents, notes, people


def pdf_text(renderer: Renderer, lang: str) -> PdfText:
    """The PDFs' words in `lang`, from the one catalogue."""
    return PdfText(renderer.words(lang))


@dataclass(frozen=True)
class ItemContent:
    key: str
    title: str
    data: object | None  # canonical JSON content of a text item
    file_name: str | None = None  # the attachment of a document item
    file_bytes: bytes | None = None
    category: Category | None = None  # for its title: the kind of a note or document
    label: str = ""  # a note's session date, a document's file name


def title_of(t: PdfText, item: ItemContent) -> str:
    """The item's title in the PDF's language: catalogue.item_title, as the wizard shows it."""
    return item_title(t.words, item.key, item.category or item.key, item.label)


def gather(conn: Connection, child_id: int, keys: list[str]) -> list[ItemContent]:
    """Read the chosen items inside the caller's transaction (one consistent snapshot)."""
    return [_item(conn, child_id, key) for key in keys]


def current_hashes(conn: Connection, child_id: int, keys: list[str]) -> dict[str, str]:
    """Each item's SHA-256 as the dossier holds it now; a document's from its stored hash
    (its bytes never change), so the check inside a write transaction stays brief."""
    found = {}
    for key in keys:
        kind, _, raw_id = key.partition(":")
        try:
            doc = documents.of_child(conn, int(raw_id), child_id) if kind == "document" \
                else None
            found[key] = doc.sha256 if doc else sha256_of(_item(conn, child_id, key))
        except NotFound:
            found[key] = ""  # gone since it was rendered
    return found


def _item(conn: Connection, child_id: int, key: str) -> ItemContent:
    child = people.child(conn, child_id)
    if key == "identity":
        school = people.organisation(conn, child.school_id).name if child.school_id else ""
        return ItemContent(key, "identity", {
            "first_name": child.first_name, "last_name": child.last_name,
            "birth_date": child.birth_date.isoformat(), "school": school,
            "group": child.school_group})
    if key == "contact_details":
        return ItemContent(key, "contact_details", {"guardians": [
            {"name": g.name, "relation": g.relation, "phone": g.phone, "email": g.email,
             "address": g.address, "has_authority": g.has_authority}
            for g in people.guardians_of(conn, child_id)]})
    if key == "guidance_summary":
        return ItemContent(key, "guidance_summary", {"status": str(child.status),
                                                     "trajectories": [
            {"title": t.title, "start": t.start_date.isoformat(),
             "end": t.end_date.isoformat() if t.end_date else None, "summary": t.summary}
            for t in people.trajectories_of(conn, child_id)]})
    kind, _, raw_id = key.partition(":")
    if kind == "note" and (note := notes.exportable(conn, int(raw_id), child_id)):
        return ItemContent(key, "note", {
            "session_date": note.session_date.isoformat(),
            "duration_minutes": note.duration_minutes, "category": str(note.category),
            "version": note.version, "text": note.text},
            category=note.category, label=note.session_date.isoformat())
    if kind == "document" and (doc := documents.of_child(conn, int(raw_id), child_id)):
        data = b"".join(documents.chunks(conn, doc.id))
        return ItemContent(key, "document", {"filename": doc.filename,
                                             "media_type": doc.media_type},
                           file_name=f"documents/{doc.id}-{doc.filename}", file_bytes=data,
                           category=doc.category, label=doc.filename)
    raise NotFound()


# -- HTML ------------------------------------------------------------------------------------


def e(value: object) -> str:
    return escape(str(value if value is not None else ""))


NO_DATE = "—"  # what a PDF prints where a date is missing (an open end, say)


class Html(str):
    """Markup that is already escaped: a value cell holding it is not escaped again."""


# One look for every document (packets, consent forms, letters, access reports, the
# recovery sheet): label and value in cells of their own, with room between them, and ids,
# hashes and passwords in the monospace family so they copy back letter for letter.
STYLE = """<style>
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #222; }
h1 { font-size: 18pt; color: #1d4e6b; margin-bottom: 8px; }
h2 { font-size: 13pt; color: #1d4e6b; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; color: #1d4e6b; margin-top: 12px; margin-bottom: 2px; }
td { vertical-align: top; }
td.label { color: #555; padding-right: 18px; padding-top: 2px; padding-bottom: 2px; }
td.value { padding-top: 2px; padding-bottom: 2px; }
p { margin-top: 4px; margin-bottom: 6px; }
.small { font-size: 8.5pt; color: #555; }
.mono { font-family: 'DejaVu Sans Mono'; font-size: 9pt; }
.note { white-space: pre-wrap; }
.legal { color: #8a1c1c; font-weight: bold; }
.check { font-size: 9pt; color: #333; }
</style>"""
LABEL_WIDTH = "30%"  # one label column in every table, so values line up down the page


def mono(value: object) -> Html:
    """An id, hash, fingerprint or password: fixed-width, never broken by a ligature."""
    return Html(f"<span class='mono'>{e(value)}</span>")


def fields(rows: Sequence[tuple[str, object]], value_class: str = "value") -> str:
    """A two-column table of label and value; a row without a value is left out (no blank
    phone or address rows). A value is escaped unless it is `Html`."""
    cells = "".join(
        f"<tr><td class='label' width='{LABEL_WIDTH}'>{e(label)}</td><td class='{value_class}'>"
        f"{value if isinstance(value, Html) else _lines(value)}</td></tr>"
        for label, value in rows if value not in (None, "") and str(value).strip())
    return f"<table cellspacing='0' cellpadding='0'>{cells}</table>" if cells else ""


def _lines(value: object) -> str:
    return e(value).replace("\n", "<br/>")


def yes_no(t: PdfText, value: bool) -> str:
    """Ja / Nee: a boolean as a word of the document's language, never True or False."""
    word = t.words(catalogue.label(bool(value)))
    return word[:1].upper() + word[1:]


def period(t: PdfText, start: object, end: object) -> str:
    """"02-10-2026 t/m 05-01-2027", or "sinds 02-10-2026" while it is open."""
    if not end:
        return t("since", fmt_date(start))  # type: ignore[arg-type]
    return t("period", fmt_date(start), fmt_date(end))  # type: ignore[arg-type]


def fingerprint_html(t: PdfText, fingerprint: str, check: str) -> str:
    """The practice's signing-key fingerprint and the two sentences on how a school checks
    it: `check` is this document's first sentence (the cover's, or the paper's)."""
    return fields([(t["fingerprint"], mono(fingerprint))]) + fingerprint_check(t, fingerprint,
                                                                               check)


def fingerprint_check(t: PdfText, fingerprint: str, check: str) -> str:
    command = f'casefile verify-packet --expect-fingerprint "{fingerprint}" pakket.pdf'
    return (f"<p class='check'>{e(t[check])} {e(t['fp_command'])}</p>"
            f"<p class='check'>{mono(command)}</p>")


def cover_html(t: PdfText, header: Sequence[tuple[str, object]], consents: list[str],
               contents: list[tuple[str, str]], legal: Sequence[tuple[str, object]],
               fingerprint: str, title: str = "", intro: str = "") -> str:
    """The packet's first page: whom it is about, who sends it, on what consent, what it
    holds (each item with its SHA-256), and how the school checks the sender. `title` and
    `intro` are the parents' inzage preview's own."""
    title = title or (t["legal_title"] if legal else t["title"])
    parts = [STYLE, f"<h1>{e(title)}</h1>",
             *([f"<p style='color: #8a1c1c; margin-bottom: 12px'>{e(intro)}</p>"]
               if intro else []),
             fields([*header, (t["fingerprint"], mono(fingerprint))]),
             fingerprint_check(t, fingerprint, "fp_check_cover")]
    if legal:
        parts.append(fields(legal, value_class="value legal"))
    if consents:
        parts.append(f"<h2>{e(t['consents'])}</h2><ul>"
                     + "".join(f"<li>{e(c)}</li>" for c in consents) + "</ul>")
    parts.append(f"<h2>{e(t['contents'])}</h2><ol>"
                 + "".join(f"<li>{e(title)}<br/><span class='small'>SHA-256 "
                           f"{mono(digest)}</span></li>" for title, digest in contents)
                 + "</ol>")
    return "".join(parts)


def section_html(t: PdfText, item: ItemContent, first: bool = False) -> str:
    """One item; the first starts a new page after the cover."""
    breaks = " style='page-break-before: always'" if first else ""
    head = f"<h2{breaks}>{e(title_of(t, item))}</h2>"
    data = item.data if isinstance(item.data, dict) else {}
    if item.key == "identity":
        body = fields([(t["child"], f"{data['first_name']} {data['last_name']}"),
                       (t["born"], fmt_date(data["birth_date"])), (t["school"], data["school"]),
                       (t["group"], data["group"])])
    elif item.key == "contact_details":
        body = "".join(_guardian(t, g) for g in data["guardians"])
    elif item.key == "guidance_summary":
        body = fields([(t["status"], t.words(catalogue.label(data["status"])))]) + "".join(
            f"<h3>{e(tr['title'])}</h3>"
            + fields([(t["period_label"], period(t, tr["start"], tr["end"]))])
            + (f"<p class='note'>{_lines(tr['summary'])}</p>" if tr["summary"] else "")
            for tr in data["trajectories"])
    elif item.key.startswith("note:"):
        body = (fields([(t["session_date"], fmt_date(data["session_date"])),
                        (t["duration"], _minutes(t, data["duration_minutes"])),
                        (t["version"], data["version"])])
                + f"<p class='note'>{_lines(data['text'])}</p>")
    else:
        body = (fields([(t["file"], data.get("filename"))])
                + f"<p class='small'>{e(t['attachment_hint'])}</p>")
    return head + body


def _minutes(t: PdfText, minutes: object) -> str:
    return "" if minutes is None else t("minutes", minutes)


def _guardian(t: PdfText, g: dict) -> str:
    return f"<h3>{e(g['name'])}</h3>" + fields([
        (t["relation"], g["relation"]), (t["authority_label"], yes_no(t, g["has_authority"])),
        (t["phone"], g["phone"]), (t["email"], g["email"]), (t["address"], g["address"])])


def sha256_of(item: ItemContent) -> str:
    """The hash the manifest lists: of the file's bytes, or of the canonical content."""
    from casefile.packet_format import sha256

    return sha256(item.file_bytes if item.file_bytes is not None else canonical(item.data))
