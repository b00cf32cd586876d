"""Documents stored encrypted in chunks inside the database: limits, clear errors for files
that cannot be imported, safe names, content types, and audited reads."""

from __future__ import annotations

import hashlib
import os
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile import Category
from casefile.documents import CHUNK
from casefile.errors import (
    DocumentEmpty,
    DocumentTooLarge,
    DocumentUnreadable,
    DocumentVanished,
    DossierRestricted,
    InvalidInput,
)
from casefile.validation import MAX_NAME, safe_filename


@pytest.fixture
def kid(vault):
    return vault.children.add(first_name="Daan", last_name="de Wilde",
                              birth_date=date(2016, 4, 2))



def test_document_round_trip_in_chunks(vault, kid, tmp_path):
    data = os.urandom(700_000)
    source = tmp_path / "scan.bin"
    source.write_bytes(data)
    seen = []
    doc = vault.documents.import_file(kid.id, source, category=Category.ASSESSMENTS,
                                      progress=lambda done, total: seen.append(done))
    assert len(seen) == 3 and seen[-1] == len(data)
    assert vault.documents.read(doc.id) == data
    assert doc.size == len(data) and doc.category == Category.ASSESSMENTS
    target = tmp_path / "kopie.bin"
    vault.documents.save_copy(doc.id, target)
    assert target.read_bytes() == data


def test_document_size_limit_empty_and_vanished(vault, kid, tmp_path):
    vault.settings.update(document_size_limit_mb=1)
    big = tmp_path / "groot.pdf"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(DocumentTooLarge):
        vault.documents.import_file(kid.id, big)
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    with pytest.raises(DocumentEmpty):
        vault.documents.import_file(kid.id, empty)
    with pytest.raises(DocumentVanished):
        vault.documents.import_file(kid.id, tmp_path / "weg.txt")
    assert vault.documents.list(kid.id) == []


@pytest.mark.parametrize(("name", "shown"), [
    ("../../etc/passwd", "passwd"),
    ("rapport\x00\x07.pdf", "rapport.pdf"),
    ("gnp.\u202eexe.pdf", "gnp.exe.pdf"),
    ("a" * 400 + ".pdf", None),
])
def test_odd_file_names_are_stored_safely(vault, kid, name, shown):
    doc = vault.documents.import_bytes(kid.id, b"%PDF-1.4 test", name)
    assert "/" not in doc.filename and all(c.isprintable() for c in doc.filename)
    assert len(doc.filename) <= 120
    if shown:
        assert doc.filename == shown
    assert doc.media_type == "application/pdf"


def test_unreadable_file_and_bad_kinds_get_clear_errors(vault, kid, tmp_path):
    with pytest.raises(DocumentUnreadable):
        vault.documents.import_file(kid.id, tmp_path)  # a folder, not a file
    with pytest.raises(DocumentEmpty):
        vault.documents.import_bytes(kid.id, b"", "leeg.txt")
    with pytest.raises(InvalidInput):
        vault.documents.import_bytes(kid.id, b"x", "a.txt", category="geheim")
    with pytest.raises(InvalidInput):
        vault.documents.import_bytes(kid.id, b"x", "a.txt", received_on="gisteren")
    assert vault.documents.list(kid.id) == []


def test_stored_in_chunks_with_the_hash_of_the_content(vault, kid):
    data = os.urandom(2 * CHUNK + 10)
    doc = vault.documents.import_bytes(kid.id, data, "scan.bin", received_on=date(2026, 2, 1))
    sizes = [r[0] for r in vault.context.db().execute(
        "SELECT length(data) FROM document_chunks WHERE document_id = ? ORDER BY seq",
        (doc.id,))]
    assert sizes == [CHUNK, CHUNK, 10]
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert b"".join(vault.documents.iter_chunks(doc.id)) == data
    assert vault.documents.get(doc.id).received_on == date(2026, 2, 1)


def test_reads_are_audited_without_the_name(vault, kid, tmp_path):
    doc = vault.documents.import_bytes(kid.id, b"verslag", "Verslag Daan.txt")
    vault.documents.read(doc.id)
    vault.documents.save_copy(doc.id, tmp_path / "kopie.txt")
    events = [e for e in vault.audit.events(child_id=kid.id) if e.object_type == "document"]
    assert [e.action for e in events] == ["export_copy", "read", "read", "create"]
    assert all("Daan" not in str(e.details) for e in events)


def test_restricted_dossier_takes_no_documents(vault, kid):
    vault.context.db().execute("UPDATE children SET restricted = 1 WHERE id = ?", (kid.id,))
    with pytest.raises(DossierRestricted):
        vault.documents.import_bytes(kid.id, b"rapport", "rapport.txt")


@pytest.mark.parametrize(("data", "name", "media"), [
    (b"\x89PNG\r\n\x1a\n0000", "foto", "image/png"),
    (b"\xff\xd8\xff\xe0", "foto.dat", "image/jpeg"),
    (b"GIF89a...", "x.bin", "image/gif"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "foto.webp", "image/webp"),
    (b"%PDF-1.7", "brief", "application/pdf"),
    ("één regel".encode(), "notitie.TXT", "text/plain"),
    (b"# kop", "lees.md", "text/markdown"),
    (b"a;b", "cijfers.csv", "text/csv"),
    (b"\x00\x01", "onbekend", "application/octet-stream"),
])
def test_media_type_from_content_then_name(vault, kid, data, name, media):
    assert vault.documents.import_bytes(kid.id, data, name).media_type == media


@given(st.text(max_size=300))
def test_any_name_becomes_a_safe_one(name):
    safe = safe_filename(name)
    assert safe and len(safe) <= MAX_NAME
    assert "/" not in safe and "\\" not in safe
    assert all(c.isprintable() for c in safe)
    assert not safe.startswith(".")
