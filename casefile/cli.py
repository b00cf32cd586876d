"""The command line: a thin shell over Vault. Every error is one sentence on stderr.

Exit codes: 0 done, 1 a check found problems, 2 usage or input error (a wrong passphrase
too), 3 export blocked by consent."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from casefile import __version__
from casefile.catalogue import cli_msg, error_message
from casefile.cli_support import (
    EXIT_BLOCKED,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    PASSPHRASE_ENV,
    VAULT_HELP,
    UsageError,
    add_vault_user,
    default_vault_dir,
    keyring_store,
    read_secret,
    system_language,
    unlock,
    vault_dir,
    vault_location,
    words,
)
from casefile.errors import CasefileError, DatabaseDamaged

EXIT_CODES_HELP = """exit codes:
  0  done
  1  a check found problems
  2  usage or input error (a wrong passphrase too)
  3  export blocked by consent (the reasons on stderr)

Passphrases come from --passphrase-file, the CASEFILE_PASSPHRASE variable or a prompt,
never from an argument. Without --vault, the vault in the user data folder is used."""


def default_demo_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Casefile", appauthor=False)) / "demo"


def build_parser() -> argparse.ArgumentParser:
    # Imported here by name, not through importlib, so a frozen bundle finds them.
    from casefile import (
        desktop,
        inzage_cli,
        lists_cli,
        migrate_cli,
        packets_cli,
        rights_cli,
        server_cli,
    )
    from casefile.ui import selfcheck  # the GUI's own check: it starts the window

    parser = argparse.ArgumentParser(prog="casefile", description="Casefile: encrypted dossiers "
                                     "and consent-checked transfer packets.",
                                     epilog=EXIT_CODES_HELP,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"casefile {__version__}",
                        help="print the version and exit")
    parser.add_argument("--vault", type=vault_location, help=VAULT_HELP)
    parser.add_argument("--debug", action="store_true",
                        help="log more detail, also on stderr (never personal data)")
    parser.add_argument("--lang", choices=("nl", "en"), default=None,
                        help="interface language (default: Dutch under a Dutch system locale, "
                             "else English)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="a vault of fictional children, then the GUI")
    p.add_argument("--vault", type=vault_location, default=argparse.SUPPRESS,
                   help="the demo vault's folder (default: 'demo' in the user data folder)")
    p.add_argument("--no-gui", action="store_true", help="only create the demo vault")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("init", help="create a vault; prints the recovery key once")
    add_vault_user(p)
    p.add_argument("--practice", default="", help="the practice's name")
    p.add_argument("--bind", action="store_true", help="bind the user's key slot to this computer")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help="integrity, cipher integrity and the audit chain; "
                                      "with --server, a practice server's audit chain")
    add_vault_user(p)
    p.add_argument("--server", metavar="URL", help="verify this practice server instead: "
                   + server_cli.DSN_HELP)
    p.add_argument("--head", metavar="ID:HASH", help="with --server: an event and the start "
                   "of its hash, as an earlier verify printed them, that must still be there")
    p.set_defaults(func=cmd_verify)

    for module in (packets_cli, inzage_cli, rights_cli, lists_cli, desktop, selfcheck,
                   server_cli, migrate_cli):
        module.register(sub)
    return parser


def cmd_init(args: argparse.Namespace) -> int:
    from casefile.vault import Vault

    passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, "New passphrase: ",
                             confirm=True)
    secrets = keyring_store() if args.bind else None
    args.vault = vault_dir(args)
    with Vault.create(args.vault, user=args.user, passphrase=passphrase,
                      practice_name=args.practice, secrets=secrets, bind=args.bind) as vault:
        say = words(args.lang)
        print(say(cli_msg("vault_created", args.vault)))
        print(say(cli_msg("recovery_once")))
        print(vault.recovery_key)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from casefile.vault import is_server_url

    if is_server_url(getattr(args, "vault", None)) and not getattr(args, "server", None):
        args.server, args.vault = args.vault, None  # --vault URL: the server's own check
    if getattr(args, "server", None):
        from casefile import server_cli

        return server_cli.cmd_verify(args)
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
    from casefile.demo import (
        DEMO_COUNSELLORS,
        DEMO_PASSPHRASE,
        DEMO_USER,
        create_demo,
        exportable_pair,
    )
    from casefile.vault import is_vault

    folder = getattr(args, "vault", None) or default_demo_dir()
    print(f"Demo vault: {folder}  user: {DEMO_USER}  passphrase: {DEMO_PASSPHRASE}")
    for name, passphrase in DEMO_COUNSELLORS:  # each with their own children
        print(f"  counsellor: {name}  temporary passphrase: {passphrase}")
    if not is_vault(folder):
        with create_demo(folder) as vault:
            pair = exportable_pair(vault)
        if pair:
            print(f"Try an export: casefile --vault {folder} export --user {DEMO_USER} "
                  f"--child {pair[0]} --recipient {pair[1]} --out packet.pdf")
    if args.no_gui:
        return EXIT_OK
    return run_gui(folder, args.lang)


def run_gui(folder: Path, lang: str | None) -> int:
    from casefile.display import display_problem

    problem = display_problem()
    if problem:  # said before Qt starts: Qt itself would abort without a word
        raise UsageError(problem)
    from casefile.ui.app import run_gui as start

    return start(folder, lang=lang or system_language())


def gui_main() -> int:
    """The `casefile-gui` entry point (no console window on Windows): the same commands."""
    return main(sys.argv[1:])


def main(argv: Sequence[str] | None = None) -> int:
    from casefile.hardening import harden_process

    harden_process()  # before any secret is read: no core dump, not dumpable
    from casefile import diagnostics

    parser = build_parser()
    args = parser.parse_args(argv)
    diagnostics.setup_logging(debug=args.debug)
    command = getattr(args, "command", None) or "gui"
    diagnostics.log_start(command)
    started = time.monotonic()
    code = run_command(args)
    diagnostics.log.info("end command=%s exit=%d seconds=%.2f", command, code,
                         time.monotonic() - started)
    return code


def _driver_error(exc: Exception) -> CasefileError | None:
    """A database driver error as the domain error it means, else None."""
    from casefile.storage.database import Error
    from casefile.storage.failures import domain_error

    if not isinstance(exc, Error):
        return None
    error = domain_error(exc)
    return error if isinstance(error, CasefileError) else DatabaseDamaged()


def run_command(args: argparse.Namespace) -> int:
    """The command's exit code; every failure becomes one sentence on stderr."""
    from casefile import diagnostics

    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    try:
        if handler is None:
            return run_gui(args.vault or default_vault_dir(), args.lang)
        return handler(args)
    except UsageError as exc:
        print(words(args.lang)(exc.message), file=sys.stderr)
        return EXIT_USAGE
    except CasefileError as exc:
        diagnostics.log.info("error code=%s", exc.code)
        print(words(args.lang)(error_message(exc)), file=sys.stderr)
        return EXIT_BLOCKED if exc.code == "consent_required" else EXIT_USAGE
    except OSError as exc:
        diagnostics.log.info("error %s", diagnostics.describe(exc))
        print(words(args.lang)(error_message(exc)), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(words(args.lang)(cli_msg("stopped")), file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the last resort: a sentence, and the trace in the log
        error = _driver_error(exc)
        if error is not None:  # a read that hit a damaged page or a full disk
            diagnostics.log.info("error code=%s", error.code)
            print(words(args.lang)(error_message(error)), file=sys.stderr)
            return EXIT_PROBLEMS
        diagnostics.log_exception(exc, getattr(args, "command", None) or "gui")
        print(diagnostics.unexpected_sentence(), file=sys.stderr)
        return EXIT_USAGE

