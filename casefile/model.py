"""The domain's records. Plain frozen dataclasses; no storage or Qt in here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Category(StrEnum):
    """What a consent is about. Every exportable item has exactly one."""

    IDENTITY = "identity"
    CONTACT_DETAILS = "contact_details"
    GUIDANCE_SUMMARY = "guidance_summary"
    SESSION_NOTES = "session_notes"
    ASSESSMENTS = "assessments"
    DOCUMENTS = "documents"


class Sensitivity(StrEnum):
    NORMAL = "normal"
    SENSITIVE = "sensitive"
    SPECIAL = "special"  # GDPR Art 9, e.g. a diagnosis


class Role(StrEnum):
    ADMIN = "admin"
    COUNSELLOR = "counsellor"


class GuidanceStatus(StrEnum):
    INTAKE = "intake"
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class OrganisationKind(StrEnum):
    SCHOOL = "school"
    GGD = "ggd"
    NEIGHBOURHOOD_TEAM = "wijkteam"
    GP = "huisarts"
    REMEDIAL_TEACHER = "remedial_teacher"
    YOUTH_CARE = "youth_care"
    OTHER = "other"


class ConsentScope(StrEnum):
    DISCLOSURE = "disclosure"
    PROCESSING = "processing"


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    EMAIL = "email"
    VERBAL = "verbal"


class AuditAction(StrEnum):
    """Every action the audit log records; the log views translate each one."""

    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    FINALISE = "finalise"
    AMEND = "amend"
    READ_HISTORY = "read_history"
    SEARCH = "search"
    CONSENT_RECORDED = "consent_recorded"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CONSENT_ENTERED_IN_ERROR = "consent_entered_in_error"
    CONSENT_SIGNED = "consent_signed"
    ERASE_ON_WITHDRAWAL = "erase_on_withdrawal"
    EXPORT = "export"
    EXPORT_LEGAL = "export_legal"
    EXPORT_LEGAL_ALONE = "export_legal_alone"  # a single admin approved their own
    EXPORT_COPY = "export_copy"
    EXPORT_CONSENT_FORM = "export_consent_form"
    EXPORT_DELETION_LETTER = "export_deletion_letter"
    EXPORT_RECOVERY_SHEET = "export_recovery_sheet"
    ACCESS_REPORT = "access_report"
    DISCLOSURE_COPY = "disclosure_copy"
    RESTRICT = "restrict"
    LIFT_RESTRICTION = "lift_restriction"
    ERASE = "erase"
    PURGE = "purge"
    BACKUP = "backup"
    UNLOCK = "unlock"
    LOCK = "lock"
    CHANGE_PASSPHRASE = "change_passphrase"
    RESET_PASSPHRASE = "reset_passphrase"
    DEACTIVATE = "deactivate"
    GRANT = "grant"  # a role statement an admin signs (casefile/signatures.py)
    CLAIM_KEY = "claim_key"  # a user of an older vault binds their first signing key
    EXPORT_AUDIT_LOG = "export_audit_log"  # a CSV or PDF of the log for the privacy officer
    REQUEST_RECORDED = "request_recorded"  # the rights desk (casefile/rights_desk.py)
    REQUEST_EXTENDED = "request_extended"
    REQUEST_CLOSED = "request_closed"
    HOLD_PLACED = "hold_placed"
    HOLD_LIFTED = "hold_lifted"
    OBJECTION_RECORDED = "objection_recorded"
    CASELOAD_ADD = "caseload_add"  # an admin gave a counsellor access to a dossier
    CASELOAD_REMOVE = "caseload_remove"  # an admin took it away
    MIGRATE = "migrate"  # the practice moved to a server or a vault (casefile/migrate.py)
    READ_OUTSIDE_CASELOAD = "read_outside_caseload"  # an admin opened a dossier not theirs
    INZAGE = "inzage"  # a preview for the parents (casefile/inzage.py): never a disclosure
    INZAGE_ANSWERED = "inzage_answered"


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    active: bool = True
    must_change_passphrase: bool = False
    created_at: datetime | None = None


@dataclass(frozen=True)
class Child:
    id: int
    first_name: str
    last_name: str
    birth_date: date
    school_id: int | None = None
    school_group: str = ""
    status: GuidanceStatus = GuidanceStatus.INTAKE
    opened_on: date | None = None
    closed_on: date | None = None
    restricted: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


@dataclass(frozen=True)
class ChildListing:
    """A dossier outside the user's caseload as the child list shows it: that it exists,
    the child's name and who guides the child (for scheduling); nothing more."""

    id: int
    first_name: str
    last_name: str
    counsellors: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class CaseloadEntry:
    """One stretch of a user's access to a dossier: open while `removed_at` is None."""

    id: int
    child_id: int
    user_id: int
    added_at: datetime
    added_by: int | None = None
    added_reason: str = ""
    removed_at: datetime | None = None
    removed_by: int | None = None
    removed_reason: str = ""


