"""A small, Qt-free description of a printable document, and its HTML.

The domain builds a `PdfDocument`; a `Renderer` (casefile.render.QtRenderer, handed in by
whoever builds the services) turns it into PDF bytes. Every user string passes through
`html.escape` here, so a name like `<b>Jan</b> & Co` prints as written and never as markup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Protocol

from casefile.catalogue import Msg


@dataclass(frozen=True)
class Table:
    rows: Sequence[Sequence[object]]
    header: Sequence[str] = ()


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: Sequence[str] = ()
    tables: Sequence[Table] = ()
    new_page: bool = False  # e.g. the first section after a cover page


@dataclass(frozen=True)
class PdfDocument:
    title: str
    metadata: Sequence[tuple[str, str]] = ()  # label/value rows under the title
    sections: Sequence[Section] = field(default_factory=tuple)
    footer: str = ""  # a small line at the end, e.g. the signing key's fingerprint


class Renderer(Protocol):
    """Turns a document (or, for older callers, ready HTML) into PDF bytes in memory, and
    the catalogue's words into one language's text (a PDF speaks the practice's
    language, whatever the window speaks)."""

    def render(self, doc: PdfDocument | str, title: str = "") -> bytes: ...

    def words(self, lang: str) -> Callable[[Msg | str], str]: ...


STYLE = """<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 18pt; color: #1d4e6b; margin-bottom: 4pt; }
h2 { font-size: 13pt; color: #1d4e6b; margin-top: 18px; margin-bottom: 4px; }
p { margin-top: 2pt; margin-bottom: 6pt; }
th { text-align: left; color: #1d4e6b; }
td { vertical-align: top; }
.label { color: #555; }
.footer { font-size: 8pt; color: #555; margin-top: 18pt; }
</style>"""


# Qt's rich text ignores CSS padding on cells but honours the attribute.
TABLE = "<table cellspacing='0' cellpadding='3'>"


def e(value: object) -> str:
    """Escaped text of any value; None prints as nothing."""
    return escape("" if value is None else str(value))


def _paragraph(text: str) -> str:
    # Line breaks in a note are the writer's; keep them without trusting any markup.
    return "<p>" + "<br/>".join(e(line) for line in str(text).split("\n")) + "</p>"


def _table(table: Table) -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in table.header)
    rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                   for row in table.rows)
    head_row = f"<tr>{head}</tr>" if head else ""
    return f"{TABLE}{head_row}{rows}</table>"


def _metadata(rows: Sequence[tuple[str, str]]) -> str:
    if not rows:
        return ""
    body = "".join(f"<tr><td class='label'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows)
    return f"{TABLE}{body}</table>"


def _section(section: Section) -> str:
    brk = " style='page-break-before: always'" if section.new_page else ""
    return (f"<h2{brk}>{e(section.heading)}</h2>"
            + "".join(_paragraph(p) for p in section.paragraphs)
            + "".join(_table(t) for t in section.tables))


def to_html(doc: PdfDocument) -> str:
    footer = f"<p class='footer'>{e(doc.footer)}</p>" if doc.footer else ""
    return (f"<html><head>{STYLE}</head><body><h1>{e(doc.title)}</h1>"
            + _metadata(doc.metadata) + "".join(_section(s) for s in doc.sections)
            + footer + "</body></html>")
