"""The exportable items of a dossier: what the consent rule judges and a packet may hold.

Every item has exactly one category. Drafts are not exportable; only finalised notes are."""

from __future__ import annotations

from casefile.consent import Item
from casefile.model import Category, Sensitivity
from casefile.storage.database import Connection
from casefile.storage.engines import items as repo

IDENTITY = Item("identity", Category.IDENTITY, Sensitivity.NORMAL, "identity")
CONTACT_DETAILS = Item("contact_details", Category.CONTACT_DETAILS, Sensitivity.NORMAL,
                       "contact_details")
GUIDANCE_SUMMARY = Item("guidance_summary", Category.GUIDANCE_SUMMARY, Sensitivity.NORMAL,
                        "guidance_summary")


def list_items(conn: Connection, child_id: int, *, drafts: bool = False) -> list[Item]:
    """Every exportable item (with `drafts`, draft notes too: for erasure, never export)."""
    return [IDENTITY, CONTACT_DETAILS, GUIDANCE_SUMMARY] + [
        Item(f"{r.kind}:{r.id}", r.category, r.sensitivity, r.label)
        for r in repo.of_child(conn, child_id, drafts=drafts)]
