"""What the application keeps for this computer's user, outside any vault: its settings
file (the saved practice-server connections: addresses and CA files, never a password)
and the folder of offline drafts (casefile/offline_drafts.py, sealed)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from casefile.errors import InvalidInput

SETTINGS_FILE = "settings.json"


def config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path("Casefile", appauthor=False)


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Casefile", appauthor=False)


@dataclass(frozen=True)
class ServerConnection:
    """A saved practice server: where it is and the CA that signed its certificate."""

    host: str
    port: int
    database: str
    ca_file: str

    @property
    def label(self) -> str:
        return f"{self.database} @ {self.host}:{self.port}"

    def dsn(self) -> str:
        """The URL Vault.open takes: TLS checked against the CA, no user, no password."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = urlencode({"sslmode": "verify-full", "sslrootcert": self.ca_file})
        return f"postgresql://{host}:{self.port}/{quote(self.database, safe='')}?{query}"

    @classmethod
    def checked(cls, host: str, port: str | int, database: str, ca_file: str
                ) -> ServerConnection:
        """From the fields of the lock screen; InvalidInput naming what is missing."""
        host, database, ca_file = host.strip(), database.strip(), ca_file.strip()
        if not host or any(c in host for c in "/?#@ "):
            raise InvalidInput("server_host")
        try:
            number = int(str(port).strip())
        except ValueError:
            raise InvalidInput("server_port") from None
        if not 0 < number < 65536:
            raise InvalidInput("server_port")
        if not database or any(c in database for c in "/?#"):
            raise InvalidInput("server_database")
        if not ca_file or not Path(ca_file).is_file():
            raise InvalidInput("server_ca_file")
        return cls(host, number, database, str(Path(ca_file).resolve()))


def load_connections(path: Path | None = None) -> list[ServerConnection]:
    """The saved connections; none when the file is missing or unreadable."""
    path = path or config_dir() / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [ServerConnection(str(s["host"]), int(s["port"]), str(s["database"]),
                                 str(s["ca_file"])) for s in data.get("servers", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def save_connection(connection: ServerConnection, path: Path | None = None
                    ) -> list[ServerConnection]:
    """Add the connection (once) to the settings file, keeping its other settings."""
    path = path or config_dir() / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    saved = [c for c in load_connections(path) if c != connection] + [connection]
    data["servers"] = [asdict(c) for c in saved]
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    os.replace(temporary, path)
    return saved
