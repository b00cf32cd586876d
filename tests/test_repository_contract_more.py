"""The repository contract, continued (issue 14): users, the audit log's head and role
statements, the caseload's checks, documents, items, inzage, meta and settings, the
vault's secrets, the rights desk, retention and erasure, run on both engines with the
fixture of test_repository_contract.py. `admin` is the same engine logged in as the
practice's administrator (on the server a second login; locally the one vault), for what
only an administrator may do; what the server's grants refuse is tested on the server."""

from __future__ import annotations

from datetime import date, timedelta
from types import ModuleType

import psycopg
import pytest
from test_repository_contract import (
    NOW,
    Engine,
    add_child,
    add_consent,
    add_note,
    add_school,
    engines,
    server_engine,
)

from casefile import practice_server
from casefile.errors import DatabaseDamaged, NotFound, NotPermitted, ServerRefused
from casefile.model import Category, Role, Sensitivity
from casefile.storage import server
from casefile.storage.repositories import audit as local_audit
from casefile.storage.repositories import base as local_base
from casefile.storage.repositories import caseload as local_caseload
from casefile.storage.repositories import consents as local_consents
from casefile.storage.repositories import documents as local_documents
from casefile.storage.repositories import inzage as local_inzage
from casefile.storage.repositories import items as local_items
from casefile.storage.repositories import meta as local_meta
from casefile.storage.repositories import notes as local_notes
from casefile.storage.repositories import people as local_people
from casefile.storage.repositories import removals as local_removals
from casefile.storage.repositories import retention as local_retention
from casefile.storage.repositories import rights as local_rights
from casefile.storage.repositories import rights_desk as local_desk
from casefile.storage.repositories import search as local_search
from casefile.storage.repositories import users as local_users
from casefile.storage.repositories import vault_secrets as local_secrets
from casefile.storage.repositories.pg import audit as pg_audit
from casefile.storage.repositories.pg import base as pg_base
from casefile.storage.repositories.pg import caseload as pg_caseload
from casefile.storage.repositories.pg import consents as pg_consents
from casefile.storage.repositories.pg import documents as pg_documents
from casefile.storage.repositories.pg import inzage as pg_inzage
from casefile.storage.repositories.pg import items as pg_items
from casefile.storage.repositories.pg import meta as pg_meta
from casefile.storage.repositories.pg import notes as pg_notes
from casefile.storage.repositories.pg import people as pg_people
from casefile.storage.repositories.pg import removals as pg_removals
from casefile.storage.repositories.pg import retention as pg_retention
from casefile.storage.repositories.pg import rights as pg_rights
from casefile.storage.repositories.pg import rights_desk as pg_desk
from casefile.storage.repositories.pg import search as pg_search
from casefile.storage.repositories.pg import users as pg_users
from casefile.storage.repositories.pg import vault_secrets as pg_secrets
from casefile.storage.repositories.pg.people import server_connection
from casefile.storage.repositories.search import MARK_CLOSE, MARK_OPEN
from support import ADMIN, COUNSELLOR, PASSPHRASE

MODULES = {
    "audit": (local_audit, pg_audit), "caseload": (local_caseload, pg_caseload),
    "documents": (local_documents, pg_documents), "inzage": (local_inzage, pg_inzage),
    "items": (local_items, pg_items), "meta": (local_meta, pg_meta),
    "removals": (local_removals, pg_removals), "retention": (local_retention, pg_retention),
    "rights": (local_rights, pg_rights), "desk": (local_desk, pg_desk),
    "search": (local_search, pg_search), "users": (local_users, pg_users),
    "secrets": (local_secrets, pg_secrets),
}
# the modules the contract's first file reaches through Engine: checked for twins too
TWINS = [*MODULES.values(), (local_consents, pg_consents), (local_notes, pg_notes),
         (local_people, pg_people)]


@pytest.fixture(params=["local", "server"])
def engine(request, tmp_path):
    """test_repository_contract.py's fixture: each test on both engines."""
    yield from engines(request, tmp_path)


def repo(engine: Engine, name: str) -> ModuleType:
    local, pg = MODULES[name]
    return pg if engine.name == "server" else local


@pytest.fixture
def admin(engine, request):
    """The engine as the administrator: locally the same vault (its author is one), on
    the server the administrator's own login in a transaction rolled back at the end."""
    if engine.name == "local":
        yield engine
        return
    yield from server_engine(request.getfixturevalue("pg_practice"), ADMIN)


def counsellor_id(engine: Engine) -> int:
    """The practice's counsellor (on the server `bram`, the fixture's; locally added)."""
    users = repo(engine, "users")
    found = users.by_name(engine.conn, COUNSELLOR)
    if found is not None:
        return found.id
    with engine.transaction():
        return local_users.add(engine.conn, COUNSELLOR, Role.COUNSELLOR, NOW)


def refused():
    """What the server says when a grant or a function's check refuses."""
    return pytest.raises((NotPermitted, ServerRefused, psycopg.errors.InsufficientPrivilege))


# -- users ----------------------------------------------------------------------------------


