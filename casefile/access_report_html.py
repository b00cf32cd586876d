"""The access report's pages for the parents (GDPR Art 15): the Art 15(1) information
first (purposes, categories, recipients, retention, rights, complaint, source), then the
data held, then the documents' copies (Art 15(3)), which are attached to the PDF.

Built from the portable v1 document (casefile.access_report), so the PDF and
access-report.json can never tell different stories. Every label and value in the PDF's
language; dates dd-mm-jjjj; ids and hashes in the monospace font."""

from __future__ import annotations

from datetime import date, datetime

from casefile import catalogue
from casefile.catalogue import PdfText, fmt_date
from casefile.inzage import answer_words
from casefile.model import Category
from casefile.packet_content import e, mono

# render.MONO_FAMILY (the domain never imports Qt, so the name is repeated; a test holds
# the two together). A PDF copies its ids letter for letter only in this font.
MONO_FAMILY = "DejaVu Sans Mono"

STYLE = f"""<style>
body {{ font-family: 'DejaVu Sans'; font-size: 10pt; color: #222; }}
h1 {{ font-size: 18pt; color: #1d4e6b; margin-bottom: 4pt; }}
h2 {{ font-size: 13pt; color: #1d4e6b; margin-top: 16pt; margin-bottom: 4pt; }}
h3 {{ font-size: 11pt; color: #1d4e6b; margin-top: 10pt; margin-bottom: 2pt; }}
table.fields {{ margin-top: 2pt; margin-bottom: 8pt; }}
td {{ vertical-align: top; }}
td.label {{ color: #555; }}
.mono {{ font-family: '{MONO_FAMILY}'; font-size: 8.5pt; }}
.small {{ font-size: 8.5pt; color: #555; }}
.note {{ white-space: pre-wrap; }}
.legal {{ color: #8a1c1c; font-weight: bold; }}
li {{ margin-bottom: 3pt; }}
</style>"""

LABEL_WIDTH = "32%"
# Qt leaves no room under a table: a small blank line keeps one entry's table off the next
GAP = "<p style='font-size: 4pt; margin: 0'>&nbsp;</p>"
RIGHTS = ("right_rectification", "right_erasure", "right_restriction", "right_objection",
          "right_portability", "right_withdraw")


def bold(value: object) -> str:
    return f"<b>{e(value)}</b>" if value else ""


def fields(rows: list[tuple[str, str]]) -> str:
    """A two-column table of label and (already escaped) value; empty values leave no row,
    so a missing phone number leaves no gap."""
    shown = [(label, value) for label, value in rows if value]
    # Qt's rich text honours cellpadding and a cell's width, not CSS padding: one label
    # width for every table, so the values of all tables line up.
    return "<table class='fields' cellpadding='2' cellspacing='0' width='100%'>" + "".join(
        f"<tr><td class='label' width='{LABEL_WIDTH}'>{e(label)}</td><td>{value}</td></tr>"
        for label, value in shown) + "</table>" + GAP


def report_html(t: PdfText, data: dict, *, retention_years: int,
                financial_years: int) -> str:
    names = _Names(data)
    parts = [STYLE, *_head(t, data), *_purposes(t, data), *_categories(t, data),
             *_recipients(t, data, names), *_retention(t, retention_years, financial_years),
             *_rights(t), *_complaint(t), *_source(t, data, names),
             f"<h2>{e(t['report_data'])}</h2>",
             *_guardians(t, data), *_trajectories(t, data), *_notes(t, data),
             *_versions(t, data), *_consents(t, data, names), *_changes(t, data, names),
             *_requests(t, data, names), *_objections(t, data), *_holds(t, data),
             *_inzages(t, data, names), *_copies(t, data, names)]
    return "".join(parts)


class _Names:
    """Who a reference of the v1 document is, in words."""

    def __init__(self, data: dict) -> None:
        self.by_ref = {o["id"]: o["name"] for o in data["organisations"]}
        self.by_ref |= {g["id"]: g["name"] for g in data["guardians"]}
        self.by_ref |= {u["id"]: u["display_name"] for u in data["users"]}
        child = data["child"]
        self.by_ref[child["id"]] = f"{child['first_name']} {child['last_name']}"

    def __call__(self, reference: str | None) -> str:
        return self.by_ref.get(reference or "", "")


def _head(t: PdfText, data: dict) -> list[str]:
    child = data["child"]
    name = f"{child['first_name']} {child['last_name']}"
    practice = data["practice"]["name"]
    return [f"<h1>{e(t['report_title'])}</h1>",
            fields([(t["child"], e(name)), (t["born"], e(fmt_date(child["birth_date"]))),
                    (t["practice"], e(practice)),
                    (t["report_made"], e(_day(data["created"])))]),
            f"<p>{e(t('report_intro', practice or '—', name))}</p>"]


