"""A note's draft the practice server could not take (it was stopped, the network was
gone), kept on this computer until it can be saved: sealed with AES-256-GCM under a key
derived (HKDF) from the practice's data key, in the user data folder, one file per draft
with a random name. The associated data binds the practice and the file name, so a file
cannot be passed off as another draft. Nothing of the note is ever on disk in clear; the
file names say nothing (the child and note ids are inside the sealed part).

The note editor keeps its draft here when a save fails for that reason and tries again
while it is open; whatever is left is saved at the next unlock of the same user
(`save_pending`)."""

from __future__ import annotations

import json
import os
import secrets as random
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casefile import app_files
from casefile.errors import CasefileError, ServerUnreachable

LABEL = b"casefile offline drafts v1"
VERSION = b"\x01"
SUFFIX = ".draft"


@dataclass(frozen=True)
class OfflineDraft:
    """What the editor would have saved, and where it goes."""

    user_id: int
    child_id: int
    note_id: int | None  # None: a new note, not yet on the server
    text: str
    category: str
    sensitivity: str
    session_date: str  # ISO date
    duration_minutes: int

    def fields(self) -> dict:
        return dict(text=self.text, category=self.category, sensitivity=self.sensitivity,
                    session_date=date.fromisoformat(self.session_date),
                    duration_minutes=self.duration_minutes)


def unreachable(exc: BaseException) -> bool:
    """Whether a save failed because the server is away (not because it refused)."""
    if isinstance(exc, ServerUnreachable):
        return True
    # a read outside a transaction may surface the driver's own error (never imported here)
    return type(exc).__module__.startswith("psycopg") and any(
        k.__name__ == "OperationalError" for k in type(exc).__mro__)


class OfflineDrafts:
    """The sealed drafts of one practice on this computer."""

    def __init__(self, folder: Path, key: bytes, practice_id: str) -> None:
        self.folder = folder
        self._aead = AESGCM(key)
        self._practice = practice_id

    def __repr__(self) -> str:
        return "OfflineDrafts(...)"  # never the key

    @classmethod
    def of(cls, vault) -> OfflineDrafts | None:
        """For a vault on a practice server; None for one on this computer (its drafts
        are saved in its own file, and no server can be away)."""
        ctx = vault.context
        if getattr(ctx, "engine", "local") != "server":
            return None
        return cls(app_files.data_dir() / "offline-drafts" / ctx.vault_id,
                   ctx.derive_key(LABEL), ctx.vault_id)

    @staticmethod
    def new_name() -> str:
        return random.token_hex(16) + SUFFIX

    def keep(self, name: str, draft: OfflineDraft) -> Path:
        """Seal and write (atomically, readable by this user only); replaces an older
        version of the same draft."""
        self.folder.mkdir(parents=True, exist_ok=True)
        nonce = os.urandom(12)
        plain = json.dumps(asdict(draft), ensure_ascii=False).encode("utf-8")
        sealed = VERSION + nonce + self._aead.encrypt(nonce, plain, self._bound(name))
        path = self.folder / name
        temporary = path.with_name(name + ".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(sealed)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        return path

    def drop(self, name: str) -> None:
        (self.folder / name).unlink(missing_ok=True)

    def pending(self, user_id: int) -> list[tuple[str, OfflineDraft]]:
        """The user's kept drafts, oldest file first; a file that does not open under this
        practice's key (damaged, another practice's) is left where it is."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("*" + SUFFIX), key=lambda p: p.stat().st_mtime):
            draft = self._open(path)
            if draft is not None and draft.user_id == user_id:
                found.append((path.name, draft))
        return found

    def _open(self, path: Path) -> OfflineDraft | None:
        try:
            sealed = path.read_bytes()
            if sealed[:1] != VERSION:
                return None
            plain = self._aead.decrypt(sealed[1:13], sealed[13:], self._bound(path.name))
            return OfflineDraft(**json.loads(plain.decode("utf-8")))
        except (OSError, InvalidTag, ValueError, TypeError):
            return None

    def _bound(self, name: str) -> bytes:
        return b"\0".join((LABEL, self._practice.encode(), name.encode()))


def save_draft(vault, draft: OfflineDraft):
    """Write a kept draft to the server: into its note while that is still a draft, else
    (a new note, or the note was finalised or removed meanwhile) as a new draft, so the
    text is never lost. Returns the Note."""
    if draft.note_id is not None:
        try:
            return vault.notes.save_draft(draft.note_id, **draft.fields())
        except CasefileError as exc:
            if unreachable(exc):
                raise
    return vault.notes.add(draft.child_id, **draft.fields())


def save_pending(vault) -> int:
    """At unlock: save the unlocked user's kept drafts; how many were saved. Stops at the
    first that cannot be saved because the server is away again (the rest stay kept)."""
    drafts = OfflineDrafts.of(vault)
    if drafts is None or vault.user is None:
        return 0
    saved = 0
    for name, draft in drafts.pending(vault.user.id):
        try:
            save_draft(vault, draft)
        except Exception as exc:  # kept for the next try, whatever it was
            if unreachable(exc):
                break
            continue
        drafts.drop(name)
        saved += 1
    return saved