def test_a_user_reads_back_and_the_active_holders_of_a_role_are_counted(admin):
    users = repo(admin, "users")
    bram = counsellor_id(admin)
    found = users.user(admin.conn, bram)
    assert (found.name, found.role, found.active) == (COUNSELLOR, Role.COUNSELLOR, True)
    assert users.user(admin.conn, admin.author_id).role == Role.ADMIN
    with pytest.raises(NotFound):
        users.user(admin.conn, bram + 10_000)
    assert users.active_with_role(admin.conn, Role.ADMIN, besides=bram) == 1
    assert users.active_with_role(admin.conn, Role.ADMIN, besides=admin.author_id) == 0
    assert users.active_with_role(admin.conn, Role.COUNSELLOR, besides=admin.author_id) == 1


def test_an_administrator_changes_a_users_role_flag_and_status(admin):
    users = repo(admin, "users")
    bram = counsellor_id(admin)
    with admin.transaction():
        users.change(admin.conn, bram, role=Role.ADMIN, must_change_passphrase=True)
    found = users.user(admin.conn, bram)
    assert (found.role, found.must_change_passphrase, found.active) == (Role.ADMIN, True, True)
    assert users.active_with_role(admin.conn, Role.ADMIN, besides=admin.author_id) == 1
    if admin.name == "server":  # the login role moved to the administrators' group
        assert _groups(admin, COUNSELLOR) == {"casefile_admin"}
    with admin.transaction():
        users.change(admin.conn, bram, active=False)
    assert not users.user(admin.conn, bram).active
    if admin.name == "server":  # its login role and key slot are gone
        assert _groups(admin, COUNSELLOR) is None


def _groups(engine: Engine, name: str) -> set[str] | None:
    """The group roles the user's login role is in; None when it no longer exists."""
    login = server.login_role(engine.conn.pg.info.dbname, name)
    if engine.conn.pg.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                              (login,)).fetchone() is None:
        return None
    rows = engine.conn.pg.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s", (login,))
    return {r["rolname"] for r in rows}


def test_on_the_server_a_counsellor_clears_only_their_own_flag(engine):
    if engine.name != "server":
        pytest.skip("the server's own check")
    me = engine.author_id
    with engine.transaction():
        pg_users.change(engine.conn, me, must_change_passphrase=False)
    assert not pg_users.user(engine.conn, me).must_change_passphrase
    for change in ({"role": Role.ADMIN}, {"must_change_passphrase": True}):
        with refused(), engine.transaction():
            pg_users.change(engine.conn, me, **change)
    admin_id = pg_users.by_name(engine.conn, ADMIN).id
    with refused(), engine.transaction():
        pg_users.change(engine.conn, admin_id, must_change_passphrase=False)
    assert pg_users.user(engine.conn, me).role == Role.COUNSELLOR


def test_on_the_server_the_last_administrator_stays_one(admin):
    if admin.name != "server":
        pytest.skip("the server's own check")
    for change in ({"role": Role.COUNSELLOR}, {"active": False}):
        with refused(), admin.transaction():
            pg_users.change(admin.conn, admin.author_id, **change)
    assert pg_users.user(admin.conn, admin.author_id).role == Role.ADMIN


# -- the audit log ---------------------------------------------------------------------------


def _append(engine: Engine, action: str, *, object_type: str = "child", child_id=None,
            object_id: str = "1") -> str:
    audit = repo(engine, "audit")
    with engine.transaction():
        prev = audit.last_hash(engine.conn) or "0" * 64
        digest = f"{len(prev) + hash((prev, action)) % 10**9:064d}"[-64:]
        audit.append(engine.conn, {
            "at": NOW.isoformat(), "user_id": engine.author_id, "role": "admin",
            "action": action, "object_type": object_type, "object_id": object_id,
            "child_id": child_id, "outcome": "ok", "workstation": "test",
            "details": "{}"}, prev, digest, "sig")
        return digest


def test_the_head_is_the_newest_event_and_statements_are_found_by_action(engine):
    audit = repo(engine, "audit")
    before, _ = audit.head(engine.conn)
    first = _append(engine, "grant", object_type="user")
    assert audit.head(engine.conn) == (before + 1, first)
    second = _append(engine, "create")
    assert audit.head(engine.conn) == (before + 2, second)
    found = audit.with_actions(engine.conn, ["grant", "claim"])
    assert [(r["action"], r["hash"], r["signature"], r["details"]) for r in found] == [
        ("grant", first, "sig", "{}")]
    assert found[0]["id"] == before + 1 and found[0]["at"] == NOW.isoformat()
    assert audit.with_actions(engine.conn, ["claim"]) == []
    assert audit.event_filter("%s", child_id=3, user_id=None, action="create", since=None,
                              until=None, before_id=None) == (
        " WHERE child_id = %s AND action = %s", [3, "create"])


# -- the caseload's checks -------------------------------------------------------------------


