"""The practice's packet signing key, and the fingerprint a school checks it by."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile.errors import DatabaseDamaged
from casefile.packet_format import fingerprint, public_bytes
from casefile.storage.database import Connection
from casefile.storage.repositories import vault_secrets


def new_practice_key(conn: Connection) -> None:
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())
    vault_secrets.put(conn, vault_secrets.PACKET_SIGNING_KEY, raw)


def practice_key(conn: Connection) -> Ed25519PrivateKey:
    raw = vault_secrets.get(conn, vault_secrets.PACKET_SIGNING_KEY)
    if raw is None or len(raw) != 32:
        raise DatabaseDamaged()
    return Ed25519PrivateKey.from_private_bytes(raw)


def practice_fingerprint(conn: Connection) -> str:
    """What the consent form, the letters, the packet cover and the settings screen show."""
    return fingerprint(public_bytes(practice_key(conn)))
