"""`casefile list children` and `casefile list recipients`: the ids the other commands take."""

from __future__ import annotations

import argparse

from casefile.cli_support import EXIT_OK, add_vault_user, keyring_store, unlock
from casefile.model import ChildListing

PAGE = 500


def register(sub) -> None:
    p = sub.add_parser("list", help="the children or the recipients, with their ids")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("children", help="id, name, date of birth and status of every child")
    add_vault_user(q)
    q.add_argument("--filter", default="", help="only children whose name contains this text")
    q.set_defaults(func=cmd_children)
    q = what.add_parser("recipients", help="id, kind and name of every organisation")
    add_vault_user(q)
    q.set_defaults(func=cmd_recipients)


def cmd_children(args: argparse.Namespace) -> int:
    with unlock(args, keyring_store()) as vault:
        offset = 0
        while page := vault.children.page(offset=offset, limit=PAGE, text=args.filter):
            for child in page:
                if isinstance(child, ChildListing):  # not on the user's caseload
                    print(f"{child.id}\t{child.full_name}\t-\t-")
                    continue
                print(f"{child.id}\t{child.full_name}\t{child.birth_date.isoformat()}\t"
                      f"{child.status.value}")
            offset += len(page)
    return EXIT_OK


def cmd_recipients(args: argparse.Namespace) -> int:
    with unlock(args, keyring_store()) as vault:
        for organisation in vault.organisations.list():
            print(f"{organisation.id}\t{organisation.kind.value}\t{organisation.name}")
    return EXIT_OK