def test_open_stretches_and_the_events_that_open_access_read_back(admin):
    caseload = repo(admin, "caseload")
    me, bram = admin.author_id, counsellor_id(admin)
    kid = add_child(admin, "Sem", "Bakker")
    with admin.transaction():
        caseload.add(admin.conn, kid, bram, by=me, at=NOW)
        caseload.remove(admin.conn, kid, me, by=me, at=NOW, reason="overgedragen")
    assert [s for s in caseload.open_stretches(admin.conn) if s[0] == kid] == [(kid, bram, me)]
    _append(admin, "create", child_id=kid, object_id=str(kid))
    _append(admin, "caseload_add", object_type="caseload", child_id=kid, object_id=str(bram))
    _append(admin, "create", object_type="note", child_id=kid)  # not about access
    found = [e for e in caseload.access_events(admin.conn) if e[2] == kid]
    assert found == [("create", str(kid), kid, me, "admin"),
                     ("caseload_add", str(bram), kid, me, "admin")]


def test_a_child_created_after_the_upgrade_is_not_from_it(engine):
    caseload = repo(engine, "caseload")
    later = add_child(engine, "Lot", "Kramer", created_at=NOW + timedelta(days=3650))
    assert not caseload.from_the_upgrade(engine.conn, later, engine.author_id)


def test_on_the_server_the_upgrades_stretches_are_known_as_such(pg_empty_database,
                                                                 monkeypatch):
    """Made before pg migration 0004 and upgraded: its children and users were put on
    every caseload by the upgrade; a child made afterwards was not."""
    every = server.migration_files()
    monkeypatch.setattr(server, "migration_files", lambda: [m for m in every if m[0] < 4])
    practice_server.initialise(pg_empty_database, ADMIN, PASSPHRASE)
    child = {"last_name": "Kramer", "birth_date": date(2016, 5, 1), "school_group": "",
             "updated_at": NOW}
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as session:
        conn = server_connection(session.db(), session.sealer)
        with server.transaction(conn.pg):
            early = pg_people.add(conn, "child", {**child, "first_name": "Pim",
                                                  "created_at": NOW})
    monkeypatch.setattr(server, "migration_files", lambda: every)
    with server.connect(pg_empty_database) as owner:
        server.migrate(owner)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as session:
        conn = server_connection(session.db(), session.sealer)
        with server.transaction(conn.pg):
            later = pg_people.add(conn, "child", {**child, "first_name": "Lot",
                                                  "created_at": NOW + timedelta(days=3650)})
        assert pg_caseload.from_the_upgrade(conn, early, session.user.id)
        assert not pg_caseload.from_the_upgrade(conn, later, session.user.id)
        assert not pg_caseload.from_the_upgrade(conn, early, session.user.id + 10_000)


# -- search ----------------------------------------------------------------------------------


def _expression(query: str, child_id: int | None = None) -> str:
    from casefile import search

    parsed = search.parse(query, child_id)
    assert parsed is not None
    return parsed.expression


def test_snippets_mark_the_matching_words_of_the_chosen_notes(engine):
    search = repo(engine, "search")
    kid = add_child(engine, "Finn", "de Boer")
    short = add_note(engine, kid, "Lezen gaat beter; spelling ook.")
    words = " ".join(f"woord{i}" for i in range(30))
    long = add_note(engine, kid, f"{words} spelling blijft lastig {words}")
    other = add_note(engine, kid, "Spelling oefenen.")
    found = search.snippets(engine.conn, _expression("spelling", kid), [long, short])
    assert [m.note_id for m in found] == [long, short]
    by_id = {m.note_id: m.snippet for m in found}
    assert by_id[short] == f"Lezen gaat beter; {MARK_OPEN}spelling{MARK_CLOSE} ook."
    assert f"{MARK_OPEN}spelling{MARK_CLOSE} blijft lastig" in by_id[long], by_id[long]
    assert by_id[long].startswith("…") and by_id[long].endswith("…")
    assert len(by_id[long].split()) <= 16
    prefixed = search.snippets(engine.conn, _expression("lez"), [short])
    assert prefixed[0].snippet.startswith(f"{MARK_OPEN}Lezen{MARK_CLOSE} gaat")
    assert search.snippets(engine.conn, _expression("spelling"), []) == []
    assert other not in [m.note_id for m in found]
    search.optimise(engine.conn)  # no error; nothing to merge on the server


def test_snippets_keep_to_the_viewers_caseload(admin):
    search = repo(admin, "search")
    kid = add_child(admin, "Gijs", "Bos")
    nid = add_note(admin, kid, "Spelling oefenen.")
    bram = counsellor_id(admin)
    assert search.snippets(admin.conn, _expression("spelling"), [nid], viewer=bram) == []
    found = search.snippets(admin.conn, _expression("spelling"), [nid],
                            viewer=admin.author_id)
    assert [m.note_id for m in found] == [nid]


# -- documents -------------------------------------------------------------------------------


