"""The transfer packet's container: one PDF encrypted with AES-256 (PDF revision 6), with
the included documents, `content.json` (the canonical content of every text item) and
`manifest.json` embedded, and an Ed25519 signature over the manifest.

Everything happens in memory; only the encrypted result is ever written to disk."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import secrets
from dataclasses import dataclass, field

import pikepdf
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from casefile.canonical import canonical
from casefile.errors import CasefileError, InvalidInput
from casefile.validation import safe_filename

FORMAT = "casefile-packet/1"
MANIFEST, SIGNATURE, CONTENT = "manifest.json", "manifest.sig", "content.json"
# After %%EOF (where PDF readers stop reading) an Ed25519 signature over every byte before
# it, so that one flipped byte anywhere in the file fails verification.
FILE_SIGNATURE = b"\n%CASEFILE-SIGNATURE "
RESERVED = {MANIFEST, SIGNATURE, CONTENT}
UNTRUSTED = "untrusted_key"
# How an attachment's suggested name is made safe (validation.safe_filename): a reader that
# saves it under that name must never write outside its folder or fail on Windows.
ATTACHMENT_NAME = {"fallback": "bijlage", "unsafe": "_"}


class PacketPasswordWrong(CasefileError):
    code = "packet_password_wrong"
    message = "That password does not open the packet."


class PacketDamaged(CasefileError):
    code = "packet_damaged"
    message = "That file is not a readable Casefile packet."


@dataclass
class VerifyReport:
    """`problems` are `code: detail` lines; the code before the colon is stable."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)
    fingerprint: str = ""
    # Whether the signing key was compared with a trust anchor (a fingerprint the school
    # has from the practice, or the vault's own key). Without one, `ok` means integrity
    # only: anyone can sign a changed packet with a key of their own.
    sender_checked: bool = False


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """The first 16 bytes of the key's SHA-256, in groups of four hex digits."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


_FINGERPRINT_DIGITS = 32


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed or pasted (any case, spaces, colons or dashes) in the form
    `fingerprint` prints; InvalidInput when it is not 32 hexadecimal digits."""
    digits = re.sub(r"[\s:\-]", "", str(text)).upper()
    if len(digits) != _FINGERPRINT_DIGITS or not re.fullmatch(r"[0-9A-F]+", digits):
        raise InvalidInput("fingerprint_malformed")
    return " ".join(digits[i:i + 4] for i in range(0, _FINGERPRINT_DIGITS, 4))


def read_trusted_fingerprints(text: str) -> frozenset[str]:
    """One fingerprint a line; `#` starts a comment, blank lines are skipped."""
    found = set()
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            found.add(normalise_fingerprint(line))
        except InvalidInput:
            raise InvalidInput("fingerprint_line_malformed", line=number) from None
    if not found:
        raise InvalidInput("fingerprint_list_empty")
    return frozenset(found)


def build_packet(pdf_bytes: bytes, manifest: dict, content: dict[str, object],
                 attachments: list[tuple[str, bytes]], signing_key: Ed25519PrivateKey,
                 password: str) -> bytes:
    """Embed, sign and encrypt. `manifest` is completed with the public key and format."""
    manifest = {**manifest, "format": FORMAT,
                "public_key": base64.b64encode(public_bytes(signing_key)).decode()}
    signed = canonical(manifest)
    signature = base64.b64encode(signing_key.sign(signed))
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        files = [(MANIFEST, signed, "application/json"), (SIGNATURE, signature, "text/plain"),
                 (CONTENT, canonical(content), "application/json")]
        files += [(name, data, "application/octet-stream")
                  for name, data in _checked(attachments)]
        for name, data, mime in files:
            pdf.attachments[name] = pikepdf.AttachedFileSpec(
                pdf, data, filename=safe_filename(name, **ATTACHMENT_NAME), mime_type=mime)
        out = io.BytesIO()
        # No stream is deflated again: Qt's pages are compressed already and documents
        # (PDF, JPEG, Office files) mostly do not compress; deflating 20 MB of them took
        # three quarters of the packet's time, all of it holding the GIL.
        pdf.save(out, compress_streams=False, encryption=pikepdf.Encryption(
            owner=secrets.token_urlsafe(32), user=password, R=6, aes=True,
            allow=pikepdf.Permissions(extract=True, print_lowres=True, print_highres=True,
                                      modify_other=False, modify_annotation=False,
                                      modify_form=False, modify_assembly=False)))
    body = out.getvalue()
    return body + FILE_SIGNATURE + base64.b64encode(signing_key.sign(body)) + b"\n"


