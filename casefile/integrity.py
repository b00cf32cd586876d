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
    trust: list[str] = field(default_factory=list)  # signature, role, pin and head problems
    signed_since: int | None = None
    head: tuple[int, str] = (0, "")

    @property
    def ok(self) -> bool:
        return (not self.integrity and not self.cipher and self.audit_broken_at is None
                and not self.trust)

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
        return out + self._trust_lines()

    def _trust_lines(self) -> list[str]:
        if self.audit_broken_at is not None:
            return ["Signatures and roles: not checked (the chain is broken)"]
        if self.trust:
            return [f"Signatures and roles: {len(self.trust)} problem(s)"] + [
                f"  {p}" for p in self.trust[:20]]
        since = (f"signed since event {self.signed_since}" if self.signed_since is not None
                 else "no event signed yet: no administrator has unlocked since signing began")
        ok = "ok" if self.signed_since is not None else "not checked"
        return [f"Signatures and roles: {ok} ({since})",
                f"Newest event: {self.head[0]}, head {self.head[1][:16]}"]


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
    report.trust = list(audit.problems)
    report.signed_since = audit.signed_since
    report.head = (audit.head_id, audit.head_hash)
    return report