def add_document(engine: Engine, kid: int, name: str = "verslag-school.pdf",
                 parts: tuple[bytes, ...] = (b"%PDF-1.7 eerste", b" tweede deel"),
                 **more) -> int:
    documents = repo(engine, "documents")
    with engine.transaction():
        doc = documents.add(engine.conn, {
            "child_id": kid, "filename": name, "media_type": "", "size": 0, "sha256": "",
            "category": Category.DOCUMENTS, "sensitivity": Sensitivity.NORMAL,
            "source_organisation_id": None, "received_on": date(2026, 2, 14),
            "imported_by": engine.author_id, "imported_at": NOW, **more})
        for seq, part in enumerate(parts):
            documents.add_chunk(engine.conn, doc, seq, part)
        documents.complete(engine.conn, doc, media_type="application/pdf",
                           size=sum(map(len, parts)), sha256="ef" * 32)
        return doc


def test_a_document_reads_back_with_its_content_in_chunks(engine):
    documents = repo(engine, "documents")
    kid, other = add_child(engine, "Daan", "Visser"), add_child(engine, "Eva", "Smits")
    first = add_document(engine, kid)
    second = add_document(engine, kid, "tekening.png", (b"\x89PNG",))
    found = documents.document(engine.conn, first)
    assert (found.filename, found.media_type, found.size, found.sha256, found.received_on,
            found.imported_at, found.removed_at) == (
        "verslag-school.pdf", "application/pdf", 27, "ef" * 32, date(2026, 2, 14), NOW, None)
    assert list(documents.chunks(engine.conn, first)) == [b"%PDF-1.7 eerste", b" tweede deel"]
    assert documents.of_child(engine.conn, first, kid) == found
    assert documents.of_child(engine.conn, first, other) is None
    assert [d.id for d in documents.page(engine.conn, kid, 0, 10)] == [second, first]
    assert [d.id for d in documents.page(engine.conn, kid, 1, 10)] == [first]
    assert [d.id for d in documents.all_of_child(engine.conn, kid)] == [first, second]
    with pytest.raises(NotFound):
        documents.document(engine.conn, second + 10_000)
    with engine.transaction():
        documents.delete(engine.conn, second)
    assert list(documents.chunks(engine.conn, second)) == []
    assert [d.id for d in documents.all_of_child(engine.conn, kid)] == [first]


def test_a_corrected_document_keeps_its_old_name_in_the_history(engine):
    documents = repo(engine, "documents")
    kid = add_child(engine, "Hugo", "Peters")
    doc = add_document(engine, kid)
    with engine.transaction():
        changed = documents.change(engine.conn, doc, child_id=kid, reason="Typefout",
                                   changes={"filename": "verslag-ggd.pdf",
                                            "category": Category.DOCUMENTS},
                                   user_id=engine.author_id, now=NOW)
    assert changed == ["filename"]
    assert documents.document(engine.conn, doc).filename == "verslag-ggd.pdf"
    history = engine.people.field_history(engine.conn, "document", doc)
    assert [(h.field, h.old_value, h.new_value) for h in history] == [
        ("filename", "verslag-school.pdf", "verslag-ggd.pdf")]


def test_on_the_server_a_chunk_moved_to_another_place_does_not_open(engine):
    if engine.name != "server":
        pytest.skip("sealing is the server's")
    kid = add_child(engine, "Iris", "Kok")
    doc = add_document(engine, kid)
    engine.conn.pg.execute(
        "UPDATE document_chunks SET data = (SELECT data FROM document_chunks WHERE "
        "document_id = %s AND seq = 0) WHERE document_id = %s AND seq = 1", (doc, doc))
    content = pg_documents.chunks(engine.conn, doc)
    assert next(content) == b"%PDF-1.7 eerste"
    with pytest.raises(DatabaseDamaged):
        next(content)


def test_a_removed_document_is_wiped_and_what_refers_to_it_is_found(engine):
    removals, documents = repo(engine, "removals"), repo(engine, "documents")
    kid, school = add_child(engine, "Jesse", "Mol"), add_school(engine)
    doc, other = add_document(engine, kid), add_document(engine, kid, "ander.pdf")
    assert removals.document_disclosed(engine.conn, kid, doc) is None
    assert not removals.evidence_of_consent(engine.conn, doc)
    consent = add_consent(engine, kid, school, evidence_document_id=doc)
    with engine.transaction():
        engine.consents.add_disclosure(engine.conn, {
            "packet_id": f"d-{kid}-{engine.name}", "child_id": kid, "recipient_id": school,
            "consent_ids": [consent], "items": [(f"document:{doc}", "ef" * 32)],
            "created_by": engine.author_id, "created_at": NOW, "legal_ground": "",
            "reason": "", "approved_by": None})
    assert removals.evidence_of_consent(engine.conn, doc)
    assert not removals.evidence_of_consent(engine.conn, other)
    sent = removals.document_disclosed(engine.conn, kid, doc)
    assert (sent.recipient, sent.at) == ("obs De Linde", NOW)
    assert removals.document_disclosed(engine.conn, kid, other) is None
    with engine.transaction():
        documents.change(engine.conn, other, child_id=kid, reason="naam",
                         changes={"filename": "ander-verslag.pdf"}, user_id=engine.author_id,
                         now=NOW)
        assert removals.created_at(engine.conn, "document", other) == NOW
        removals.remove(engine.conn, "document", other, child_id=kid, reason="dubbel",
                        user_id=engine.author_id, now=NOW)
    gone = documents.document(engine.conn, other)
    assert (gone.filename, gone.removed_at) == ("", NOW)
    assert list(documents.chunks(engine.conn, other)) == []
    assert [d.id for d in documents.all_of_child(engine.conn, kid)] == [doc]
    history = engine.people.field_history(engine.conn, "document", other)
    assert [(h.field, h.reason) for h in history] == [("removed", "dubbel")]


