"""A damaged page anywhere gives one sentence, never a traceback: under schema_version,
the audit log and document chunks; in verify, unlock and reads. The page to damage is
found by decrypting the file (tests/sqlcipher_pages.py), so the damage lands where aimed."""

from __future__ import annotations

import socket
from datetime import date

import pytest

import sqlcipher_pages
from casefile import cli
from casefile.catalogue import error_message
from casefile.errors import CasefileError, DatabaseDamaged
from casefile.vault import Vault
from support import ADMIN, PASSPHRASE

DOC_CANARY = b"Kabouterpad" * 500


@pytest.fixture
def damaged(vault, request):
    """The vault locked, with one byte flipped in a page of the table named by the test."""
    kid = vault.children.add(first_name="Sanne", last_name="Verzonnen",
                             birth_date=date(2016, 2, 2))
    doc = vault.documents.import_bytes(kid.id, b"%PDF-1.4 " + DOC_CANARY, "toets.pdf")
    for i in range(20):
        vault.notes.add(kid.id, text=f"Sessie {i}")
    key = vault.context.database_key()
    vault.lock()
    pages = _pages_of(request.param, vault.path, key)
    assert pages, "the aimed table was found"
    db = vault.path / "casefile.db"
    data = bytearray(db.read_bytes())
    data[(pages[0] - 1) * sqlcipher_pages.PAGE + 300] ^= 0xFF
    db.write_bytes(bytes(data))
    return {"path": vault.path, "doc": doc, "where": request.param}


def _pages_of(where: str, folder, key) -> list[int]:
    find = sqlcipher_pages.pages_containing
    if where == "schema_version":
        schema = set(find(folder, key, b"CREATE"))
        return [p for p in find(folder, key, b"consents") if p not in schema
                and p in find(folder, key, b"rights")]
    if where == "audit_log":
        return find(folder, key, socket.gethostname().encode()[:60])
    return find(folder, key, DOC_CANARY[:200])


@pytest.mark.parametrize("damaged", ["schema_version", "audit_log", "document_chunks"],
                         indirect=True)
def test_verify_is_sentences_and_never_ok(damaged, capsys, monkeypatch):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    code = cli.main(["verify", "--vault", str(damaged["path"]), "--user", ADMIN])
    out = capsys.readouterr()
    assert code == cli.EXIT_PROBLEMS
    assert "Traceback" not in out.err + out.out
    if out.out:  # it opened: each check says what it found, or that it could not run
        assert "Cipher integrity: 1 damaged page(s)" in out.out
        assert "Database integrity: ok" not in out.out
    else:
        assert out.err.strip() == cli.words("en")(error_message(DatabaseDamaged()))


@pytest.mark.parametrize("damaged", ["schema_version", "audit_log", "document_chunks"],
                         indirect=True)
def test_unlock_and_reads_are_one_sentence(damaged, clock, secrets):
    try:
        vault = Vault.open(damaged["path"], user=ADMIN, passphrase=PASSPHRASE, clock=clock,
                           secrets=secrets)
    except CasefileError as exc:
        assert damaged["where"] != "document_chunks"
        assert isinstance(exc, DatabaseDamaged)
        return
    with vault, pytest.raises(DatabaseDamaged):
        if damaged["where"] == "document_chunks":
            vault.documents.read(damaged["doc"].id)
        else:
            vault.audit.verify()
