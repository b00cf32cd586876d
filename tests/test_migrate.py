"""`casefile migrate` (issue 14): a vault with every kind of row goes up to an empty
practice server and comes back into a new folder with the same rows, the same content
(read through the API) and an audit chain that verifies on each side; a non-empty target
is refused and left alone; a failure midway leaves an empty server or no folder."""

from __future__ import annotations

from datetime import date, datetime

import psycopg
import pytest

from casefile import migrate, practice_server
from casefile.errors import MigrationNotVerified, MigrationTargetNotEmpty
from casefile.model import Category
from casefile.server_audit import verify_server
from casefile.storage import database, keys, transfer
from casefile.storage.repositories import base as local_base
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE

BEA = "bea"
BEA_PASSPHRASE = "tijdelijk-wachtwoord-Bea-2026"


@pytest.fixture(autouse=True)
def cheap_login(monkeypatch):
    monkeypatch.setattr(keys, "LOGIN_KDF", keys.CHEAP_KDF)


def _full_vault(path, clock, secrets, tmp_path):
    """A vault holding a row of every table the engines share, made through the
    services (and a financial record through the repository, as the tests do)."""
    vault = Vault.create(path, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                         secrets=secrets, practice_name="Praktijk Testlaan")
    kid = vault.children.add(first_name="Daan", last_name="de Wilde",
                             birth_date=date(2016, 4, 2))
    vault.children.update(kid.id, first_name="Daniël", reason="spelling")
    mum = vault.guardians.add(kid.id, name="Annelies de Wilde", has_authority=True)
    dad = vault.guardians.add(kid.id, name="Pieter de Wilde", has_authority=True)
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    vault.trajectories.add(kid.id, title="Leesbegeleiding", start_date=date(2026, 1, 5))
    note = vault.notes.add(kid.id, text="Eerste sessie: begrijpend lezen geoefend.",
                           session_date=date(2026, 2, 3))
    vault.notes.finalise(note.id)
    vault.notes.amend(note.id, text="Eerste sessie: begrijpend lezen, twintig minuten.",
                      reason="duur aangevuld")
    vault.notes.add(kid.id, text="Concept: rekenkaarten meenemen.")
    doc = vault.documents.import_bytes(kid.id, b"%PDF-1.4 verslag " * 5000, "verslag.pdf")
    consent = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap groep 5",
        categories={Category.IDENTITY, Category.SESSION_NOTES, Category.DOCUMENTS},
        given_by=[mum.id], method="written", valid_from=date(2026, 1, 1),
        valid_until=date(2027, 1, 1))
    vault.consents.add_signature(consent.id, guardian_id=dad.id, signed_on=date(2026, 3, 2))
    preview = vault.packets.inzage_preview(kid.id, school.id, tmp_path / "inzage.pdf")
    vault.inzage.answer(preview.inzage_id, "no_remarks")
    vault.packets.create(kid.id, school.id, tmp_path / "packet.pdf")
    other = vault.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Verslag aan school",
        categories={Category.IDENTITY}, given_by=[mum.id], method="verbal",
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1),
        items=[f"note:{note.id}"])
    vault.consents.withdraw(other.id, by=mum.id, reason="Verhuisd")
    request = vault.rights_desk.record(kid.id, kind="access", requester="guardian",
                                       identity_check="in_person",
                                       received_on=date(2026, 3, 1), guardian_id=mum.id,
                                       note="Vader vraagt inzage")
    vault.rights_desk.extend(request.id, months=1, reason="Veel stukken")
    vault.rights_desk.place_hold(kid.id, reason="Lopende klacht", ends_on=date(2027, 6, 1))
    vault.rights_desk.record_objection(kid.id, purpose="service_information",
                                       received_on=date(2026, 3, 1))
    bea = vault.users.add(BEA, temporary_passphrase=BEA_PASSPHRASE)
    vault.caseload.add(kid.id, bea.id, reason="Tweede begeleider")
    cas = vault.users.add("cas", temporary_passphrase="tijdelijk-wachtwoord-Cas-2026")
    vault.lock()
    Vault.open(path, user="cas", passphrase="tijdelijk-wachtwoord-Cas-2026", clock=clock,
               secrets=secrets).lock()  # events signed by cas's own key
    vault = Vault.open(path, user=ADMIN, passphrase=PASSPHRASE, clock=clock, secrets=secrets)
    vault.users.deactivate(cas.id)  # removed: no slot, no login; their history stays
    with vault.context.transaction() as conn:
        local_base.insert(conn, "financial_records", {
            "child_id": kid.id, "invoice_number": "2026-001",
            "invoice_date": date(2026, 3, 1), "payer": "Familie de Wilde",
            "description": "Intake", "amount_cents": 12500,
            "created_at": datetime(2026, 3, 1, 9, 0).isoformat()})
    vault.lock()
    return kid.id, note.id, doc.id


