"""A school can tell the practice's packet from a forgery: a packet opened with its
password, changed, re-signed with a fresh key and encrypted again is intact by every hash,
so only the practice's fingerprint (the trust anchor) tells the two apart."""

from __future__ import annotations

import base64
import io
import json
from datetime import date

import pikepdf
import pypdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import Category, cli
from casefile.errors import InvalidInput
from casefile.packet_format import (
    CONTENT,
    FILE_SIGNATURE,
    MANIFEST,
    SIGNATURE,
    canonical,
    normalise_fingerprint,
    public_bytes,
    read_trusted_fingerprints,
    sha256,
    verify_packet,
)

FORGED_TEXT = "Lotte heeft ernstige gedragsproblemen."


@pytest.fixture
def sent(vault, qapp, tmp_path):
    """A real packet from the fixture vault, its password file and the vault's fingerprint."""
    kid = vault.children.add(first_name="Lotte", last_name="Kloosterboer",
                             birth_date=date(2017, 3, 1))
    mum = vault.guardians.add(kid.id, name="Annelies Kloosterboer", has_authority=True)
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    vault.notes.finalise(vault.notes.add(kid.id, text="Leest nu vlot.").id)
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id, purpose="Overstap",
                          categories={Category.IDENTITY, Category.SESSION_NOTES},
                          given_by=[mum.id], method="written", valid_from=date(2026, 1, 1),
                          valid_until=date(2027, 1, 1))
    out = tmp_path / "pakket.pdf"
    packet = vault.packets.create(kid.id, school.id, out)
    secret = tmp_path / "pw.txt"
    secret.write_text(packet.password + "\n")
    return out, packet.password, secret, vault.signing.fingerprint()


def forge(data: bytes, password: str) -> bytes:
    """What an attacker with the password does: change a note and the recipient, sign the
    manifest and the file with a key of their own, encrypt again."""
    key = Ed25519PrivateKey.generate()
    with pikepdf.open(io.BytesIO(data), password=password) as pdf:
        content = json.loads(pdf.attachments[CONTENT].get_file().read_bytes())
        manifest = json.loads(pdf.attachments[MANIFEST].get_file().read_bytes())
        note = next(k for k in content if k.startswith("note:"))
        content[note] = {**content[note], "text": FORGED_TEXT}
        for item in manifest["items"]:
            if item["key"] == note:
                item["sha256"] = sha256(canonical(content[note]))
        manifest["recipient"] = "Stichting Nergens"
        manifest["public_key"] = base64.b64encode(public_bytes(key)).decode()
        signed = canonical(manifest)
        for name, body in ((CONTENT, canonical(content)), (MANIFEST, signed),
                           (SIGNATURE, base64.b64encode(key.sign(signed)))):
            pdf.attachments[name] = pikepdf.AttachedFileSpec(pdf, body, filename=name)
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="x", user=password, R=6))
    body = out.getvalue()
    return body + FILE_SIGNATURE + base64.b64encode(key.sign(body)) + b"\n"


def verify_cli(path, secret, *extra: str) -> int:
    return cli.main(["verify-packet", str(path), "--password-file", str(secret), *extra])


def test_a_re_signed_packet_is_intact_but_refused_by_the_fingerprint(sent, tmp_path, capsys):
    out, password, secret, fp = sent
    forged = tmp_path / "vervalst.pdf"
    forged.write_bytes(forge(out.read_bytes(), password))
    report = verify_packet(forged.read_bytes(), password)
    assert report.ok and not report.sender_checked, "the forgery is intact by every hash"
    assert report.manifest["recipient"] == "Stichting Nergens"

    assert verify_cli(forged, secret, "--expect-fingerprint", fp) == cli.EXIT_PROBLEMS
    captured = capsys.readouterr()
    assert "not the practice key you trust" in captured.err
    assert len(captured.err.strip().splitlines()) == 1, "one plain sentence"
    assert "problem" not in captured.out

    assert verify_cli(out, secret, "--expect-fingerprint", fp.lower().replace(" ", "")) == 0
    assert "signed by a trusted practice key" in capsys.readouterr().out


