"""Practice-wide settings, stored in the encrypted database; only an admin changes them."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Literal

from casefile.errors import InvalidInput
from casefile.model import AuditAction
from casefile.storage.database import Connection
from casefile.storage.engines import meta

if TYPE_CHECKING:
    from casefile.context import VaultContext


INZAGE_MODES = ("required", "offered", "off")


@dataclass(frozen=True)
class Settings:
    auto_lock_minutes: int = 5
    language: Literal["nl", "en"] = "nl"
    consent_policy: Literal["all", "one"] = "all"
    retention_years: int = 5
    financial_retention_years: int = 7
    backup_dir: str = ""
    backup_keep: int = 10
    document_size_limit_mb: int = 50
    practice_name: str = ""
    practice_address: str = ""  # printed on the consent form and the letters
    practice_phone: str = ""
    # The parents' inzage before a packet goes out (issue 10): required before every
    # packet, offered (the wizard offers it, a packet does not wait for it), or off.
    inzage: Literal["required", "offered", "off"] = "offered"
    inzage_days: int = 10  # how long the parents have to answer

    def validated(self) -> Settings:
        texts = (self.practice_name, self.practice_address, self.practice_phone)
        checks = (
            all(isinstance(t, str) and len(t) <= 300 and "\x00" not in t for t in texts),
            1 <= self.auto_lock_minutes <= 120,
            self.language in ("nl", "en"),
            self.consent_policy in ("all", "one"),
            1 <= self.retention_years <= 30,
            1 <= self.financial_retention_years <= 30,
            1 <= self.backup_keep <= 1000,
            1 <= self.document_size_limit_mb <= 2048,
            self.inzage in INZAGE_MODES,
            1 <= self.inzage_days <= 90,
        )
        if not all(checks):
            raise InvalidInput("setting_out_of_range")
        return self


class SettingsService:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    def get(self) -> Settings:
        known = {f.name for f in fields(Settings)}
        stored: dict[str, Any] = {key: json.loads(text) for key, text
                                  in meta.settings(self._ctx.db()).items() if key in known}
        return Settings(**stored)

    def update(self, **changes: Any) -> Settings:
        self._ctx.require_admin()
        try:
            new = replace(self.get(), **changes).validated()
        except TypeError:
            raise InvalidInput("unknown_setting") from None
        with self._ctx.transaction() as conn:
            save(conn, new)
            self._ctx.audit.record(conn, action=AuditAction.UPDATE, object_type="settings",
                                   details={"fields": sorted(changes)})
        return new


def save(conn: Connection, settings: Settings) -> None:
    meta.save_settings(conn, {k: json.dumps(v) for k, v in asdict(settings).items()})
