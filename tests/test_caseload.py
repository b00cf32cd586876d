"""Who sees which child: a counsellor reads and writes only the dossiers on their caseload;
of the others they see the name and the counsellors. Every service refuses the rest with
NotOnCaseload and changes nothing; an admin sees all, and opening a dossier outside their
own caseload is audited as such."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from casefile.errors import InvalidInput, NotFound, NotOnCaseload, NotPermitted
from casefile.model import AuditAction, Category, Child, ChildListing
from casefile.storage import database

COR, COR_PASS = "cor", "gewone-gebruiker-Cor-2026"
DIRK, DIRK_PASS = "dirk", "tweede-begeleider-Dirk-2026"


@dataclass
class Dossier:
    """One furnished dossier: a guardian, a trajectory, a final note, a draft, a
    document and a consent for the school."""

    child: int
    guardian: int
    trajectory: int
    note: int
    draft: int
    document: int
    consent: int
    school: int


def furnish(v, child_id: int, school: int) -> Dossier:
    mum = v.guardians.add(child_id, name="Ilse de Boer", relation="moeder", has_authority=True)
    trajectory = v.trajectories.add(child_id, title="Lezen", start_date=date(2026, 1, 5))
    note = v.notes.add(child_id, text="Oefent met lezen van lange woorden.")
    v.notes.finalise(note.id)
    draft = v.notes.add(child_id, text="Concept: lezen gaat beter.")
    doc = v.documents.import_bytes(child_id, b"%PDF-1.4 rapport", "rapport.pdf")
    consent = v.consents.record(child_id, scope="disclosure", recipient_id=school,
                                purpose="Overdracht aan de school",
                                categories={Category.SESSION_NOTES}, given_by=[mum.id],
                                valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    return Dossier(child_id, mum.id, trajectory.id, note.id, draft.id, doc.id, consent.id,
                   school)


@pytest.fixture
def practice(vault, reopen):
    """The admin's dossier (Fenna) and one of cor's own (Sem); dirk has none. Locked."""
    school = vault.organisations.add(name="obs De Linde", kind="school").id
    cor = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    dirk = vault.users.add(DIRK, role="counsellor", temporary_passphrase=DIRK_PASS)
    fenna = vault.children.add(first_name="Fenna", last_name="Dijkstra",
                               birth_date=date(2016, 4, 4), school_group="5")
    admins = furnish(vault, fenna.id, school)
    vault.lock()
    with reopen(COR, COR_PASS) as v:
        sem = v.children.add(first_name="Sem", last_name="Bakker", birth_date=date(2017, 9, 1))
        cors = furnish(v, sem.id, school)
    return {"outside": admins, "inside": cors, "cor": cor, "dirk": dirk}


# Every read and write of a dossier the services offer, as (name, call on a vault).
CALLS = {
    "children.get": lambda v, d, tmp: v.children.get(d.child),
    "children.peek": lambda v, d, tmp: v.children.peek(d.child),
    "children.update": lambda v, d, tmp: v.children.update(d.child, school_group="6",
                                                           reason="nieuw schooljaar"),
    "children.history": lambda v, d, tmp: v.children.history(d.child),
    "guardians.add": lambda v, d, tmp: v.guardians.add(d.child, name="Jan de Boer"),
    "guardians.update": lambda v, d, tmp: v.guardians.update(d.guardian, phone="0612345678",
                                                             reason="nieuw nummer"),
    "guardians.get": lambda v, d, tmp: v.guardians.get(d.guardian),
    "guardians.list": lambda v, d, tmp: v.guardians.list(d.child),
    "guardians.history": lambda v, d, tmp: v.guardians.history(d.guardian),
    "trajectories.add": lambda v, d, tmp: v.trajectories.add(d.child, title="Rekenen",
                                                             start_date=date(2026, 2, 1)),
    "trajectories.end": lambda v, d, tmp: v.trajectories.end(d.trajectory, date(2026, 3, 1),
                                                             reason="afgerond"),
    "trajectories.get": lambda v, d, tmp: v.trajectories.get(d.trajectory),
    "trajectories.list": lambda v, d, tmp: v.trajectories.list(d.child),
    "trajectories.history": lambda v, d, tmp: v.trajectories.history(d.trajectory),
    "notes.add": lambda v, d, tmp: v.notes.add(d.child, text="Nog een verslag."),
    "notes.save_draft": lambda v, d, tmp: v.notes.save_draft(d.draft, text="Anders."),
    "notes.finalise": lambda v, d, tmp: v.notes.finalise(d.draft),
    "notes.amend": lambda v, d, tmp: v.notes.amend(d.note, text="Verbeterd.", reason="typfout"),
    "notes.delete_draft": lambda v, d, tmp: v.notes.delete_draft(d.draft),
    "notes.get": lambda v, d, tmp: v.notes.get(d.note),
    "notes.history": lambda v, d, tmp: v.notes.history(d.note),
    "notes.list": lambda v, d, tmp: v.notes.list(d.child),
    "notes.count": lambda v, d, tmp: v.notes.count(d.child),
    "documents.import": lambda v, d, tmp: v.documents.import_bytes(d.child, b"nieuw", "a.txt"),
    "documents.list": lambda v, d, tmp: v.documents.list(d.child),
    "documents.get": lambda v, d, tmp: v.documents.get(d.document),
    "documents.read": lambda v, d, tmp: v.documents.read(d.document),
    "documents.save_copy": lambda v, d, tmp: v.documents.save_copy(d.document, tmp / "k.pdf"),
    "search.in_dossier": lambda v, d, tmp: v.search.notes("lezen", child_id=d.child),
    "consents.record": lambda v, d, tmp: v.consents.record(
        d.child, scope="disclosure", recipient_id=d.school, purpose="Overdracht",
        categories={Category.IDENTITY}, given_by=[d.guardian], valid_from=date(2026, 1, 1),
        valid_until=date(2027, 1, 1)),
    "consents.withdraw": lambda v, d, tmp: v.consents.withdraw(d.consent, by=d.guardian,
                                                               reason="telefonisch"),
    "consents.enter_in_error": lambda v, d, tmp: v.consents.enter_in_error(d.consent,
                                                                           reason="vergissing"),
    "consents.get": lambda v, d, tmp: v.consents.get(d.consent),
    "consents.list": lambda v, d, tmp: v.consents.list(d.child),
    "consents.register": lambda v, d, tmp: v.consents.register(d.child),
    "consents.disclosures": lambda v, d, tmp: v.consents.disclosures(d.child),
    "consents.disclosures_relying_on": lambda v, d, tmp: v.consents.disclosures_relying_on(
        d.consent),
    "consents.held_on_basis": lambda v, d, tmp: v.consents.held_on_basis(d.consent),
    "consents.evaluate": lambda v, d, tmp: v.consents.evaluate(d.child, d.school),
    "packets.create": lambda v, d, tmp: v.packets.create(d.child, d.school, out=tmp / "p.pdf"),
    "packets.disclosures": lambda v, d, tmp: v.packets.disclosures(d.child),
    "consent_documents.save_consent_form": lambda v, d, tmp: v.consent_documents.
    save_consent_form(tmp / "f.pdf", d.child, recipient_id=d.school, purpose="Overdracht",
                      categories={Category.IDENTITY}, valid_from=date(2026, 1, 1),
                      valid_until=date(2027, 1, 1)),
    "consent_documents.deletion_letters": lambda v, d, tmp: v.consent_documents.
    deletion_letters(d.consent),
    "rights.restrict": lambda v, d, tmp: v.rights.restrict(d.child, reason="verzoek ouders"),
    "rights.lift_restriction": lambda v, d, tmp: v.rights.lift_restriction(d.child,
                                                                           reason="opgeheven"),
    "rights.rectification_history": lambda v, d, tmp: v.rights.rectification_history(d.child),
    "rights.access_report": lambda v, d, tmp: v.rights.access_report(d.child, tmp / "r.pdf"),
    "audit.events": lambda v, d, tmp: v.audit.events(child_id=d.child),
    "documents.import_file": lambda v, d, tmp: v.documents.import_file(d.child, _file(tmp)),
    "documents.iter_chunks": lambda v, d, tmp: list(v.documents.iter_chunks(d.document)),
    "consent_documents.consent_form": lambda v, d, tmp: v.consent_documents.consent_form(
        d.child, recipient_id=d.school, purpose="Overdracht", categories={Category.IDENTITY},
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1)),
    "consent_documents.save_deletion_letters": lambda v, d, tmp: v.consent_documents.
    save_deletion_letters(d.consent, {d.school: tmp / "brief.pdf"}),
    # added with the corrections, the rights desk and the preview
    "documents.update": lambda v, d, tmp: v.documents.update(d.document, filename="r2.pdf",
                                                             reason="naam"),
    "documents.history": lambda v, d, tmp: v.documents.history(d.document),
    "documents.remove": lambda v, d, tmp: v.documents.remove(d.document,
                                                             reason="verkeerd dossier"),
    "guardians.remove": lambda v, d, tmp: v.guardians.remove(d.guardian, reason="vergissing"),
    "rights_desk.record": lambda v, d, tmp: v.rights_desk.record(
        d.child, kind="access", requester="guardian", guardian_id=d.guardian,
        identity_check="known_contact", received_on=v.context.clock.today()),
    "rights_desk.requests": lambda v, d, tmp: v.rights_desk.requests(child_id=d.child),
    "rights_desk.holds": lambda v, d, tmp: v.rights_desk.holds(d.child),
    "rights_desk.objections": lambda v, d, tmp: v.rights_desk.objections(d.child),
    "rights_desk.portable": lambda v, d, tmp: v.rights_desk.portable(d.child),
    "rights_desk.record_objection": lambda v, d, tmp: v.rights_desk.record_objection(
        d.child, purpose="service_information", received_on=v.context.clock.today()),
    "packets.preview": lambda v, d, tmp: v.packets.preview(d.child, d.school,
                                                           [f"note:{d.note}"]),
    "packets.inzage_preview": lambda v, d, tmp: v.packets.inzage_preview(
        d.child, d.school, tmp / "inzage.pdf", items=[f"note:{d.note}"]),
    "inzage.of_child": lambda v, d, tmp: v.inzage.of_child(d.child),
    "consents.nameable_items": lambda v, d, tmp: v.consents.nameable_items(d.child),
    "inzage.open_for": lambda v, d, tmp: v.inzage.open_for(d.child, d.school),
}
# Refused outside the caseload; inside they need more than access (a withdrawal first, a
# second admin's approval), which other tests cover.
OUTSIDE_ONLY = {
    "consents.erase_held_on_basis": lambda v, d, tmp: v.consents.erase_held_on_basis(
        d.consent, confirm_count=0),
    "packets.create_legal": lambda v, d, tmp: v.packets.create_legal(
        d.child, d.school, tmp / "m.pdf", legal_ground="Meldcode", reason="zorgen",
        approver="anna", approver_passphrase="paarse-olifant-fietst-naar-Zwolle"),
    "consents.add_signature": lambda v, d, tmp: v.consents.add_signature(
        d.consent, guardian_id=None, signed_on=v.context.clock.today()),
}


def _file(tmp) -> object:
    path = tmp / "verslag.txt"
    path.write_bytes(b"Verslag van de school.")
    return path


def _stored(v) -> tuple:
    """Every table a refused call could have touched, counted and summed."""
    tables = ("children", "guardians", "trajectories", "notes", "note_versions", "documents",
              "consents", "consent_events", "consent_signatures", "disclosures",
              "field_history", "audit_log", "rights_requests", "objections", "retention_holds",
              "inzages", "consent_items")
    conn = v.context.db()
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    fields = conn.execute("SELECT group_concat(school_group || restricted) FROM children")
    texts = conn.execute("SELECT group_concat(text) FROM notes")
    return (*counts, fields.fetchone()[0], texts.fetchone()[0])


@pytest.mark.parametrize("name", sorted(CALLS | OUTSIDE_ONLY))
def test_a_counsellor_outside_the_caseload_is_refused_and_nothing_changes(
        name, practice, reopen, tmp_path):
    with reopen(COR, COR_PASS) as v:
        before = _stored(v)
        with pytest.raises(NotOnCaseload) as refused:
            (CALLS | OUTSIDE_ONLY)[name](v, practice["outside"], tmp_path)
        assert _stored(v) == before
        assert str(refused.value) == "not_on_caseload"  # a code, never a name or a text
    assert not list(tmp_path.glob("*.pdf"))  # nothing left the vault


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_counsellor_on_the_caseload_is_allowed(name, practice, reopen, tmp_path):
    with reopen(COR, COR_PASS) as v:
        CALLS[name](v, practice["inside"], tmp_path)


def test_a_missing_dossier_is_not_found_rather_than_refused(practice, reopen):
    with reopen(COR, COR_PASS) as v, pytest.raises(NotFound):
        v.notes.list(9999)


def test_the_child_list_shows_others_only_by_name_and_counsellor(practice, reopen):
    with reopen(COR, COR_PASS) as v:
        rows = {row.first_name: row for row in v.children.page()}
    assert isinstance(rows["Sem"], Child)
    fenna = rows["Fenna"]
    assert isinstance(fenna, ChildListing)
    assert fenna.counsellors == ("anna",)
    assert not hasattr(fenna, "birth_date") and not hasattr(fenna, "school_group")


@pytest.mark.parametrize("order", ["born", "group", "status"])
@pytest.mark.parametrize("descending", [False, True])
def test_no_order_of_the_list_places_others_by_what_is_hidden(order, descending, vault,
                                                             reopen):
    """Sorting by date of birth would tell a counsellor who is older: the caseload comes
    first, the others follow by name, whatever the order."""
    cor = vault.users.add(COR, role="counsellor", temporary_passphrase=COR_PASS)
    for first, born in (("Zoë", date(2014, 1, 1)), ("Anouk", date(2018, 1, 1)),
                        ("Milan", date(2016, 1, 1))):
        kid = vault.children.add(first_name=first, last_name="Visser", birth_date=born)
        if first == "Milan":
            vault.caseload.add(kid.id, cor.id, reason="Cor begeleidt Milan")
    vault.lock()
    with reopen(COR, COR_PASS) as v:
        names = [r.first_name for r in v.children.page(order=order, descending=descending)]
    others = ["Zoë", "Anouk"] if descending else ["Anouk", "Zoë"]
    assert names == ["Milan", *others]


def test_search_finds_nothing_in_other_dossiers(practice, reopen):
    inside, outside = practice["inside"], practice["outside"]
    with reopen(COR, COR_PASS) as v:
        for order in ("newest", "relevance"):
            for query in ("lezen", "lez", "lange woorden"):
                hits = v.search.notes(query, order=order)
                assert hits and {h.child_id for h in hits} == {inside.child}, (query, order)
    with reopen() as admin:
        assert {h.child_id for h in admin.search.notes("lezen")} == {inside.child,
                                                                      outside.child}


def test_a_counsellor_with_no_caseload_finds_nothing_at_all(practice, reopen):
    with reopen(DIRK, DIRK_PASS) as v:
        assert v.search.notes("lezen") == []
        assert all(isinstance(r, ChildListing) for r in v.children.page())


def test_an_admin_sees_every_dossier_and_opening_another_is_audited(practice, reopen):
    inside, outside = practice["inside"], practice["outside"]
    with reopen() as admin:
        assert all(isinstance(r, Child) for r in admin.children.page())
        admin.children.get(outside.child)  # the admin's own
        admin.children.get(inside.child)  # cor's: outside the admin's caseload
        assert admin.notes.get(inside.note).text
        own = admin.audit.events(child_id=outside.child, action="read")
        other = admin.audit.events(child_id=inside.child,
                                   action=AuditAction.READ_OUTSIDE_CASELOAD)
        assert own and len(other) == 1
        assert not admin.audit.events(child_id=outside.child,
                                      action=AuditAction.READ_OUTSIDE_CASELOAD)


def test_an_admin_grants_and_revokes_access_with_a_reason(practice, reopen):
    outside, cor = practice["outside"], practice["cor"]
    with reopen() as admin:
        admin.caseload.add(outside.child, cor.id, reason="Cor neemt Fenna over")
        assert [u.name for u in admin.caseload.counsellors(outside.child)] == ["anna", "cor"]
    with reopen(COR, COR_PASS) as v:
        assert v.children.get(outside.child).first_name == "Fenna"
        assert v.notes.list(outside.child)
    with reopen() as admin:
        admin.caseload.remove(outside.child, cor.id, reason="Terug naar Anna")
        history = [e for e in admin.caseload.history(outside.child) if e.user_id == cor.id]
        [stretch] = history
        assert stretch.added_reason == "Cor neemt Fenna over"
        assert stretch.removed_reason == "Terug naar Anna"
        assert stretch.added_by == stretch.removed_by == admin.users.current.id
        assert stretch.removed_at is not None
        events = admin.audit.events(child_id=outside.child)
        actions = [e.action for e in events if e.object_id == str(cor.id)
                   or e.object_id == cor.id]
        assert AuditAction.CASELOAD_ADD in actions and AuditAction.CASELOAD_REMOVE in actions
        assert not any("Anna" in str(e.details) for e in events)  # reasons stay out of the log
    with reopen(COR, COR_PASS) as v, pytest.raises(NotOnCaseload):
        v.children.get(outside.child)


def test_only_an_admin_changes_a_caseload_and_only_with_a_reason(practice, reopen):
    outside, inside, dirk = practice["outside"], practice["inside"], practice["dirk"]
    with reopen(COR, COR_PASS) as v:
        for attempt in (lambda: v.caseload.add(inside.child, dirk.id, reason="hulp"),
                        lambda: v.caseload.remove(inside.child, v.users.current.id,
                                                  reason="weg"),
                        lambda: v.caseload.history(inside.child)):
            with pytest.raises(NotPermitted):
                attempt()
        assert [u.name for u in v.caseload.counsellors(outside.child)] == ["anna"]
    with reopen() as admin:
        before = admin.caseload.history(outside.child)
        for attempt, code in (
                (lambda: admin.caseload.add(outside.child, dirk.id, reason="  "), "field_empty"),
                (lambda: admin.caseload.add(outside.child, admin.users.current.id,
                                            reason="dubbel"), "already_on_caseload"),
                (lambda: admin.caseload.remove(outside.child, dirk.id, reason="weg"),
                 "not_on_caseload_yet")):
            with pytest.raises(InvalidInput) as refused:
                attempt()
            assert refused.value.code == code
        assert admin.caseload.history(outside.child) == before


def test_the_creator_of_a_child_is_on_its_caseload(practice, reopen):
    inside = practice["inside"]
    with reopen() as admin:
        [entry] = admin.caseload.history(inside.child)
        assert entry.user_id == practice["cor"].id == entry.added_by
        assert entry.removed_at is None


def test_the_upgrade_puts_every_child_on_every_users_caseload(tmp_path):
    """Before migration 0008 everyone saw everything; nobody loses access by upgrading."""
    conn = database.connect(tmp_path / database.DB_NAME, bytes(32))
    now = "2026-03-02T09:00:00.000000+00:00"
    for number, name, sql in database.migration_files():
        if number >= 8:
            break
        with database.transaction(conn):
            for statement in database.split_sql(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version(version, name, applied_at) "
                         "VALUES (?, ?, ?)", (number, name, now))
    with database.transaction(conn):
        for user, role in (("anna", "admin"), ("cor", "counsellor"), ("dirk", "counsellor")):
            conn.execute("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
                         (user, role, now))
        for first in ("Fenna", "Sem"):
            conn.execute("INSERT INTO children (first_name, last_name, birth_date, created_at, "
                         "updated_at) VALUES (?, 'Visser', '2016-01-01', ?, ?)",
                         (first, now, now))
    database.migrate(conn, now)
    pairs = {tuple(r) for r in conn.execute(
        "SELECT child_id, user_id FROM caseload WHERE removed_at IS NULL")}
    assert pairs == {(c, u) for c in (1, 2) for u in (1, 2, 3)}
    conn.close()


def test_each_demo_counsellor_has_children_of_their_own(tmp_path, clock):
    from casefile.demo import DEMO_COUNSELLORS, create_demo
    from casefile.vault import Vault

    create_demo(tmp_path / "demo", count=9, clock=clock).lock()
    seen = []
    for name, passphrase in DEMO_COUNSELLORS:
        with Vault.open(tmp_path / "demo", user=name, passphrase=passphrase, clock=clock) as v:
            rows = v.children.page()
            own = {r.id for r in rows if isinstance(r, Child)}
            assert len(own) == 3 and len(rows) == 9
            seen.append(own)
    assert not seen[0] & seen[1]


def test_the_retention_schedule_shows_a_counsellor_only_their_caseload(practice, reopen):
    inside, outside = practice["inside"], practice["outside"]
    with reopen() as admin:
        for dossier in (inside, outside):
            admin.trajectories.end(dossier.trajectory, date(2026, 2, 1), reason="afgerond")
            admin.children.update(dossier.child, status="closed", closed_on=date(2026, 2, 1),
                                  reason="afgesloten")
        assert {i.child_id for i in admin.retention.schedule()} == {inside.child,
                                                                    outside.child}
    with reopen(COR, COR_PASS) as v:
        assert {i.child_id for i in v.retention.schedule()} == {inside.child}


def test_the_command_line_lists_others_without_date_of_birth_and_refuses_them(
        practice, vault_dir, capsys, monkeypatch, tmp_path):
    from casefile import cli

    inside, outside = practice["inside"], practice["outside"]
    monkeypatch.setenv("CASEFILE_PASSPHRASE", COR_PASS)
    base = ["--vault", str(vault_dir), "--user", COR]
    assert cli.main(["list", "children", *base]) == cli.EXIT_OK
    lines = dict(line.split("\t", 1) for line in capsys.readouterr().out.splitlines())
    assert lines[str(outside.child)] == "Fenna Dijkstra\t-\t-"
    assert lines[str(inside.child)] == "Sem Bakker\t2017-09-01\tintake"
    code = cli.main(["access-report", *base, "--child", str(outside.child),
                     "--out", str(tmp_path / "r.pdf")])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_USAGE and len(err.splitlines()) == 1 and "caseload" in err
    assert "Traceback" not in err and not (tmp_path / "r.pdf").exists()


def test_verify_names_access_the_signed_log_does_not_account_for(practice, reopen):
    """On one file an insider can add themselves to a caseload with SQL; the grants are
    signed events, so verify finds the row that has none (ids only, no names)."""
    from casefile.integrity import check_vault

    inside, outside, dirk = practice["inside"], practice["outside"], practice["dirk"]
    with reopen() as admin:
        assert check_vault(admin).ok  # creators, an admin's grants: all accounted for
        admin.caseload.add(inside.child, dirk.id, reason="Dirk valt in")
        admin.caseload.remove(inside.child, dirk.id, reason="Terug bij Cor")
        assert check_vault(admin).ok
    with reopen(COR, COR_PASS) as insider, insider.context.transaction() as conn:
        conn.execute("INSERT INTO caseload (child_id, user_id, added_at, added_by) "
                     "VALUES (?, ?, '2026-03-02T09:00:00', ?)",
                     (outside.child, practice["cor"].id, practice["cor"].id))
        conn.execute("UPDATE caseload SET removed_at = NULL WHERE child_id = ? AND "
                     "user_id = ?", (inside.child, dirk.id))
    with reopen() as admin:
        report = check_vault(admin)
        assert not report.ok
        caseload = [p for p in report.trust if p.startswith("caseload:")]
        assert sorted(caseload) == sorted([
            f"caseload: user {practice['cor'].id} has access to dossier {outside.child} "
            "without an administrator's grant in the log",
            f"caseload: user {dirk.id} has access to dossier {inside.child} "
            "without an administrator's grant in the log"])
