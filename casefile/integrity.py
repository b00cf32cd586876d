"""`casefile verify`: SQLite integrity, SQLCipher's page HMACs and the audit chain. A check
that could not run is reported as such, never as "ok"."""

from __future__ import annotations

from dataclasses import dataclass, field

from casefile.caseload import unbacked
from casefile.errors import CasefileError
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
    not_run: list[str] = field(default_factory=list)  # "integrity", "cipher", "audit"

    @property
    def ok(self) -> bool:
        return (not self.integrity and not self.cipher and self.audit_broken_at is None
                and not self.not_run and not self.trust)

    def lines(self) -> list[str]:
        out = [self._line("integrity", "Database integrity", self.integrity, "problem(s)")]
        out += [f"  {p}" for p in self.integrity[:20]]
        out.append(self._line("cipher", "Cipher integrity", self.cipher, "damaged page(s)"))
        out += [f"  {p}" for p in self.cipher[:20]]
        if "audit" in self.not_run:
            out.append("Audit chain: could not be checked (the database could not be read)")
        elif self.audit_broken_at is None:
            out.append(f"Audit chain: ok ({self.audit_events} events)")
        else:
            out.append(f"Audit chain: broken at event {self.audit_broken_at} "
                       f"({self.audit_problem})")
        return out + self._trust_lines()

    def _trust_lines(self) -> list[str]:
        if "audit" in self.not_run:
            return ["Signatures and roles: could not be checked"]
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

    def _line(self, name: str, label: str, problems: list[str], noun: str) -> str:
        if name in self.not_run:
            return f"{label}: could not be checked (the database could not be read)"
        return f"{label}: " + ("ok" if not problems else f"{len(problems)} {noun}")


def check_vault(vault) -> IntegrityReport:
    conn = vault.context.db()
    report = IntegrityReport()
    try:  # first: after SQLCipher meets a damaged page, the connection reads no more
        audit = vault.audit.verify()
    except (Error, CasefileError):
        report.not_run.append("audit")
    else:
        report.audit_events = audit.events
        report.audit_broken_at = audit.first_broken_id
        report.audit_problem = audit.problem
        report.trust = list(audit.problems)
        report.signed_since = audit.signed_since
        report.head = (audit.head_id, audit.head_hash)
    if not report.not_run and report.audit_broken_at is None:
        try:
            report.trust += unbacked(conn)  # the caseload as the signed log accounts for it
        except Error:
            report.not_run.append("audit")
    report.cipher = _run(report, "cipher", cipher_problems, conn)
    report.integrity = _run(report, "integrity", integrity_problems, conn)
    if report.integrity or report.cipher or report.not_run or report.audit_broken_at:
        vault.context.damaged = True  # found tampering (report.trust) is not damage
    return report


def _run(report: IntegrityReport, name: str, check, conn) -> list[str]:
    try:
        return check(conn)
    except Error:
        report.not_run.append(name)
        return []
