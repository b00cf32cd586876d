"""`casefile server init`, `upgrade`, `add-user` and `reset-passphrase`: a practice server (DESIGN
section 10). Passphrases come from files, the environment or a prompt, never an
argument; the server's own password (for init, the database owner's) from libpq's
passfile or PGPASSWORD, never the URL."""

from __future__ import annotations

import argparse
from pathlib import Path

from casefile import catalogue
from casefile import cli_support as cli
from casefile.catalogue import cli_msg
from casefile.model import Role

NEW_PASSPHRASE_ENV = "CASEFILE_NEW_PASSPHRASE"
USER_PASSPHRASE_ENV = "CASEFILE_USER_PASSPHRASE"
RECOVERY_ENV = "CASEFILE_RECOVERY_KEY"
DSN_HELP = ("the server's URL: postgresql://HOST:PORT/DATABASE?sslmode=verify-full&"
            "sslrootcert=CA.crt")


def register(sub) -> None:
    server = sub.add_parser("server", help="set up and manage a practice server")
    commands = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True,
                                     help="init, upgrade, add-user, reset-passphrase "
                                          "or set-login")

    p = commands.add_parser("init", help="create the schema, roles and the first admin; "
                                         "prints the recovery key once")
    _dsn_user(p, "the first administrator's user name")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("upgrade", help="bring the schema up to this Casefile's "
                                            "(as the database's owner)")
    p.add_argument("--dsn", required=True, help=DSN_HELP)
    p.set_defaults(func=cmd_upgrade)

    p = commands.add_parser("add-user", help="add a user with a temporary passphrase")
    _dsn_user(p, "your (an administrator's) user name")
    p.add_argument("--new-user", required=True, help="the new user's name")
    p.add_argument("--role", choices=("counsellor", "admin"), default="counsellor",
                   help="the new user's role (default: counsellor)")
    p.add_argument("--new-passphrase-file", type=Path,
                   help=f"the new user's temporary passphrase (or set {NEW_PASSPHRASE_ENV})")
    p.set_defaults(func=cmd_add_user)

    p = commands.add_parser(
        "reset-passphrase", help="as the database owner, with the recovery key: give a "
                                 "user (the only administrator, say) a temporary passphrase")
    p.add_argument("--dsn", required=True, help=DSN_HELP + " (as the database's owner)")
    p.add_argument("--user", required=True, help="the user who forgot their passphrase")
    p.add_argument("--recovery-key-file", type=Path,
                   help=f"read the recovery key from this file (or set {RECOVERY_ENV})")
    p.add_argument("--new-passphrase-file", type=Path,
                   help=f"the user's temporary passphrase (or set {NEW_PASSPHRASE_ENV})")
    p.set_defaults(func=cmd_reset_passphrase)

    p = commands.add_parser("set-login", help="a migrated user's login, set with them at "
                                              "their first use (their own passphrase)")
    _dsn_user(p, "your (an administrator's) user name")
    p.add_argument("--for", dest="for_user", required=True, help="the migrated user's name")
    p.add_argument("--user-passphrase-file", type=Path,
                   help=f"the user's own passphrase (or set {USER_PASSPHRASE_ENV}); "
                        "else they type it at the prompt")
    p.set_defaults(func=cmd_set_login)


def _dsn_user(p: argparse.ArgumentParser, user_help: str) -> None:
    p.add_argument("--dsn", required=True, help=DSN_HELP)
    p.add_argument("--user", required=True, help=user_help)
    p.add_argument("--passphrase-file", type=Path,
                   help=f"read the passphrase from this file (or set {cli.PASSPHRASE_ENV})")


