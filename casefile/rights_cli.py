"""`casefile backup`, `restore`, `retention` and `access-report`."""

from __future__ import annotations

import argparse
from pathlib import Path

from casefile.catalogue import cli_msg, fmt_date
from casefile.cli_support import (
    EXIT_OK,
    PASSPHRASE_ENV,
    UsageError,
    add_vault_user,
    keyring_store,
    read_secret,
    unlock,
    words,
)


def register(sub) -> None:
    p = sub.add_parser("backup", help="an encrypted, verified backup in one file")
    add_vault_user(p)
    p.add_argument("--to", type=Path, help="the folder (default: the one in the settings)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup into a new folder")
    p.add_argument("--from", dest="source", type=Path, required=True, help="the backup file")
    p.add_argument("--to", type=Path,
                   help="the new, empty vault folder (default: the global --vault)")
    p.add_argument("--user", required=True, help="a user of the backed-up vault")
    p.add_argument("--passphrase-file", type=Path,
                   help=f"read the passphrase from this file (or set {PASSPHRASE_ENV})")
    p.add_argument("--recovery-key-file", type=Path, help="unlock with the recovery key")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("retention", help="what is due for deletion, and the purge")
    add_vault_user(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--due", action="store_true", help="list the dossiers due")
    what.add_argument("--purge", action="store_true", help="erase every dossier due")
    p.add_argument("--yes", type=int, metavar="N", help="confirm the number of dossiers")
    p.set_defaults(func=cmd_retention)

    p = sub.add_parser("access-report", help="everything held on a child (GDPR Art 15/20)")
    add_vault_user(p)
    p.add_argument("--child", type=int, required=True,
                   help="the child's id (see `casefile list children`)")
    p.add_argument("--out", type=Path, required=True, help="the report packet to write (.pdf)")
    p.set_defaults(func=cmd_access_report)


def cmd_backup(args: argparse.Namespace) -> int:
    with unlock(args, keyring_store()) as vault:
        result = vault.backups.create(args.to)
    print(words(args.lang)(cli_msg("backup_written", result.path, result.size)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from casefile.vault import Vault

    args.to = args.to or getattr(args, "vault", None)
    if args.to is None:
        raise UsageError(cli_msg("restore_where"))
    if args.recovery_key_file:
        key = read_secret(args.recovery_key_file, "CASEFILE_RECOVERY_KEY", "Recovery key: ")
        vault = Vault.restore(args.source, args.to, user=args.user, recovery_key=key,
                              secrets=keyring_store())
    else:
        passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, "Passphrase: ")
        vault = Vault.restore(args.source, args.to, user=args.user, passphrase=passphrase,
                              secrets=keyring_store())
    with vault:
        count = vault.children.count()
    print(words(args.lang)(cli_msg("restored", args.to, n=count)))
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    say = words(args.lang)
    with unlock(args, keyring_store()) as vault:
        due = vault.retention.due()
        if args.due:
            for item in due:
                print(say(cli_msg("due_line", item.child_id, fmt_date(item.due_on))))
            print(say(cli_msg("dossiers_due", len(due))))
            return EXIT_OK
        if args.yes != len(due):
            raise UsageError(cli_msg("confirm_due", len(due), n=len(due)))
        if due:
            vault.retention.purge([i.child_id for i in due], confirm_count=len(due))
    print(say(cli_msg("dossiers_erased", len(due))))
    return EXIT_OK


def cmd_access_report(args: argparse.Namespace) -> int:
    if args.out.exists():
        raise UsageError(cli_msg("file_exists", args.out.name))
    with unlock(args, keyring_store()) as vault:
        report = vault.rights.access_report(args.child, args.out)
    say = words(args.lang)
    print(say(cli_msg("report_written", report.path)))
    print(say(cli_msg("password_once")))
    print(report.password)
    return EXIT_OK
