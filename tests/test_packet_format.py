"""The packet container on its own (no vault): rendered in memory, read back with pypdf (a
PDF implementation other than the one that wrote it), signed, hashed and encrypted."""

from __future__ import annotations

import base64
import io
import json
import re

import pikepdf
import pypdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile import packet_content as pc
from casefile.canonical import canonical
from casefile.catalogue import ERRORS
from casefile.errors import InvalidInput
from casefile.packet_format import (
    ATTACHMENT_NAME,
    FILE_SIGNATURE,
    PacketDamaged,
    PacketPasswordWrong,
    build_packet,
    fingerprint,
    normalise_fingerprint,
    public_bytes,
    sha256,
    split_file_signature,
    verify_packet,
)
from casefile.passwords import CONSONANTS, generate_packet_password
from casefile.render import QtRenderer
from casefile.validation import safe_filename

TEXT_CANARY = "Vlinderdasboom"
TABLE_CANARY = "Kikkerdrilschool"
DOC_CANARY = b"Snoezelruimtebericht"
PASSWORD = "kabo-tume-ripa-sole-nedu-42"
NOTE = {"session_date": "2026-02-12", "text": f"Leest nu {TEXT_CANARY}."}


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def pdf_bytes(qapp) -> bytes:
    """A cover and two sections made by the packets' own HTML builders."""
    renderer = QtRenderer()
    t = pc.pdf_text(renderer, "nl")
    note = pc.ItemContent("note:1", "note", {**NOTE, "duration_minutes": 45, "version": 1})
    identity = pc.ItemContent("identity", "identity", {
        "first_name": "Lotte", "last_name": "Kloosterboer", "birth_date": "2016-03-12",
        "school": TABLE_CANARY, "group": "5"})
    html = pc.cover_html(t, [("Kind", "Lotte Kloosterboer"),
                             ("Ontvanger", "<b>De Regenboog</b> & Co")], [],
                         [("Sessieverslag", "ab" * 32)], [],
                         "3F2A 9C01 0000 1111 2222 3333 4444 5555") \
        + pc.section_html(t, note, first=True) + pc.section_html(t, identity)
    return renderer.render(html, "Overdrachtspakket")


def manifest_for(attachment: bytes) -> dict:
    return {"packet_id": "p1", "items": [
        {"key": "note:1", "sha256": sha256(canonical(NOTE))},
        {"key": "document:7", "file": "documents/7-toets.pdf", "sha256": sha256(attachment)}]}


def make(pdf_bytes: bytes, key: Ed25519PrivateKey, attachment: bytes = b"%PDF " + DOC_CANARY,
         password: str = PASSWORD) -> bytes:
    return build_packet(pdf_bytes, manifest_for(attachment), {"note:1": NOTE},
                        [("documents/7-toets.pdf", attachment)], key, password)


@pytest.fixture
def packet(pdf_bytes, key) -> bytes:
    """Made again for every test (it takes milliseconds): bench/mutation.py then sees each
    test that reads a packet as one that exercises build_packet."""
    return make(pdf_bytes, key)


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def test_pypdf_reads_the_content_with_the_password(packet):
    read = reader(packet)
    assert read.is_encrypted
    assert read.decrypt(PASSWORD) == pypdf.PasswordType.USER_PASSWORD
    text = " ".join(" ".join(page.extract_text().split()) for page in read.pages)
    assert TEXT_CANARY in text and TABLE_CANARY in text
    assert "<b>De Regenboog</b> & Co" in text, "user strings print as written, not as markup"
    assert len(read.pages) == 2 and text.endswith("2 / 2")


def test_encryption_is_aes256_revision_6_and_printing_is_allowed(packet):
    read = reader(packet)
    encrypt = read.trailer["/Encrypt"]
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    permissions = int(encrypt["/P"])
    assert permissions & (1 << 2), "printing allowed"
    assert not permissions & (1 << 3), "changing the document is not"


def test_without_the_password_nothing_is_readable(packet):
    with pytest.raises(pypdf.errors.FileNotDecryptedError):
        reader(packet).pages[0].extract_text()
    assert reader(packet).decrypt("fout-wachtwoord-00") == pypdf.PasswordType.NOT_DECRYPTED
    for canary in (TEXT_CANARY.encode(), TABLE_CANARY.encode(), DOC_CANARY, b"Kloosterboer",
                   b"note:1", b"manifest.sig"):
        assert canary not in packet


