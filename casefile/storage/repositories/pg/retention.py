"""The server's SQL for what retention looks at: the functions of
casefile/storage/repositories/retention.py for the practice server. A trajectory's end and
an invoice's date are in clear (the retention clock needs them); deleting financial
records runs through casefile_delete_financial, an administrator's (pg_migrations/0014)."""

from __future__ import annotations

from casefile.model import GuidanceStatus
from casefile.storage.repositories.pg.base import ServerConnection
from casefile.storage.repositories.retention import ClosedDossier, FinancialRecord


def closed_dossiers(conn: ServerConnection) -> list[ClosedDossier]:
    """Every closed dossier that has a trajectory."""
    rows = conn.pg.execute(
        "SELECT c.id, max(t.end_date) AS last_end, count(*) FILTER (WHERE t.end_date IS NULL)"
        " AS open FROM children c JOIN trajectories t ON t.child_id = c.id "
        "WHERE c.status = %s GROUP BY c.id ORDER BY c.id", (GuidanceStatus.CLOSED.value,))
    return [ClosedDossier(r["id"], r["last_end"], int(r["open"])) for r in rows]


def financial_records(conn: ServerConnection, child_id: int | None = None
                      ) -> list[FinancialRecord]:
    """All financial records, or one child's, by invoice date."""
    sql, args = "SELECT id, invoice_number, invoice_date FROM financial_records", []
    if child_id is not None:
        sql, args = sql + " WHERE child_id = %s", [child_id]
    rows = conn.pg.execute(sql + " ORDER BY invoice_date, id", args)
    return [FinancialRecord(r["id"], r["invoice_number"], r["invoice_date"]) for r in rows]


def delete_financial(conn: ServerConnection, record_ids: list[int]) -> None:
    if record_ids:
        conn.pg.execute("SELECT casefile_delete_financial(%s)", (list(record_ids),))