def _purposes(t: PdfText, data: dict) -> list[str]:
    purposes = sorted({p["display"] for c in data["consents"]
                       for p in c["provision"]["purpose"] if p["display"]})
    parts = [f"<h2>{e(t['report_purposes'])}</h2>", f"<p>{e(t['report_purposes_text'])}</p>"]
    if purposes:
        parts.append(fields([(t["report_purposes_consented"],
                              "<br/>".join(e(p) for p in purposes))]))
    return parts


def _held_per_category(data: dict) -> dict[str, int]:
    counts = {"identity": 1, "contact_details": len(data["guardians"]),
              "guidance_summary": len(data["trajectories"])}
    for entry in data["notes"] + data["documents"]:
        counts[entry["category"]] = counts.get(entry["category"], 0) + 1
    return counts


def _categories(t: PdfText, data: dict) -> list[str]:
    counts = _held_per_category(data)
    rows = [(t[f"category_{c.value}"], e(t.count("items_count", counts[c.value])))
            for c in Category if counts.get(c.value)]
    return [f"<h2>{e(t['report_categories'])}</h2>", fields(rows)]


def _recipients(t: PdfText, data: dict, names: _Names) -> list[str]:
    parts = [f"<h2>{e(t['report_recipients'])}</h2>"]
    if not data["disclosures"]:
        return [*parts, f"<p>{e(t['report_no_disclosures'])}</p>"]
    parts.append(f"<p>{e(t['report_recipients_text'])}</p>")
    for d in data["disclosures"]:
        legal = (f"<span class='legal'>{e(t['without_consent'])}</span>"
                 if d["without_consent"] else "")
        parts.append(f"<h3>{e(_day(d['created_at']))}: {e(names(d['recipient']))}</h3>")
        parts.append(fields([
            (t["items"], e(t.count("items_count", len(d["items"])))),
            (t["purpose"], e(d["purpose"])),
            (t["legal_ground"], legal + (": " + e(d["legal_ground"]) if legal else "")),
            (t["reason"], e(d["reason"])),
            (t["approved_by"], e(names(d["approved_by"]) + (
                f" ({t['no_second_reviewer']})" if d["without_second_reviewer"] else ""))),
            (t["packet_ref"], mono(d["packet_id"]))]))
    return parts


def _retention(t: PdfText, years: int, financial: int) -> list[str]:
    return [f"<h2>{e(t['report_retention'])}</h2>",
            f"<p>{e(t.count('report_retention_text', years))} "
            f"{e(t.count('report_retention_financial', financial))}</p>"]


def _rights(t: PdfText) -> list[str]:
    return [f"<h2>{e(t['report_rights'])}</h2>", f"<p>{e(t['report_rights_text'])}</p>",
            "<ul>" + "".join(f"<li>{e(t[key])}</li>" for key in RIGHTS) + "</ul>",
            f"<p>{e(t['report_no_automated'])}</p>"]


def _complaint(t: PdfText) -> list[str]:
    return [f"<h2>{e(t['report_complaint'])}</h2>", f"<p>{e(t['report_complaint_text'])}</p>"]


def _source(t: PdfText, data: dict, names: _Names) -> list[str]:
    received = [t("report_source_document", d["filename"], names(d["source"]))
                for d in data["documents"] if d["source"]]
    parts = [f"<h2>{e(t['report_source'])}</h2>", f"<p>{e(t['report_source_text'])}</p>"]
    if received:
        parts.append("<ul>" + "".join(f"<li>{e(r)}</li>" for r in received) + "</ul>")
    return parts


def _section(t: PdfText, key: str, count: int) -> str:
    return f"<h3>{e(t['report_' + key])} ({count})</h3>"


def _guardians(t: PdfText, data: dict) -> list[str]:
    parts = [_section(t, "guardians", len(data["guardians"]))]
    for g in data["guardians"]:
        parts.append(fields([
            (t["name"], bold(g['name'])), (t["relation"], e(g["relation"])),
            (t["phone"], e(g["phone"])), (t["email"], e(g["email"])),
            (t["address"], e(g["address"])),
            (t["has_authority"], e(t.words(catalogue.label(g["has_authority"]))))]))
    return parts


def period(t: PdfText, start: str | None, end: str | None) -> str:
    """"01-01-2019 tot 01-06-2019", or "vanaf 01-01-2019 (loopt nog)": never a dash."""
    if end is None:
        return t("period_open", fmt_date(start))
    return t("period_closed", fmt_date(start), fmt_date(end))