def test_the_packet_verifies_and_names_its_key(packet, key):
    report = verify_packet(packet, PASSWORD, public_bytes(key))
    assert report.ok, report.problems
    assert report.problems == []
    assert report.manifest["packet_id"] == "p1"
    assert report.fingerprint == fingerprint(public_bytes(key))
    with pikepdf.open(io.BytesIO(packet), password=PASSWORD) as pdf:
        spec = pdf.attachments["documents/7-toets.pdf"]
        assert spec.get_file().read_bytes() == b"%PDF " + DOC_CANARY
        assert spec.filename == "7-toets.pdf", "a reader saves it without the folder part"


def test_another_vaults_key_is_reported(packet):
    other = public_bytes(Ed25519PrivateKey.generate())
    report = verify_packet(packet, PASSWORD, other)
    assert not report.ok
    assert [p.split(":")[0] for p in report.problems] == ["untrusted_key"]


def stream_offsets(data: bytes) -> list[int]:
    """Offsets inside encrypted stream bodies (page content, fonts, attachments)."""
    return [m.end() + 20 for m in re.finditer(rb"stream\r?\n", data)
            if data[m.start() - 3:m.start()] != b"end"]


def test_one_flipped_byte_in_an_encrypted_stream_fails(packet):
    offsets = stream_offsets(packet)
    assert len(offsets) >= 5
    reports = 0
    for offset in offsets:
        flipped = bytearray(packet)
        flipped[offset] ^= 0x01
        try:
            report = verify_packet(bytes(flipped), PASSWORD)
        except PacketDamaged:  # e.g. the manifest itself no longer decrypts to JSON
            continue
        reports += 1
        assert not report.ok
        assert any(p.startswith("file_changed") for p in report.problems)
    assert reports >= len(offsets) // 2, "most changes are found by the checks, not a crash"


def resave(packet: bytes, change) -> bytes:
    """The packet re-saved by someone with the password but without the signing key."""
    with pikepdf.open(io.BytesIO(packet), password=PASSWORD) as pdf:
        change(pdf)
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="x", user=PASSWORD, R=6))
    return out.getvalue()


def sign_file(data: bytes, key: Ed25519PrivateKey) -> bytes:
    """Re-sign the whole file, so that only the manifest-level checks can catch a change."""
    return data + FILE_SIGNATURE + base64.b64encode(key.sign(data)) + b"\n"


def test_a_changed_manifest_fails(packet, key):
    def drop_document(pdf):
        manifest = json.loads(pdf.attachments["manifest.json"].get_file().read_bytes())
        manifest["items"] = manifest["items"][:1]
        pdf.attachments["manifest.json"] = pikepdf.AttachedFileSpec(
            pdf, canonical(manifest), filename="manifest.json")

    forged = resave(packet, drop_document)
    report = verify_packet(forged, PASSWORD)
    assert not report.ok
    assert "file_signature_missing" in {p.split(":")[0] for p in report.problems}
    codes = {p.split(":")[0] for p in verify_packet(sign_file(forged, key), PASSWORD).problems}
    assert {"manifest_signature", "unlisted_attachment"} <= codes


def test_changed_text_or_an_added_file_fails(packet, key):
    def change_note(pdf):
        pdf.attachments["content.json"] = pikepdf.AttachedFileSpec(
            pdf, canonical({"note:1": {**NOTE, "text": "Iets anders."}}),
            filename="content.json")

    def add_file(pdf):
        pdf.attachments["extra.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ", filename="x")

    changed = verify_packet(sign_file(resave(packet, change_note), key), PASSWORD)
    assert changed.problems == ["hash_mismatch: note:1"]
    added = verify_packet(sign_file(resave(packet, add_file), key), PASSWORD)
    assert added.problems == ["unlisted_attachment: extra.exe"]


def test_wrong_password_and_not_a_pdf_are_clear_errors(packet):
    with pytest.raises(PacketPasswordWrong) as wrong:
        verify_packet(packet, "fout-wachtwoord-00")
    assert wrong.value.code == "packet_password_wrong"
    assert "password" in str(wrong.value)
    for junk in (b"", b"Dit is geen PDF", packet[:200]):
        with pytest.raises(PacketDamaged):
            verify_packet(junk, PASSWORD)


def test_attachment_names_are_checked_and_sanitised(pdf_bytes, key):
    assert safe_filename("../../etc/passwd", **ATTACHMENT_NAME) == "passwd"
    assert safe_filename('a\\b\\rapport: groep 5?.pdf', **ATTACHMENT_NAME) \
        == "rapport_ groep 5_.pdf"
    assert safe_filename(" ..\x00 ", **ATTACHMENT_NAME) == "_"
    assert safe_filename("...", **ATTACHMENT_NAME) == "bijlage"
    for attachments in ([("manifest.json", b"{}")], [("a", b"1"), ("a", b"2")]):
        with pytest.raises(InvalidInput):
            build_packet(pdf_bytes, {"items": []}, {}, attachments, key, PASSWORD)


