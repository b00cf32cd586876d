"""The insider of the signing tests: someone with the database key and SQL, but not
another user's passphrase. Shared by test_insider and test_signing_migration."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefile.audit import GENESIS, chain_hash
from casefile.signatures import EVENT_FIELDS, sign_event
from casefile.storage import database, keys

COR, COR_PASS = "cor", "gewone-gebruiker-Cor-2026"


class Insider:
    """What a counsellor can do with the key their own passphrase unwraps."""

    def __init__(self, vault_dir, name: str = COR, passphrase: str = COR_PASS) -> None:
        self.slots = keys.KeySlots.load(vault_dir / "keyslots.json")
        opened = self.slots.unwrap_user_keys(name, passphrase)
        self.db_key, self.own_key = opened.database_key, opened.signing_key
        self.audit_key = HKDF(hashes.SHA256(), 32, salt=self.slots.vault_id.encode(),
                              info=b"casefile audit chain v1").derive(self.db_key)
        self.conn = database.connect(vault_dir / database.DB_NAME, self.db_key)

    def sql(self, statement: str, args: tuple = ()) -> None:
        with database.transaction(self.conn):
            self.conn.execute(statement, args)

    def drop_triggers(self) -> None:
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            self.sql(f"DROP TRIGGER {name}")

    def rechain(self, resign=lambda row: row["signature"]) -> None:
        """Recompute every hash with the derived audit key, so the HMAC chain is whole."""
        prev = GENESIS
        with database.transaction(self.conn):
            for row in self.conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall():
                fields = {f: row[f] for f in EVENT_FIELDS}
                digest = chain_hash(self.audit_key, prev, fields)
                signature = resign({**dict(row), "prev_hash": prev})
                self.conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ?, signature = ? "
                                  "WHERE id = ?", (prev, digest, signature, row["id"]))
                prev = digest
            self.conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (prev,))

    def append(self, key: Ed25519PrivateKey, **fields) -> None:
        """A new event at the end of the chain, hashed and signed as Casefile would."""
        row = self.conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        fields = {f: row[f] for f in EVENT_FIELDS} | fields
        digest = chain_hash(self.audit_key, row["hash"], fields)
        self.sql(f"INSERT INTO audit_log ({', '.join(EVENT_FIELDS)}, prev_hash, hash, "
                 f"signature) VALUES ({', '.join('?' * len(EVENT_FIELDS))}, ?, ?, ?)",
                 (*[fields[f] for f in EVENT_FIELDS], row["hash"], digest,
                  sign_event(key, row["hash"], fields)))
        self.sql("UPDATE meta SET value = ? WHERE key = 'audit_head'", (digest,))

    def close(self) -> None:
        self.conn.close()