def _trajectories(t: PdfText, data: dict) -> list[str]:
    parts = [_section(t, "trajectories", len(data["trajectories"]))]
    for tr in data["trajectories"]:
        parts.append(fields([
            (t["trajectory"], bold(tr['title'])),
            (t["period_label"], e(period(t, tr["start_date"], tr["end_date"]))),
            (t["summary"], e(tr["summary"]))]))
    return parts


def _notes(t: PdfText, data: dict) -> list[str]:
    parts = [_section(t, "notes", len(data["notes"]))]
    for n in data["notes"]:
        draft = "" if n["finalised"] else f" ({e(t['draft'])})"
        parts.append(
            f"<p><b>{e(fmt_date(n['session_date']))}</b> · "
            f"{e(t.words(catalogue.kind_label(n['category'])))} · "
            f"{e(t('minutes', n['duration_minutes']))}{draft}<br/>"
            f"<span class='note'>{_lines(n['text'])}</span></p>")
    return parts


def _versions(t: PdfText, data: dict) -> list[str]:
    """The versions a note had before its current one (the current one is printed above)."""
    notes = {n["id"]: n for n in data["notes"]}
    earlier = [v for v in data["note_versions"]
               if v["note"] in notes and v["version"] < notes[v["note"]]["version"]]
    if not earlier:
        return []
    parts = [f"<h3>{e(t['report_versions'])} ({len(earlier)})</h3>"]
    for v in earlier:
        parts.append(fields([
            (t.words(catalogue.kind_label("session_notes")),
             bold(fmt_date(notes[v["note"]]["session_date"]))),
            (t["version"], e(v["version"])), (t["changed_on"], e(_day(v["changed_at"]))),
            (t["reason"], e(v["reason"])),
            (t["text"], f"<span class='note'>{_lines(v['text'])}</span>")]))
    return parts


_DATES = ("birth_date", "start_date", "end_date", "opened_on", "closed_on")


def changed_value(t: PdfText, names: _Names, field: str, value: object) -> str:
    """A changed field's value in words: ja/nee, the school's name, dd-mm-jjjj, the
    guidance in words; "(leeg)" where there was nothing."""
    if value is None:
        return t["empty"]
    if isinstance(value, bool) or field in ("status", "kind"):
        return t.words(catalogue.label(value))
    if field == "school_id":
        return names(str(value)) or str(value)
    if field in _DATES:
        return fmt_date(str(value)[:10])
    return str(value)


def _changes(t: PdfText, data: dict, names: _Names) -> list[str]:
    changes = data["field_history"]
    if not changes:
        return []
    parts = [f"<h3>{e(t['report_changes'])} ({len(changes)})</h3>"]
    for c in changes:
        kind = c["object"].split("/")[0]
        parts.append(fields([
            (t["changed_on"], bold(_day(c["changed_at"]))),
            (t["what"], e(t.words(catalogue.history_field(kind, c["field"])))),
            (t["old_value"], e(changed_value(t, names, c["field"], c["old_value"]))),
            (t["new_value"], e(changed_value(t, names, c["field"], c["new_value"]))),
            (t["reason"], e(c["reason"]))]))
    return parts


def _lines(text: str) -> str:
    return e(text).replace("\n", "<br/>")


def _consents(t: PdfText, data: dict, names: _Names) -> list[str]:
    parts = [_section(t, "consents", len(data["consents"]))]
    for c in data["consents"]:
        provision, own = c["provision"], c["casefile"]
        recipient = next((names(a["reference"]["reference"]) for a in provision["actor"]
                          if a["reference"]["reference"].startswith("organisation/")), "")
        scope = next(code["code"] for cat in c["category"] for code in cat["coding"]
                     if code["system"].startswith("urn:casefile"))
        parts.append(fields([
            (t["recipient"], bold(recipient)),
            (t["scope"], e(t[f"scope_{scope}"])),
            (t["purpose"], e(provision["purpose"][0]["display"])),
            (t["data"], e(", ".join([t.words(catalogue.label(k["code"]))
                                      for k in provision["class"]]
                                     + _named(t, data, provision)))),
            (t["period_label"], e(t("valid", fmt_date(provision["period"]["start"]),
                              fmt_date(own["valid_until"])))),
            (t["consented_by"], e(", ".join(names(p["reference"]) for p in c["performer"]))),
            (t["state"], e(_state(t, own)))]))
    return parts