def _content(vault: Vault, kid_id: int, note_id: int, doc_id: int) -> dict:
    """What the API reads back, decrypted, for the comparison of both sides."""
    return {
        "child": vault.children.get(kid_id),
        "guardians": vault.guardians.list(kid_id),
        "organisations": vault.organisations.list(),
        "trajectories": vault.trajectories.list(kid_id),
        "notes": vault.notes.list(kid_id),
        "history": [(v.version, v.text) for v in vault.notes.history(note_id)],
        "document": vault.documents.read(doc_id),
        "consents": vault.consents.list(kid_id),
        "disclosures": vault.packets.disclosures(kid_id),
        "inzage": vault.inzage.of_child(kid_id),
        "requests": vault.rights_desk.requests(),
        "holds": vault.rights_desk.holds(kid_id),
        "objections": vault.rights_desk.objections(kid_id),
        "users": [(u.id, u.name, u.role, u.active) for u in vault.users.list()],
        "practice": vault.settings.get().practice_name,
        "fingerprint": vault.packets.fingerprint(),
        "search": [h.note_id for h in vault.search.notes("rekenk")],
    }


def _server_counts(dsn: str) -> dict[str, int]:
    with psycopg.connect(dsn, autocommit=True) as owner:
        return {t: owner.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in transfer.TABLES}


def test_a_vault_goes_up_and_comes_back_the_same(tmp_path, clock, secrets,
                                                 pg_empty_database):
    source = tmp_path / "vault"
    ids = _full_vault(source, clock, secrets, tmp_path)
    opened = Vault.open(source, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                        secrets=secrets)
    before = _content(opened, *ids)
    assert opened.audit.verify().ok
    opened.lock()
    conn = database.probe(source / database.DB_NAME, _key(source))
    local = transfer.local_counts(conn)
    conn.close()
    files = _files(source)
    assert all(local.values()), local  # every table holds a row

    up = migrate.vault_to_server(source, pg_empty_database, user=ADMIN,
                                 passphrase=PASSPHRASE, secrets=secrets, clock=clock)
    moved = {**local, "audit_log": local["audit_log"] + 1}  # and the move's own event
    assert up.rows == moved and up.without_login == (BEA,)
    assert _files(source) == files  # the source untouched
    assert _server_counts(pg_empty_database) == moved
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as session:
        report = verify_server(session)
    assert report.ok, report.problems
    assert (report.head_id, report.head_hash) == (up.head_id, up.head_hash)
    on_server = Vault.open(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                           clock=clock, secrets=secrets)
    try:
        assert _content(on_server, *ids) == before
    finally:
        on_server.lock()

    back = tmp_path / "back"
    down = migrate.server_to_vault(pg_empty_database, back, user=ADMIN,
                                   passphrase=PASSPHRASE, secrets=secrets, clock=clock)
    on_server_now = _server_counts(pg_empty_database)
    assert down.rows == {**on_server_now, "audit_log": on_server_now["audit_log"] + 1}
    again = Vault.open(back, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                       secrets=secrets)
    try:
        assert _content(again, *ids) == before
        assert again.audit.verify().ok
        assert again.vault_id == opened.vault_id
        moves = again.audit.events(action="migrate", limit=10)
        assert [m.details for m in moves] == [{"direction": "to_vault"},
                                              {"direction": "to_server"}]
    finally:
        again.lock()
    # the other user's own slot came along both ways: her passphrase opens it here
    Vault.open(back, user=BEA, passphrase=BEA_PASSPHRASE, clock=clock,
               secrets=secrets).lock()


def _files(folder) -> dict[str, bytes]:
    """The vault's own files (SQLite's -shm and an empty -wal come and go with readers)."""
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and not p.name.endswith(("-shm", "-wal", ".lock"))}


