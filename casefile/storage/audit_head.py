"""The audit log's newest event as written down beside the vault (at every lock and
backup): outside the database, so a log re-chained after deleting events no longer holds
it. Readable before unlock; holds no personal data (an id and a hash)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from casefile.errors import CasefileError
from casefile.storage.files import atomic_write

HEAD_FILE = "audit-head.json"


def write(vault_dir: Path, event_id: int, digest: str, at: datetime) -> None:
    try:
        atomic_write(Path(vault_dir) / HEAD_FILE, json.dumps(
            {"event_id": event_id, "hash": digest, "at": at.isoformat()}).encode())
    except (OSError, CasefileError):
        pass  # a read-only folder must not stop a lock; the backup keeps its own copy


def read(vault_dir: Path) -> tuple[int, str] | None:
    """(event id, hash), or None when there is no readable record."""
    try:
        data = json.loads((Path(vault_dir) / HEAD_FILE).read_text())
    except (OSError, ValueError):
        return None
    return parse(data)


def parse(data: object) -> tuple[int, str] | None:
    if not isinstance(data, dict):
        return None
    event_id, digest = data.get("event_id"), data.get("hash")
    if type(event_id) is not int or not isinstance(digest, str) or len(digest) != 64:
        return None
    return event_id, digest
