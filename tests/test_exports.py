"""The one export door: every way data leaves the vault checks role and restriction, writes
0600 atomically and records an audit event; a refused export writes nothing."""

from __future__ import annotations

import stat
from datetime import date

import pytest

from casefile import Category
from casefile.errors import DossierRestricted, NotPermitted
from casefile.exports import ExportKind
from casefile.model import Role
from support import PASSPHRASE, access_report_json


@pytest.fixture
def dossier(vault):
    kid = vault.children.add(first_name="Noor", last_name="Bakker", birth_date=date(2016, 9, 1))
    mum = vault.guardians.add(kid.id, name="Femke Bakker", has_authority=True)
    school = vault.organisations.add(name="OBS De Wilgen", kind="school")
    doc = vault.documents.import_bytes(kid.id, b"%PDF-1.4 toets", "toets.pdf")
    consent = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
        categories={Category.DOCUMENTS}, given_by=[mum.id], method="written",
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    return kid, school, doc, consent


def form_fields(school, consent):
    return dict(recipient_id=school.id, purpose=consent.purpose,
                categories=consent.categories, valid_from=consent.valid_from,
                valid_until=consent.valid_until)


def exports_of(vault, kid):
    return [e.action for e in vault.audit.events(child_id=kid.id)
            if e.action.startswith(("export", "access_report"))]


def test_each_export_is_private_and_audited(vault, dossier, tmp_path):
    kid, school, doc, consent = dossier
    vault.documents.save_copy(doc.id, tmp_path / "kopie.pdf")
    made = [
        tmp_path / "kopie.pdf",
        vault.consent_documents.save_consent_form(tmp_path / "form.pdf", kid.id,
                                                  **form_fields(school, consent)),
        vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf").path,
        (report := vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")).path,
    ]
    access_report_json(report.path, report.password)
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert sorted(exports_of(vault, kid)) == ["access_report", "export", "export_consent_form",
                                              "export_copy"]


def test_a_restricted_dossier_lets_nothing_out_but_the_rights(vault, dossier, tmp_path):
    kid, school, doc, consent = dossier
    vault.rights.restrict(kid.id, reason="Bezwaar van de ouders")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DossierRestricted):
        vault.documents.save_copy(doc.id, out / "kopie.pdf")
    with pytest.raises(DossierRestricted):
        vault.consent_documents.save_consent_form(out / "form.pdf", kid.id,
                                                  **form_fields(school, consent))
    with pytest.raises(DossierRestricted):
        vault.exports.check(ExportKind.PACKET, kid.id)
    assert list(out.iterdir()) == []
    assert exports_of(vault, kid) == []
    # The parents' own right of access still works on a restricted dossier (Art 18(2)).
    report = vault.rights.access_report(kid.id, out / "inzage.pdf")
    assert access_report_json(report.path, report.password)["child"]["restricted"] is True
    assert exports_of(vault, kid) == ["access_report"]


def test_the_recovery_sheet_is_for_an_administrator(vault, dossier, tmp_path, reopen):
    vault.exports.save(ExportKind.RECOVERY_SHEET, tmp_path / "sheet.pdf", b"%PDF-1.4",
                       object_type="vault", object_id=vault.vault_id)
    vault.users.add("bert", role=Role.COUNSELLOR, temporary_passphrase=PASSPHRASE + "-bert")
    vault.lock()
    bert = reopen("bert", PASSPHRASE + "-bert")
    with pytest.raises(NotPermitted):
        bert.exports.save(ExportKind.RECOVERY_SHEET, tmp_path / "sheet2.pdf", b"%PDF-1.4",
                          object_type="vault")
    assert not (tmp_path / "sheet2.pdf").exists()
    bert.lock()