def _key(folder) -> bytes:
    return keys.KeySlots.load(folder / keys.KEYSLOTS).unwrap_user(ADMIN, PASSPHRASE)


def test_a_target_that_is_not_empty_is_refused_and_left_alone(
        tmp_path, clock, secrets, pg_practice):
    source = tmp_path / "vault"
    Vault.create(source, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                 secrets=secrets).lock()
    before = _server_counts(pg_practice)
    with pytest.raises(MigrationTargetNotEmpty):
        migrate.vault_to_server(source, pg_practice, user=ADMIN, passphrase=PASSPHRASE,
                                secrets=secrets, clock=clock)
    assert _server_counts(pg_practice) == before
    full = tmp_path / "full"
    full.mkdir()
    (full / "brief.txt").write_text("van iemand anders")
    with pytest.raises(MigrationTargetNotEmpty):
        migrate.server_to_vault(pg_practice, full, user=ADMIN, passphrase=PASSPHRASE,
                                secrets=secrets, clock=clock)
    assert [p.name for p in full.iterdir()] == ["brief.txt"]


def test_a_failure_midway_leaves_an_empty_server(tmp_path, clock, secrets,
                                                 pg_empty_database, monkeypatch):
    source = tmp_path / "vault"
    _full_vault(source, clock, secrets, tmp_path)
    copy = migrate.copy_table_up

    def failing(conn, table, rows, types):
        if table == "consents":
            raise RuntimeError("the network went away")
        copy(conn, table, rows, types)

    monkeypatch.setattr(migrate, "copy_table_up", failing)
    with pytest.raises(RuntimeError):
        migrate.vault_to_server(source, pg_empty_database, user=ADMIN,
                                passphrase=PASSPHRASE, secrets=secrets, clock=clock)
    assert _empty(pg_empty_database)
    monkeypatch.setattr(migrate, "copy_table_up", copy)
    migrate.vault_to_server(source, pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                            secrets=secrets, clock=clock)  # and then it goes


def test_a_copy_that_does_not_verify_leaves_no_folder(tmp_path, clock, secrets,
                                                      pg_empty_database):
    source = tmp_path / "vault"
    _full_vault(source, clock, secrets, tmp_path)
    migrate.vault_to_server(source, pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                            secrets=secrets, clock=clock)

    def spoil(folder):
        key = _key(folder)
        conn = database.connect(folder / database.DB_NAME, key)
        conn.execute("DROP TRIGGER audit_log_no_update")
        changed = conn.execute("UPDATE audit_log SET outcome = 'denied' WHERE id = 3")
        assert changed.rowcount == 1
        conn.commit()
        conn.close()

    back = tmp_path / "back"
    with pytest.raises(MigrationNotVerified):
        migrate.server_to_vault(pg_empty_database, back, user=ADMIN, passphrase=PASSPHRASE,
                                secrets=secrets, clock=clock, before_verify=spoil)
    assert not back.exists()


def test_the_command_line_moves_up_and_a_migrated_user_gets_a_login(
        tmp_path, clock, secrets, pg_empty_database, monkeypatch, capsys):
    from casefile import cli
    from casefile.errors import NotFound, WrongPassphrase

    source = tmp_path / "vault"
    vault = Vault.create(source, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                         secrets=secrets)
    vault.users.add(BEA, temporary_passphrase=BEA_PASSPHRASE)
    vault.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setattr("casefile.cli_support.keyring_store", lambda: secrets)
    assert cli.main(["--lang", "en", "migrate", "--from-vault", str(source),
                     "--to-server", pg_empty_database, "--to-vault", str(tmp_path / "x"),
                     "--user", ADMIN]) == 2  # one direction at a time
    assert cli.main(["--lang", "en", "migrate", "--from-vault", str(source),
                     "--to-server", pg_empty_database, "--user", ADMIN]) == 0
    out = capsys.readouterr().out
    assert "the audit chain verifies" in out and "bea keeps their own passphrase" in out
    with pytest.raises(WrongPassphrase):  # no login yet: nobody holds its password
        practice_server.open_server(pg_empty_database, BEA, BEA_PASSPHRASE)
    with (practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as session,
          pytest.raises(WrongPassphrase)):  # it must open her own slot
        practice_server.set_login(session, BEA, "niet-het-wachtwoord-van-Bea-2026")
    monkeypatch.setenv("CASEFILE_USER_PASSPHRASE", BEA_PASSPHRASE)
    assert cli.main(["--lang", "en", "server", "set-login", "--dsn", pg_empty_database,
                     "--user", ADMIN, "--for", BEA]) == 0
    with practice_server.open_server(pg_empty_database, BEA, BEA_PASSPHRASE) as session:
        assert session.user.name == BEA
    with (practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as session,
          pytest.raises(NotFound)):  # once only: no administrator takes over a login
        practice_server.set_login(session, BEA, BEA_PASSPHRASE)
    assert cli.main(["--lang", "en", "migrate", "--from-vault", str(source),
                     "--to-server", pg_empty_database, "--user", ADMIN]) == 2
    assert "only into an empty database" in capsys.readouterr().err


