"""What the command line's modules share: exit codes, the usage error, the vault and user
options, reading a secret, unlocking, and the catalogue in the command line's language.
cli.py builds the parser from the command modules; they import this, not cli.py, so the
command line has no import cycle."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from casefile.catalogue import Msg, cli_msg

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_BLOCKED = 0, 1, 2, 3
PASSPHRASE_ENV = "CASEFILE_PASSPHRASE"

class UsageError(Exception):
    """A problem with the command's input; `message` is the one sentence to print (a
    catalogue Msg, said in the command line's language)."""

    def __init__(self, message: Msg | str) -> None:
        super().__init__("usage")
        self.message = message


def default_vault_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Casefile", appauthor=False)) / "vault"

VAULT_HELP = "the vault folder (default: 'vault' in the user data folder)"


def add_vault_user(p: argparse.ArgumentParser) -> None:
    """--vault, --user and the passphrase sources shared by commands that unlock. The
    subcommand's --vault overrides the global one; neither given means the default vault."""
    p.add_argument("--vault", type=vault_location, default=argparse.SUPPRESS, help=VAULT_HELP)
    p.add_argument("--user", required=True, help="the user name to unlock with")
    p.add_argument("--passphrase-file", type=Path,
                   help=f"read the passphrase from this file (or set {PASSPHRASE_ENV})")
    p.add_argument("--recovery-key-file", type=Path, help="unlock with the recovery key")


def read_secret(path: Path | None, env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from a file, the environment or a prompt; never from an argument."""
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
        except (OSError, UnicodeDecodeError, IndexError):
            raise UsageError(cli_msg("cannot_read", path.name)) from None
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(cli_msg("no_passphrase", env))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise UsageError(cli_msg("entries_differ"))
    return first


def vault_location(text: str) -> Path | str:
    """A vault folder, or a practice server's `postgresql://` URL as it was given."""
    return text if text.startswith(("postgresql://", "postgres://")) else Path(text)


def vault_dir(args: argparse.Namespace) -> Path:
    return getattr(args, "vault", None) or default_vault_dir()


def unlock(args: argparse.Namespace, secrets=None):
    from casefile.vault import Vault

    args.vault = vault_dir(args)
    if getattr(args, "recovery_key_file", None):
        key = read_secret(args.recovery_key_file, "CASEFILE_RECOVERY_KEY", "Recovery key: ")
        return Vault.open(args.vault, user=args.user, recovery_key=key, secrets=secrets)
    passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, "Passphrase: ")
    return Vault.open(args.vault, user=args.user, passphrase=passphrase, secrets=secrets)


def words(lang: str | None) -> Callable[[Msg | str], str]:
    """The catalogue in the command line's language: --lang, else Dutch under a Dutch
    locale and English otherwise."""
    from casefile.render_text import Words

    return Words(lang or system_language())


def system_language() -> str:
    """Dutch when the system speaks Dutch, English otherwise: the POSIX locale variables
    when set, else the system's own setting as Qt reads it (Windows, macOS)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return "nl" if os.environ[name].lower().startswith("nl") else "en"
    from casefile.render_text import system_ui_language

    return system_ui_language()


def keyring_store():
    from casefile.storage.secrets import KeyringSecretStore

    return KeyringSecretStore()
