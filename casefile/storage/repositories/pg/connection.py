"""The `conn` every server repository function takes, in a module that imports no
driver: the engine dispatcher (casefile/storage/engines.py) tells the engines apart by it
without loading psycopg for a local vault."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casefile.storage.sealed import Sealer
    from casefile.storage.server import Connection


@dataclass(frozen=True)
class ServerConnection:
    """psycopg's connection and the practice's Sealer together. `children` is the
    practice's child list as this connection has opened it (repositories/pg/people.py)."""

    pg: Connection
    sealer: Sealer
    children: Any  # a people.ChildDirectory; `people.server_connection` makes the whole
