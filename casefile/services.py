"""The composition root: every service of an unlocked vault, built in one place from one
`VaultContext`. The vault and every worker (on its own forked context) use the same
`build_services`, so no service is wired twice and none can be missing."""

from __future__ import annotations

from dataclasses import dataclass

from casefile.audit import AuditLog
from casefile.backups import Backups
from casefile.caseload import Caseload
from casefile.consent_documents import ConsentDocuments
from casefile.consents import Consents
from casefile.context import VaultContext
from casefile.documents import Documents
from casefile.dossiers import Children, Guardians, Organisations, Trajectories
from casefile.exports import Exports
from casefile.inzage import Inzages
from casefile.notes import Notes
from casefile.packets import Packets
from casefile.pdf_document import Renderer
from casefile.retention import Retention
from casefile.rights import Rights
from casefile.rights_desk import RightsDesk
from casefile.search import Search
from casefile.settings import SettingsService
from casefile.signing import SigningKey
from casefile.users import Users


@dataclass(frozen=True)
class Services:
    settings: SettingsService
    users: Users
    children: Children
    guardians: Guardians
    organisations: Organisations
    trajectories: Trajectories
    notes: Notes
    documents: Documents
    search: Search
    consents: Consents
    signing: SigningKey
    exports: Exports
    packets: Packets
    inzage: Inzages
    consent_documents: ConsentDocuments
    rights: Rights
    rights_desk: RightsDesk
    retention: Retention
    backups: Backups
    audit: AuditLog
    caseload: Caseload


def build_services(ctx: VaultContext) -> Services:
    signing = SigningKey(ctx)
    exports = Exports(ctx)
    consents = Consents(ctx)
    rights = Rights(ctx, signing, exports, qt_renderer)
    return Services(
        settings=SettingsService(ctx),
        users=Users(ctx),
        children=Children(ctx),
        guardians=Guardians(ctx),
        organisations=Organisations(ctx),
        trajectories=Trajectories(ctx),
        notes=Notes(ctx),
        documents=Documents(ctx, exports),
        search=Search(ctx),
        consents=consents,
        signing=signing,
        exports=exports,
        packets=Packets(ctx, consents, signing, exports, qt_renderer),
        inzage=Inzages(ctx),
        consent_documents=ConsentDocuments(ctx, signing, exports, qt_renderer),
        rights=rights,
        rights_desk=RightsDesk(ctx),
        retention=Retention(ctx, rights.erase),
        backups=Backups(ctx, exports),
        audit=ctx.audit,
        caseload=Caseload(ctx),
    )


def qt_renderer() -> Renderer:
    """The PDF renderer is Qt's; imported only when a PDF is made (DESIGN section 1)."""
    from casefile.render import QtRenderer

    return QtRenderer()