def _checked(attachments: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Attachment keys are what the manifest's items point at: unique, and never one of the
    packet's own files (a document called manifest.json must not replace the manifest)."""
    names = [name for name, _ in attachments]
    if len(set(names)) != len(names) or RESERVED & set(names) or not all(names):
        raise InvalidInput("attachment_names")
    return attachments


def split_file_signature(data: bytes) -> tuple[bytes, bytes | None]:
    """The signed body and the signature, or (data, None) when there is none."""
    at = data.rfind(FILE_SIGNATURE)
    if at < 0:
        return data, None
    try:
        return data[:at], base64.b64decode(data[at + len(FILE_SIGNATURE):].strip(),
                                           validate=True)
    except ValueError:
        return data[:at], b""


def verify_packet(data: bytes, password: str, trusted_public_key: bytes | None = None,
                  trusted_fingerprints: frozenset[str] | None = None) -> VerifyReport:
    """Check the signature over the manifest and the hash of every item it lists, and, with
    a trust anchor (the practice's key or fingerprints from `normalise_fingerprint`), that
    the packet was signed by that practice."""
    try:
        pdf = pikepdf.open(io.BytesIO(data), password=password)
    except pikepdf.PasswordError:
        raise PacketPasswordWrong() from None
    except (pikepdf.PdfError, ValueError, OSError):
        raise PacketDamaged() from None
    with pdf:
        files, problems = _read_attachments(pdf)
    if MANIFEST not in files or SIGNATURE not in files:
        raise PacketDamaged()
    try:
        manifest = _checked_manifest(json.loads(files[MANIFEST]))
        key = base64.b64decode(manifest["public_key"])
        signature = base64.b64decode(files[SIGNATURE])
    except (ValueError, KeyError, TypeError):
        raise PacketDamaged() from None
    report = VerifyReport(ok=False, problems=problems, manifest=manifest,
                          fingerprint=fingerprint(key),
                          sender_checked=trusted_public_key is not None
                          or trusted_fingerprints is not None)
    if trusted_fingerprints is not None and report.fingerprint not in trusted_fingerprints:
        report.problems.append(f"{UNTRUSTED}: signed by a key that is not trusted")
    if manifest.get("format") != FORMAT:
        # A later format may mean fields this version does not know how to check.
        report.problems.append(f"format_unknown: {str(manifest.get('format'))[:40]}")
    report.problems += _signature_problems(key, signature, files[MANIFEST], trusted_public_key)
    report.problems += _file_problems(key, data)
    report.problems += _item_problems(manifest, files)
    report.problems += _unlisted(manifest, files)
    report.ok = not report.problems
    return report


def _checked_manifest(manifest: object) -> dict:
    """The manifest comes from outside: its shape is checked before any field is used."""
    if not isinstance(manifest, dict) or not isinstance(manifest.get("public_key"), str):
        raise ValueError("manifest")
    items = manifest.get("items", [])
    if not isinstance(items, list) or len(items) > 100_000:
        raise ValueError("items")
    for item in items:
        if (not isinstance(item, dict) or not isinstance(item.get("key"), str)
                or not isinstance(item.get("sha256"), str)
                or not isinstance(item.get("file") or "", str)):
            raise ValueError("item")
    return manifest


def _read_attachments(pdf: pikepdf.Pdf) -> tuple[dict[str, bytes], list[str]]:
    files, problems = {}, []
    for name in list(pdf.attachments):
        try:
            files[name] = pdf.attachments[name].get_file().read_bytes()
        except (pikepdf.PdfError, ValueError, KeyError):
            problems.append(f"unreadable_attachment: {name}")
    return files, problems


def _signature_problems(key: bytes, signature: bytes, signed: bytes,
                        trusted: bytes | None) -> list[str]:
    problems = []
    if trusted is not None and trusted != key:
        problems.append(f"{UNTRUSTED}: signed by another vault's key")
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, signed)
    except (InvalidSignature, ValueError):
        problems.append("manifest_signature: the manifest's signature does not match")
    return problems


def _file_problems(key: bytes, data: bytes) -> list[str]:
    body, signature = split_file_signature(data)
    if not signature:
        return ["file_signature_missing: the file's signature is missing"]
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, body)
    except (InvalidSignature, ValueError):
        return ["file_changed: the file has changed since it was signed"]
    return []


def _item_problems(manifest: dict, files: dict[str, bytes]) -> list[str]:
    try:
        content = json.loads(files.get(CONTENT, b"{}"))
    except ValueError:
        return ["content_damaged: content.json is damaged"]
    if not isinstance(content, dict):
        return ["content_damaged: content.json is damaged"]
    problems = []
    for item in manifest.get("items", []):
        if item.get("file"):
            data = files.get(item["file"])
        else:
            data = canonical(content[item["key"]]) if item.get("key") in content else None
        if data is None:
            problems.append(f"item_missing: {item.get('key')}")
        elif sha256(data) != item.get("sha256"):
            problems.append(f"hash_mismatch: {item.get('key')}")
    return problems


def _unlisted(manifest: dict, files: dict[str, bytes]) -> list[str]:
    """An embedded file the signed manifest does not name was added after signing."""
    listed = RESERVED | {i.get("file") for i in manifest.get("items", []) if i.get("file")}
    return [f"unlisted_attachment: {name}" for name in sorted(files) if name not in listed]
