"""The practice server beside the embedded engine (issue 14, "Measured"): the same data
through the same repository functions on a local SQLCipher database and on the
PostgreSQL server of scripts/pg-test-server (URL in CASEFILE_TEST_PG), medians over
several runs. Unlock uses the real Argon2id (the login password and the key slot).

    .venv/bin/python bench/server.py [--children 1000 --notes 10000 --runs 9]
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402
from psycopg.conninfo import make_conninfo  # noqa: E402

from casefile import practice_server  # noqa: E402
from casefile import search as local_search  # noqa: E402
from casefile.storage import database, server  # noqa: E402
from casefile.storage.repositories import notes as local_notes  # noqa: E402
from casefile.storage.repositories import people as local_people  # noqa: E402
from casefile.storage.repositories import users as local_users  # noqa: E402
from casefile.storage.repositories.pg import notes as pg_notes  # noqa: E402
from casefile.storage.repositories.pg import people as pg_people  # noqa: E402
from casefile.storage.repositories.pg import search as pg_search  # noqa: E402

WORDS = ["lezen", "spelling", "rekenen", "tafels", "begrijpend", "woordenschat", "planner",
         "huiswerk", "toets", "klankgroepen", "motivatie", "concentratie", "agenda",
         "samenvatting", "oefenen", "groep", "juf", "meester", "week", "thuis", "school",
         "moeder", "vader", "gesprek", "afspraak"]
NAMES = ["Anna", "Bram", "Cas", "Daan", "Eva", "Fenna", "Gijs", "Hugo", "Iris", "Jesse",
         "Kiki", "Lotte", "Milan", "Noor"]
NOW = datetime(2026, 1, 1, tzinfo=UTC)
PASSPHRASE = "bench-wachtzin-lang-genoeg-2026"


def fill(conn, people, notes, transaction, author: int, children: int, count: int) -> int:
    rng = random.Random(1)
    with transaction():
        kids = [people.add(conn, "child", {
            "first_name": rng.choice(NAMES), "last_name": f"Achternaam{i}",
            "birth_date": date(2015, 1, 1), "school_group": "", "created_at": NOW,
            "updated_at": NOW}) for i in range(children)]
    for start in range(0, count, 1000):
        with transaction():
            for n in range(start, min(start + 1000, count)):
                notes.add(conn, {
                    "child_id": kids[n % children], "author_id": author,
                    "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))),
                    "category": "session_notes", "sensitivity": "normal",
                    "session_date": date(2020, 1, 1) + timedelta(days=n // 10),
                    "duration_minutes": 45, "created_at": NOW, "updated_at": NOW})
    return kids[0]


def median_ms(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def operations(conn, people, notes, transaction, search, kid: int):
    note_id = notes.timeline(conn, kid, 0, 1)[0].id

    def save() -> None:
        with transaction():
            notes.change(conn, note_id, NOW, text=f"lezen gaat beter {time.time()}")

    return {
        "child list, filter 'an' (50)": lambda: people.children_page(conn, 0, 50, "an"),
        "dossier open (child, guardians, 20 notes)": lambda: (
            people.child(conn, kid), people.guardians_of(conn, kid),
            notes.timeline(conn, kid, 0, 20)),
        "note save (draft text)": save,
        "search 'planner' (50 newest)": lambda: search("planner"),
        "search 'lezen spe' (prefix)": lambda: search("lezen spe"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--children", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    url = os.environ.get("CASEFILE_TEST_PG")
    if not url:
        sys.exit("Start scripts/pg-test-server and set CASEFILE_TEST_PG to its URL.")
    name = f"casefile_bench_{secrets.token_hex(3)}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    dsn = make_conninfo(url, dbname=name)
    try:
        run(dsn, args)
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(
                sql.Identifier(server.login_role(name, "bench"))))


def run(dsn: str, args: argparse.Namespace) -> None:
    practice_server.initialise(dsn, "bench", PASSPHRASE)
    started = time.perf_counter()
    session = practice_server.open_server(dsn, "bench", PASSPHRASE)
    print(f"server unlock (login and key slot, real Argon2id): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")
    remote = pg_people.server_connection(session.db(), session.sealer)
    with tempfile.TemporaryDirectory() as folder:
        local = database.connect(Path(folder) / database.DB_NAME, os.urandom(32))
        database.migrate(local, NOW.isoformat())
        author = local_users.add(local, "bench", "admin", NOW)
        engines = {
            "local": (local, local_people, local_notes, lambda: database.transaction(local),
                      lambda q: local_search._newest(local, local_search.parse(q), 50), author),
            "server": (remote, pg_people, pg_notes, lambda: server.transaction(session.db()),
                       lambda q: pg_search.newest(remote, q), session.user.id),
        }
        figures = {}
        for engine, (conn, people, notes, tx, search, user) in engines.items():
            started = time.perf_counter()
            kid = fill(conn, people, notes, tx, user, args.children, args.notes)
            print(f"{engine}: {args.children} children and {args.notes} notes written in "
                  f"{time.perf_counter() - started:.1f} s")
            for label, work in operations(conn, people, notes, tx, search, kid).items():
                figures.setdefault(label, {})[engine] = median_ms(args.runs, work)
        local.close()
    session.close()
    for label, by_engine in figures.items():
        print(f"{label:44} local {by_engine['local']:8.2f} ms   server "
              f"{by_engine['server']:8.2f} ms")


if __name__ == "__main__":
    main()
