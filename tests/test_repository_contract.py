"""One contract, two engines: the same tests run against the local SQLCipher repositories
and the practice server's (PostgreSQL, sealed fields, blind index). Each server test runs
in a transaction rolled back at its end, so tests see only their own rows; ids come from
sequences, so no test assumes one."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from casefile import practice_server
from casefile import search as local_search
from casefile.errors import NotFound
from casefile.model import Category, ChildListing, Role, Sensitivity
from casefile.storage import database, server
from casefile.storage.repositories import caseload as local_caseload
from casefile.storage.repositories import consents as local_consents
from casefile.storage.repositories import notes as local_notes
from casefile.storage.repositories import people as local_people
from casefile.storage.repositories import users as local_users
from casefile.storage.repositories.pg import caseload as pg_caseload
from casefile.storage.repositories.pg import consents as pg_consents
from casefile.storage.repositories.pg import notes as pg_notes
from casefile.storage.repositories.pg import people as pg_people
from casefile.storage.repositories.pg import search as pg_search
from casefile.storage.repositories.pg.people import server_connection
from support import ADMIN, COUNSELLOR, PASSPHRASE

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Engine:
    name: str
    conn: object
    people: ModuleType
    notes: ModuleType
    consents: ModuleType
    author_id: int
    transaction: Callable[[], AbstractContextManager]
    search: Callable[..., list[int]]  # (query, child_id=None, limit=50, viewer=None) -> ids
    caseload: ModuleType


def _local(tmp_path: Path) -> Engine:
    conn = database.connect(tmp_path / database.DB_NAME, bytes(32))
    database.migrate(conn, NOW.isoformat())
    author = local_users.add(conn, ADMIN, Role.ADMIN, NOW)

    def search(query: str, child_id: int | None = None, limit: int = 50,
               viewer: int | None = None) -> list[int]:
        parsed = local_search.parse(query, child_id)
        return [] if parsed is None else [
            m.note_id for m in local_search._newest(conn, parsed, limit, viewer=viewer)]

    return Engine("local", conn, local_people, local_notes, local_consents, author,
                  lambda: database.transaction(conn), search, local_caseload)


@pytest.fixture(params=["local", "server"])
def engine(request, tmp_path):
    yield from engines(request, tmp_path)


def engines(request, tmp_path):
    """The engine fixture's body, shared with the contract's other files."""
    if request.param == "local":
        found = _local(tmp_path)
        yield found
        found.conn.close()
        return
    yield from server_engine(request.getfixturevalue("pg_practice"), COUNSELLOR)


def server_engine(dsn: str, user: str):
    """The practice server as `user` logs in, in a transaction rolled back at the end."""
    with practice_server.open_server(dsn, user, PASSPHRASE) as session:
        pg = session.db()
        conn = server_connection(pg, session.sealer)
        with pg.transaction(force_rollback=True):

            def search(query: str, child_id: int | None = None, limit: int = 50,
                       viewer: int | None = None) -> list[int]:
                return [m.note_id for m in pg_search.newest(conn, query, child_id, limit,
                                                            viewer=viewer)]

            yield Engine("server", conn, pg_people, pg_notes, pg_consents, session.user.id,
                         lambda: server.transaction(pg), search, pg_caseload)


def add_child(engine: Engine, first: str, last: str, born: date = date(2016, 5, 1), *,
              mine: bool = True, **more) -> int:
    """A child, on the author's caseload as its creator's (the server's policies let its
    counsellor write the dossier only then) unless not `mine`."""
    with engine.transaction():
        kid = engine.people.add(engine.conn, "child", {
            "first_name": first, "last_name": last, "birth_date": born, "school_group": "",
            "created_at": NOW, "updated_at": NOW, **more})
        if mine:
            engine.caseload.add(engine.conn, kid, engine.author_id, by=engine.author_id,
                                at=NOW)
        return kid


def add_note(engine: Engine, child_id: int, text: str, day: date = date(2026, 3, 1),
             **more) -> int:
    with engine.transaction():
        return engine.notes.add(engine.conn, {
            "child_id": child_id, "author_id": engine.author_id, "text": text,
            "category": Category.SESSION_NOTES, "sensitivity": Sensitivity.NORMAL,
            "session_date": day, "duration_minutes": 45, "created_at": NOW,
            "updated_at": NOW, **more})


# -- children, guardians, organisations -----------------------------------------------------


def test_a_child_reads_back_as_written(engine):
    kid = add_child(engine, "Zoë", "Özdemir", date(2015, 2, 28), school_group="groep 5",
                    opened_on=date(2026, 1, 5))
    found = engine.people.child(engine.conn, kid)
    assert (found.first_name, found.last_name, found.birth_date, found.school_group,
            found.opened_on, found.closed_on, found.restricted) == (
        "Zoë", "Özdemir", date(2015, 2, 28), "groep 5", date(2026, 1, 5), None, False)
    with pytest.raises(NotFound):
        engine.people.child(engine.conn, kid + 10_000)


def test_the_child_list_files_dutch_names_and_filters_folded_words(engine):
    for first, last in [("Sanne", "van Dalen"), ("Ömer", "Özdemir"), ("Tim", "Oosterhuis"),
                        ("Lotte", "de Vries"), ("Bas", "Aksoy")]:
        add_child(engine, first, last)
    page = engine.people.children_page(engine.conn, 0, 10)
    assert [c.last_name for c in page] == ["Aksoy", "van Dalen", "Oosterhuis", "Özdemir",
                                           "de Vries"]
    backwards = engine.people.children_page(engine.conn, 0, 2, descending=True)
    assert [c.last_name for c in backwards] == ["de Vries", "Özdemir"]
    assert [c.last_name for c in engine.people.children_page(engine.conn, 1, 2)] == [
        "van Dalen", "Oosterhuis"]
    assert [c.first_name for c in engine.people.children_page(engine.conn, 0, 10, "omer oz")
            ] == ["Ömer"]
    assert engine.people.children_count(engine.conn, "o") == 4
    assert engine.people.children_count(engine.conn, "") == 5


def test_the_child_list_orders_by_birth_date(engine):
    add_child(engine, "Anna", "Bakker", date(2014, 1, 1))
    add_child(engine, "Bram", "Smit", date(2012, 6, 1))
    add_child(engine, "Cas", "Mulder", date(2016, 3, 1))
    page = engine.people.children_page(engine.conn, 0, 10, order="born")
    assert [c.first_name for c in page] == ["Bram", "Anna", "Cas"]


def test_guardians_read_back_in_order_with_their_authority(engine):
    kid = add_child(engine, "Fenna", "Jansen")
    with engine.transaction():
        for name, authority in [("Marieke Jansen", True), ("Kees Jansen", False)]:
            engine.people.add(engine.conn, "guardian", {
                "child_id": kid, "name": name, "relation": "ouder", "phone": "06-12345678",
                "email": "", "address": "Dorpsstraat 1", "has_authority": authority,
                "created_at": NOW, "updated_at": NOW})
    found = engine.people.guardians_of(engine.conn, kid)
    assert [(g.name, g.has_authority, g.phone) for g in found] == [
        ("Marieke Jansen", True, "06-12345678"), ("Kees Jansen", False, "06-12345678")]
    assert engine.people.guardian(engine.conn, found[1].id) == found[1]


def test_organisations_sort_by_name_without_case_and_filter_by_kind(engine):
    with engine.transaction():
        for name, kind in [("obs De Linde", "school"), ("GGD Hollands Noorden", "ggd"),
                           ("Basisschool Het Anker", "school")]:
            engine.people.add(engine.conn, "organisation", {
                "name": name, "kind": kind, "contact_person": "juf Ans", "email": "",
                "phone": "", "address": "", "created_at": NOW, "updated_at": NOW})
    assert [o.name for o in engine.people.organisations(engine.conn)] == [
        "Basisschool Het Anker", "GGD Hollands Noorden", "obs De Linde"]
    schools = engine.people.organisations(engine.conn, "school")
    assert [o.name for o in schools] == ["Basisschool Het Anker", "obs De Linde"]
    assert engine.people.organisation(engine.conn, schools[0].id) == schools[0]


def test_a_change_keeps_the_old_values_and_reorders_the_list(engine):
    kid = add_child(engine, "Lieke", "Aarts", school_group="groep 3")
    add_child(engine, "Mees", "Bos")
    with engine.transaction():
        changed = engine.people.change(
            engine.conn, "child", kid, child_id=kid, reason="Typefout",
            changes={"last_name": "Zeeman", "school_group": "groep 3",
                     "restricted": True, "closed_on": date(2026, 6, 30)},
            user_id=engine.author_id, now=NOW)
    assert sorted(changed) == ["closed_on", "last_name", "restricted"]
    found = engine.people.child(engine.conn, kid)
    assert (found.last_name, found.restricted, found.closed_on) == (
        "Zeeman", True, date(2026, 6, 30))
    history = engine.people.field_history(engine.conn, "child", kid)
    assert [(h.field, h.old_value, h.new_value, h.reason) for h in history] == [
        ("last_name", "Aarts", "Zeeman", "Typefout"), ("restricted", "0", "1", "Typefout"),
        ("closed_on", None, "2026-06-30", "Typefout")]
    assert engine.people.field_changes_of_child(engine.conn, kid) == history
    assert [c.last_name for c in engine.people.children_page(engine.conn, 0, 10)] == [
        "Bos", "Zeeman"]


def test_trajectories_read_back_in_order(engine):
    kid = add_child(engine, "Nina", "de Wit")
    with engine.transaction():
        for title, start in [("Begrijpend lezen", date(2026, 2, 1)),
                             ("Intake", date(2025, 11, 3))]:
            engine.people.add(engine.conn, "trajectory", {
                "child_id": kid, "title": title, "start_date": start, "end_date": None,
                "summary": "Twee keer per week", "created_at": NOW, "updated_at": NOW})
    found = engine.people.trajectories_of(engine.conn, kid)
    assert [(t.title, t.start_date, t.end_date, t.summary) for t in found] == [
        ("Intake", date(2025, 11, 3), None, "Twee keer per week"),
        ("Begrijpend lezen", date(2026, 2, 1), None, "Twee keer per week")]
    assert engine.people.trajectory(engine.conn, found[1].id) == found[1]


# -- notes ------------------------------------------------------------------------------------


def test_a_note_reads_back_changes_and_keeps_its_versions(engine):
    kid = add_child(engine, "Daan", "Visser")
    nid = add_note(engine, kid, "Eerste sessie: lezen met vinger.")
    note = engine.notes.note(engine.conn, nid)
    assert (note.text, note.session_date, note.finalised, note.author_id) == (
        "Eerste sessie: lezen met vinger.", date(2026, 3, 1), False, engine.author_id)
    assert engine.notes.exportable(engine.conn, nid, kid) is None  # a draft
    with engine.transaction():
        engine.notes.change(engine.conn, nid, NOW, text="Lezen gaat beter.", finalised=True)
        engine.notes.add_version(engine.conn, engine.notes.note(engine.conn, nid),
                                 engine.author_id, NOW, "")
    final = engine.notes.exportable(engine.conn, nid, kid)
    assert final is not None and final.text == "Lezen gaat beter."
    assert engine.notes.exportable(engine.conn, nid, kid + 10_000) is None
    versions = engine.notes.versions(engine.conn, nid)
    assert [(v.version, v.text) for v in versions] == [(1, "Lezen gaat beter.")]
    assert engine.notes.versions_of_child(engine.conn, kid) == versions


def test_the_timeline_is_newest_session_first_and_paged(engine):
    kid = add_child(engine, "Eva", "Smits")
    days = [date(2026, 1, 10), date(2026, 2, 20), date(2025, 12, 1), date(2026, 2, 20)]
    ids = [add_note(engine, kid, f"sessie {i}", d) for i, d in enumerate(days)]
    timeline = engine.notes.timeline(engine.conn, kid, 0, 10)
    assert [n.id for n in timeline] == [ids[3], ids[1], ids[0], ids[2]]
    assert [n.id for n in engine.notes.timeline(engine.conn, kid, 1, 2)] == [ids[1], ids[0]]
    assert engine.notes.count(engine.conn, kid) == 4
    assert [n.id for n in engine.notes.of_child(engine.conn, kid)] == ids
    with engine.transaction():
        engine.notes.delete(engine.conn, ids[0])
    assert engine.notes.count(engine.conn, kid) == 3


# -- search -----------------------------------------------------------------------------------


def test_search_finds_whole_words_and_prefixes_newest_first(engine):
    kid = add_child(engine, "Finn", "de Boer")
    other = add_child(engine, "Gijs", "Bos")
    dyslexia = add_note(engine, kid, "Vermoeden van dyslexie; spelling blijft lastig.")
    reading = add_note(engine, kid, "Lezen gaat beter; spelling ook.")
    elsewhere = add_note(engine, other, "Spelling oefenen met Gijs, dyslexie?")
    assert engine.search("spelling") == [elsewhere, reading, dyslexia]
    assert engine.search("Spélling", kid) == [reading, dyslexia]
    assert engine.search("dys") == [elsewhere, dyslexia]  # three letters: the prefix
    assert engine.search("dyslex") == [elsewhere, dyslexia]  # longer: confirmed
    assert engine.search("dysx") == []
    assert engine.search("spelling lez") == [reading]
    assert engine.search("lezen dyslexie") == []
    assert engine.search("spelling", limit=1) == [elsewhere]
    assert engine.search("  ") == []


def test_a_caseload_reads_back_and_limits_search_to_it(engine):
    mine = add_child(engine, "Sem", "Bakker", mine=False)
    other = add_child(engine, "Fenna", "Dijkstra", mine=False)
    me = engine.author_id
    with engine.transaction():
        assert engine.caseload.add(engine.conn, mine, me, by=me, at=NOW)
        assert not engine.caseload.add(engine.conn, mine, me, by=me, at=NOW)  # once
    own = add_note(engine, mine, "Lezen gaat beter.")
    assert engine.caseload.on_caseload(engine.conn, mine, me)
    assert not engine.caseload.on_caseload(engine.conn, other, me)
    assert engine.caseload.counsellors(engine.conn, [mine, other]) == {mine: [me], other: []}
    [stretch] = engine.caseload.history(engine.conn, mine)
    assert (stretch.user_id, stretch.added_by, stretch.added_at) == (me, me, NOW)
    assert stretch.removed_at is None and stretch.added_reason == ""
    assert engine.search("lezen", viewer=me) == [own]
    assert engine.search("lez", viewer=me) == [own]
    assert engine.search("lezen", other, viewer=me) == []


@pytest.mark.parametrize("order", ["name", "born", "group"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_counsellors_child_list_limits_the_others_and_orders_them_by_name(
        engine, order, descending):
    me = engine.author_id
    zoe = add_child(engine, "Zoë", "Visser", date(2014, 1, 1), mine=False, school_group="8")
    anouk = add_child(engine, "Anouk", "Visser", date(2018, 1, 1), mine=False,
                      school_group="3")
    milan = add_child(engine, "Milan", "Visser", date(2016, 1, 1), school_group="5")
    rows = engine.caseload.children_page(engine.conn, me, 0, 10, "visser", order=order,
                                         descending=descending)
    names = [(r.first_name, mine) for r, mine in rows]
    if order == "name":
        expected = [("Anouk", False), ("Milan", True), ("Zoë", False)]
        assert names == (expected[::-1] if descending else expected)
    else:
        others = [("Zoë", False), ("Anouk", False)] if descending else [("Anouk", False),
                                                                         ("Zoë", False)]
        assert names == [("Milan", True), *others]
    by_id = {r.id: r for r, _mine in rows}
    assert by_id[milan].birth_date == date(2016, 1, 1)
    assert isinstance(by_id[zoe], ChildListing) and isinstance(by_id[anouk], ChildListing)


def test_a_changed_note_is_found_by_its_new_words_only(engine):
    kid = add_child(engine, "Hugo", "Peters")
    nid = add_note(engine, kid, "Rekenen met breuken.")
    with engine.transaction():
        engine.notes.change(engine.conn, nid, NOW, text="Tafels oefenen.")
    assert engine.search("breuken") == [] and engine.search("tafels") == [nid]
    with engine.transaction():
        engine.notes.delete(engine.conn, nid)
    assert engine.search("tafels") == []


# -- consents and disclosures -----------------------------------------------------------------


def add_school(engine: Engine, name: str = "obs De Linde") -> int:
    with engine.transaction():
        return engine.people.add(engine.conn, "organisation", {
            "name": name, "kind": "school", "contact_person": "", "email": "", "phone": "",
            "address": "", "created_at": NOW, "updated_at": NOW})


def add_consent(engine: Engine, kid: int, school: int, **more) -> int:
    with engine.transaction():
        return engine.consents.add_consent(engine.conn, {
            "child_id": kid, "scope": "disclosure", "recipient_id": school,
            "purpose": "Overdracht naar groep 6", "categories": {Category.SESSION_NOTES,
                                                                  Category.IDENTITY},
            "covers_special": False, "given_by": [7, 8], "child_agrees": None,
            "method": "written", "evidence_document_id": None,
            "valid_from": date(2026, 1, 1), "valid_until": date(2027, 1, 1),
            "recorded_by": engine.author_id, "recorded_at": NOW, **more})


def test_a_consent_reads_back_with_its_withdrawal(engine):
    kid, school = add_child(engine, "Iris", "Kok"), add_school(engine)
    first = add_consent(engine, kid, school)
    later = add_consent(engine, kid, school, recorded_at=datetime(2026, 3, 5, tzinfo=UTC),
                        child_agrees=True, purpose="Verslag")
    consent = engine.consents.consent(engine.conn, first)
    assert (consent.purpose, consent.categories, consent.given_by, consent.child_agrees,
            consent.valid_until, consent.recorded_at, consent.withdrawal) == (
        "Overdracht naar groep 6", frozenset({Category.SESSION_NOTES, Category.IDENTITY}),
        (7, 8), None, date(2027, 1, 1), NOW, None)
    assert [c.id for c in engine.consents.consents_of(engine.conn, kid)] == [later, first]
    with engine.transaction():
        engine.consents.add_event(engine.conn, {
            "consent_id": first, "child_id": kid, "kind": "withdrawn",
            "effective_at": datetime(2026, 3, 6, tzinfo=UTC), "by_guardian_id": 7,
            "reason": "Verhuisd", "recorded_by": engine.author_id, "recorded_at": NOW})
    withdrawal = engine.consents.consent(engine.conn, first).withdrawal
    assert (withdrawal.reason, withdrawal.by_guardian_id, withdrawal.withdrawn_at) == (
        "Verhuisd", 7, datetime(2026, 3, 6, tzinfo=UTC))
    assert engine.consents.consent(engine.conn, later).withdrawal is None
    with pytest.raises(NotFound):
        engine.consents.consent(engine.conn, later + 10_000)


def test_a_consent_naming_items_reads_them_back_and_keeps_them(engine):
    kid, school = add_child(engine, "Iris", "Kok"), add_school(engine)
    named = add_consent(engine, kid, school, categories={Category.IDENTITY},
                        items={"note:12", "document:7"})
    whole = add_consent(engine, kid, school)
    assert engine.consents.consent(engine.conn, named).items == {"note:12", "document:7"}
    assert engine.consents.consent(engine.conn, named).categories == {Category.IDENTITY}
    assert engine.consents.consent(engine.conn, whole).items == frozenset()
    by_id = {c.id: c.items for c in engine.consents.consents_of(engine.conn, kid)}
    assert by_id == {named: {"note:12", "document:7"}, whole: frozenset()}
    raw = engine.conn if engine.name == "local" else engine.conn.pg  # append-only on both
    with pytest.raises(Exception, match=r"append-only|server_refused"), engine.transaction():
        raw.execute("UPDATE consent_items SET item_key = 'note:13'")


def test_a_disclosure_reads_back_and_is_found_by_the_consents_it_relied_on(engine):
    kid, school = add_child(engine, "Jesse", "Mol"), add_school(engine)
    one, other = add_consent(engine, kid, school), add_consent(engine, kid, school)
    with engine.transaction():
        did = engine.consents.add_disclosure(engine.conn, {
            "packet_id": f"p-{kid}-{engine.name}", "child_id": kid, "recipient_id": school,
            "consent_ids": [one], "items": [("note:1", "ab" * 32)],
            "created_by": engine.author_id, "created_at": NOW, "legal_ground": "",
            "reason": "", "approved_by": None})
    found = engine.consents.disclosures_of(engine.conn, kid)
    assert [(d.id, d.consent_ids, d.items, d.created_at) for d in found] == [
        (did, (one,), (("note:1", "ab" * 32),), NOW)]
    assert engine.consents.disclosures_relying_on(engine.conn, one) == found
    assert engine.consents.disclosures_relying_on(engine.conn, other) == []


# -- removal of a guardian or an organisation ------------------------------------------------

def _removals(engine: Engine) -> ModuleType:
    from casefile.storage.repositories import removals as local_removals
    from casefile.storage.repositories.pg import removals as pg_removals

    return pg_removals if engine.name == "server" else local_removals


def test_a_removed_guardian_is_wiped_listed_no_more_and_still_named(engine):
    kid = add_child(engine, "Fenna", "Jansen")
    removals = _removals(engine)
    with engine.transaction():
        gid = engine.people.add(engine.conn, "guardian", {
            "child_id": kid, "name": "Kees Jansen", "relation": "vader",
            "phone": "06-12345678", "email": "kees@example.nl", "address": "Dorpsstraat 1",
            "has_authority": True, "created_at": NOW, "updated_at": NOW})
        engine.people.change(engine.conn, "guardian", gid, child_id=kid, reason="nieuw nummer",
                             changes={"phone": "06-87654321"}, user_id=engine.author_id,
                             now=NOW)
        assert removals.created_at(engine.conn, "guardian", gid) == NOW
        removals.remove(engine.conn, "guardian", gid, child_id=kid, reason="dubbel",
                        user_id=engine.author_id, now=NOW)
    assert engine.people.guardians_of(engine.conn, kid) == []
    gone = engine.people.guardian(engine.conn, gid)
    assert (gone.name, gone.relation, gone.phone, gone.email, gone.address, gone.removed_at
            ) == ("Kees Jansen", "vader", "", "", "", NOW)
    history = engine.people.field_history(engine.conn, "guardian", gid)
    assert [(h.field, h.old_value, h.reason) for h in history] == [("removed", None, "dubbel")]


def test_what_refers_to_an_organisation_is_found_before_its_removal(engine):
    school = add_school(engine)
    kid = add_child(engine, "Jesse", "Mol", school_id=school)
    removals = _removals(engine)
    assert removals.school_of_children(engine.conn, school) == 1
    assert removals.organisation_disclosed(engine.conn, school) is None
    assert removals.guardian_disclosed(engine.conn, kid, NOW) is None
    consent = add_consent(engine, kid, school)
    with engine.transaction():
        engine.consents.add_disclosure(engine.conn, {
            "packet_id": f"r-{kid}-{engine.name}", "child_id": kid, "recipient_id": school,
            "consent_ids": [consent], "items": [("contact_details", "ab" * 32)],
            "created_by": engine.author_id, "created_at": NOW, "legal_ground": "",
            "reason": "", "approved_by": None})
    sent = removals.organisation_disclosed(engine.conn, school)
    name = engine.people.organisation(engine.conn, school).name
    assert (sent.recipient, sent.at) == (name, NOW)
    assert removals.guardian_disclosed(engine.conn, kid, NOW) == sent
    assert removals.guardian_disclosed(engine.conn, kid, NOW + timedelta(seconds=1)) is None
    with engine.transaction():
        other = engine.people.add(engine.conn, "organisation", {
            "name": "GGD Hollands Noorden", "kind": "ggd", "contact_person": "Dokter Ans",
            "email": "", "phone": "", "address": "", "created_at": NOW, "updated_at": NOW})
        removals.remove(engine.conn, "organisation", other, child_id=None, reason="weg",
                        user_id=engine.author_id, now=NOW)
    assert other not in [o.id for o in engine.people.organisations(engine.conn)]
    assert engine.people.organisation(engine.conn, other).contact_person == ""

def test_a_disclosure_notes_the_parents_inzage(engine):
    """The disclosure keeps the same three notes of its inzage on both engines (issue
    10), and names a real one."""
    from casefile.storage.repositories import inzage as local_inzage
    from casefile.storage.repositories.pg import inzage as pg_inzage

    kid, school = add_child(engine, "Roos", "Smit"), add_school(engine)
    consent = add_consent(engine, kid, school)
    inzage = pg_inzage if engine.name == "server" else local_inzage
    with engine.transaction():
        inzage_id = inzage.add(engine.conn, {
            "child_id": kid, "recipient_id": school, "offered_to": [7],
            "consent_ids": [consent], "items": [("note:1", "ab" * 32)],
            "offered_at": NOW, "answer_by": date(2026, 3, 12),
            "offered_by": engine.author_id})
    with engine.transaction():
        engine.consents.add_disclosure(engine.conn, {
            "packet_id": f"i-{kid}-{engine.name}", "child_id": kid, "recipient_id": school,
            "consent_ids": [consent], "items": [("note:1", "ab" * 32)],
            "created_by": engine.author_id, "created_at": NOW, "legal_ground": "",
            "reason": "", "approved_by": None, "inzage_id": inzage_id,
            "inzage_offered_at": NOW, "inzage_answer": "no_remarks"})
    [found] = engine.consents.disclosures_of(engine.conn, kid)
    assert (found.inzage_id, found.inzage_offered_at, found.inzage_answer) == (
        inzage_id, NOW, "no_remarks")


# -- what the server holds --------------------------------------------------------------------

CANARIES = {
    "first_name": "Wietske", "last_name": "Zwanenburg", "guardian": "Hendrika Zwanenburg",
    "phone": "06-55512345", "email": "h.zwanenburg@voorbeeld.nl", "school": "Klimopschool",
    "contact": "meester Jorrit", "note": "stottert bij het voorlezen",
    "group": "groep zevenentachtig", "trajectory": "Hoogbegaafdheidstraject",
    "reason": "verhuisd naar Terschelling", "renamed": "Bloemendaalder",
    "filename": "verslag-Wijnaldum.pdf", "refiled": "onderzoek-Hoogeveen.pdf",
    "content": "Logopedisch onderzoeksrapport", "remarks": "Oma Geertruida leest mee",
    "request": "belde vanuit Harlingen", "extension": "dossier bij Vlieland",
    "hold": "tuchtklacht Oosterwolde", "payer": "Familie Dijkgraaf",
    "invoice": "Begeleiding Sneek", "practice": "Praktijk Kloosterburen",
    "address": "Kerkstraat Warffum", "backup": "Uithuizermeeden", "secret": "Pieterburen",
}


def pg_dump() -> str:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"))
    return str(found[-1]) if found else "pg_dump"


def test_a_dump_of_the_whole_server_holds_none_of_the_canaries(pg_empty_database):
    practice_server.initialise(pg_empty_database, ADMIN, PASSPHRASE)
    with practice_server.open_server(pg_empty_database, ADMIN, PASSPHRASE) as session:
        conn = server_connection(session.db(), session.sealer)
        with server.transaction(session.db()):
            school = pg_people.add(conn, "organisation", {
                "name": CANARIES["school"], "kind": "school", "contact_person":
                CANARIES["contact"], "email": "", "phone": "", "address": "",
                "created_at": NOW, "updated_at": NOW})
            kid = pg_people.add(conn, "child", {
                "first_name": CANARIES["first_name"], "last_name": CANARIES["last_name"],
                "birth_date": date(2015, 8, 17), "school_id": school,
                "school_group": CANARIES["group"], "created_at": NOW, "updated_at": NOW})
            pg_people.add(conn, "guardian", {
                "child_id": kid, "name": CANARIES["guardian"], "relation": "moeder",
                "phone": CANARIES["phone"], "email": CANARIES["email"], "address": "",
                "has_authority": True, "created_at": NOW, "updated_at": NOW})
            pg_people.add(conn, "trajectory", {
                "child_id": kid, "title": CANARIES["trajectory"], "start_date": date(2026, 1, 5),
                "end_date": None, "summary": "", "created_at": NOW, "updated_at": NOW})
            pg_people.change(conn, "child", kid, child_id=kid, reason=CANARIES["reason"],
                             changes={"last_name": CANARIES["renamed"]},
                             user_id=session.user.id, now=NOW)
            pg_notes.add(conn, {
                "child_id": kid, "author_id": session.user.id, "text": CANARIES["note"],
                "category": Category.SESSION_NOTES, "sensitivity": Sensitivity.SPECIAL,
                "session_date": date(2026, 2, 3), "duration_minutes": 45,
                "created_at": NOW, "updated_at": NOW})
            _seal_the_rest(conn, kid, school, session.user.id)
        assert pg_search.newest(conn, "voorlezen") != []  # the rows are there
    dump = subprocess.run([pg_dump(), "--dbname", pg_empty_database, "--no-owner"],
                          capture_output=True, check=True, timeout=60).stdout
    assert b"COPY public.children" in dump and b"COPY public.document_chunks" in dump
    text = dump.decode("utf-8", "replace").casefold()
    for canary in [*CANARIES.values(), "2015-08-17", "2026-02-03"]:
        for word in [canary, *canary.split()]:
            if len(word) >= 5:  # as text, and as the hex of bytea
                assert word.casefold() not in text, word
                assert word.encode().hex() not in text, word


def _seal_the_rest(conn, kid: int, school: int, user_id: int) -> None:
    """The canaries of the documents, inzages, rights desk, retention, settings, meta and
    secrets (pg_migrations/0012-0015), written as an administrator."""
    from casefile.storage.repositories.pg import base as pg_base
    from casefile.storage.repositories.pg import documents, inzage, meta, rights_desk, vault_secrets

    doc = documents.add(conn, {
        "child_id": kid, "filename": CANARIES["filename"], "media_type": "", "size": 0,
        "sha256": "", "category": Category.DOCUMENTS, "sensitivity": Sensitivity.SPECIAL,
        "source_organisation_id": school, "received_on": date(2026, 2, 3),
        "imported_by": user_id, "imported_at": NOW})
    documents.add_chunk(conn, doc, 0, CANARIES["content"].encode())
    documents.complete(conn, doc, media_type="application/pdf", size=29, sha256="ab" * 32)
    documents.change(conn, doc, child_id=kid, changes={"filename": CANARIES["refiled"]},
                     reason=CANARIES["reason"], user_id=user_id, now=NOW)
    inzage_id = inzage.add(conn, {
        "child_id": kid, "recipient_id": school, "offered_to": [], "consent_ids": [],
        "items": [(f"document:{doc}", "ab" * 32)], "offered_at": NOW,
        "answer_by": date(2026, 3, 12), "offered_by": user_id})
    inzage.answer(conn, inzage_id, {"answer": "remarks", "remarks": CANARIES["remarks"],
                                    "answered_at": NOW, "answered_by": user_id})
    rights_desk.add_request(conn, {
        "child_id": kid, "kind": "access", "requester": "guardian", "guardian_id": None,
        "identity_check": "in_person", "received_on": date(2026, 3, 1),
        "due_on": date(2026, 4, 1), "extension_reason": CANARIES["extension"],
        "note": CANARIES["request"], "recorded_by": user_id, "recorded_at": NOW})
    rights_desk.add_hold(conn, {
        "child_id": kid, "reason": CANARIES["hold"], "starts_on": date(2026, 1, 1),
        "ends_on": date(2027, 1, 1), "recorded_by": user_id, "recorded_at": NOW})
    pg_base.insert(conn, "financial_records", {
        "child_id": kid, "invoice_number": "2026-001", "invoice_date": date(2026, 3, 1),
        "payer": CANARIES["payer"], "description": CANARIES["invoice"],
        "amount_cents": 12500, "created_at": NOW})
    meta.save_settings(conn, {"practice_name": f'"{CANARIES["practice"]}"',
                              "practice_address": f'"{CANARIES["address"]}"'})
    meta.put(conn, "last_backup", f'{{"dir": "{CANARIES["backup"]}"}}')
    vault_secrets.put(conn, vault_secrets.SIGNING_KEY, CANARIES["secret"].encode())


def test_a_later_signature_and_the_withdrawal_channel_read_back(engine):
    kid, school = add_child(engine, "Lotte", "Prins"), add_school(engine)
    first = add_consent(engine, kid, school, given_by=[7])
    with engine.transaction():
        engine.consents.add_signature(engine.conn, {
            "consent_id": first, "child_id": kid, "guardian_id": 8, "by_child": False,
            "signed_on": date(2026, 3, 9), "evidence_document_id": None,
            "recorded_by": engine.author_id, "recorded_at": NOW})
        engine.consents.add_signature(engine.conn, {
            "consent_id": first, "child_id": kid, "guardian_id": None, "by_child": True,
            "signed_on": date(2026, 3, 7), "evidence_document_id": None,
            "recorded_by": engine.author_id, "recorded_at": NOW})
        engine.consents.add_event(engine.conn, {
            "consent_id": first, "child_id": kid, "kind": "withdrawn",
            "effective_at": datetime(2026, 3, 10, tzinfo=UTC), "by_guardian_id": 7,
            "reason": "", "channel": "phone", "recorded_by": engine.author_id,
            "recorded_at": NOW})
    consent = engine.consents.consent(engine.conn, first)
    assert [(s.guardian_id, s.signed_on) for s in consent.signatures] == [
        (None, date(2026, 3, 7)), (8, date(2026, 3, 9))]
    assert consent.given_by == (7,)
    assert consent.withdrawal.channel == "phone"
    assert engine.consents.consents_of(engine.conn, kid)[0].signatures == consent.signatures


def test_a_disclosure_keeps_its_purpose_and_is_found_by_id(engine):
    kid, school = add_child(engine, "Mees", "Bos"), add_school(engine)
    one = add_consent(engine, kid, school)
    with engine.transaction():
        did = engine.consents.add_disclosure(engine.conn, {
            "packet_id": f"q-{kid}-{engine.name}", "child_id": kid, "recipient_id": school,
            "consent_ids": [one], "items": [("identity", "cd" * 32)],
            "created_by": engine.author_id, "created_at": NOW, "legal_ground": "",
            "reason": "", "approved_by": None, "purpose": "Overdracht naar groep 6"})
    found = engine.consents.disclosure(engine.conn, did)
    assert (found.purpose, found.consent_ids) == ("Overdracht naar groep 6", (one,))
    assert engine.consents.disclosures_of(engine.conn, kid) == [found]
    with pytest.raises(NotFound):
        engine.consents.disclosure(engine.conn, did + 10_000)
