"""`casefile migrate`: a local vault up to an empty practice server, or a practice server
back into a new vault folder (casefile/migrate.py). The passphrase comes from a file, the
environment or a prompt, never an argument; the server's owner password (going up) from
libpq's passfile or PGPASSWORD, as for `casefile server init`."""

from __future__ import annotations

import argparse
from pathlib import Path

from casefile import cli_support as cli
from casefile.catalogue import cli_msg


def register(sub) -> None:
    from casefile.server_cli import DSN_HELP

    p = sub.add_parser("migrate", help="move a vault up to an empty practice server, or a "
                                       "practice server into a new vault folder (verified)")
    p.add_argument("--from-vault", type=Path, metavar="DIR", help="the vault to move up")
    p.add_argument("--to-server", metavar="URL", help="an empty database: " + DSN_HELP)
    p.add_argument("--from-server", metavar="URL", help="the practice server to move down")
    p.add_argument("--to-vault", type=Path, metavar="DIR", help="a new or empty folder")
    p.add_argument("--user", required=True, help="your (an administrator's) user name")
    p.add_argument("--passphrase-file", type=Path,
                   help=f"read the passphrase from this file (or set {cli.PASSPHRASE_ENV})")
    p.set_defaults(func=cmd_migrate)


def cmd_migrate(args: argparse.Namespace) -> int:
    from casefile import migrate

    up = args.from_vault is not None and args.to_server is not None
    down = args.from_server is not None and args.to_vault is not None
    if up == down or (up and (args.from_server or args.to_vault)) or (
            down and (args.from_vault or args.to_server)):
        raise cli.UsageError(cli_msg("migrate_direction"))
    passphrase = cli.read_secret(args.passphrase_file, cli.PASSPHRASE_ENV, "Passphrase: ")
    if up:
        report = migrate.vault_to_server(args.from_vault, args.to_server, user=args.user,
                                         passphrase=passphrase, secrets=cli.keyring_store())
    else:
        report = migrate.server_to_vault(args.from_server, args.to_vault, user=args.user,
                                         passphrase=passphrase)
    say = cli.words(args.lang)
    print(say(cli_msg("migrated", report.head_id, report.head_hash[:16],
                      n=sum(report.rows.values()))))
    for name in report.without_login:
        print(say(cli_msg("migrate_login_later", name)))
    return cli.EXIT_OK