def test_a_generated_password_opens_the_packet(pdf_bytes, key):
    password = generate_packet_password()
    assert not set(password) & set("vzg"), "no letters Dutch speakers confuse aloud"
    assert set(CONSONANTS).isdisjoint("vzgc")
    data = make(pdf_bytes, key, password=password)
    assert reader(data).decrypt(password) == pypdf.PasswordType.USER_PASSWORD
    assert verify_packet(data, password).ok


def test_fingerprint_is_grouped_hex_of_the_key_hash(key):
    raw = public_bytes(key)
    printed = fingerprint(raw)
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", printed)
    assert printed.replace(" ", "").lower() == sha256(raw)[:32]


@pytest.mark.parametrize("items", ["note:1", [1, 2], None, [None], [{"key": 5}],
                                   [{"key": "note:1", "sha256": "x", "file": 7}]])
def test_a_crafted_manifest_is_damage_not_a_traceback(packet, items):
    def craft(pdf):
        manifest = json.loads(pdf.attachments["manifest.json"].get_file().read_bytes())
        manifest["items"] = items
        pdf.attachments["manifest.json"] = pikepdf.AttachedFileSpec(
            pdf, canonical(manifest), filename="manifest.json")

    with pytest.raises(PacketDamaged):
        verify_packet(resave(packet, craft), PASSWORD)


@pytest.mark.parametrize("content", [[1, 2], "text", None, 5])
def test_crafted_content_is_reported_not_a_traceback(packet, key, content):
    def craft(pdf):
        pdf.attachments["content.json"] = pikepdf.AttachedFileSpec(
            pdf, json.dumps(content).encode(), filename="content.json")

    report = verify_packet(sign_file(resave(packet, craft), key), PASSWORD)
    assert "content_damaged: content.json is damaged" in report.problems


# -- what build_packet writes, exactly ---------------------------------------------------


def test_the_manifest_names_its_format_and_signing_key(packet, key):
    manifest = verify_packet(packet, PASSWORD).manifest
    assert manifest["format"] == "casefile-packet/1"
    assert base64.b64decode(manifest["public_key"]) == public_bytes(key)
    assert manifest["items"] == manifest_for(b"%PDF " + DOC_CANARY)["items"]


def test_each_embedded_file_has_its_type_a_safe_name_and_is_not_deflated_again(pdf_bytes,
                                                                               key):
    odd = "documents/8-rapport: groep 5?.pdf"
    data = build_packet(pdf_bytes, {"items": [{"key": "document:8", "file": odd,
                                               "sha256": sha256(b"%PDF rapport")}]},
                        {}, [(odd, b"%PDF rapport")], key, PASSWORD)
    assert verify_packet(data, PASSWORD).ok
    with pikepdf.open(io.BytesIO(data), password=PASSWORD) as pdf:
        found = {name: (spec.filename, spec.get_file().mime_type)
                 for name, spec in pdf.attachments.items()}
        filters = {name: spec.get_file().obj.get("/Filter")
                   for name, spec in pdf.attachments.items()}
    assert found == {"manifest.json": ("manifest.json", "application/json"),
                     "manifest.sig": ("manifest.sig", "text/plain"),
                     "content.json": ("content.json", "application/json"),
                     odd: ("8-rapport_ groep 5_.pdf", "application/octet-stream")}
    # documents are stored as they came: deflating them again costs time and gains nothing
    assert filters == dict.fromkeys(found)


def test_the_packet_may_be_printed_and_read_but_not_changed(packet):
    with pikepdf.open(io.BytesIO(packet), password=PASSWORD) as pdf:
        assert pdf.user_password_matched and not pdf.owner_password_matched
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256
        assert pdf.allow == pikepdf.Permissions(
            accessibility=True, extract=True, print_lowres=True, print_highres=True,
            modify_other=False, modify_annotation=False, modify_form=False,
            modify_assembly=False)


def test_no_empty_or_guessable_password_opens_the_packet(packet):
    """The owner password is random: an empty one would open the packet for anyone."""
    for guess in ("", " ", "owner", PASSWORD.upper()):
        with pytest.raises(PacketPasswordWrong):
            verify_packet(packet, guess)
        with pytest.raises(pikepdf.PasswordError):
            pikepdf.open(io.BytesIO(packet), password=guess)


