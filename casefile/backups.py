"""Back up now, on close, and restore. The work is in storage/backup.py."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from casefile.context import VaultContext
from casefile.errors import BackupFailed, CasefileError, InvalidInput
from casefile.exports import ExportKind, Exports
from casefile.model import AuditAction
from casefile.storage import backup, database, keys
from casefile.storage.engines import audit as audit_repo
from casefile.storage.engines import meta

LAST_BACKUP = "last_backup"


@dataclass(frozen=True)
class StillInBackups:
    count: int  # backups in the folder now, each holding what is erased now
    rotate_after: int  # newer backups until the newest of them is pruned
    expected: date | None  # about when, at the pace backups have been made so far

    @classmethod
    def of(cls, times: list[datetime], keep: int, now: datetime) -> StillInBackups:
        expected = None
        if len(times) >= 2:
            pace = (times[-1] - times[0]) / (len(times) - 1)
            expected = (max(now, times[-1]) + pace * keep).date()
        return cls(len(times), keep, expected)


class Backups:
    def __init__(self, ctx: VaultContext, exports: Exports) -> None:
        self._ctx = ctx
        self._exports = exports

    def create(self, target_dir: Path | str | None = None, progress=None
               ) -> backup.BackupResult:
        """Make, verify and keep the newest N; records the result in the log and beside
        the vault. Safe to call from a worker thread (it uses its own connection)."""
        self._exports.check(ExportKind.BACKUP)
        settings = self._ctx.settings
        folder = Path(target_dir) if target_dir else (Path(settings.backup_dir)
                                                       if settings.backup_dir else None)
        if folder is None:
            raise InvalidInput("backup_folder_missing")
        if self._ctx.engine == "server":
            return self._create_from_server(folder, progress)
        worker = self._ctx.fork()
        try:
            result = backup.make_backup(worker, self._ctx.keyslots_path, folder,
                                        worker.audit.chain_intact, progress)
            backup.prune(folder, settings.backup_keep)
            self._record(worker, True, {"size": result.size})
        except CasefileError:
            self._record(worker, False, {})
            raise
        except Exception:
            self._record(worker, False, {})
            raise BackupFailed() from None
        finally:
            worker.close()
        return result

    def _create_from_server(self, folder: Path, progress) -> backup.BackupResult:
        """A practice server's verified backup: the server moved into a temporary vault
        folder (casefile/migrate.py: SQLCipher under the practice's own data key, so no
        plaintext reaches the disk, and checked by row counts and the audit chain), of
        which the normal verified backup is made; then the folder goes. The backup
        restores as a vault (`casefile restore`), which `casefile migrate` moves up again.
        Only an administrator: a counsellor's login sees only their caseload."""
        from casefile import migrate, roles

        ctx = self._ctx
        ctx.require_admin()
        temporary = Path(tempfile.mkdtemp(prefix="casefile-server-backup-"))
        worker = None
        try:
            # The header records the server's newest event, not the temporary vault's (its
            # log ends in its own move event, which no later copy of the server holds): the
            # next backup's check, a vault moved down and a restored one all hold this one.
            server_head = audit_repo.head(ctx.db())
            migrate.session_to_vault(ctx.session, temporary, clock=ctx.clock,
                                     secrets=ctx.secrets)
            slots = keys.KeySlots.load(temporary / keys.KEYSLOTS, ctx.vault_id)
            key = ctx.database_key()
            worker = VaultContext(temporary, ctx.vault_id, key,
                                  database.connect(temporary / database.DB_NAME, key),
                                  ctx.clock, ctx.workstation, ctx.secrets)
            worker.pins = roles.pins_of(slots)
            result = backup.make_backup(worker, temporary / keys.KEYSLOTS, folder,
                                        worker.audit.chain_intact, progress, server_head)
            backup.prune(folder, ctx.settings.backup_keep)
        except CasefileError:
            self._record_on_server(False, {})
            raise
        except Exception:
            self._record_on_server(False, {})
            raise BackupFailed() from None
        finally:
            if worker is not None:
                worker.close()
            shutil.rmtree(temporary, ignore_errors=True)
        self._record_on_server(True, {"size": result.size})
        return result

    def _record_on_server(self, ok: bool, details: dict) -> None:
        """As `_record`, on the server (no status file: a server has no vault folder)."""
        ctx = self._ctx
        now = ctx.clock.now()
        try:
            with ctx.transaction() as conn:
                meta.put(conn, LAST_BACKUP, json.dumps({"ok": ok, "at": now.isoformat()}))
                ctx.audit.record(conn, action=AuditAction.BACKUP, object_type="vault",
                                 object_id=ctx.vault_id, outcome="ok" if ok else "failed",
                                 details=details)
        except (CasefileError, OSError):
            pass

    def still_holding(self) -> StillInBackups:
        """What the erasure screen says: the backups in the backup folder still hold an
        erased dossier until they rotate out, after `backup_keep` newer backups."""
        self._ctx.require_user()
        settings = self._ctx.settings
        try:
            times = backup.backup_times(Path(settings.backup_dir)) if settings.backup_dir \
                else []
        except OSError:
            times = []
        return StillInBackups.of(times, settings.backup_keep, self._ctx.clock.now())

    def last_status(self) -> dict | None:
        """The status file beside the vault: readable before unlock, so a failed backup is
        shown again at the next start."""
        return backup.read_status(self._ctx.path)

    def last_result(self) -> dict | None:
        """The last result as the vault itself remembers it ({"ok", "at"})."""
        self._ctx.require_user()
        stored = meta.value(self._ctx.db(), LAST_BACKUP)
        return json.loads(stored) if stored else None

    def _record(self, worker, ok: bool, details: dict) -> None:
        now = worker.clock.now()
        backup.write_status(self._ctx.path, ok, now)
        try:
            with worker.transaction() as conn:
                meta.put(conn, LAST_BACKUP, json.dumps({"ok": ok, "at": now.isoformat()}))
                worker.audit.record(conn, action=AuditAction.BACKUP, object_type="vault",
                                    object_id=worker.vault_id,
                                    outcome="ok" if ok else "failed", details=details)
        except (CasefileError, OSError):
            pass

