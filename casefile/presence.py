"""Who else is editing a dossier on a practice server (DESIGN section 10): an editor that
is being typed in says so now and then with NOTIFY on `casefile_editing` (the child's and
the user's id, nothing else: ids are in clear on the server anyway), and every client
LISTENs on its own connection; a notice counts for `FRESH` seconds. The notices pass only
through the server's memory, never a table, so nothing of who edits is kept there.

A local vault has one user at a time: no presence (`Presence.of` gives None)."""

from __future__ import annotations

import time
from collections.abc import Callable

from casefile.notices import kept_on_server_context
from casefile.storage.repositories.pg import presence as presence_repo

CHANNEL = presence_repo.CHANNEL
FRESH = 45.0  # seconds a notice counts: an editor in use says so at least every 15 s
ANNOUNCE_EVERY = 15.0


class Presence:
    """The editing notices of one unlocked server context, heard on its connection."""

    def __init__(self, ctx, now: Callable[[], float] = time.monotonic) -> None:
        self._ctx, self._now = ctx, now
        self._seen: dict[tuple[int, int], float] = {}  # (child id, user id) -> when heard
        self._listening_on: object = None  # the connection LISTEN ran on
        self._announced: dict[int, float] = {}

    @classmethod
    def of(cls, vault) -> Presence | None:
        return kept_on_server_context(vault, "presence", cls)

    def _pg(self):
        """The context's connection, listening (again, after a reconnect)."""
        pg = self._ctx.db().pg
        if pg is not self._listening_on:
            pg.add_notify_handler(self._notice)
            presence_repo.listen(pg)
            self._listening_on = pg
        return pg

    def announce(self, child_id: int, *, force: bool = False) -> None:
        """Tell the others this user edits the child's dossier (at most every
        ANNOUNCE_EVERY seconds unless forced)."""
        now = self._now()
        if not force and now - self._announced.get(child_id, -ANNOUNCE_EVERY) < ANNOUNCE_EVERY:
            return
        user = self._ctx.user
        if user is None or not self._ctx.connected:  # never a reconnect for this
            return
        presence_repo.announce(self._pg(), child_id, user.id)
        self._announced[child_id] = now

    def others(self, child_id: int) -> list[int]:
        """The ids of the other users heard editing the child's dossier lately."""
        if self._ctx.connected:  # while the server is away, what was heard fades out
            presence_repo.deliver(self._pg())  # the notices that arrived meanwhile
        now, me = self._now(), getattr(self._ctx.user, "id", None)
        self._seen = {k: t for k, t in self._seen.items() if now - t < FRESH}
        return sorted(u for (c, u) in self._seen if c == child_id and u != me)

    def _notice(self, notice) -> None:
        if notice.channel != CHANNEL:
            return
        child, _, user = notice.payload.partition(":")
        if child.isdigit() and user.isdigit():
            self._seen[(int(child), int(user))] = self._now()
