"""The server's SQL for the parents' inzage (pg_migrations/0013): the functions of
casefile/storage/repositories/inzage.py for the practice server. What the parents were
shown and their remarks are sealed; the server lets an open inzage be answered once and
nothing else."""

from __future__ import annotations

import json

from psycopg.types.json import Jsonb

from casefile.errors import NotFound
from casefile.model import Inzage
from casefile.storage.repositories.inzage import _inzage
from casefile.storage.repositories.pg.base import (
    ServerConnection,
    as_stored_locally,
    insert,
    update,
)


def add(conn: ServerConnection, values: dict) -> int:
    return insert(conn, "inzages", {
        **values, "offered_to": Jsonb(list(values["offered_to"])),
        "consent_ids": Jsonb(list(values["consent_ids"])),
        "items": json.dumps([list(i) for i in values["items"]])})


def answer(conn: ServerConnection, inzage_id: int, values: dict) -> None:
    update(conn, "inzages", inzage_id, values)


def one(conn: ServerConnection, inzage_id: int) -> Inzage:
    row = conn.pg.execute("SELECT * FROM inzages WHERE id = %s", (inzage_id,)).fetchone()
    if row is None:
        raise NotFound()
    return _opened(conn, row)


def of_child(conn: ServerConnection, child_id: int) -> list[Inzage]:
    rows = conn.pg.execute("SELECT * FROM inzages WHERE child_id = %s ORDER BY id DESC",
                           (child_id,))
    return [_opened(conn, r) for r in rows]


def newest_unused(conn: ServerConnection, child_id: int, recipient_id: int) -> Inzage | None:
    """The newest inzage for this child and recipient that no packet was made after yet:
    each packet needs its own (a later packet may hold what the parents never saw)."""
    row = conn.pg.execute(
        "SELECT * FROM inzages i WHERE child_id = %s AND recipient_id = %s AND NOT EXISTS "
        "(SELECT 1 FROM disclosures d WHERE d.inzage_id = i.id) ORDER BY id DESC LIMIT 1",
        (child_id, recipient_id)).fetchone()
    return None if row is None else _opened(conn, row)


def used(conn: ServerConnection, inzage_id: int) -> bool:
    """Whether a packet was already made after this inzage."""
    return conn.pg.execute("SELECT 1 FROM disclosures WHERE inzage_id = %s",
                           (inzage_id,)).fetchone() is not None


def _opened(conn: ServerConnection, row: dict) -> Inzage:
    stored = as_stored_locally(conn, "inzages", row)
    return _inzage({**stored, "remarks": stored["remarks"] or ""})
