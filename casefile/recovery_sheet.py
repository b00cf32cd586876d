"""The printed recovery sheet: found again years later, so it says which vault it opens
(practice, day, vault id) and carries the whole key, set fixed-width in groups."""

from __future__ import annotations

from casefile import packet_content as pc
from casefile.catalogue import PdfText


def sheet_html(t: PdfText, *, practice: str, made: str, vault_id: str,
               key_lines: list[str]) -> str:
    key = "<br/>".join(pc.e(line) for line in key_lines)
    return (pc.STYLE + f"<h1>Casefile</h1><h2>{pc.e(t['recovery_title'])}</h2>"
            + pc.fields([(t["practice"], practice), (t["vault_made"], made),
                         (t["vault_id"], pc.mono(vault_id))])
            + f"<p>{pc.e(t['recovery_hint'])}</p>"
            f"<p class='mono' style='font-size: 16pt; margin-top: 12pt'>{key}</p>")
