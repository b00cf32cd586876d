"""One Vault API, two engines (issue 14): `Vault.create` and `Vault.open` take a vault
folder or a practice server's `postgresql://` URL, and the same services run on both.
Each test here runs twice: on a local vault and on a practice server of its own."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest

from casefile.errors import InvalidInput, NotFound, VaultLocked, WrongPassphrase
from casefile.model import AuditAction, Category
from casefile.storage import engines
from casefile.storage.repositories import search as local_search
from casefile.vault import Vault, is_server_url
from support import ADMIN, PASSPHRASE


@pytest.fixture(params=["local", "server"])
def place(request, tmp_path):
    """Where the vault lives: a folder, or an empty database on the test server."""
    if request.param == "local":
        return tmp_path / "vault"
    return request.getfixturevalue("pg_empty_database")


@pytest.fixture
def opened(place, clock, secrets):
    vault = Vault.create(place, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                         secrets=secrets, practice_name="Praktijk Testlaan")
    yield vault
    vault.lock()


def _child(vault: Vault):
    return vault.children.add(first_name="Daan", last_name="de Wilde",
                              birth_date=date(2016, 4, 2))


def test_a_server_url_is_told_from_a_folder(tmp_path):
    assert is_server_url("postgresql://host/practice?sslmode=verify-full")
    assert not is_server_url(str(tmp_path))
    assert not is_server_url(tmp_path)


def test_create_opens_on_either_engine_and_lock_closes_it(opened, place, clock, secrets):
    assert opened.practice_name == "Praktijk Testlaan"
    assert opened.user.name == ADMIN
    assert opened.recovery_key
    kid = _child(opened)
    opened.lock()
    with pytest.raises(VaultLocked):
        opened.children.get(kid.id)
    with pytest.raises(WrongPassphrase):
        Vault.open(place, user=ADMIN, passphrase="niet het goede wachtwoord", clock=clock,
                   secrets=secrets)
    again = Vault.open(place, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                       secrets=secrets)
    try:
        assert again.children.get(kid.id).last_name == "de Wilde"
        actions = [e.action for e in again.audit.events(limit=50)]
        assert actions.count(AuditAction.UNLOCK) == 2  # create's own unlock and this one
        assert AuditAction.LOCK in actions
    finally:
        again.lock()


def test_children_and_the_filter(opened):
    kid = _child(opened)
    opened.children.add(first_name="Noor", last_name="Hoekstra", birth_date=date(2015, 9, 9))
    assert [c.id for c in opened.children.page(0, 10, text="wild")] == [kid.id]
    renamed = opened.children.update(kid.id, first_name="Daniël", reason="spelling")
    assert renamed.first_name == "Daniël"
    assert [c.first_name for c in opened.children.page(0, 10, text="daniel")] == ["Daniël"]


def test_notes_draft_final_and_amended(opened):
    kid = _child(opened)
    note = opened.notes.add(kid.id, text="Eerste sessie: lezen geoefend.",
                            session_date=date(2026, 2, 3))
    opened.notes.save_draft(note.id, text="Eerste sessie: begrijpend lezen geoefend.")
    final = opened.notes.finalise(note.id)
    assert final.finalised
    with pytest.raises(InvalidInput):
        opened.notes.save_draft(note.id, text="te laat")
    amended = opened.notes.amend(note.id, text="Eerste sessie: begrijpend lezen, 20 min.",
                                 reason="duur aangevuld")
    assert amended.version == 2
    assert [v.text for v in opened.notes.history(note.id)] == [
        "Eerste sessie: begrijpend lezen geoefend.", "Eerste sessie: begrijpend lezen, 20 min."]
    assert [n.id for n in opened.notes.list(kid.id)] == [note.id]


def test_search_finds_the_current_text_with_a_marked_snippet(opened):
    from casefile.search import MARK_CLOSE, MARK_OPEN

    kid = _child(opened)
    opened.notes.add(kid.id, text="Tafels oefenen met de rekenkaarten.")
    hit, = opened.search.notes("rekenk")
    assert f"{MARK_OPEN}rekenkaarten{MARK_CLOSE}" in hit.snippet
    assert opened.search.notes("tafels", child_id=kid.id)[0].child_id == kid.id
    assert opened.search.notes("zeldzaamwoord") == []


def test_a_missing_row_is_not_found(opened):
    with pytest.raises(NotFound):
        opened.children.get(987654)


def test_the_dispatcher_sends_each_engine_its_own_sql(opened):
    conn = opened.context.db()
    server = engines.is_server(conn)
    assert server == is_server_url(opened.location)
    # a constant or class is the local module's on both engines
    assert engines.search.Match is local_search.Match
    kid = _child(opened)
    note = opened.notes.add(kid.id, text="tekst", category=Category.SESSION_NOTES)
    assert engines.notes.note(conn, note.id).text == "tekst"


def test_the_server_stores_only_ciphertext(opened, place):
    if not is_server_url(place):
        pytest.skip("the server's own check; a local vault is one encrypted file")
    kid = _child(opened)
    opened.notes.add(kid.id, text="Canarisvogel zingt in de notitie.")
    with psycopg.connect(place) as owner:
        rows = owner.execute("SELECT row_to_json(c)::text FROM children c UNION ALL "
                             "SELECT row_to_json(n)::text FROM notes n").fetchall()
    dumped = " ".join(r[0] for r in rows)
    assert str(kid.id) in dumped  # ids are in clear: proof the rows were read
    for canary in ("Daan", "de Wilde", "2016-04-02", "Canarisvogel"):
        assert canary not in dumped


def test_the_command_line_opens_a_server_given_as_vault(opened, place, monkeypatch, capsys):
    from casefile import cli

    kid = _child(opened)
    opened.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert cli.main(["--lang", "en", "list", "children", "--vault", str(place),
                     "--user", ADMIN]) == 0
    out = capsys.readouterr().out
    assert str(kid.id) in out and "de Wilde" in out


def test_packets_follow_consent_and_the_legal_door_takes_a_second_admin(opened, tmp_path):
    """The consent rule, the packet and its disclosure, a withdrawal that stops the next
    packet, and the legal door with a second administrator, on either engine."""
    from casefile.errors import ConsentRequired
    from casefile.model import Category
    from casefile.packet_format import verify_packet

    kid = _child(opened)
    mum = opened.guardians.add(kid.id, name="Annelies de Wilde", has_authority=True)
    school = opened.organisations.add(name="Basisschool De Regenboog", kind="school")
    note = opened.notes.finalise(opened.notes.add(kid.id, text="Leest nu vlot AVI E4.").id)
    consent = opened.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap groep 5",
        categories={Category.IDENTITY, Category.SESSION_NOTES}, given_by=[mum.id],
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    packet = opened.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    assert f"note:{note.id}" in packet.item_keys
    manifest = verify_packet((tmp_path / "p.pdf").read_bytes(), packet.password).manifest
    assert manifest["consent_ids"] == [consent.id]
    assert [d.recipient_id for d in opened.packets.disclosures(kid.id)] == [school.id]
    opened.consents.withdraw(consent.id, by=mum.id, reason="Verhuisd")
    with pytest.raises(ConsentRequired):
        opened.packets.create(kid.id, school.id, tmp_path / "q.pdf")
    assert not (tmp_path / "q.pdf").exists()
    bea = opened.users.add("bea", role="admin", temporary_passphrase="tweede-beheerder-Bea-2026")
    with pytest.raises(WrongPassphrase):
        opened.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf", approver="bea",
                                    approver_passphrase="niet-het-goede-Bea-2026",
                                    items=[f"note:{note.id}"], legal_ground="Meldcode",
                                    reason="Zorgen over veiligheid.")
    opened.packets.create_legal(kid.id, school.id, tmp_path / "m.pdf", approver="bea",
                                approver_passphrase="tweede-beheerder-Bea-2026",
                                items=[f"note:{note.id}"], legal_ground="Meldcode",
                                reason="Zorgen over veiligheid.")
    assert opened.packets.disclosures(kid.id)[0].approved_by == bea.id


def test_every_command_that_takes_a_vault_takes_a_server(opened, place, tmp_path, clock,
                                                          secrets, monkeypatch, capsys):
    """verify, export, inzage and its answer, access-report and retention, through
    `--vault` on either engine (a server's `verify --vault URL` is `verify --server`)."""
    from casefile import cli

    kid = _child(opened)
    mum = opened.guardians.add(kid.id, name="Annelies de Wilde", has_authority=True)
    school = opened.organisations.add(name="Basisschool De Regenboog", kind="school")
    opened.notes.finalise(opened.notes.add(kid.id, text="Leest nu vlot AVI E4.").id)
    opened.consents.record(
        kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap groep 5",
        categories={Category.IDENTITY, Category.SESSION_NOTES}, given_by=[mum.id],
        method="written", valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    opened.lock()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)

    def run(*command: str) -> str:
        capsys.readouterr()
        code = cli.main(["--lang", "en", *command, "--vault", str(place), "--user", ADMIN])
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), (command, code, err)
        return out

    checked = run("verify")
    assert ("Audit chain, signatures, roles and keys: ok." if is_server_url(place)
            else "Audit chain: ok") in checked
    run("inzage", "--child", str(kid.id), "--recipient", str(school.id),
        "--out", str(tmp_path / "inzage.pdf"))
    with Vault.open(place, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                    secrets=secrets) as again:
        inzage = again.inzage.of_child(kid.id)[0]
    run("inzage-answer", "--inzage", str(inzage.id), "--answer", "no_remarks")
    run("export", "--child", str(kid.id), "--recipient", str(school.id),
        "--out", str(tmp_path / "packet.pdf"))
    run("access-report", "--child", str(kid.id), "--out", str(tmp_path / "inzage-art15.pdf"))
    assert "0" in run("retention", "--due")
    for name in ("inzage.pdf", "packet.pdf", "inzage-art15.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    with Vault.open(place, user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                    secrets=secrets) as again:
        assert [d.recipient_id for d in again.packets.disclosures(kid.id)] == [school.id]
