"""Search and note figures at practice scale (DESIGN sections 7b and 9): 10,000 children and
500,000 notes in one vault, built once and cached under /tmp. Medians over several runs, and
the same queries on plain SQLite (the same schema, no encryption) for the ratio.

    .venv/bin/python bench/search.py [--children 10000 --notes 500000 --runs 9]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402

from casefile.search import match_expression  # noqa: E402
from casefile.storage import database  # noqa: E402
from casefile.storage.keys import KEYSLOTS, KeySlots  # noqa: E402
from casefile.vault import Vault  # noqa: E402

WORDS = [
    "lezen",
    "spelling",
    "rekenen",
    "tafels",
    "begrijpend",
    "woordenschat",
    "planner",
    "huiswerk",
    "toets",
    "klankgroepen",
    "motivatie",
    "concentratie",
    "agenda",
    "samenvatting",
    "oefenen",
    "groep",
    "juf",
    "meester",
    "week",
    "thuis",
    "school",
    "moeder",
    "vader",
    "gesprek",
    "afspraak",
]
RARE = "zeldzaamwoord"
PASSPHRASE = "bench-wachtzin-lang-genoeg-2026"


def build(folder: Path, children: int, notes: int) -> None:
    vault = Vault.create(folder, user="bench", passphrase=PASSPHRASE)
    conn = vault.context.db()
    rng = random.Random(1)
    now = "2026-01-01T00:00:00+00:00"
    with database.transaction(conn):
        conn.executemany(
            "INSERT INTO children(first_name, last_name, birth_date, created_at, updated_at) "
            "VALUES (?, ?, '2015-01-01', ?, ?)",
            [(f"Kind{i}", f"Achternaam{i}", now, now) for i in range(children)],
        )
    start = date(2020, 1, 1)
    for batch in range(0, notes, 50_000):
        rows = []
        for n in range(batch, min(batch + 50_000, notes)):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
            if n % 5000 == 0:
                text += f" {RARE}"
            rows.append(
                (n % children + 1, (start + timedelta(days=n // 400)).isoformat(), text, now, now)
            )
        with database.transaction(conn):
            conn.executemany(
                "INSERT INTO notes(child_id, session_date, author_id, text, category, "
                "sensitivity, finalised, created_at, updated_at) "
                "VALUES (?, ?, 1, ?, 'session_notes', 'normal', 1, ?, ?)",
                rows,
            )
    vault.lock()


def plain_copy(vault_dir: Path, target: Path) -> None:
    """The same rows in plain SQLite, for the encryption ratio."""
    if target.exists():
        return
    vault = Vault.open(vault_dir, user="bench", passphrase=PASSPHRASE)
    key = vault.context.database_key()
    vault.lock()
    conn = database.connect(vault_dir / database.DB_NAME, key)
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


SQL = "SELECT f.rowid FROM notes_fts f WHERE notes_fts MATCH ? ORDER BY f.rowid DESC LIMIT 50"
RANK_ALL = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 50"


def queries_for(children: int) -> dict[str, str]:
    child = children // 2
    return {
        "rare word, all dossiers": match_expression(RARE),
        "rare word, one dossier": match_expression(RARE, 1),  # note 0 went to child 1
        "common word, all dossiers": match_expression("lezen"),
        "common word, one dossier": match_expression("lezen", child),
        "prefix, one dossier": match_expression("begrij", child),
    }


def without_memory_security(folder: Path, children: int, runs: int) -> dict[str, float]:
    """The same queries on the encrypted file with cipher_memory_security never switched on:
    it is process-wide once on, so they run in a fresh process."""
    out = subprocess.run([sys.executable, __file__, "--raw", str(folder), "--children",
                          str(children), "--runs", str(runs)], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out)


def raw_medians(folder: Path, children: int, runs: int) -> None:
    slots = KeySlots.load(folder / KEYSLOTS)
    key = slots.unwrap_user("bench", PASSPHRASE)
    conn = sqlcipher3.connect(str(folder / database.DB_NAME))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    print(json.dumps({name: median_ms(lambda e=expr: conn.execute(SQL, (e,)).fetchall(), runs)
                      for name, expr in queries_for(children).items()}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--raw", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.raw:
        return raw_medians(args.raw, args.children, args.runs)
    folder = Path(f"/tmp/casefile-bench-{args.children}-{args.notes}")
    if not (folder / KEYSLOTS).exists():
        t = time.perf_counter()
        build(folder, args.children, args.notes)
        print(
            f"built {args.children} children and {args.notes} notes in "
            f"{time.perf_counter() - t:.0f} s"
        )
    plain = folder.with_name(folder.name + "-plain.db")
    plain_copy(folder, plain)
    no_memsec = without_memory_security(folder, args.children, args.runs)
    vault = Vault.open(folder, user="bench", passphrase=PASSPHRASE)
    lite = sqlite3.connect(plain)
    child = args.children // 2
    conn = vault.context.db()
    print("ms, medians; 'vault' is SQLCipher as Casefile opens it (cipher_memory_security="
          f"{'ON' if database.MEMORY_SECURITY else 'OFF'}), 'no memsec' the same file and key "
          "without it, 'SQLite' a plain copy")
    print(f"{'query (newest first, LIMIT 50)':30} {'vault':>8} {'no memsec':>10} {'SQLite':>8}"
          f" {'vault/SQLite':>13} {'no memsec/SQLite':>17}")
    for name, expr in queries_for(args.children).items():
        enc = median_ms(lambda e=expr: conn.execute(SQL, (e,)).fetchall(), args.runs)
        raw = median_ms(lambda e=expr: lite.execute(SQL, (e,)).fetchall(), args.runs)
        print(f"{name:30} {enc:8.2f} {no_memsec[name]:10.2f} {raw:8.2f} {enc / raw:13.1f}"
              f" {no_memsec[name] / raw:17.1f}")
    print("expected (DESIGN section 9): MATCH LIMIT 50 in rowid order < 2 ms; "
          "SQLCipher 1.0-1.3x plain SQLite on reads, memory security 1.1-3.6x on top")
    api = median_ms(lambda: vault.search.notes("lezen", child_id=child), args.runs)
    api_all = median_ms(lambda: vault.search.notes("lezen"), args.runs)
    typing = median_ms(lambda: vault.search.notes("huisw"), args.runs)
    relevance = median_ms(lambda: vault.search.notes("lezen", order="relevance"), args.runs)
    print(f"search API, common word, one dossier (snippets, audit): {api:.2f} ms")
    print(f"search API, common word, all dossiers: {api_all:.2f} ms")
    print(f"search API, unfinished word 'huisw', all dossiers: {typing:.2f} ms")
    print(f"relevance over the newest 500 candidates, all dossiers: {relevance:.2f} ms")
    full = median_ms(lambda: conn.execute(RANK_ALL, (match_expression("lezen"),)).fetchall(), 1)
    print(f"for comparison, bm25 over every match of a common word: {full:.0f} ms "
          "(expected ~1 s)")
    note = vault.notes.add(child, text="")
    text = iter(range(10**9))
    draft = median_ms(
        lambda: vault.notes.save_draft(note.id, text=f"woord {next(text)}"), args.runs * 3
    )
    print(f"save_draft (durable, synchronous=FULL): {draft:.2f} ms")
    vault.notes.delete_draft(note.id)
    vault.lock()


if __name__ == "__main__":
    main()
