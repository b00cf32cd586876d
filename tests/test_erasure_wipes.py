"""Erasure really wipes: every page of casefile.db, its -wal and a backup is decrypted
with the vault key (tests/sqlcipher_pages.py, free pages included) and searched for the
erased child's canaries, while the kept child's canaries must be found (proof that the
decryption works and the search would see them)."""

from __future__ import annotations

from datetime import date

import pytest

import sqlcipher_pages as pages
from casefile import Category

ERASED = (b"Wietskezonnebloem", b"Kikkerdrilnotitie", b"Bijenkorfrapportage")
KEPT = (b"Jorisbeukenlaan", b"Dromedarisnotitie", b"Pinguinrapportage")


def _dossier(vault, canaries: tuple[bytes, bytes, bytes]):
    name, note, document = (c.decode() for c in canaries)
    kid = vault.children.add(first_name=name, last_name="Verzonnen",
                             birth_date=date(2016, 5, 5))
    for i in range(3):  # enough rows that pages are freed, not only rewritten
        vault.notes.finalise(vault.notes.add(kid.id, text=f"Sessie {i}: {note} " * 40).id)
    vault.documents.import_bytes(kid.id, b"%PDF-1.4 " + canaries[2] * 3000, "rapport.pdf",
                                 category=Category.ASSESSMENTS)
    assert document  # the document's bytes are the third canary
    return kid


def _found(plain: bytes, canaries: tuple[bytes, ...]) -> list[bytes]:
    low = plain.lower()
    return [c for c in canaries if c.lower() in low]


def _assert_wiped(plain: bytes) -> None:
    assert _found(plain, KEPT) == list(KEPT), "the decryption sees what is there"
    assert _found(plain, ERASED) == []


def test_erasure_leaves_no_canary_in_any_page_or_backup(vault, tmp_path, qapp):
    _dossier(vault, KEPT)
    gone = _dossier(vault, ERASED)
    key = vault.context.database_key()
    assert _found(pages.all_plaintext(vault.path, key), ERASED) == list(ERASED)
    vault.rights.erase(gone.id, reason="verzoek ouders")
    _assert_wiped(pages.all_plaintext(vault.path, key))  # the database and its WAL as is
    result = vault.backups.create(tmp_path / "backups")
    _assert_wiped(pages.backup_plaintext(result.path, key))
    vault.lock()
    _assert_wiped(pages.all_plaintext(vault.path, key))


def test_erasure_on_a_withdrawn_processing_consent_wipes_the_freed_pages(vault):
    kid = _dossier(vault, KEPT)
    mum = vault.guardians.add(kid.id, name="Moeder Verzonnen", has_authority=True)
    consent = vault.consents.record(
        kid.id, scope="processing", purpose="Onderzoek bewaren",
        categories={Category.ASSESSMENTS, Category.SESSION_NOTES}, given_by=[mum.id],
        covers_special=True, valid_from=date(2026, 1, 1), valid_until=date(2031, 1, 1))
    for i in range(3):
        vault.notes.add(kid.id, text=f"Diagnose {i}: {ERASED[1].decode()} " * 40,
                        sensitivity="special")
    vault.documents.import_bytes(kid.id, b"%PDF-1.4 " + ERASED[2] * 3000, "onderzoek.pdf",
                                 category=Category.ASSESSMENTS, sensitivity="special")
    key = vault.context.database_key()
    vault.consents.withdraw(consent.id, by=mum.id, reason="Liever niet bewaren")
    held = len(vault.consents.held_on_basis(consent.id))
    assert vault.consents.erase_held_on_basis(consent.id, confirm_count=held) == held
    plain = pages.all_plaintext(vault.path, key)
    assert _found(plain, KEPT) == list(KEPT)
    assert _found(plain, ERASED[1:]) == []


def test_a_page_that_does_not_verify_is_refused(vault):
    key = bytearray(vault.context.database_key())
    key[0] ^= 1
    with pytest.raises(pages.PageDoesNotVerify):
        pages.all_plaintext(vault.path, bytes(key))
