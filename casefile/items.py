"""The exportable items of a dossier: what the consent rule judges and a packet may hold.

Every item has exactly one category. Drafts are not exportable; only finalised notes are."""

from __future__ import annotations

from casefile.consent import Item
from casefile.model import Category, Sensitivity
from casefile.storage.database import Connection

IDENTITY = Item("identity", Category.IDENTITY, Sensitivity.NORMAL, "identity")
CONTACT_DETAILS = Item("contact_details", Category.CONTACT_DETAILS, Sensitivity.NORMAL,
                       "contact_details")
GUIDANCE_SUMMARY = Item("guidance_summary", Category.GUIDANCE_SUMMARY, Sensitivity.NORMAL,
                        "guidance_summary")


def list_items(conn: Connection, child_id: int, *, drafts: bool = False) -> list[Item]:
    """Every exportable item (with `drafts`, draft notes too: for erasure, never export)."""
    items = [IDENTITY, CONTACT_DETAILS, GUIDANCE_SUMMARY]
    rows = conn.execute(
        "SELECT id, category, sensitivity, session_date FROM notes "
        "WHERE child_id = ? AND finalised >= ? ORDER BY session_date, id",
        (child_id, 0 if drafts else 1))
    items += [Item(f"note:{r[0]}", Category(r[1]), Sensitivity(r[2]), str(r[3])) for r in rows]
    rows = conn.execute(
        "SELECT id, category, sensitivity, filename FROM documents "
        "WHERE child_id = ? ORDER BY id", (child_id,))
    items += [Item(f"document:{r[0]}", Category(r[1]), Sensitivity(r[2]), r[3]) for r in rows]
    return items
