"""The packet's PDF is encrypted and written in a child process (issue 13: pikepdf's save
holds the GIL), with the same bytes' guarantees, and in this process when none can start."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest

from casefile import Category, packet_process
from casefile.errors import InvalidInput
from casefile.packet_format import verify_packet


@pytest.fixture
def dossier(vault, qapp):
    kid = vault.children.add(first_name="Lotte", last_name="Kloosterboer",
                             birth_date=date(2017, 3, 1))
    mum = vault.guardians.add(kid.id, name="Annelies Kloosterboer", has_authority=True)
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    vault.notes.finalise(vault.notes.add(kid.id, text="Leest nu vlot voor.").id)
    vault.documents.import_bytes(kid.id, b"%PDF-1.4 toets", "toets.pdf",
                                 category=Category.ASSESSMENTS)
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="Overstap groep 5",
                          categories={Category.IDENTITY, Category.SESSION_NOTES,
                                      Category.ASSESSMENTS},
                          given_by=[mum.id], method="written", valid_from=date(2026, 1, 1),
                          valid_until=date(2027, 1, 1))
    return kid, school


def _verified(vault, packet):
    report = verify_packet(packet.path.read_bytes(), packet.password,
                           vault.signing.public_bytes())
    assert report.ok, report.problems
    return report


def test_the_packet_is_built_in_another_process(vault, dossier, tmp_path, monkeypatch):
    def not_here(*args, **kwargs):
        raise AssertionError("the packet was built in the application's own process")

    # a spawned child imports packet_format afresh: this process's copy is never called
    monkeypatch.setattr(packet_process, "build_packet", not_here)
    kid, school = dossier
    packet = vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    report = _verified(vault, packet)
    assert {i["key"] for i in report.manifest["items"]} == set(packet.item_keys)


def test_without_a_child_process_the_packet_is_built_here(vault, dossier, tmp_path,
                                                          monkeypatch, caplog):
    def no_processes(*args, **kwargs):
        raise OSError("no process creation here")

    built = []
    real = packet_process.build_packet
    monkeypatch.setattr(packet_process, "ProcessPoolExecutor", no_processes)
    monkeypatch.setattr(packet_process, "build_packet",
                        lambda *a: built.append(a[-1]) or real(*a))
    kid, school = dossier
    packet = vault.packets.create(kid.id, school.id, tmp_path / "pakket.pdf")
    _verified(vault, packet)
    assert built == [packet.password]
    assert "no child process (OSError)" in caplog.text
    assert packet.password not in caplog.text


def test_a_refusal_in_the_child_reaches_the_caller_by_its_code(vault):
    key = vault.signing.private_key()
    blank = io.BytesIO()
    pikepdf.new().save(blank)
    with pytest.raises(InvalidInput) as refused:  # two attachments with one name
        packet_process.build_packet_apart(blank.getvalue(), {"items": []}, {},
                                          [("a.pdf", b"1"), ("a.pdf", b"2")], key, "w-1234")
    assert refused.value.code == "attachment_names"
