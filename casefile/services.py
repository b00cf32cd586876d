"""Where the Vault finds the services of later modules (notes, documents, search, consents,
packets, rights, retention, backups). Each entry builds one service from the vault and its
context; keeping the list here lets those modules grow without touching vault.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Factory = Callable[[Any, Any], Any]


def factories() -> Iterator[tuple[str, Factory]]:
    from casefile.consents import Consents
    from casefile.documents import Documents
    from casefile.notes import Notes
    from casefile.search import Search

    yield "notes", lambda vault, ctx: Notes(ctx)
    yield "documents", lambda vault, ctx: Documents(ctx)
    yield "search", lambda vault, ctx: Search(ctx)
    yield "consents", lambda vault, ctx: Consents(ctx)