def test_attachment_names_that_are_refused(pdf_bytes, key):
    for attachments in ([("", b"1")], [("content.json", b"{}")], [("manifest.sig", b"x")],
                        [("a", b"1"), ("b", b"2"), ("a", b"3")]):
        with pytest.raises(InvalidInput) as refused:
            build_packet(pdf_bytes, {"items": []}, {}, attachments, key, PASSWORD)
        assert refused.value.code == "attachment_names" and "attachment_names" in ERRORS
    assert verify_packet(build_packet(pdf_bytes, {"items": []}, {}, [("a", b"1"), ("b", b"1")],
                                      key, PASSWORD), PASSWORD).problems == [
        "unlisted_attachment: a", "unlisted_attachment: b"]


# -- the signature after %%EOF ---------------------------------------------------------


def test_the_file_signature_is_the_last_one_appended():
    sig = base64.b64encode(b"ABC")
    assert split_file_signature(b"body") == (b"body", None)
    assert split_file_signature(b"body" + FILE_SIGNATURE + sig + b"\n") == (b"body", b"ABC")
    assert split_file_signature(FILE_SIGNATURE + sig) == (b"", b"ABC")
    twice = b"body" + FILE_SIGNATURE + b"QkJC\n"
    assert split_file_signature(twice + FILE_SIGNATURE + sig + b"\n") == (twice, b"ABC")
    for garbled in (b"QU*JD", b"QUJ", b"!!!"):
        assert split_file_signature(b"body" + FILE_SIGNATURE + garbled) == (b"body", b"")


def test_a_missing_or_garbled_file_signature_is_named(packet):
    body, signature = split_file_signature(packet)
    assert signature and len(signature) == 64
    missing = ["file_signature_missing: the file's signature is missing"]
    for data in (body, body + FILE_SIGNATURE + b"niet*base64\n", body + FILE_SIGNATURE):
        report = verify_packet(data, PASSWORD)
        assert (report.ok, report.problems) == (False, missing)
    wrong = body + FILE_SIGNATURE + base64.b64encode(bytes(64)) + b"\n"
    assert verify_packet(wrong, PASSWORD).problems == [
        "file_changed: the file has changed since it was signed"]


# -- the trust anchor --------------------------------------------------------------------


def test_sender_checked_only_with_a_trust_anchor(packet, key):
    own = normalise_fingerprint(fingerprint(public_bytes(key)))
    plain = verify_packet(packet, PASSWORD)
    assert plain.ok and not plain.sender_checked
    for report in (verify_packet(packet, PASSWORD, public_bytes(key)),
                   verify_packet(packet, PASSWORD, trusted_fingerprints=frozenset({own}))):
        assert report.ok and report.sender_checked and report.problems == []
    other = fingerprint(public_bytes(Ed25519PrivateKey.generate()))
    refused = verify_packet(packet, PASSWORD, trusted_fingerprints=frozenset({other}))
    assert (refused.ok, refused.sender_checked) == (False, True)
    assert refused.problems == ["untrusted_key: signed by a key that is not trusted"]
    assert verify_packet(packet, PASSWORD, trusted_fingerprints=frozenset()).problems \
        == refused.problems
    assert verify_packet(packet, PASSWORD, public_bytes(Ed25519PrivateKey.generate())) \
        .problems == ["untrusted_key: signed by another vault's key"]


# -- manifests and contents a forger made, signed with the right key ------------------------


KEEP = object()


def replace_files(packet: bytes, key: Ed25519PrivateKey, manifest: object = KEEP,
                  drop: tuple[str, ...] = (), add: dict[str, bytes] | None = None) -> bytes:
    """The packet with its manifest replaced (and signed with `key`), files dropped or
    added, saved again and the whole file signed with `key`: only the manifest-level
    checks remain to catch what changed."""
    def change(pdf):
        for name in drop:
            del pdf.attachments[name]
        files = dict(add or {})
        if manifest is not KEEP:
            signed = json.dumps(manifest).encode()
            files["manifest.json"] = signed
            files["manifest.sig"] = base64.b64encode(key.sign(signed))
        for name, data in files.items():
            pdf.attachments[name] = pikepdf.AttachedFileSpec(pdf, data, filename="x")

    return sign_file(resave(packet, change), key)


def signed_manifest(packet: bytes, **changes) -> dict:
    return {**verify_packet(packet, PASSWORD).manifest, **changes}


def test_a_packet_without_its_manifest_or_signature_is_damaged(packet, key):
    for name in ("manifest.json", "manifest.sig"):
        with pytest.raises(PacketDamaged):
            verify_packet(replace_files(packet, key, drop=(name,)), PASSWORD)


