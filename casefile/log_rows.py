"""The audit log and the change history in words: the log keeps codes and ids only (no
personal data), and these functions turn an event or a field change into the words a
counsellor or the privacy officer reads (Dutch actions, the school's and the child's name
instead of a row number). The GUI, the CSV and the PDF export use the same rows, so what is
exported is what was on screen."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from casefile import catalogue
from casefile import packet_content as pc
from casefile.catalogue import Msg, fmt_date, fmt_moment, history_word, msg
from casefile.model import AuditEvent
from casefile.storage.database import Connection
from casefile.storage.engines import people
from casefile.storage.engines import users as user_repo

Words = Callable[[Msg | str], str]
Cell = Msg | str


@dataclass(frozen=True)
class LogNames:
    """What ids point at, looked up when the log is shown (never stored in it)."""

    users: Mapping[int, str] = field(default_factory=dict)
    children: Mapping[int, str] = field(default_factory=dict)
    organisations: Mapping[int, str] = field(default_factory=dict)
    objects: Mapping[tuple[str, str], str] = field(default_factory=dict)  # inside a dossier


def load_names(conn: Connection, *, children: bool) -> LogNames:
    """Users and organisations; the children's names only for the practice-wide view,
    which only an administrator opens."""
    kids = {c.id: f"{c.first_name} {c.last_name}"
            for c in people.children_page(conn, 0, 1_000_000)} if children else {}
    return LogNames(users={u.id: u.name for u in user_repo.everyone(conn)}, children=kids,
                    organisations={o.id: o.name for o in people.organisations(conn)})


# -- the audit log ----------------------------------------------------------------------

def audit_headers() -> tuple[Msg, ...]:
    return tuple(msg("AuditLogModel", h) for h in catalogue.AUDIT_COLUMNS)


def history_headers() -> tuple[Msg, ...]:
    return tuple(msg("History", h) for h in catalogue.HISTORY_COLUMNS)


def audit_row(event: AuditEvent, names: LogNames) -> tuple[Cell, ...]:
    return (fmt_moment(event.at), who(event.user_id, names),
            catalogue.action(event.action, event.object_type), on_what(event, names),
            child_name(event.child_id, names), catalogue.outcome(event.outcome))


def who(user_id: int | None, names: LogNames) -> Cell:
    if user_id is None:
        return history_word("unknown_user")
    return names.users.get(user_id) or history_word("number",
                                                    catalogue.audit_object("user"), user_id)


def child_name(child_id: int | None, names: LogNames) -> Cell:
    if child_id is None:
        return ""
    return names.children.get(child_id) or history_word("erased_dossier", child_id)


def on_what(event: AuditEvent, names: LogNames) -> Cell:
    """"the dossier of Sanne Visser", "organisation De Regenboog", "document “x.pdf”"."""
    kind, ident = event.object_type, str(event.object_id or "")
    noun = catalogue.audit_object(kind)
    if kind in _ONE_OF_A_KIND:  # its id (the vault's uuid) tells a reader nothing
        return noun
    if kind == "child":
        child = names.children.get(int(ident)) if ident.isdigit() else None
        return history_word("dossier_of", child) if child else noun
    name = names.objects.get((kind, ident))
    if name is None and ident.isdigit():
        table = {"organisation": names.organisations, "user": names.users}.get(kind, {})
        name = table.get(int(ident))
    if name:
        return history_word("named", noun, name)
    return history_word("number", noun, ident) if ident else noun


_ONE_OF_A_KIND = ("vault", "settings", "audit_log")


# -- the change history -----------------------------------------------------------------

_YES = ("1", "true", "True")
_DATES = ("birth_date", "start_date", "end_date", "opened_on", "closed_on", "received_on")


def history_row(change: Mapping[str, object], names: LogNames) -> tuple[Cell, ...]:
    at = change["changed_at"]
    moment = fmt_moment(datetime.fromisoformat(at) if isinstance(at, str) else at)  # type: ignore[arg-type]
    field_ = str(change["field"])
    return (moment, who(change["changed_by"], names),  # type: ignore[arg-type]
            catalogue.history_field(str(change["object_type"]), field_),
            change_value(field_, change["old_value"], names),
            change_value(field_, change["new_value"], names), str(change["reason"] or ""))


def change_value(field_: str, value: object, names: LogNames) -> Cell:
    """A stored value in words: ja/nee for a flag, the school's name for its id, a date as
    people write it, the guidance in words."""
    if value is None or value == "":
        return ""
    text = str(value)
    if field_ in ("restricted", "has_authority"):
        return catalogue.label(text in _YES)
    if field_ in ("status", "kind", "sensitivity"):
        return catalogue.label(text)
    if field_ == "category":
        return catalogue.kind_label(text)
    if field_ in ("school_id", "source_organisation_id"):
        return names.organisations.get(int(text), text) if text.isdigit() else text
    if field_ in _DATES:
        try:
            return fmt_date(date.fromisoformat(text[:10]))
        except ValueError:
            return text
    if field_ == "text" and text.startswith("v") and text[1:].isdigit():
        return history_word("version", text[1:])
    return text


# -- the export for the privacy officer -------------------------------------------------

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def as_csv(words: Words, headers: Sequence[Cell], rows: Sequence[Sequence[Cell]]) -> bytes:
    """Semicolons and a byte-order mark, as a Dutch spreadsheet opens it; a cell that a
    spreadsheet would run as a formula gets a leading apostrophe."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in (headers, *rows):
        writer.writerow([_safe(words(cell)) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


def as_html(words: Words, title: Cell, subtitle: str, headers: Sequence[Cell],
            rows: Sequence[Sequence[Cell]]) -> str:
    head = "".join(f"<th align='left'>{pc.e(words(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{pc.e(words(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return (f"{pc.STYLE}<h1>{pc.e(words(title))}</h1><p>{pc.e(subtitle)}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='3' border='1'>"
            f"<tr>{head}</tr>{body}</table>")