def _empty(dsn: str) -> bool:
    with psycopg.connect(dsn, autocommit=True) as owner:
        tables = owner.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                               ).fetchone()[0]
        logins = owner.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE %s",
                               (owner.info.dbname + ":%",)).fetchone()[0]
    return (tables, logins) == (0, 0)


def test_a_chain_that_does_not_verify_on_the_server_is_not_committed(
        tmp_path, clock, secrets, pg_empty_database, monkeypatch):
    source = tmp_path / "vault"
    _full_vault(source, clock, secrets, tmp_path)
    copy = migrate.copy_table_up

    def altering(conn, table, rows, types):
        if table == "audit_log":
            rows = [{**r, "outcome": "denied"} if r["id"] == 5 else r for r in rows]
        copy(conn, table, rows, types)

    monkeypatch.setattr(migrate, "copy_table_up", altering)
    with pytest.raises(MigrationNotVerified):
        migrate.vault_to_server(source, pg_empty_database, user=ADMIN,
                                passphrase=PASSPHRASE, secrets=secrets, clock=clock)
    assert _empty(pg_empty_database)


def test_a_row_lost_on_the_way_down_leaves_no_folder(tmp_path, clock, secrets,
                                                     pg_empty_database):
    source = tmp_path / "vault"
    _full_vault(source, clock, secrets, tmp_path)
    migrate.vault_to_server(source, pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                            secrets=secrets, clock=clock)

    def lose(folder):
        conn = database.connect(folder / database.DB_NAME, _key(folder))
        conn.execute("DELETE FROM trajectories")
        conn.commit()
        conn.close()

    back = tmp_path / "back"
    back.mkdir()  # an empty folder given: it stays, empty
    with pytest.raises(MigrationNotVerified):
        migrate.server_to_vault(pg_empty_database, back, user=ADMIN, passphrase=PASSPHRASE,
                                secrets=secrets, clock=clock, before_verify=lose)
    assert back.is_dir() and list(back.iterdir()) == []


def test_a_server_gets_a_verified_backup_that_restores_as_a_vault(
        tmp_path, clock, secrets, pg_empty_database, monkeypatch, capsys):
    import tempfile

    from casefile import cli

    source = tmp_path / "vault"
    ids = _full_vault(source, clock, secrets, tmp_path)
    migrate.vault_to_server(source, pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                            secrets=secrets, clock=clock)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    on_server = Vault.open(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                           clock=clock, secrets=secrets)
    try:
        before = _content(on_server, *ids)
        result = on_server.backups.create(tmp_path / "backups")
        assert on_server.backups.last_result()["ok"]
    finally:
        on_server.lock()
    assert list(scratch.iterdir()) == []  # the temporary vault folder is gone
    restored = Vault.restore(result.path, tmp_path / "restored", user=ADMIN,
                             passphrase=PASSPHRASE, clock=clock, secrets=secrets)
    try:
        assert _content(restored, *ids) == before
        assert restored.audit.verify().ok
    finally:
        restored.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert cli.main(["--lang", "en", "backup", "--vault", pg_empty_database,
                     "--user", ADMIN, "--to", str(tmp_path / "backups")]) == 0
    assert len(list((tmp_path / "backups").glob("casefile-backup-*"))) == 2
    assert list(scratch.iterdir()) == []


