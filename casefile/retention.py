"""What is due for deletion, and the purge.

A closed dossier is due `retention_years` (5) after its last trajectory ended; a dossier
reopened since, or with a trajectory that has not ended, is not due. Financial records are
kept `financial_retention_years` (7) after their date. A date of 29 February plus N years
falls on 1 March when that year has no 29 February (the later, safer day).

Financial records outlive an erasure, as the law keeps them seven years: their link to the
child is set to NULL (ON DELETE SET NULL) and they hold only the invoice number, date,
amount in cents and a payer reference (a debtor number, never the child's name), so what
stays says nothing about the guidance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casefile import caseload
from casefile.context import VaultContext

if TYPE_CHECKING:
    from casefile.rights import ErasureResult
from casefile.errors import InvalidInput, NotDue
from casefile.model import AuditAction
from casefile.rights_desk import held
from casefile.storage.engines import retention as repo
from casefile.storage.engines import rights_desk


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return date(day.year + years, 3, 1)


@dataclass(frozen=True)
class DueItem:
    child_id: int
    due_on: date
    last_trajectory_end: date
    reason: str = "retention_period_ended"


@dataclass(frozen=True)
class FinancialDue:
    record_id: int
    invoice_date: date
    due_on: date


@dataclass(frozen=True)
class PurgeResult:
    erased: tuple[int, ...]  # child ids
    rows: int  # rows deleted, the children's own included

    def __len__(self) -> int:
        return len(self.erased)


class Retention:
    def __init__(self, ctx: VaultContext, erase: Callable[..., ErasureResult]) -> None:
        self._ctx = ctx
        self._erase = erase  # rights.erase, shared with erasure on request

    def schedule(self) -> list[DueItem]:
        """Every closed dossier with the day it becomes due, soonest first (a counsellor's:
        only those on their caseload)."""
        self._ctx.require_user()
        conn = self._ctx.db()
        years = self._ctx.settings.retention_years
        items = [DueItem(d.child_id, add_years(d.last_end, years), d.last_end)
                 for d in repo.closed_dossiers(conn)
                 if d.open_trajectories == 0 and d.last_end
                 and caseload.admits(self._ctx, conn, d.child_id)]
        return sorted(items, key=lambda i: (i.due_on, i.child_id))

    def due(self, at: date | None = None) -> list[DueItem]:
        """Due on `day`, but for dossiers a hold keeps (a complaint, a legal case)."""
        day = at or self._ctx.clock.today()
        kept = self.held(day)
        return [i for i in self.schedule() if i.due_on <= day and i.child_id not in kept]

    def held(self, at: date | None = None) -> set[int]:
        """The children whose dossier a hold keeps on `at`."""
        day = at or self._ctx.clock.today()
        return set(held(rights_desk.holds(self._ctx.db()), day))

    def upcoming(self, within_days: int = 90, at: date | None = None) -> list[DueItem]:
        day = at or self._ctx.clock.today()
        return [i for i in self.schedule() if day < i.due_on <= day + timedelta(within_days)]

    def financial_due(self, at: date | None = None) -> list[FinancialDue]:
        self._ctx.require_user()
        day = at or self._ctx.clock.today()
        years = self._ctx.settings.financial_retention_years
        found = [FinancialDue(r.id, r.invoice_date, add_years(r.invoice_date, years))
                 for r in repo.financial_records(self._ctx.db())]
        return [f for f in found if f.due_on <= day]

    def purge_financial(self, record_ids: list[int], *, confirm_count: int) -> int:
        """Delete financial records past their legal term; admin only, confirmed by count."""
        self._ctx.require_admin()
        if confirm_count != len(record_ids) or not record_ids:
            raise InvalidInput("count_mismatch")
        due = {f.record_id for f in self.financial_due()}
        if any(r not in due for r in record_ids):
            raise NotDue()
        with self._ctx.transaction() as conn:
            repo.delete_financial(conn, record_ids)
            self._ctx.audit.record(conn, action=AuditAction.PURGE, object_type="financial_records",
                                   details={"count": len(record_ids)})
        return len(record_ids)

    def purge(self, child_ids: list[int], *, confirm_count: int, progress=None
              ) -> PurgeResult:
        """Erase due dossiers; admin only; `confirm_count` must name how many."""
        self._ctx.require_admin()
        if confirm_count != len(child_ids) or not child_ids:
            raise InvalidInput("count_mismatch")
        due = {i.child_id for i in self.due()}
        if any(c not in due for c in child_ids):
            raise NotDue()
        rows = 0
        for done, child_id in enumerate(child_ids, start=1):
            # one VACUUM at the end wipes the pages every erasure freed
            result = self._erase(child_id, reason="retention", vacuum=done == len(child_ids))
            rows += sum(result.erased.values()) + 1
            if progress:
                progress(done, len(child_ids))
        return PurgeResult(tuple(child_ids), rows)