def test_without_an_anchor_verify_packet_says_it_did_not_check_the_sender(sent, tmp_path,
                                                                         capsys):
    out, password, secret, _ = sent
    forged = tmp_path / "vervalst.pdf"
    forged.write_bytes(forge(out.read_bytes(), password))
    for path in (out, forged):
        assert verify_cli(path, secret) == cli.EXIT_OK
        said = capsys.readouterr().out
        assert "but not the sender" in said and "--expect-fingerprint" in said
        assert "trusted practice key" not in said


def test_a_file_of_trusted_fingerprints(sent, tmp_path, capsys):
    out, password, secret, fp = sent
    forged = tmp_path / "vervalst.pdf"
    forged.write_bytes(forge(out.read_bytes(), password))
    other = "0123 4567 89AB CDEF 0123 4567 89AB CDEF"
    trusted = tmp_path / "vertrouwd.txt"
    trusted.write_text(f"# Praktijk Testlaan, van het toestemmingsformulier\n{other}\n\n"
                       f"{fp}  # huidige sleutel\n")
    assert verify_cli(out, secret, "--trusted-fingerprints", str(trusted)) == cli.EXIT_OK
    assert verify_cli(forged, secret, "--trusted-fingerprints", str(trusted)) == 1
    trusted.write_text(f"{other}\n")
    assert verify_cli(out, secret, "--trusted-fingerprints", str(trusted)) == 1
    capsys.readouterr()
    trusted.write_text("# alleen commentaar\nniet-hex\n")
    assert verify_cli(out, secret, "--trusted-fingerprints", str(trusted)) == cli.EXIT_USAGE
    assert capsys.readouterr().err.strip() == (
        "Line 2 is not a signing-key fingerprint (32 hexadecimal digits).")


def test_a_damaged_packet_still_lists_its_problems_with_an_anchor(sent, tmp_path, capsys):
    out, _, secret, fp = sent
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    out.write_bytes(bytes(data))
    assert verify_cli(out, secret, "--expect-fingerprint", fp) in (1, 2)
    assert "trusted practice key" not in capsys.readouterr().out


def test_fingerprints_are_read_however_they_are_typed():
    fp = "A1B2 C3D4 E5F6 0718 293A 4B5C 6D7E 8F90"
    for typed in (fp, fp.lower(), fp.replace(" ", ""), fp.replace(" ", ":"),
                  f"  {fp.replace(' ', '-')}  "):
        assert normalise_fingerprint(typed) == fp
    for wrong in ("", "A1B2", fp + " 00", fp.replace("A", "G")):
        with pytest.raises(InvalidInput):
            normalise_fingerprint(wrong)
    assert read_trusted_fingerprints(f"# x\n{fp.lower()} # y\n\n") == {fp}
    with pytest.raises(InvalidInput):
        read_trusted_fingerprints("# nothing here\n")


def pdf_words(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_consent_form_and_the_letter_carry_the_fingerprint(vault, qapp, tmp_path):
    kid = vault.children.add(first_name="Fenna", last_name="Brinkman",
                             birth_date=date(2017, 6, 1))
    mum = vault.guardians.add(kid.id, name="Ingrid Brinkman", has_authority=True)
    school = vault.organisations.add(name="OBS Het Kompas", kind="school")
    fp = vault.signing.fingerprint()
    form = vault.consent_documents.consent_form(
        kid.id, recipient_id=school.id, purpose="Overstap", categories={Category.IDENTITY},
        valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    words = pdf_words(form)
    # pypdf reads a space after the mono glyph whose subset code is 0x20 (its heuristic;
    # pdftotext reads it whole, tests/test_document_layout.py), so the command without spaces
    assert fp in words and "--expect-fingerprint" in "".join(words.split())
    consent = vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                                    purpose="Overstap", categories={Category.IDENTITY},
                                    given_by=[mum.id], method="written",
                                    valid_from=date(2026, 1, 1), valid_until=date(2027, 1, 1))
    vault.packets.create(kid.id, school.id, tmp_path / "p.pdf")
    vault.consents.withdraw(consent.id, by=mum.id)
    [(_, letter)] = vault.consent_documents.deletion_letters(consent.id)
    assert fp in pdf_words(letter)
