"""The practice server beside the embedded engine (issue 14, "Measured"): the same
practice built through the Vault API in a local vault and on the PostgreSQL server of
scripts/pg-test-server (URL in CASEFILE_TEST_PG, a new database of its own), then the
same operations on both in this one run, medians over several runs and their ratio.
Both use the real Argon2id (on the server twice: the login password and the key slot).

    CASEFILE_TEST_PG=URL .venv/bin/python bench/server.py [--children 300 --notes 3000]

Operations: unlock to the first page of the child list; a keystroke of the child-list
filter; opening a dossier (the child, its first 100 notes, its consents and documents);
saving a note (new, then a draft save); a search over all notes; a 20 MB packet (one
20 MB document and 20 notes, consent re-check and disclosure included).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from casefile.vault import Vault  # noqa: E402

WORDS = ["lezen", "spelling", "rekenen", "tafels", "begrijpend", "woordenschat", "planner",
         "huiswerk", "toets", "klankgroepen", "motivatie", "concentratie", "agenda",
         "samenvatting", "oefenen", "groep", "juf", "meester", "week", "thuis", "school",
         "moeder", "vader", "gesprek", "afspraak"]
FIRST = ["Anna", "Bram", "Cas", "Daan", "Eva", "Fenna", "Gijs", "Hugo", "Iris", "Jesse",
         "Kiki", "Lotte", "Milan", "Noor"]
LAST = ["Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks"]
USER = "benchadmin"
PASSPHRASE = "bench-wachtzin-lang-genoeg-2026"
BATCH = 500
PACKET_MB = 20


def build(vault: Vault, children: int, notes: int, rng: random.Random) -> dict[str, int]:
    """The same practice in either engine: `children` children and `notes` notes over
    them, and one child with a consent for a school, 20 notes and a 20 MB document."""
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    kids: list[int] = []
    for start in range(0, children, BATCH):
        with vault.context.transaction():
            for i in range(start, min(start + BATCH, children)):
                kids.append(vault.children.add(
                    first_name=rng.choice(FIRST), last_name=f"{rng.choice(LAST)}{i}",
                    birth_date=date(2012, 1, 1) + timedelta(days=rng.randrange(3000))).id)
    for start in range(0, notes, BATCH):
        with vault.context.transaction():
            for n in range(start, min(start + BATCH, notes)):
                vault.notes.add(kids[n % children], text=_text(rng),
                                session_date=date(2021, 1, 1) + timedelta(days=n % 1500))
    kid = vault.children.add(first_name="Bart", last_name="Wit", birth_date=date(2016, 9, 9),
                             school_id=school.id)
    mum = vault.guardians.add(kid.id, name="Moeder Wit", has_authority=True)
    for _ in range(20):
        vault.notes.finalise(vault.notes.add(kid.id, text=_text(rng)).id)
    # incompressible, like the scanned reports a practice receives
    vault.documents.import_bytes(kid.id, b"%PDF-1.4\n" + rng.randbytes(PACKET_MB << 20),
                                 "verslag.pdf")
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="overdracht", categories=["identity", "session_notes",
                                                            "documents"],
                          given_by=[mum.id], valid_from=date(2026, 1, 1),
                          valid_until=date(2027, 12, 31))
    return {"big": kids[0], "packet": kid.id, "school": school.id}


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))


def median_ms(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(location, ids: dict[str, int], runs: int, out: Path) -> dict[str, float]:
    rng = random.Random(7)
    figures: dict[str, float] = {}

    def unlock() -> None:
        opened = Vault.open(location, user=USER, passphrase=PASSPHRASE)
        opened.children.page(0, 50)
        opened.lock()

    figures["unlock + child list"] = median_ms(max(3, runs // 3), unlock)
    vault = Vault.open(location, user=USER, passphrase=PASSPHRASE)
    try:
        figures["filter keystroke"] = median_ms(runs, lambda: vault.children.page(
            0, 50, text=rng.choice(LAST)[:3].lower() + str(rng.randint(1, 9))))

        def dossier() -> None:
            vault.children.get(ids["big"])
            vault.notes.list(ids["big"], 0, 100)
            vault.consents.list(ids["big"])
            vault.documents.list(ids["big"])

        figures["dossier open"] = median_ms(runs, dossier)

        def save() -> None:
            note = vault.notes.add(ids["big"], text=_text(rng))
            vault.notes.save_draft(note.id, text=note.text + " aangevuld")

        figures["note save (add + draft)"] = median_ms(runs, save)
        figures["search all notes"] = median_ms(runs, lambda: vault.search.notes(
            rng.choice(WORDS)[:5]))
        packets = iter(range(1000))
        figures[f"{PACKET_MB} MB packet"] = median_ms(max(3, runs // 3), lambda: (
            vault.packets.create(ids["packet"], ids["school"], out / f"p{next(packets)}.pdf",
                                 purpose="overdracht")))
    finally:
        vault.lock()
    return figures


def new_database(dsn: str) -> tuple[str, Callable[[], None]]:
    """A fresh database on the test server: its URL and how to drop it with its roles."""
    name = f"casefile_bench_{os.getpid()}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def drop() -> None:
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(
                sql.Identifier(name)))
            for row in admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                     (name + ":%",)).fetchall():
                admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(row[0])))

    return urlunsplit(urlsplit(dsn)._replace(path="/" + name)), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=300)
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    dsn = os.environ.get("CASEFILE_TEST_PG")
    if not dsn:
        sys.exit("set CASEFILE_TEST_PG (scripts/pg-test-server start DIR prints it)")
    url, drop = new_database(dsn)
    results: dict[str, dict[str, float]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="casefile-bench-") as folder:
            places = {"embedded": Path(folder) / "vault", "server": url}
            for engine, location in places.items():
                started = time.perf_counter()
                vault = Vault.create(location, user=USER, passphrase=PASSPHRASE,
                                     practice_name="Praktijk Bench", check_strength=False)
                try:
                    ids = build(vault, args.children, args.notes, random.Random(1))
                finally:
                    vault.lock()
                print(f"{engine}: built {args.children} children, {args.notes} notes in "
                      f"{time.perf_counter() - started:.0f} s", flush=True)
                out = Path(folder) / f"out-{engine}"
                out.mkdir()
                results[engine] = measure(location, ids, args.runs, out)
    finally:
        drop()
    print(f"\nmedians in ms, {args.runs} runs (unlock and packet {max(3, args.runs // 3)}); "
          f"server at {urlsplit(dsn).hostname}")
    print(f"{'operation':28} {'embedded':>10} {'server':>10} {'ratio':>7}")
    for name, local in results["embedded"].items():
        remote = results["server"][name]
        print(f"{name:28} {local:10.1f} {remote:10.1f} {remote / local:6.1f}x")


if __name__ == "__main__":
    main()
