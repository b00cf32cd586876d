"""Parents' rights, retention, backups and roles (issue 5)."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pypdf
import pytest

import sqlcipher_pages
from casefile import Category, cli
from casefile.errors import (
    BackupDamaged,
    DossierRestricted,
    FolderNotEmpty,
    NotDue,
    NotPermitted,
)
from casefile.retention import add_years
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE, access_report_json

CANARY = "Xyloquintaria"
COUNSELLOR_PASS = "gewone-gebruiker-Cor-2026"


@pytest.fixture
def full_dossier(vault, tmp_path):
    kid = vault.children.add(first_name=CANARY, last_name="Bosgra", birth_date=date(2016, 1, 5))
    mum = vault.guardians.add(kid.id, name=f"{CANARY} Moeder", has_authority=True)
    school = vault.organisations.add(name="OBS Het Kompas", kind="school")
    t = vault.trajectories.add(kid.id, title="Leesbegeleiding", start_date=date(2019, 1, 1),
                               summary=f"Samenvatting {CANARY}")
    note = vault.notes.finalise(vault.notes.add(kid.id, text=f"Sessie met {CANARY}").id)
    vault.notes.amend(note.id, text=f"Sessie met {CANARY} (aangevuld)", reason="aanvulling")
    vault.documents.import_bytes(kid.id, f"rapport {CANARY}".encode(), f"{CANARY}.txt",
                                 category=Category.ASSESSMENTS)
    vault.guardians.update(mum.id, phone="06-11112222", reason="nieuw nummer")
    consent = vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                                    purpose="Overstap", categories={Category.IDENTITY},
                                    given_by=[mum.id], valid_from=date(2026, 1, 1),
                                    valid_until=date(2027, 1, 1))
    vault.packets.create(kid.id, school.id, tmp_path / "packet.pdf")
    vault.consents.withdraw(consent.id, by=mum.id)
    return kid, mum, school, t


def test_erasure_leaves_no_byte_and_keeps_the_others(vault, vault_dir, full_dossier, qapp):
    kid, *_ = full_dossier
    other = vault.children.add(first_name="Saar", last_name="Wolters",
                               birth_date=date(2015, 3, 3))
    vault.notes.add(other.id, text="Andere notitie blijft")
    preview = vault.rights.erasure_preview(kid.id)
    assert preview.erased["notes"] == 1 and preview.erased["disclosures"] == 1
    vault.rights.erase(kid.id, reason="verzoek ouders")
    # Looked for in the decrypted pages, free ones included (the files are ciphertext).
    plain = sqlcipher_pages.all_plaintext(vault_dir, vault.context.database_key()).lower()
    assert CANARY.lower().encode() not in plain and b"andere notitie blijft" in plain
    assert vault.children.count() == 1
    assert vault.notes.list(other.id)[0].text == "Andere notitie blijft"
    assert vault.search.notes("blijft")
    assert vault.audit.verify().ok
    erased = vault.audit.events(action="erase")[0]
    assert CANARY not in json.dumps(erased.details)


def test_restriction_makes_read_only_and_blocks_export(vault, full_dossier, tmp_path):
    kid, _, school, _ = full_dossier
    vault.rights.restrict(kid.id, reason="Bezwaar ouders")
    with pytest.raises(DossierRestricted):
        vault.notes.add(kid.id, text="x")
    with pytest.raises(DossierRestricted):
        vault.children.update(kid.id, school_group="groep 7")
    decision = vault.consents.evaluate(kid.id, school.id)
    assert decision.items and all("dossier_restricted" in {r.code for r in d.reasons}
                                  for d in decision.items)
    vault.rights.lift_restriction(kid.id, reason="Bezwaar afgehandeld")
    vault.notes.add(kid.id, text="weer open")
    changes = vault.rights.rectification_history(kid.id)
    assert {c["field"] for c in changes} >= {"restricted", "phone", "text"}


def test_backup_round_trip_with_recovery_key(vault, vault_dir, full_dossier, tmp_path, clock):
    recovery = vault.recovery_key
    result = vault.backups.create(tmp_path / "backups")
    assert result.path.exists() and CANARY.encode() not in result.path.read_bytes()
    assert vault.backups.last_status()["ok"] is True
    before = (vault.children.count(), len(vault.audit.events(limit=10000)))
    vault.lock()
    restored = Vault.restore(result.path, tmp_path / "restored", user=ADMIN,
                             recovery_key=recovery, clock=clock)
    with restored:
        assert restored.children.count() == before[0]
        assert restored.children.page()[0].first_name == CANARY
        assert restored.audit.verify().ok


def test_damaged_backup_is_refused_and_leaves_nothing(vault, full_dossier, tmp_path):
    result = vault.backups.create(tmp_path / "backups")
    data = bytearray(result.path.read_bytes())
    for damage in ("flip", "truncate"):
        broken = tmp_path / f"{damage}.cfbak"
        if damage == "flip":
            copy = bytearray(data)
            copy[len(copy) // 2] ^= 0x01
            broken.write_bytes(bytes(copy))
        else:
            broken.write_bytes(bytes(data[: len(data) - 100]))
        target = tmp_path / f"restored-{damage}"
        with pytest.raises(BackupDamaged):
            Vault.restore(broken, target, user=ADMIN, passphrase=PASSPHRASE)
        assert not target.exists()
    with pytest.raises(FolderNotEmpty):
        Vault.restore(result.path, vault.path, user=ADMIN, passphrase=PASSPHRASE)


def test_backup_keeps_the_last_n(vault, tmp_path, clock):
    vault.settings.update(backup_keep=2, backup_dir=str(tmp_path / "b"))
    for _ in range(4):
        clock.advance(seconds=1)
        vault.backups.create()
    assert len(list((tmp_path / "b").glob("*.cfbak"))) == 2


@pytest.mark.parametrize(("ended", "due"), [
    (date(2020, 2, 29), date(2025, 3, 1)),
    (date(2021, 6, 30), date(2026, 6, 30)),
])
def test_retention_dates(ended, due):
    assert add_years(ended, 5) == due


def test_retention_due_boundaries_and_reopening(vault, clock):
    def closed_child(name, end):
        kid = vault.children.add(first_name=name, last_name="Test",
                                 birth_date=date(2010, 1, 1), status="closed")
        vault.trajectories.add(kid.id, title="Huiswerk", start_date=date(2018, 1, 1),
                               end_date=end)
        return kid

    on_day = closed_child("Precies", date(2021, 3, 2))
    leap = closed_child("Schrikkel", date(2020, 2, 29))
    later = closed_child("Later", date(2021, 3, 3))
    reopened = closed_child("Heropend", date(2019, 1, 1))
    vault.children.update(reopened.id, status="active")
    due = {i.child_id for i in vault.retention.due()}  # clock: 2026-03-02
    assert due == {on_day.id, leap.id}
    assert later.id not in due and reopened.id not in due
    assert [i.child_id for i in vault.retention.upcoming(30)] == [later.id]


def test_purge_needs_admin_and_the_right_count(vault, reopen, clock):
    kid = vault.children.add(first_name="Oud", last_name="Dossier",
                             birth_date=date(2008, 1, 1), status="closed")
    vault.trajectories.add(kid.id, title="Studie", start_date=date(2018, 1, 1),
                           end_date=date(2020, 1, 1))
    fresh = vault.children.add(first_name="Nieuw", last_name="Dossier",
                               birth_date=date(2015, 1, 1))
    vault.users.add("cor", role="counsellor", temporary_passphrase=COUNSELLOR_PASS)
    with pytest.raises(NotDue):
        vault.retention.purge([kid.id, fresh.id], confirm_count=2)
    vault.lock()
    with reopen("cor", COUNSELLOR_PASS) as cor:
        with pytest.raises(NotPermitted):
            cor.retention.purge([kid.id], confirm_count=1)
        with pytest.raises(NotPermitted):
            cor.users.add("dirk", temporary_passphrase="nog-een-Lang-wachtwoord-77")
        with pytest.raises(NotPermitted):
            cor.settings.update(retention_years=6)
        with pytest.raises(NotPermitted):
            cor.rights.audit_events()
        with pytest.raises(NotPermitted):
            cor.rights.erase(kid.id, reason="x")
    with reopen() as admin:
        result = admin.retention.purge([kid.id], confirm_count=1)
        assert result.erased == (kid.id,) and result.rows >= 2
        assert admin.children.count() == 1


def test_access_report_is_complete(vault, full_dossier, tmp_path, qapp):
    kid = full_dossier[0]
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    data = report.path.read_bytes()
    assert CANARY.encode() not in data
    reader = pypdf.PdfReader(io.BytesIO(data))
    reader.decrypt(report.password)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert CANARY in text and "OBS Het Kompas" in text
    held = access_report_json(report.path, report.password)
    assert held["child"]["first_name"] == CANARY
    assert held["guardians"][0]["phone"] == "06-11112222"
    assert len(held["notes"]) == 1 and len(held["note_versions"]) == 2
    assert held["documents"][0]["filename"] == f"{CANARY}.txt"
    assert held["consents"][0]["casefile"]["withdrawal"] is not None
    names = {o["id"]: o["name"] for o in held["organisations"]}
    assert names[held["disclosures"][0]["recipient"]] == "OBS Het Kompas"
    assert vault.audit.events(action="access_report")


def test_access_report_marks_a_legal_disclosure(vault, full_dossier, tmp_path, qapp):
    kid, _, school, _ = full_dossier
    vault.users.add("bea", role="admin", temporary_passphrase="tweede-beheerder-Bea-2026")
    vault.packets.create_legal(kid.id, school.id, tmp_path / "melding.pdf",
                               legal_ground="Meldcode huiselijk geweld", reason="Zorgen",
                               approver="bea", approver_passphrase="tweede-beheerder-Bea-2026")
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    held = access_report_json(report.path, report.password)
    marks = sorted((d["without_consent"], d["legal_ground"] or "") for d in held["disclosures"])
    assert marks == [(False, ""), (True, "Meldcode huiselijk geweld")]
    reader = pypdf.PdfReader(report.path)
    reader.decrypt(report.password)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "wettelijke plicht" in text and "Meldcode huiselijk geweld" in text


def test_cli_backup_restore_and_retention(vault, vault_dir, tmp_path, capsys, monkeypatch):
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    base = ["--vault", str(vault_dir), "--user", ADMIN]
    assert cli.main(["backup", *base, "--to", str(tmp_path / "b")]) == 0
    [backup] = (tmp_path / "b").glob("*.cfbak")
    assert cli.main(["restore", "--from", str(backup), "--to", str(tmp_path / "r"),
                     "--user", ADMIN]) == 0
    assert cli.main(["retention", *base, "--due"]) == 0
    assert "Dossiers due: 0." in capsys.readouterr().out
    assert cli.main(["restore", "--from", str(backup), "--to", str(tmp_path / "r"),
                     "--user", ADMIN]) == cli.EXIT_USAGE


def test_access_report_shows_values_in_words_not_codes(vault, full_dossier, tmp_path, qapp):
    """Enum values and yes/no read as words; no `True`, `active` or ISO date is printed."""
    kid = full_dossier[0]
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    access_report_json(report.path, report.password)
    reader = pypdf.PdfReader(io.BytesIO(report.path.read_bytes()))
    reader.decrypt(report.password)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for code in ("True", "False", "session_notes", "normal", "disclosure"):
        assert f" {code}" not in text and f"{code}," not in text, code
    assert " ja" in text or "ja," in text  # has parental authority: yes, in Dutch
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), "an ISO date in the PDF"
