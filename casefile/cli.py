"""The command line: a thin shell over Vault. Every error is one sentence on stderr.

Exit codes: 0 done, 1 a check found problems, 2 usage or input error (a wrong passphrase
too), 3 export blocked by consent."""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from casefile.catalogue import Msg, error_message
from casefile.errors import CasefileError, DatabaseDamaged

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_BLOCKED = 0, 1, 2, 3
PASSPHRASE_ENV = "CASEFILE_PASSPHRASE"

# Modules that add subcommands: each has `register(subparsers) -> None` and sets
# `func=handler(args) -> int` on its parsers.
COMMAND_MODULES: tuple[str, ...] = ("casefile.packets_cli", "casefile.rights_cli")


class UsageError(Exception):
    """A problem with the command's input; the message is the one sentence to print."""


def default_vault_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Casefile", appauthor=False)) / "vault"


def default_demo_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Casefile", appauthor=False)) / "demo"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casefile", description="Casefile: encrypted dossiers "
                                     "and consent-checked transfer packets.")
    parser.add_argument("--vault", type=Path, help="the vault folder")
    parser.add_argument("--lang", choices=("nl", "en"), default=None, help="interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="a vault of fictional children, then the GUI")
    p.add_argument("--vault", type=Path, default=argparse.SUPPRESS)
    p.add_argument("--no-gui", action="store_true", help="only create the demo vault")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("init", help="create a vault; prints the recovery key once")
    add_vault_user(p)
    p.add_argument("--practice", default="", help="the practice's name")
    p.add_argument("--bind", action="store_true", help="bind the user's key slot to this computer")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help="integrity, cipher integrity and the audit chain")
    add_vault_user(p)
    p.set_defaults(func=cmd_verify)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def add_vault_user(p: argparse.ArgumentParser) -> None:
    """--vault, --user and the passphrase sources shared by commands that unlock."""
    p.add_argument("--vault", type=Path, default=argparse.SUPPRESS, required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--passphrase-file", type=Path,
                   help=f"read the passphrase from this file (or set {PASSPHRASE_ENV})")
    p.add_argument("--recovery-key-file", type=Path, help="unlock with the recovery key")


def read_secret(path: Path | None, env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from a file, the environment or a prompt; never from an argument."""
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
        except (OSError, UnicodeDecodeError, IndexError):
            raise UsageError(f"Cannot read {path.name}.") from None
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(f"No passphrase given: use --passphrase-file or {env}.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise UsageError("The two entries differ.")
    return first


def unlock(args: argparse.Namespace, secrets=None):
    from casefile.vault import Vault

    if getattr(args, "recovery_key_file", None):
        key = read_secret(args.recovery_key_file, "CASEFILE_RECOVERY_KEY", "Recovery key: ")
        return Vault.open(args.vault, user=args.user, recovery_key=key, secrets=secrets)
    passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, "Passphrase: ")
    return Vault.open(args.vault, user=args.user, passphrase=passphrase, secrets=secrets)


def words(lang: str | None) -> Callable[[Msg | str], str]:
    """The catalogue in the command line's language: --lang, else Dutch under a Dutch
    locale and English otherwise."""
    from casefile.render_text import Words

    return Words(lang or ("nl" if _locale().startswith("nl") else "en"))


def _locale() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return os.environ[name]
    return ""


def keyring_store():
    from casefile.storage.secrets import KeyringSecretStore

    return KeyringSecretStore()


def cmd_init(args: argparse.Namespace) -> int:
    from casefile.vault import Vault

    passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, "New passphrase: ",
                             confirm=True)
    secrets = keyring_store() if args.bind else None
    with Vault.create(args.vault, user=args.user, passphrase=passphrase,
                      practice_name=args.practice, secrets=secrets, bind=args.bind) as vault:
        print(f"Vault created in {args.vault}.")
        print("Recovery key (shown once; print it and store it safely):")
        print(vault.recovery_key)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        vault = unlock(args, keyring_store())
    except DatabaseDamaged as exc:
        print(words(args.lang)(error_message(exc)), file=sys.stderr)
        return EXIT_PROBLEMS
    from casefile.integrity import check_vault

    with vault:
        report = check_vault(vault)
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_demo(args: argparse.Namespace) -> int:
    from casefile.demo import DEMO_PASSPHRASE, DEMO_USER, create_demo
    from casefile.vault import is_vault

    folder = getattr(args, "vault", None) or default_demo_dir()
    print(f"Demo vault: {folder}  user: {DEMO_USER}  passphrase: {DEMO_PASSPHRASE}")
    if not is_vault(folder):
        create_demo(folder).lock()
    if args.no_gui:
        return EXIT_OK
    return run_gui(folder, args.lang)


def run_gui(folder: Path, lang: str | None) -> int:
    from casefile.ui.app import run_gui as start

    return start(folder, lang=lang or "nl")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    try:
        if handler is None:
            return run_gui(args.vault or default_vault_dir(), args.lang)
        return handler(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except CasefileError as exc:
        print(words(args.lang)(error_message(exc)), file=sys.stderr)
        return EXIT_BLOCKED if exc.code == "consent_required" else EXIT_USAGE
    except OSError as exc:
        print(words(args.lang)(error_message(exc)), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_USAGE
