"""`casefile verify`: SQLite integrity, SQLCipher's page HMACs and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from casefile.storage.database import Error, cipher_problems, integrity_problems


@dataclass
class IntegrityReport:
    integrity: list[str] = field(default_factory=list)  # problems; empty is good
    cipher: list[str] = field(default_factory=list)
    audit_events: int = 0
    audit_broken_at: int | None = None
    audit_problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.cipher and self.audit_broken_at is None

    def lines(self) -> list[str]:
        out = ["Database integrity: " + ("ok" if not self.integrity else
                                         f"{len(self.integrity)} problem(s)")]
        out += [f"  {p}" for p in self.integrity[:20]]
        out.append("Cipher integrity: " + ("ok" if not self.cipher else
                                           f"{len(self.cipher)} damaged page(s)"))
        out += [f"  {p}" for p in self.cipher[:20]]
        if self.audit_broken_at is None:
            out.append(f"Audit chain: ok ({self.audit_events} events)")
        else:
            out.append(f"Audit chain: broken at event {self.audit_broken_at} "
                       f"({self.audit_problem})")
        return out


def check_vault(vault) -> IntegrityReport:
    conn = vault.context.db()
    report = IntegrityReport()
    try:
        report.integrity = integrity_problems(conn)
        report.cipher = cipher_problems(conn)
    except Error as exc:
        report.integrity.append(type(exc).__name__)
    audit = vault.audit.verify()
    report.audit_events = audit.events
    report.audit_broken_at = audit.first_broken_id
    report.audit_problem = audit.problem
    return report
