"""What other computers changed on a practice server (DESIGN section 10), for the window:
a child (added, changed, removed; its parents, trajectories or caseload) and what is in
a child's dossier (a note or document saved, a consent recorded or withdrawn, a later
signature, a packet made). The server sends each as a
notice carrying only the child's id (pg_migrations/0002 and 0019); they are heard on the
unlocked context's own connection, and only those of other connections count (the window
already shows what it did itself).

The window watches `socket()` for arrivals and calls `take()` then: no polling, and no
round trip while nothing arrives (casefile/ui/server_watch.py). A local vault has one
computer: no notices (`Notices.of` gives None)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from casefile.storage.repositories.pg import notices as notices_repo

CHANNELS = (notices_repo.CHILDREN, notices_repo.CONTENTS)
T = TypeVar("T")


def kept_on_server_context(vault, name: str, make: Callable[[Any], T]) -> T | None:
    """The one `make(ctx)` of an unlocked server context, kept on it as `name` (it goes
    with the context at lock); None for a local vault."""
    ctx = vault.context
    if getattr(ctx, "engine", "local") != "server":
        return None
    found = getattr(ctx, name, None)
    if found is None:
        found = make(ctx)
        setattr(ctx, name, found)
    return found


@dataclass
class Changes:
    """The children changed by others since the last `take`, by what changed."""

    children: set[int] = field(default_factory=set)
    dossiers: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.children or self.dossiers)


class Notices:
    """The change notices of one unlocked server context, heard on its connection."""

    def __init__(self, ctx) -> None:
        self._ctx = ctx
        self.listening_on: Any = None  # the connection LISTEN ran on (a reconnect: anew)
        self._heard = Changes()

    @classmethod
    def of(cls, vault) -> Notices | None:
        return kept_on_server_context(vault, "notices", cls)

    def socket(self) -> int | None:
        """The socket to watch for arrivals, listening on it first (again after a
        reconnect); None while the server is away (never a reconnect for this)."""
        if self._ctx.locked or not self._ctx.connected:
            return None
        pg = self._ctx.db().pg
        if pg is not self.listening_on:
            pg.add_notify_handler(self._notice)
            for channel in CHANNELS:
                notices_repo.listen(pg, channel)
            self.listening_on = pg
        return pg.fileno()

    def away(self) -> bool:
        """Unlocked, but the connection is gone (the server stopped, the network)."""
        return not self._ctx.locked and not self._ctx.connected

    def answers(self) -> bool:
        """Whether the server takes a connection now (a TCP look: for a thread of its
        own, it may wait a few seconds)."""
        return self._ctx.answers()

    def reconnect(self) -> None:
        """A new connection as the same user (quick once the server answers)."""
        self._ctx.db()

    def take(self) -> Changes:
        """What arrived since the last call (one round trip when connected; the driver's
        error when the server went away meanwhile)."""
        if self._ctx.connected and self.listening_on is not None:
            notices_repo.deliver(self._ctx.db().pg)
        heard, self._heard = self._heard, Changes()
        return heard

    def _notice(self, notice) -> None:
        pg = self.listening_on
        if not notice.payload.isdigit() or pg is None or notice.pid == pg.info.backend_pid:
            return
        if notice.channel == notices_repo.CHILDREN:
            self._heard.children.add(int(notice.payload))
        elif notice.channel == notices_repo.CONTENTS:
            self._heard.dossiers.add(int(notice.payload))