def test_a_server_with_its_backup_folder_set_backs_up_again_and_again(
        tmp_path, clock, secrets, pg_empty_database):
    """The practice's own backup folder (the automatic backup's) holds the server's
    backups; the next backup's temporary vault is checked without them (each ends in its
    own move event), so the second backup verifies as the first did."""
    on_server = Vault.create(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                             clock=clock, secrets=secrets, practice_name="Praktijk Testlaan")
    try:
        on_server.settings.update(backup_dir=str(tmp_path / "backups"), backup_keep=5)
        on_server.children.add(first_name="Noor", last_name="Hoekstra",
                               birth_date=date(2015, 9, 9))
        for _ in range(3):
            clock.advance(seconds=1)
            on_server.backups.create()
            assert on_server.backups.last_result()["ok"]
    finally:
        on_server.lock()
    assert len(list((tmp_path / "backups").glob("casefile-backup-*"))) == 3
    # the practice moved down keeps that folder: its log holds what the backups recorded
    migrate.server_to_vault(pg_empty_database, tmp_path / "down", user=ADMIN,
                            passphrase=PASSPHRASE, secrets=secrets, clock=clock)
    with Vault.open(tmp_path / "down", user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                    secrets=secrets) as down:
        assert down.settings.get().backup_dir == str(tmp_path / "backups")
        assert down.audit.verify().ok


def test_a_practice_born_on_a_server_comes_down_with_its_roles_signed(
        tmp_path, clock, secrets, pg_empty_database):
    """A server enforced its roles itself, so its log holds no signed role statement: the
    migrating administrator's key is pinned and their grants appended, as at the first
    unlock of a vault made before signing keys."""
    born = Vault.create(pg_empty_database, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                        secrets=secrets, practice_name="Praktijk Testlaan")
    kid = born.children.add(first_name="Noor", last_name="Hoekstra",
                            birth_date=date(2015, 9, 9))
    born.users.add(BEA, temporary_passphrase=BEA_PASSPHRASE)
    born.lock()
    down = migrate.server_to_vault(pg_empty_database, tmp_path / "down", user=ADMIN,
                                   passphrase=PASSPHRASE, secrets=secrets, clock=clock)
    # two grants (the admin's own, bea's) and the move's own event
    assert down.rows["audit_log"] == _server_counts(pg_empty_database)["audit_log"] + 3
    vault = Vault.open(tmp_path / "down", user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                       secrets=secrets)
    try:
        assert vault.user.role == "admin"
        assert vault.children.get(kid.id).last_name == "Hoekstra"
        assert vault.audit.verify().ok
    finally:
        vault.lock()
    other = Vault.open(tmp_path / "down", user=BEA, passphrase=BEA_PASSPHRASE, clock=clock,
                       secrets=secrets)
    assert other.user.role == "counsellor"
    other.lock()


def test_only_an_administrator_migrates_and_a_bound_slot_goes_up_unbound(
        tmp_path, clock, secrets, pg_empty_database):
    from casefile.errors import NotPermitted

    source = tmp_path / "vault"
    vault = Vault.create(source, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                         secrets=secrets, bind=True)
    vault.users.add(BEA, temporary_passphrase=BEA_PASSPHRASE)
    vault.lock()
    with pytest.raises(NotPermitted):
        migrate.vault_to_server(source, pg_empty_database, user=BEA,
                                passphrase=BEA_PASSPHRASE, secrets=secrets, clock=clock)
    assert _empty(pg_empty_database)
    migrate.vault_to_server(source, pg_empty_database, user=ADMIN, passphrase=PASSPHRASE,
                            secrets=secrets, clock=clock)
    assert keys.KeySlots.load(source / keys.KEYSLOTS).is_bound(ADMIN)  # here, still bound
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as session:
        assert verify_server(session).ok  # opened without this computer's keyring


def test_a_vault_whose_chain_does_not_verify_is_not_moved(tmp_path, clock, secrets,
                                                         pg_empty_database):
    source = tmp_path / "vault"
    Vault.create(source, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                 secrets=secrets).lock()
    conn = database.connect(source / database.DB_NAME, _key(source))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET outcome = 'denied' WHERE id = 2")
    conn.commit()
    conn.close()
    with pytest.raises(MigrationNotVerified) as refused:
        migrate.vault_to_server(source, pg_empty_database, user=ADMIN,
                                passphrase=PASSPHRASE, secrets=secrets, clock=clock)
    assert refused.value.code == "migrate_source_not_sound"
    assert _empty(pg_empty_database)
