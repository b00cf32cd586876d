"""The vault's Ed25519 signing key: it signs every packet's manifest and file, and its
fingerprint is what a school checks the sender by."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefile.context import VaultContext
from casefile.errors import DatabaseDamaged
from casefile.packet_format import fingerprint, public_bytes
from casefile.storage.database import Connection
from casefile.storage.engines import vault_secrets


def create(conn: Connection) -> None:
    """A new key, stored once when the vault is made."""
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())
    vault_secrets.put(conn, vault_secrets.SIGNING_KEY, raw)


class SigningKey:
    def __init__(self, ctx: VaultContext) -> None:
        self._ctx = ctx

    def private_key(self) -> Ed25519PrivateKey:
        raw = vault_secrets.get(self._ctx.db(), vault_secrets.SIGNING_KEY)
        if raw is None:
            raise DatabaseDamaged()
        return Ed25519PrivateKey.from_private_bytes(raw)

    def public_bytes(self) -> bytes:
        return public_bytes(self.private_key())

    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes())
