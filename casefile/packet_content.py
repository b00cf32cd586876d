"""What goes into a packet: each item's canonical content, and the HTML the renderer turns
into the packet's pages. Words come from the catalogue in the practice's language."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from casefile import catalogue
from casefile.canonical import canonical
from casefile.catalogue import PdfText, fmt_date, item_title
from casefile.errors import NotFound
from casefile.model import Category
from casefile.pdf_document import Renderer
from casefile.storage.database import Connection
from casefile.storage.repositories import documents, notes, people


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


STYLE = """<style>
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #222; }
h1 { font-size: 18pt; color: #1d4e6b; margin-bottom: 2pt; }
h2 { font-size: 13pt; color: #1d4e6b; margin-top: 14pt; border-bottom: 1px solid #9bb; }
td { padding: 2pt 8pt 2pt 0; vertical-align: top; }
.label { color: #555; }
.small { font-size: 8pt; color: #555; }
.note { white-space: pre-wrap; }
.legal { color: #8a1c1c; font-weight: bold; }
</style>"""


def cover_html(t: PdfText, header: list[tuple[str, str]], consents: list[str],
               contents: list[str], legal: list[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td class='label'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in header)
    parts = [STYLE, f"<h1>{e(t['legal_title'] if legal else t['title'])}</h1>",
             f"<table>{rows}</table>"]
    if legal:
        legal_rows = "".join(f"<tr><td class='label'>{e(k)}</td><td class='legal'>{e(v)}</td>"
                             "</tr>" for k, v in legal)
        parts.append(f"<table>{legal_rows}</table>")
    if consents:
        parts.append(f"<h2>{e(t['consents'])}</h2><ul>"
                     + "".join(f"<li>{e(c)}</li>" for c in consents) + "</ul>")
    parts.append(f"<h2>{e(t['contents'])}</h2><ol>"
                 + "".join(f"<li>{e(c)}</li>" for c in contents) + "</ol>")
    return "".join(parts)


def section_html(t: PdfText, item: ItemContent, first: bool = False) -> str:
    """One item; the first starts a new page after the cover."""
    breaks = " style='page-break-before: always'" if first else ""
    head = f"<h2{breaks}>{e(title_of(t, item))}</h2>"
    data = item.data if isinstance(item.data, dict) else {}
    if item.key == "identity":
        body = _table(t, [("child", f"{data['first_name']} {data['last_name']}"),
                          ("born", fmt_date(data["birth_date"])), ("school", data["school"]),
                          ("group", data["group"])])
    elif item.key == "contact_details":
        body = "".join(
            f"<p><b>{e(g['name'])}</b> {e(g['relation'])}"
            f"{' (' + e(t['authority']) + ')' if g['has_authority'] else ''}<br/>"
            f"{e(g['phone'])} {e(g['email'])}<br/>{e(g['address'])}</p>"
            for g in data["guardians"])
    elif item.key == "guidance_summary":
        body = _table(t, [("status", t.words(catalogue.label(data["status"])))]) + "".join(
            f"<p><b>{e(tr['title'])}</b> ({fmt_date(tr['start'])} – "
            f"{fmt_date(tr['end'], NO_DATE)})<br/>"
            f"<span class='note'>{e(tr['summary'])}</span></p>" for tr in data["trajectories"])
    elif item.key.startswith("note:"):
        body = (f"<p class='small'>{fmt_date(data['session_date'])} · {e(data['duration_minutes'])}"
                f" min · v{e(data['version'])}</p><p class='note'>"
                + e(data["text"]).replace("\n", "<br/>") + "</p>")
    else:
        body = f"<p>{e(data.get('filename'))}</p><p class='small'>{e(t['attachment_hint'])}</p>"
    return head + body


def _table(t: PdfText, rows: list[tuple[str, object]]) -> str:
    return "<table>" + "".join(f"<tr><td class='label'>{e(t[k])}</td><td>{e(v)}</td></tr>"
                               for k, v in rows) + "</table>"


def sha256_of(item: ItemContent) -> str:
    """The hash the manifest lists: of the file's bytes, or of the canonical content."""
    from casefile.packet_format import sha256

    return sha256(item.file_bytes if item.file_bytes is not None else canonical(item.data))