# -- items -----------------------------------------------------------------------------------


def test_the_items_of_a_dossier_are_notes_by_session_then_documents(engine):
    items = repo(engine, "items")
    kid = add_child(engine, "Nina", "de Wit")
    late = add_note(engine, kid, "later", date(2026, 2, 1), finalised=True)
    early = add_note(engine, kid, "eerder", date(2025, 11, 3), finalised=True,
                     sensitivity=Sensitivity.SPECIAL)
    draft = add_note(engine, kid, "concept", date(2025, 1, 1))
    doc = add_document(engine, kid)
    found = items.of_child(engine.conn, kid)
    assert [(i.kind, i.id, i.label, i.sensitivity) for i in found] == [
        ("note", early, "2025-11-03", Sensitivity.SPECIAL),
        ("note", late, "2026-02-01", Sensitivity.NORMAL),
        ("document", doc, "verslag-school.pdf", Sensitivity.NORMAL)]
    assert [i.id for i in items.of_child(engine.conn, kid, drafts=True)][:3] == [
        draft, early, late]
    with engine.transaction():
        items.delete(engine.conn, "note", early)
        items.delete(engine.conn, "document", doc)
    assert [i.id for i in items.of_child(engine.conn, kid)] == [late]


# -- inzage ----------------------------------------------------------------------------------


def add_inzage(engine: Engine, kid: int, school: int, consent: int) -> int:
    with engine.transaction():
        return repo(engine, "inzage").add(engine.conn, {
            "child_id": kid, "recipient_id": school, "offered_to": [7, 8],
            "consent_ids": [consent], "items": [("note:1", "ab" * 32)],
            "offered_at": NOW, "answer_by": date(2026, 3, 12),
            "offered_by": engine.author_id})


def test_an_inzage_reads_back_is_answered_once_and_used_by_one_packet(engine):
    inzage = repo(engine, "inzage")
    kid, school = add_child(engine, "Roos", "Smit"), add_school(engine)
    consent = add_consent(engine, kid, school)
    first = add_inzage(engine, kid, school, consent)
    found = inzage.one(engine.conn, first)
    assert (found.offered_to, found.consent_ids, found.items, found.offered_at,
            found.answer_by, found.answer, found.remarks) == (
        (7, 8), (consent,), (("note:1", "ab" * 32),), NOW, date(2026, 3, 12), None, "")
    with engine.transaction():
        inzage.answer(engine.conn, first, {"answer": "remarks", "remarks": "Graag minder",
                                           "answered_at": NOW, "answered_by": engine.author_id})
    answered = inzage.one(engine.conn, first)
    assert (answered.answer, answered.remarks, answered.answered_at) == (
        "remarks", "Graag minder", NOW)
    with pytest.raises(Exception, match="answered once"), engine.transaction():
        inzage.answer(engine.conn, first, {"answer": "no_remarks"})
    assert inzage.one(engine.conn, first).answer == "remarks"
    second = add_inzage(engine, kid, school, consent)
    assert [i.id for i in inzage.of_child(engine.conn, kid)] == [second, first]
    assert inzage.newest_unused(engine.conn, kid, school).id == second
    with engine.transaction():
        engine.consents.add_disclosure(engine.conn, {
            "packet_id": f"z-{kid}-{engine.name}", "child_id": kid, "recipient_id": school,
            "consent_ids": [consent], "items": [("note:1", "ab" * 32)],
            "created_by": engine.author_id, "created_at": NOW, "legal_ground": "",
            "reason": "", "approved_by": None, "inzage_id": second})
    assert inzage.used(engine.conn, second) and not inzage.used(engine.conn, first)
    assert inzage.newest_unused(engine.conn, kid, school).id == first
    with pytest.raises(NotFound):
        inzage.one(engine.conn, second + 10_000)


def test_on_the_server_what_the_parents_saw_cannot_be_changed(engine):
    if engine.name != "server":
        pytest.skip("the server's grants")
    kid, school = add_child(engine, "Roos", "Smit"), add_school(engine)
    first = add_inzage(engine, kid, school, add_consent(engine, kid, school))
    for statement in ("UPDATE inzages SET answer_by = '2030-01-01' WHERE id = %s",
                      "DELETE FROM inzages WHERE id = %s"):
        with refused(), engine.transaction():
            engine.conn.pg.execute(statement, (first,))


# -- meta, settings and the vault's secrets --------------------------------------------------