def _named(t: PdfText, data: dict, provision: dict) -> list[str]:
    """The notes and documents a consent per report names, by kind and date or file."""
    found = {n["id"]: (n["category"], n["session_date"]) for n in data["notes"]}
    found |= {d["id"]: (d["category"], d["filename"]) for d in data["documents"]}
    titles = []
    for entry in provision.get("data", ()):
        ref = entry["reference"]["reference"]
        if ref in found:
            category, detail = found[ref]
            titles.append(catalogue.item_title(t.words, ref.replace("/", ":", 1), category,
                                               detail))
        else:  # erased since: the consent still named it
            titles.append(t["named_removed"])
    return titles


def _requests(t: PdfText, data: dict, names: _Names) -> list[str]:
    if not data["rights_requests"]:
        return []
    parts = [_section(t, "requests", len(data["rights_requests"]))]
    for r in data["rights_requests"]:
        asked = names(r["guardian"]) if r["requester"] == "guardian" else names(
            data["child"]["id"])
        extended = "" if not r["extension_months"] else (
            f"{e(t.count('months_count', r['extension_months']))}: {e(r['extension_reason'])}")
        answered = (f"{e(fmt_date(r['closed_on']))}: "
                    f"{e(t.words(catalogue.rights_word('outcome', r['outcome'])))}"
                    if r["closed_on"] else e(t["open_request"]))
        parts.append(fields([
            (t["request"], bold(t.words(catalogue.rights_word("kind", r["kind"])))),
            (t["requested_by"], e(asked)),
            (t["identity_checked"],
             e(t.words(catalogue.rights_word("identity_check", r["identity_check"])))),
            (t["received"], e(fmt_date(r["received_on"]))),
            (t["due_on"], e(fmt_date(r["due_on"]))), (t["extended"], extended),
            (t["outcome"], answered)]))
    return parts


def _objections(t: PdfText, data: dict) -> list[str]:
    if not data["objections"]:
        return []
    parts = [_section(t, "objections", len(data["objections"]))]
    for o in data["objections"]:
        parts.append(fields([
            (t["what"], bold(t.words(catalogue.rights_word("objection", o["purpose"])))),
            (t["objection_since"], e(fmt_date(o["received_on"]))),
            (t["lifted_on"], e(fmt_date(o["lifted_on"])))]))
    return parts


def _holds(t: PdfText, data: dict) -> list[str]:
    if not data["retention_holds"]:
        return []
    parts = [_section(t, "holds", len(data["retention_holds"]))]
    for h in data["retention_holds"]:
        parts.append(fields([
            (t["reason"], e(h["reason"])), (t["objection_since"], e(fmt_date(h["starts_on"]))),
            (t["hold_until"], e(fmt_date(h["ends_on"]))),
            (t["lifted_on"], e(fmt_date(h["lifted_on"])))]))
    return parts


def _inzages(t: PdfText, data: dict, names: _Names) -> list[str]:
    if not data["inzages"]:
        return []
    parts = [_section(t, "inzages", len(data["inzages"]))]
    for i in data["inzages"]:
        answer = i["answer"] or "pending"
        parts.append(fields([
            (t["recipient"], bold(names(i["recipient"]))),
            (t["view_offered"], e(_day(i["offered_at"]))),
            (t["view_to"], e(", ".join(names(g) for g in i["offered_to"]))),
            (t["view_answer"], e(answer_words(t, answer, date.fromisoformat(i["answer_by"])))),
            (t["remarks"], _lines(i["remarks"]))]))
    return parts


def _state(t: PdfText, own: dict) -> str:
    """The register's state in words; a withdrawal with its day."""
    if own["state"] == "withdrawn" and own["withdrawal"]:
        return t("withdrawn_on", _day(own["withdrawal"]["at"]))
    return t.words(catalogue.state(own["state"]))


def _copies(t: PdfText, data: dict, names: _Names) -> list[str]:
    parts = [f"<h2>{e(t['report_copies'])}</h2>"]
    if not data["documents"]:
        return [*parts, f"<p>{e(t['report_none'])}</p>"]
    parts.append(f"<p>{e(t['report_copies_text'])}</p>")
    for d in data["documents"]:
        parts.append(fields([
            (t["file"], bold(d['filename'])),
            (t["kind"], e(t.words(catalogue.kind_label(d["category"])))),
            (t["received"], e(fmt_date(d["received_on"]))),
            (t["size"], e(t("size_kb", _kb(d["size"])))),
            (t["attachment"], mono(d["attachment"])), (t["sha256"], mono(d["sha256"]))]))
    return parts


def _kb(size: int) -> int:
    return max(1, -(-size // 1024))  # rounded up: a 7-byte file is 1 kB, never 0


def _day(moment: str) -> str:
    """An RFC 3339 moment of the document as the day it was on this computer."""
    return fmt_date(datetime.fromisoformat(moment).astimezone().date())
