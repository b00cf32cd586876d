"""`casefile inzage` and `casefile inzage-answer`: the parents' inzage from the command line,
so a practice that requires it can still make packets with `casefile export`. The
parents' remarks come from a file, never from an argument (argv is visible to every
process on the computer)."""

from __future__ import annotations

import argparse
from pathlib import Path

from casefile.catalogue import cli_msg, fmt_date
from casefile.cli_support import (
    EXIT_BLOCKED,
    EXIT_OK,
    UsageError,
    add_vault_user,
    keyring_store,
    unlock,
    words,
)
from casefile.errors import ConsentRequired


def register(sub) -> None:
    p = sub.add_parser("inzage", help="the parents' draft of a packet, before it goes out")
    add_vault_user(p)
    p.add_argument("--child", type=int, required=True, help="the child's id")
    p.add_argument("--recipient", type=int, required=True,
                   help="the organisation the packet will go to")
    p.add_argument("--out", type=Path, required=True, help="the draft file to write (.pdf)")
    p.add_argument("--items", help="comma-separated item keys (default: all allowed)")
    p.add_argument("--purpose", default="", help="why the packet will be sent")
    p.add_argument("--guardians", help="comma-separated guardian ids (default: every parent "
                                       "with parental authority)")
    p.set_defaults(func=cmd_inzage)

    p = sub.add_parser("inzage-answer", help="record the parents' answer to an inzage")
    add_vault_user(p)
    p.add_argument("--inzage", type=int, required=True, help="the inzage's number")
    p.add_argument("--answer", choices=("remarks", "no_remarks", "no_answer"), required=True,
                   help="their remarks (with --remarks-file or --document), no remarks, "
                        "or no answer (only after the date they had to answer by)")
    p.add_argument("--remarks-file", type=Path, help="the parents' remarks (UTF-8 text)")
    p.add_argument("--document", type=int, help="a returned document already imported")
    p.set_defaults(func=cmd_answer)


def _ids(text: str | None) -> list[int]:
    try:
        return [int(part) for part in (text or "").split(",") if part.strip()]
    except ValueError:
        raise UsageError(cli_msg("not_numbers")) from None


def cmd_inzage(args: argparse.Namespace) -> int:
    from casefile.packets_cli import print_blocked

    if args.out.exists():
        raise UsageError(cli_msg("file_exists", args.out.name))
    items = [k.strip() for k in args.items.split(",")] if args.items else None
    say = words(args.lang)
    with unlock(args, keyring_store()) as vault:
        try:
            preview = vault.packets.inzage_preview(args.child, args.recipient, args.out,
                                                   items=items, purpose=args.purpose,
                                                   guardian_ids=_ids(args.guardians))
        except ConsentRequired as blocked:
            print_blocked(blocked, say)
            return EXIT_BLOCKED
    print(say(cli_msg("inzage_written", args.out, preview.inzage_id,
                      fmt_date(preview.answer_by))))
    print(say(cli_msg("inzage_password_once")))
    print(preview.password)
    return EXIT_OK


def cmd_answer(args: argparse.Namespace) -> int:
    remarks = ""
    if args.remarks_file is not None:
        try:
            remarks = args.remarks_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise UsageError(cli_msg("cannot_read", args.remarks_file.name)) from None
    with unlock(args, keyring_store()) as vault:
        vault.inzage.answer(args.inzage, args.answer, remarks=remarks,
                            document_id=args.document)
    print(words(args.lang)(cli_msg("inzage_answered", args.inzage)))
    return EXIT_OK
