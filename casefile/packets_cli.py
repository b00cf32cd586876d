"""`casefile export` and `casefile verify-packet`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casefile.catalogue import cli_msg, error_message, reason
from casefile.cli_support import (
    EXIT_BLOCKED,
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    add_vault_user,
    keyring_store,
    read_secret,
    unlock,
    words,
)
from casefile.errors import ConsentRequired, InzageRequired


def register(sub) -> None:
    p = sub.add_parser("export", help="a consent-checked transfer packet")
    add_vault_user(p)
    p.add_argument("--child", type=int, required=True,
                   help="the child's id (see `casefile list children`)")
    p.add_argument("--recipient", type=int, required=True,
                   help="the receiving organisation's id (see `casefile list recipients`)")
    p.add_argument("--out", type=Path, required=True, help="the packet file to write (.pdf)")
    p.add_argument("--items", help="comma-separated item keys (default: all allowed)")
    p.add_argument("--purpose", default="", help="why the packet is sent (in the log)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("verify-packet", help="check a packet's signature and every hash")
    p.add_argument("file", type=Path, help="the packet (.pdf)")
    p.add_argument("--password-file", type=Path,
                   help="read the packet's password from this file "
                        "(or set CASEFILE_PACKET_PASSWORD)")
    p.add_argument("--expect-fingerprint", metavar="FP",
                   help="the practice's signing-key fingerprint (from its consent form or "
                        "letter): checks the sender, not only integrity")
    p.add_argument("--trusted-fingerprints", type=Path, metavar="FILE",
                   help="a file of trusted fingerprints, one a line (# starts a comment)")
    p.set_defaults(func=cmd_verify_packet)


def cmd_export(args: argparse.Namespace) -> int:
    if args.out.exists():
        raise UsageError(cli_msg("file_exists", args.out.name))
    items = [k.strip() for k in args.items.split(",")] if args.items else None
    with unlock(args, keyring_store()) as vault:
        try:
            packet = vault.packets.create(args.child, args.recipient, args.out, items=items,
                                          purpose=args.purpose)
        except ConsentRequired as blocked:
            print_blocked(blocked, words(args.lang))
            return EXIT_BLOCKED
        except InzageRequired as waiting:  # the practice lets the parents see it first
            print(words(args.lang)(error_message(waiting)), file=sys.stderr)
            return EXIT_BLOCKED
    say = words(args.lang)
    print(say(cli_msg("packet_written", args.out, len(packet.item_keys))))
    print(say(cli_msg("password_once")))
    print(packet.password)
    return EXIT_OK


def print_blocked(blocked: ConsentRequired, words) -> None:
    """The refusal's sentence, then each blocked item with every reason."""
    print(words(error_message(blocked)), file=sys.stderr)
    decision = blocked.decision
    for item in getattr(decision, "blocked_items", ()):
        why = " ".join(dict.fromkeys(words(reason(r.code)) for r in item.reasons))
        print(f"  {item.item.key}: {why}", file=sys.stderr)


def cmd_verify_packet(args: argparse.Namespace) -> int:
    from casefile.packet_format import UNTRUSTED, verify_packet

    trusted = _trust_anchor(args)
    try:
        data = args.file.read_bytes()
    except OSError:
        raise UsageError(cli_msg("cannot_read", args.file.name)) from None
    password = read_secret(args.password_file, "CASEFILE_PACKET_PASSWORD", "Password: ")
    report = verify_packet(data, password, trusted_fingerprints=trusted)
    say = words(args.lang)
    print(say(cli_msg("packet_header", report.manifest.get("packet_id", "?"),
                      report.fingerprint)))
    if report.manifest.get("status") == "inzage_draft":  # the parents' draft, never sent
        print(say(cli_msg("inzage_draft")), file=sys.stderr)
        return EXIT_PROBLEMS
    items = len(report.manifest.get("items", []))
    if report.ok and report.sender_checked:
        print(say(cli_msg("verified_trusted", items)))
        return EXIT_OK
    if report.ok:
        print(say(cli_msg("verified_untrusted", items)))
        return EXIT_OK
    damage = [p for p in report.problems if not p.startswith(UNTRUSTED)]
    for problem in damage:
        print(say(cli_msg("problem", problem)))
    if len(damage) < len(report.problems):
        print(say(cli_msg("not_trusted_key", report.fingerprint)), file=sys.stderr)
    return EXIT_PROBLEMS


def _trust_anchor(args: argparse.Namespace) -> frozenset[str] | None:
    """The fingerprints the packet's key must be one of, or None when none were given (a
    malformed one is InvalidInput: one sentence, exit 2)."""
    from casefile.packet_format import normalise_fingerprint, read_trusted_fingerprints

    found: set[str] = set()
    if args.expect_fingerprint is not None:
        found.add(normalise_fingerprint(args.expect_fingerprint))
    if args.trusted_fingerprints is not None:
        found |= read_trusted_fingerprints(_read_text(args.trusted_fingerprints))
    return frozenset(found) if found else None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UsageError(cli_msg("cannot_read", path.name)) from None
