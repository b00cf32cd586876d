"""Where the Vault finds the services of later modules (notes, documents, search, consents,
packets, rights, retention, backups). Each entry builds one service from the vault and its
context; keeping the list here lets those modules grow without touching vault.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Factory = Callable[[Any, Any], Any]


def factories() -> Iterator[tuple[str, Factory]]:
    from casefile.consents import Consents

    yield "consents", lambda vault, ctx: Consents(ctx)