def test_meta_values_and_settings_read_back(admin):
    meta = repo(admin, "meta")
    assert meta.value(admin.conn, "last_backup") is None
    with admin.transaction():
        meta.put(admin.conn, "last_backup", '{"ok": true}')
        meta.put(admin.conn, "last_backup", '{"ok": false}')
        meta.add(admin.conn, "created_by_test", "eens")
    assert meta.value(admin.conn, "last_backup") == '{"ok": false}'
    assert meta.value(admin.conn, "created_by_test") == "eens"
    with pytest.raises(Exception), admin.transaction():  # written once  # noqa: B017
        meta.add(admin.conn, "created_by_test", "twee")
    before = meta.settings(admin.conn)
    with admin.transaction():
        meta.save_settings(admin.conn, {"practice_name": '"Praktijk Het Anker"',
                                        "inzage_days": "10"})
        meta.save_settings(admin.conn, {"inzage_days": "14"})
    assert meta.settings(admin.conn) == {**before, "practice_name": '"Praktijk Het Anker"',
                                         "inzage_days": "14"}


def test_on_the_server_only_an_administrator_saves_settings(engine):
    if engine.name != "server":
        pytest.skip("the server's grants")
    with refused(), engine.transaction():
        pg_meta.save_settings(engine.conn, {"inzage_days": "90"})
    with engine.transaction():
        pg_meta.put(engine.conn, "last_backup", '{"ok": true}')  # any member's
    assert pg_meta.value(engine.conn, "last_backup") == '{"ok": true}'


def test_on_the_server_a_value_moved_to_another_key_does_not_open(admin):
    if admin.name != "server":
        pytest.skip("sealing is the server's")
    with admin.transaction():
        pg_meta.save_settings(admin.conn, {"practice_name": '"A"', "practice_phone": '"B"'})
    admin.conn.pg.execute("UPDATE settings SET value = (SELECT value FROM settings WHERE "
                          "key = 'practice_name') WHERE key = 'practice_phone'")
    with pytest.raises(DatabaseDamaged):
        pg_meta.settings(admin.conn)


def test_a_secret_is_written_once_and_reads_back(admin):
    secrets = repo(admin, "secrets")
    name = "test_secret"
    assert secrets.get(admin.conn, name) is None
    with admin.transaction():
        secrets.put(admin.conn, name, bytes(range(32)))
    assert secrets.get(admin.conn, name) == bytes(range(32))
    with pytest.raises(Exception), admin.transaction():  # noqa: B017
        secrets.put(admin.conn, name, bytes(32))
    if admin.name == "server":  # no member changes or deletes a secret
        for statement in ("UPDATE vault_secrets SET value = value",
                          "DELETE FROM vault_secrets"):
            with refused(), admin.transaction():
                admin.conn.pg.execute(statement)


def test_on_the_server_a_counsellor_writes_no_secret(engine):
    if engine.name != "server":
        pytest.skip("the server's grants")
    with refused(), engine.transaction():
        pg_secrets.put(engine.conn, "other_secret", bytes(32))


# -- the rights desk -------------------------------------------------------------------------


def add_request(engine: Engine, kid: int, **more):
    with engine.transaction():
        return repo(engine, "desk").add_request(engine.conn, {
            "child_id": kid, "kind": "access", "requester": "guardian", "guardian_id": None,
            "identity_check": "in_person", "received_on": date(2026, 3, 1),
            "due_on": date(2026, 4, 1), "recorded_by": engine.author_id, "recorded_at": NOW,
            **more})


def test_a_request_reads_back_is_extended_closed_and_listed_by_deadline(engine):
    desk = repo(engine, "desk")
    kid, other = add_child(engine, "Lotte", "Prins"), add_child(engine, "Mees", "Bos")
    first = add_request(engine, kid)
    later = add_request(engine, other, kind="erasure", due_on=date(2026, 3, 20))
    assert (first.kind, first.extension_reason, first.note, first.is_open, first.recorded_at
            ) == ("access", "", "", True, NOW)
    with engine.transaction():
        desk.change_request(engine.conn, first.id, {
            "extension_months": 1, "extension_reason": "Veel stukken",
            "due_on": date(2026, 5, 1)})
    extended = desk.request(engine.conn, first.id)
    assert (extended.extension_months, extended.extension_reason, extended.due_on) == (
        1, "Veel stukken", date(2026, 5, 1))
    mine = [r.id for r in desk.requests(engine.conn) if r.child_id in (kid, other)]
    assert mine == [later.id, first.id]
    assert [r.id for r in desk.requests(engine.conn, child_id=kid)] == [first.id]
    assert [r.id for r in desk.requests(engine.conn, due_by=date(2026, 4, 1))
            if r.child_id in (kid, other)] == [later.id]
    with engine.transaction():
        desk.change_request(engine.conn, later.id, {"closed_on": date(2026, 3, 10),
                                                    "outcome": "granted"})
    assert [r.id for r in desk.requests(engine.conn, open_only=True)
            if r.child_id in (kid, other)] == [first.id]
    with pytest.raises(NotFound):
        desk.request(engine.conn, later.id + 10_000)


