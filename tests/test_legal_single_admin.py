"""The Meldcode door in a one-person practice: the only admin approves their own disclosure
after a written reasoning and typing the passphrase again, and the disclosure says
"without a second reviewer" on the packet, in the log, the access report and the audit."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from casefile.errors import NotPermitted, WrongPassphrase
from support import ADMIN, PASSPHRASE

LEGAL = dict(legal_ground="Meldcode huiselijk geweld en kindermishandeling",
             reason="Zorgen over de veiligheid thuis; overleg met Veilig Thuis gehad.")


@pytest.fixture
def kid_and_body(vault, qapp):
    kid = vault.children.add(first_name="Jip", last_name="Hoekstra",
                             birth_date=date(2016, 8, 1))
    body = vault.organisations.add(name="Veilig Thuis Fryslân", kind="other")
    return kid, body


def text_of(path, password) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.decrypt(password) != 0
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_the_only_admin_approves_alone_and_it_shows_everywhere(vault, kid_and_body,
                                                               tmp_path):
    kid, body = kid_and_body
    with pytest.raises(WrongPassphrase):
        vault.packets.create_legal(kid.id, body.id, tmp_path / "m.pdf", approver=ADMIN,
                                   approver_passphrase="niet-mijn-wachtzin", **LEGAL)
    assert vault.packets.disclosures(kid.id) == []
    packet = vault.packets.create_legal(kid.id, body.id, tmp_path / "m.pdf", approver=ADMIN,
                                        approver_passphrase=PASSPHRASE, **LEGAL)
    [d] = vault.packets.disclosures(kid.id)
    assert d.without_second_reviewer and d.approved_by == d.created_by
    words = vault.context.settings.language
    expected = "zonder tweede beoordelaar" if words == "nl" else "without a second reviewer"
    assert expected in text_of(tmp_path / "m.pdf", packet.password)
    assert [e.action for e in vault.audit.events(child_id=kid.id)
            if e.action.startswith("export")] == ["export_legal_alone"]
    report = vault.rights.access_report(kid.id, tmp_path / "inzage.pdf")
    assert expected in text_of(tmp_path / "inzage.pdf", report.password)


def test_a_counsellor_cannot_approve_alone(vault, kid_and_body, reopen, tmp_path):
    kid, body = kid_and_body
    vault.users.add("cor", role="counsellor", temporary_passphrase="gewone-gebruiker-Cor-2026")
    vault.lock()
    with reopen("cor", "gewone-gebruiker-Cor-2026") as v, pytest.raises(NotPermitted):
        v.packets.create_legal(kid.id, body.id, tmp_path / "m.pdf", approver="cor",
                               approver_passphrase="gewone-gebruiker-Cor-2026", **LEGAL)
    assert not (tmp_path / "m.pdf").exists()


def test_a_counsellor_or_a_former_admin_is_no_second_reviewer(vault, kid_and_body, tmp_path):
    """Only another active admin can review: the only admin of a practice with a
    counsellor and a deactivated admin still approves alone, and it says so."""
    kid, body = kid_and_body
    vault.users.add("cor", role="counsellor", temporary_passphrase="gewone-gebruiker-Cor-2026")
    bea = vault.users.add("bea", role="admin", temporary_passphrase="oud-beheerder-Bea-2026")
    vault.users.deactivate(bea.id)
    packet = vault.packets.create_legal(kid.id, body.id, tmp_path / "m.pdf", approver=ADMIN,
                                        approver_passphrase=PASSPHRASE, **LEGAL)
    [d] = vault.packets.disclosures(kid.id)
    assert d.id == packet.disclosure_id and d.without_second_reviewer
    assert d.approved_by == vault.context.require_user().id
    assert [e.action for e in vault.audit.events(child_id=kid.id)
            if e.action.startswith("export")] == ["export_legal_alone"]
