"""Where the Vault finds the services of later modules (notes, documents, search, consents,
packets, rights, retention, backups). Each entry builds one service from the vault and its
context; keeping the list here lets those modules grow without touching vault.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Factory = Callable[[Any, Any], Any]


def factories() -> Iterator[tuple[str, Factory]]:
    from casefile.backups import Backups
    from casefile.consent_documents import ConsentDocuments
    from casefile.consents import Consents
    from casefile.documents import Documents
    from casefile.notes import Notes
    from casefile.packets import Packets
    from casefile.retention import Retention
    from casefile.rights import Rights
    from casefile.search import Search

    yield "notes", lambda vault, ctx: Notes(ctx)
    yield "documents", lambda vault, ctx: Documents(ctx)
    yield "search", lambda vault, ctx: Search(ctx)
    yield "consents", lambda vault, ctx: Consents(ctx)
    yield "packets", lambda vault, ctx: Packets(ctx, vault.signing_key, _qt_renderer)
    yield "consent_documents", lambda vault, ctx: ConsentDocuments(ctx, _qt_renderer)
    yield "rights", lambda vault, ctx: Rights(ctx, vault.signing_key, _qt_renderer)
    yield "retention", lambda vault, ctx: Retention(ctx, vault.rights.erase)
    yield "backups", lambda vault, ctx: Backups(ctx, ctx.path / "keyslots.json")


def _qt_renderer():
    """The PDF renderer is Qt's; imported only when a PDF is made (DESIGN section 1)."""
    from casefile.render import QtRenderer

    return QtRenderer()


class Bound:
    """The services a worker thread needs, built on its own context."""

    def __init__(self, ctx, signing_key) -> None:
        from casefile.backups import Backups
        from casefile.packets import Packets
        from casefile.retention import Retention
        from casefile.rights import Rights

        self.packets = Packets(ctx, signing_key, _qt_renderer)
        self.rights = Rights(ctx, signing_key, _qt_renderer)
        self.retention = Retention(ctx, self.rights.erase)
        self.backups = Backups(ctx, ctx.path / "keyslots.json")


def bind(ctx, signing_key) -> Bound:
    return Bound(ctx, signing_key)