def test_objections_read_back_and_name_the_objecting_children(engine):
    desk = repo(engine, "desk")
    kid, other = add_child(engine, "Lotte", "Prins"), add_child(engine, "Mees", "Bos")
    with engine.transaction():
        late = desk.add_objection(engine.conn, {
            "child_id": kid, "purpose": "service_information", "received_on": date(2026, 3, 5),
            "recorded_by": engine.author_id, "recorded_at": NOW})
        early = desk.add_objection(engine.conn, {
            "child_id": other, "purpose": "service_information",
            "received_on": date(2026, 3, 1), "recorded_by": engine.author_id,
            "recorded_at": NOW})
    assert (late.purpose, late.received_on, late.lifted_on) == (
        "service_information", date(2026, 3, 5), None)
    assert desk.objections(engine.conn, kid) == [late]
    assert [o.id for o in desk.objections(engine.conn) if o.child_id in (kid, other)] == [
        early.id, late.id]
    assert {kid, other} <= desk.objecting_children(engine.conn, "service_information")
    with engine.transaction():
        desk.lift_objection(engine.conn, early.id, date(2026, 3, 8))
    assert other not in desk.objecting_children(engine.conn, "service_information")
    assert desk.objections(engine.conn, other)[0].lifted_on == date(2026, 3, 8)
    with pytest.raises(NotFound), engine.transaction():
        desk.lift_objection(engine.conn, late.id + 10_000, date(2026, 3, 8))


def test_holds_are_an_administrators_and_read_back(admin):
    desk = repo(admin, "desk")
    kid = add_child(admin, "Noor", "Vos")
    with admin.transaction():
        hold = desk.add_hold(admin.conn, {
            "child_id": kid, "reason": "Klacht bij de tuchtcommissie",
            "starts_on": date(2026, 1, 1), "ends_on": date(2027, 1, 1),
            "recorded_by": admin.author_id, "recorded_at": NOW})
    assert (hold.reason, hold.holds_on(date(2026, 6, 1))) == (
        "Klacht bij de tuchtcommissie", True)
    with admin.transaction():
        desk.lift_hold(admin.conn, hold.id, date(2026, 3, 1))
    assert desk.hold(admin.conn, hold.id).lifted_on == date(2026, 3, 1)
    assert desk.holds(admin.conn, kid) == [desk.hold(admin.conn, hold.id)]
    assert hold.id in [h.id for h in desk.holds(admin.conn)]


def test_on_the_server_a_counsellor_adds_no_hold(engine):
    if engine.name != "server":
        pytest.skip("the server's grants")
    kid = add_child(engine, "Noor", "Vos")
    with refused(), engine.transaction():
        pg_desk.add_hold(engine.conn, {
            "child_id": kid, "reason": "x", "starts_on": date(2026, 1, 1),
            "ends_on": date(2027, 1, 1), "recorded_by": engine.author_id,
            "recorded_at": NOW})


def test_an_event_is_found_by_its_child_and_the_last_one_is_known(engine):
    desk = repo(engine, "desk")
    kid = add_child(engine, "Olaf", "Wit")
    _append(engine, "create", child_id=kid, object_id=str(kid))
    event = desk.last_event_id(engine.conn)
    assert repo(engine, "audit").head(engine.conn)[0] == event
    assert desk.event_exists(engine.conn, event, kid)
    assert not desk.event_exists(engine.conn, event, kid + 10_000)


# -- retention and erasure -------------------------------------------------------------------


def add_invoice(engine: Engine, kid: int | None, number: str, day: date) -> int:
    values = {"child_id": kid, "invoice_number": number, "invoice_date": day,
              "payer": "Fam. Prins", "description": "Intake en verslag",
              "amount_cents": 12500, "created_at": NOW}
    with engine.transaction():
        if engine.name == "server":
            return pg_base.insert(engine.conn, "financial_records", values)
        return local_base.insert(engine.conn, "financial_records", values)


def test_closed_dossiers_and_financial_records_are_what_retention_sees(admin):
    retention = repo(admin, "retention")
    closed = add_child(admin, "Pien", "Prins", status="closed")
    still = add_child(admin, "Quinten", "Prins", status="active")
    with admin.transaction():
        for kid, end in [(closed, date(2025, 6, 30)), (closed, date(2024, 1, 31)),
                         (closed, None), (still, date(2025, 1, 1))]:
            admin.people.add(admin.conn, "trajectory", {
                "child_id": kid, "title": "T", "start_date": date(2023, 1, 1),
                "end_date": end, "summary": "", "created_at": NOW, "updated_at": NOW})
    dossiers = {d.child_id: d for d in retention.closed_dossiers(admin.conn)}
    assert (dossiers[closed].last_end, dossiers[closed].open_trajectories) == (
        date(2025, 6, 30), 1)
    assert still not in dossiers
    late = add_invoice(admin, closed, f"F-{admin.name}-2", date(2024, 5, 1))
    early = add_invoice(admin, closed, f"F-{admin.name}-1", date(2019, 1, 2))
    add_invoice(admin, None, f"F-{admin.name}-3", date(2018, 1, 2))
    assert [(r.id, r.invoice_date) for r in retention.financial_records(admin.conn, closed)
            ] == [(early, date(2019, 1, 2)), (late, date(2024, 5, 1))]
    assert len(retention.financial_records(admin.conn)) >= 3
    with admin.transaction():
        retention.delete_financial(admin.conn, [early])
    assert [r.id for r in retention.financial_records(admin.conn, closed)] == [late]