@dataclass(frozen=True)
class Guardian:
    id: int
    child_id: int
    name: str
    relation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    has_authority: bool = False
    removed_at: datetime | None = None  # removed: kept only so consents naming them read


@dataclass(frozen=True)
class Organisation:
    id: int
    name: str
    kind: OrganisationKind = OrganisationKind.SCHOOL
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    removed_at: datetime | None = None  # removed: kept so consents and packets name it


@dataclass(frozen=True)
class Trajectory:
    id: int
    child_id: int
    title: str
    start_date: date
    end_date: date | None = None
    summary: str = ""


@dataclass(frozen=True)
class Note:
    id: int
    child_id: int
    session_date: date
    duration_minutes: int
    author_id: int
    text: str
    category: Category = Category.SESSION_NOTES
    sensitivity: Sensitivity = Sensitivity.NORMAL
    finalised: bool = False
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class NoteVersion:
    note_id: int
    version: int
    text: str
    category: Category
    sensitivity: Sensitivity
    changed_by: int
    changed_at: datetime
    reason: str = ""


@dataclass(frozen=True)
class Document:
    id: int
    child_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    category: Category = Category.DOCUMENTS
    sensitivity: Sensitivity = Sensitivity.NORMAL
    source_organisation_id: int | None = None
    received_on: date | None = None
    imported_by: int | None = None
    imported_at: datetime | None = None
    removed_at: datetime | None = None  # removed: the content and the name are wiped


@dataclass(frozen=True)
class Withdrawal:
    consent_id: int
    withdrawn_at: datetime
    by_guardian_id: int | None
    by_child: bool
    reason: str
    recorded_by: int
    channel: str = ""  # how it reached the practice: phone, email, letter, in_person


@dataclass(frozen=True)
class Signature:
    """A signature added after the consent was recorded: it counts from `signed_on`."""

    consent_id: int
    guardian_id: int | None  # None: the child signed
    signed_on: date
    recorded_by: int
    evidence_document_id: int | None = None


@dataclass(frozen=True)
class Consent:
    """Aligned with HL7 FHIR Consent. Append-only: corrections are new events."""

    id: int
    child_id: int
    scope: ConsentScope
    recipient_id: int | None
    purpose: str
    categories: frozenset[Category]
    covers_special: bool
    given_by: tuple[int, ...]  # guardian ids
    child_agrees: bool | None
    method: ConsentMethod
    valid_from: date
    valid_until: date
    recorded_by: int
    recorded_at: datetime
    evidence_document_id: int | None = None
    withdrawal: Withdrawal | None = None
    entered_in_error: bool = False
    error_reason: str = ""
    signatures: tuple[Signature, ...] = ()
    # Notes and documents named one by one (consent per report), by item key ("note:12"):
    # covered by name alone, never widening to their whole category.
    items: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Disclosure:
    id: int
    packet_id: str
    child_id: int
    recipient_id: int
    consent_ids: tuple[int, ...]
    items: tuple[tuple[str, str], ...]  # (item key, sha256)
    created_by: int
    created_at: datetime
    legal_ground: str = ""  # set only for a disclosure the law requires without consent
    reason: str = ""
    approved_by: int | None = None
    purpose: str = ""
    inzage_id: int | None = None  # the parents' inzage this packet was made after
    inzage_offered_at: datetime | None = None
    inzage_answer: str = ""  # remarks, no_remarks, no_answer, or pending when sent

    @property
    def without_second_reviewer(self) -> bool:
        """A legal disclosure its own maker approved: a practice with a single admin."""
        return bool(self.legal_ground) and self.approved_by == self.created_by


@dataclass(frozen=True)
class Inzage:
    """A preview of a packet shown to the parents before it goes out (issue 10), and its
    answer: their remarks, no remarks, or no answer in time. Never a disclosure."""

    id: int
    child_id: int
    recipient_id: int
    offered_to: tuple[int, ...]  # guardian ids
    consent_ids: tuple[int, ...]
    items: tuple[tuple[str, str], ...]  # (item key, sha256) as the parents saw them
    offered_at: datetime
    answer_by: date
    offered_by: int
    answer: str | None = None  # remarks, no_remarks, no_answer; None while open
    remarks: str = ""
    remarks_document_id: int | None = None
    answered_at: datetime | None = None
    answered_by: int | None = None

    def state(self, today: date) -> str:
        """answered, expired (no answer by the date) or open."""
        if self.answer is not None:
            return "answered"
        return "expired" if today > self.answer_by else "open"

    def effective_answer(self, today: date) -> str:
        """What a packet records: the answer, or no_answer once the date passed."""
        if self.answer is not None:
            return self.answer
        return "no_answer" if today > self.answer_by else "pending"


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime
    user_id: int | None
    role: str
    action: str
    object_type: str
    object_id: str
    child_id: int | None
    outcome: str
    workstation: str
    details: dict[str, object] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""