def test_a_missing_content_or_document_is_named(packet, key):
    without_content = replace_files(packet, key, drop=("content.json",))
    assert verify_packet(without_content, PASSWORD).problems == ["item_missing: note:1"]
    without_document = replace_files(packet, key, drop=("documents/7-toets.pdf",))
    assert verify_packet(without_document, PASSWORD).problems == ["item_missing: document:7"]
    changed = replace_files(packet, key, add={"documents/7-toets.pdf": b"%PDF anders"})
    assert verify_packet(changed, PASSWORD).problems == ["hash_mismatch: document:7"]


def test_a_manifest_without_items_or_naming_unknown_items(packet, key):
    manifest = signed_manifest(packet)
    del manifest["items"]
    report = verify_packet(replace_files(packet, key, manifest), PASSWORD)
    assert report.problems == ["unlisted_attachment: documents/7-toets.pdf"]
    ghost = {"key": "note:9", "sha256": sha256(b"")}
    report = verify_packet(replace_files(packet, key, signed_manifest(
        packet, items=[*manifest_for(b"%PDF " + DOC_CANARY)["items"], ghost])), PASSWORD)
    assert report.problems == ["item_missing: note:9"]


def test_the_number_of_items_is_bounded(packet, key):
    many = [{"key": f"note:{i}", "sha256": ""} for i in range(100_000)]
    report = verify_packet(replace_files(packet, key, signed_manifest(packet, items=many)),
                           PASSWORD)
    assert report.problems[:2] == ["item_missing: note:0", "hash_mismatch: note:1"]
    assert len(report.problems) == 100_000 + 1  # and the document is not listed any more
    with pytest.raises(PacketDamaged):
        verify_packet(replace_files(packet, key, signed_manifest(
            packet, items=[*many, {"key": "note:x", "sha256": ""}])), PASSWORD)


@pytest.mark.parametrize("items", [{}, True, "", [{"sha256": "x"}], [{"key": "note:1"}],
                                   [{"key": "note:1", "sha256": 5}],
                                   [{"key": "note:1", "sha256": None}],
                                   [{"key": ["note:1"], "sha256": "x"}],
                                   [{"key": "d", "sha256": "x", "file": ["a"]}]])
def test_a_signed_manifest_with_bad_items_is_damage(packet, key, items):
    with pytest.raises(PacketDamaged):
        verify_packet(replace_files(packet, key, signed_manifest(packet, items=items)),
                      PASSWORD)


@pytest.mark.parametrize("manifest", [[], "manifest", None, {"items": []},
                                      {"public_key": 5, "items": []},
                                      {"public_key": None, "items": []}])
def test_a_manifest_that_is_not_an_object_with_a_key_is_damage(packet, key, manifest):
    with pytest.raises(PacketDamaged):
        verify_packet(replace_files(packet, key, manifest), PASSWORD)


@pytest.mark.parametrize("public_key", ["", "AAAA", base64.b64encode(bytes(31)).decode(),
                                        base64.b64encode(bytes(33)).decode()])
def test_a_signing_key_of_the_wrong_length_fails_both_signatures(packet, key, public_key):
    report = verify_packet(replace_files(packet, key, signed_manifest(
        packet, public_key=public_key)), PASSWORD)
    assert not report.ok
    assert report.problems == ["manifest_signature: the manifest's signature does not match",
                               "file_changed: the file has changed since it was signed"]


def test_a_garbled_key_or_manifest_signature_is_damage(packet, key):
    with pytest.raises(PacketDamaged):
        verify_packet(replace_files(packet, key, signed_manifest(packet, public_key="A")),
                      PASSWORD)
    assert verify_packet(replace_files(packet, key, add={"manifest.sig": b"!"}),
                         PASSWORD).problems == [
        "manifest_signature: the manifest's signature does not match"]
    with pytest.raises(PacketDamaged):
        verify_packet(replace_files(packet, key, add={"manifest.json": b"{niet json"}),
                      PASSWORD)


@pytest.mark.parametrize("written", ["casefile-packet/2", None, "x" * 200])
def test_a_packet_in_another_format_is_not_passed_as_checked(pdf_bytes, key, monkeypatch,
                                                             written):
    """Signed and intact, but in a format this version does not know (a newer one, or none):
    its fields may mean something else, so verification names the format, never `ok`."""
    from casefile import packet_format

    monkeypatch.setattr(packet_format, "FORMAT", written)
    data = make(pdf_bytes, key)
    monkeypatch.undo()
    report = verify_packet(data, PASSWORD)
    # named, but no longer than 40 characters: a forged manifest cannot flood the report
    assert report.problems == [f"format_unknown: {str(written)[:40]}"]
    assert not report.ok