def test_an_erasure_takes_the_dossier_and_forgets_the_requests_text(admin):
    rights, desk = repo(admin, "rights"), repo(admin, "desk")
    kid = add_child(admin, "Rik", "Prins")
    add_note(admin, kid, "Sessie")
    add_document(admin, kid)
    school = add_school(admin)
    consent = add_consent(admin, kid, school)
    shown = add_inzage(admin, kid, school, consent)
    with admin.transaction():
        admin.consents.add_disclosure(admin.conn, {
            "packet_id": f"e-{kid}-{admin.name}", "child_id": kid, "recipient_id": school,
            "consent_ids": [consent], "items": [("note:1", "ab" * 32)],
            "created_by": admin.author_id, "created_at": NOW, "legal_ground": "",
            "reason": "", "approved_by": None, "inzage_id": shown})
    request = add_request(admin, kid, note="Moeder belde")
    invoice = add_invoice(admin, kid, f"G-{admin.name}", date(2025, 1, 1))
    held = rights.rows_held(admin.conn, kid)
    assert (held["notes"], held["documents"], held["consents"], held["disclosures"]) == (
        1, 1, 1, 1)
    assert set(held) == set(rights.CHILD_TABLES)
    with admin.transaction():
        rights.delete_child(admin.conn, kid)
    with pytest.raises(NotFound):
        admin.people.child(admin.conn, kid)
    assert set(rights.rows_held(admin.conn, kid).values()) == {0}
    assert repo(admin, "inzage").of_child(admin.conn, kid) == []
    forgotten = desk.request(admin.conn, request.id)
    assert (forgotten.child_id, forgotten.note, forgotten.kind) == (kid, "", "access")
    kept = repo(admin, "retention").financial_records(admin.conn)
    assert invoice in [r.id for r in kept]


def test_on_the_server_only_an_administrator_purges(engine):
    if engine.name != "server":
        pytest.skip("the server's grants")
    kid = add_child(engine, "Sam", "Prins")
    with refused(), engine.transaction():
        pg_rights.delete_child(engine.conn, kid)
    with refused(), engine.transaction():
        pg_retention.delete_financial(engine.conn, [1])
    for statement in ("DELETE FROM children WHERE id = %s",
                      "DELETE FROM rights_requests WHERE child_id = %s",
                      "DELETE FROM audit_log WHERE child_id = %s",
                      "UPDATE audit_log SET details = '{}' WHERE child_id = %s",
                      "DELETE FROM consents WHERE child_id = %s",
                      "DELETE FROM disclosures WHERE child_id = %s"):
        with refused(), engine.transaction():
            engine.conn.pg.execute(statement, (kid,))
    assert engine.people.child(engine.conn, kid).first_name == "Sam"


def test_every_public_function_of_a_local_module_has_a_server_twin():
    """What the lead's dispatcher needs: the same names and parameters. Excepted:
    users.add (a server user is a login role, made by practice_server.add_user) and
    search.newest (locally an FTS5 expression with streaming options, on the server the
    words typed: the domain's casefile/search.py calls each its own way)."""
    import inspect

    missing = []
    for local, pg in TWINS:
        for name, fn in inspect.getmembers(local, inspect.isfunction):
            if fn.__module__ != local.__name__ or name.startswith("_"):
                continue
            if (local, name) in ((local_users, "add"), (local_search, "newest")):
                continue
            if not callable(getattr(pg, name, None)):
                missing.append(f"{local.__name__}.{name}")
            else:
                ours = list(inspect.signature(fn).parameters)
                theirs = list(inspect.signature(getattr(pg, name)).parameters)
                if ours != theirs:
                    missing.append(f"{local.__name__}.{name} {ours} != {theirs}")
    assert missing == []



# values sealed with a part (their key's name, a chunk's number) by their own modules
SEALED_WITH_PART = {("document_chunks", "data"), ("meta", "value"), ("settings", "value"),
                    ("vault_secrets", "value")}


def test_on_the_server_every_bytea_column_is_sealed_and_nothing_else_is(engine):
    """A personal column added in clear, or a sealed one never opened, shows here."""
    if engine.name != "server":
        pytest.skip("the server's schema")
    rows = engine.conn.pg.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'public'")
    columns = {(r["table_name"], r["column_name"]): r["data_type"] for r in rows}
    sealed = {(t, c) for t, names in pg_base.SEALED.items() for c in names}
    assert {k for k, kind in columns.items() if kind == "bytea"} == sealed | SEALED_WITH_PART
    assert all(columns[k] == "bytea" for k in sealed)
