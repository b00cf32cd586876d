"""The consent register's colours, and its words from the catalogue (the domain returns
codes; only the UI turns them into words, STYLE rule 1)."""

from __future__ import annotations

from casefile import catalogue
from casefile.render_text import say

STATE_COLOURS = {
    "active": "#1e6b3a",
    "expiring": "#8a5a00",
    "expired": "#666666",
    "not_yet_valid": "#666666",
    "withdrawn": "#8a1c1c",
    "entered_in_error": "#666666",
    "no_longer_sufficient": "#8a1c1c",
    "insufficient": "#8a1c1c",
}


def reason_text(code: str) -> str:
    return say(catalogue.reason(code))


def state_text(code: str) -> str:
    return say(catalogue.state(code))


def reasons_text(reasons) -> str:
    """Every reason once, as sentences on their own lines."""
    return "\n".join(dict.fromkeys(reason_text(r.code) for r in reasons))
