"""SQL for what retention looks at: closed dossiers' trajectories and financial records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casefile.model import GuidanceStatus
from casefile.storage.database import Connection


@dataclass(frozen=True)
class ClosedDossier:
    child_id: int
    last_end: date | None  # the latest trajectory end
    open_trajectories: int  # trajectories without an end


@dataclass(frozen=True)
class FinancialRecord:
    id: int
    invoice_number: str
    invoice_date: date


def closed_dossiers(conn: Connection) -> list[ClosedDossier]:
    """Every closed dossier that has a trajectory."""
    rows = conn.execute(
        "SELECT c.id, max(t.end_date), sum(t.end_date IS NULL) "
        "FROM children c JOIN trajectories t ON t.child_id = c.id "
        "WHERE c.status = ? GROUP BY c.id", (GuidanceStatus.CLOSED.value,))
    return [ClosedDossier(r[0], date.fromisoformat(r[1]) if r[1] else None, r[2])
            for r in rows]


def financial_records(conn: Connection, child_id: int | None = None) -> list[FinancialRecord]:
    """All financial records, or one child's, by invoice date."""
    sql, args = "SELECT id, invoice_number, invoice_date FROM financial_records", []
    if child_id is not None:
        sql, args = sql + " WHERE child_id = ?", [child_id]
    rows = conn.execute(sql + " ORDER BY invoice_date, id", args)
    return [FinancialRecord(r[0], r[1], date.fromisoformat(r[2])) for r in rows]


def delete_financial(conn: Connection, record_ids: list[int]) -> None:
    conn.executemany("DELETE FROM financial_records WHERE id = ?", [(r,) for r in record_ids])