def cmd_init(args: argparse.Namespace) -> int:
    from casefile.practice_server import initialise

    passphrase = cli.read_secret(args.passphrase_file, cli.PASSPHRASE_ENV, "New passphrase: ",
                                 confirm=True)
    recovery = initialise(args.dsn, args.user, passphrase)
    say = cli.words(args.lang)
    print(say(cli_msg("server_ready")))
    print(say(cli_msg("recovery_once")))
    print(recovery)
    return cli.EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """`casefile verify --server URL --user NAME`: 0 when sound, 1 when a check found a
    problem (one line each, naming the event or user by id)."""
    from casefile.practice_server import open_server
    from casefile.server_audit import verify_server

    if getattr(args, "vault", None) is not None or getattr(args, "recovery_key_file", None):
        raise cli.UsageError(cli_msg("server_or_vault"))
    head = _head(args.head) if getattr(args, "head", None) else None
    passphrase = cli.read_secret(args.passphrase_file, cli.PASSPHRASE_ENV, "Passphrase: ")
    with open_server(args.server, args.user, passphrase) as session:
        report = verify_server(session, head)
    say = cli.words(args.lang)
    print(say(cli_msg("verify_checked", report.head_id, report.head_hash[:16],
                      n=report.events)))
    if report.ok:
        print(say(cli_msg("verify_sound")))
    else:
        print(say(cli_msg("verify_found", n=len(report.problems))))
    for finding in (*report.problems, *report.warnings):
        print(say(cli_msg(finding.code, *map(_word, finding.args))))
    return cli.EXIT_OK if report.ok else cli.EXIT_PROBLEMS


def _head(text: str) -> tuple[int, str]:
    """`ID:HASH` as verify printed it (the hash's first 16 hex digits, or more)."""
    number, _, digest = text.strip().partition(":")
    digest = digest.lower()
    if not (number.isdigit() and 16 <= len(digest) <= 64
            and all(c in "0123456789abcdef" for c in digest)):
        raise cli.UsageError(cli_msg("head_form"))
    return int(number), digest


def _word(arg: object) -> object:
    """A role code in the reader's words; ids and counts as they are."""
    if isinstance(arg, str) and arg in {r.value for r in Role}:
        return catalogue.label(Role(arg))
    return arg


def cmd_upgrade(args: argparse.Namespace) -> int:
    from casefile.practice_server import upgrade

    print(cli.words(args.lang)(cli_msg("server_upgraded", upgrade(args.dsn))))
    return cli.EXIT_OK


def cmd_add_user(args: argparse.Namespace) -> int:
    from casefile.practice_server import add_user, open_server

    passphrase = cli.read_secret(args.passphrase_file, cli.PASSPHRASE_ENV, "Passphrase: ")
    temporary = cli.read_secret(args.new_passphrase_file, NEW_PASSPHRASE_ENV,
                                "The new user's temporary passphrase: ", confirm=True)
    with open_server(args.dsn, args.user, passphrase) as session:
        added = add_user(session, args.new_user, role=args.role,
                         temporary_passphrase=temporary)
    print(cli.words(args.lang)(cli_msg("user_added", added.name,
                                       cli.words(args.lang)(catalogue.label(added.role)))))
    return cli.EXIT_OK


def cmd_reset_passphrase(args: argparse.Namespace) -> int:
    """The way back in when the practice's only administrator forgot their passphrase:
    the database owner (as at init) with the recovery key gives them a temporary one."""
    from casefile.clock import SystemClock
    from casefile.practice_server import owner_reset_passphrase
    from casefile.vault import _workstation

    key = cli.read_secret(args.recovery_key_file, RECOVERY_ENV, "Recovery key: ")
    temporary = cli.read_secret(args.new_passphrase_file, NEW_PASSPHRASE_ENV,
                                "The temporary passphrase: ", confirm=True)
    owner_reset_passphrase(args.dsn, args.user, temporary_passphrase=temporary,
                           recovery_key=key, workstation=_workstation(), clock=SystemClock())
    print(cli.words(args.lang)(cli_msg("passphrase_reset", args.user)))
    return cli.EXIT_OK


def cmd_set_login(args: argparse.Namespace) -> int:
    from casefile.practice_server import open_server, set_login

    passphrase = cli.read_secret(args.passphrase_file, cli.PASSPHRASE_ENV, "Passphrase: ")
    theirs = cli.read_secret(args.user_passphrase_file, USER_PASSPHRASE_ENV,
                             f"{args.for_user}'s own passphrase: ")
    with open_server(args.dsn, args.user, passphrase) as session:
        set_login(session, args.for_user, theirs)
    print(cli.words(args.lang)(cli_msg("login_set", args.for_user)))
    return cli.EXIT_OK
