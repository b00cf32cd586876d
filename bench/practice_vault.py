"""The practice vault the benchmark measures, built once through Casefile's own services
(children, guardians, organisations, notes, documents, consents: every row with its audit
event), deterministic from a seed and cached outside the repository.

The build uses the cheap Argon2id of the tests (building 500,000 notes needs the vault
open, not a strong slot); when done, the user's slot is rewrapped with the real parameters,
so unlocking the cached vault costs what a counsellor's unlock costs.

Besides the `children` ordinary children with `notes // children` notes each, two children
stand for the figures of issue 13: one with a 300-note dossier and one with 100 finalised
notes, 10 documents and a consent for a school (the packet).
"""

from __future__ import annotations

import os
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from casefile.clock import FakeClock  # noqa: E402
from casefile.storage import database, keys  # noqa: E402
from casefile.vault import Vault  # noqa: E402

PASSPHRASE = "bench-wachtzin-lang-genoeg-2026"
USER = "bench"
CACHE = Path(os.environ.get("CASEFILE_BENCH_CACHE", Path.home() / ".cache/casefile-bench"))
BIG_DOSSIER_NOTES = 300
PACKET_NOTES = 100
BATCH = 2000  # service calls per transaction while building

FIRST = ("Ömer", "Sanne", "Daan", "Noor", "Liam", "Emma", "Sem", "Julia", "Finn", "Tess",
         "Luuk", "Zoë", "Mila", "Bram", "Anouk", "Jesse", "Fleur", "Thijs", "Lotte", "Chloë")
LAST = ("de Vries", "van Dalen", "Jansen", "Özdemir", "Bakker", "in 't Veld", "Visser",
        "Smit", "Meijer", "de Boer", "Mulder", "van den Berg", "Dekker", "Bos", "Vos",
        "Peters", "Hendriks", "van Leeuwen", "Brouwer", "de Groot", "El Amrani", "Koç")
WORDS = ("lezen", "spelling", "rekenen", "tafels", "begrijpend", "woordenschat", "planner",
         "huiswerk", "toets", "klankgroepen", "motivatie", "concentratie", "agenda",
         "samenvatting", "oefenen", "groep", "juf", "meester", "week", "thuis", "school",
         "moeder", "vader", "gesprek", "afspraak", "dictee", "voorlezen", "strategie")
RARE = "zeldzaamwoord"  # in one note of every 5,000


@dataclass(frozen=True)
class Practice:
    folder: Path
    children: int  # ordinary children, besides the two below
    notes: int
    big_dossier: int  # the child with BIG_DOSSIER_NOTES notes
    packet_child: int
    school: int  # the packet's recipient


def folder_for(children: int, notes: int, seed: int) -> Path:
    return CACHE / f"practice-{children}-{notes}-s{seed}"


def practice(children: int, notes: int, seed: int = 13, document_kib: int = 2048,
             log=print) -> Practice:
    """The cached vault, built first when it is not there (or was left half built)."""
    folder = folder_for(children, notes, seed)
    done = folder / "built"
    if not done.exists():
        if folder.exists():
            _remove(folder)
        started = time.perf_counter()
        _build(folder, children, notes, seed, document_kib, log)
        done.write_text(f"{time.perf_counter() - started:.0f} s\n")
    return practice_at(folder)


def practice_at(folder: Path) -> Practice:
    """The practice already built in `folder`."""
    _, children, notes, _ = folder.name.split("-")
    ids = [int(v) for v in (folder / "ids").read_text().split()]
    return Practice(folder, int(children), int(notes), *ids)


def _remove(folder: Path) -> None:
    for entry in folder.iterdir():
        entry.unlink()
    folder.rmdir()


def _build(folder: Path, children: int, notes: int, seed: int, document_kib: int,
           log) -> None:
    rng = random.Random(seed)
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    folder.parent.mkdir(parents=True, exist_ok=True)
    vault = Vault.create(folder, user=USER, passphrase=PASSPHRASE, practice_name="Praktijk",
                         kdf=keys.CHEAP_KDF, clock=clock, check_strength=False)
    try:
        ids = _special_children(vault, rng, document_kib)
        _ordinary_children(vault, rng, children, notes, log)
        key = vault.context.database_key()
    finally:
        vault.lock()
    slots = keys.KeySlots.load(folder / keys.KEYSLOTS)
    slots.rewrap_user(USER, PASSPHRASE, key, kdf=keys.KdfParams())  # the real unlock
    slots.save(folder / keys.KEYSLOTS)
    (folder / "ids").write_text(" ".join(map(str, ids)) + "\n")


def _special_children(vault: Vault, rng: random.Random, document_kib: int) -> list[int]:
    school = vault.organisations.add(name="Basisschool De Regenboog", kind="school")
    big = vault.children.add(first_name="Aafke", last_name="Zwart", birth_date=date(2015, 4, 1),
                             school_id=school.id, school_group="5", status="active")
    with database.transaction(vault.context.db()):
        for n in range(BIG_DOSSIER_NOTES):
            vault.notes.add(big.id, text=_text(rng, n), session_date=_day(n))
    kid = vault.children.add(first_name="Bart", last_name="Wit", birth_date=date(2016, 9, 9),
                             school_id=school.id, school_group="4", status="active")
    mum = vault.guardians.add(kid.id, name="Moeder Wit", relation="moeder", has_authority=True)
    with database.transaction(vault.context.db()):
        for n in range(PACKET_NOTES):
            note = vault.notes.add(kid.id, text=_text(rng, n), session_date=_day(n))
            vault.notes.finalise(note.id)
    for n in range(10):
        # incompressible, like the scanned reports and PDFs a practice receives
        data = b"%PDF-1.4\n" + rng.randbytes(document_kib * 1024)
        vault.documents.import_bytes(kid.id, data, f"verslag-{n}.pdf")
    vault.consents.record(kid.id, scope="disclosure", recipient_id=school.id,
                          purpose="overdracht", categories=["identity", "guidance_summary",
                                                            "session_notes", "documents"],
                          given_by=[mum.id], valid_from=date(2026, 1, 1),
                          valid_until=date(2027, 1, 1))
    return [big.id, kid.id, school.id]


def _ordinary_children(vault: Vault, rng: random.Random, children: int, notes: int,
                       log) -> None:
    """`children` children, then `notes` notes spread over them (oldest sessions first, as a
    practice's notes grow)."""
    conn = vault.context.db()
    made: list[int] = []
    for start in range(0, children, BATCH):
        with database.transaction(conn):
            for i in range(start, min(start + BATCH, children)):
                made.append(_child(vault, rng, i))
    started = time.perf_counter()
    for start in range(0, notes, BATCH):
        with database.transaction(conn):
            for n in range(start, min(start + BATCH, notes)):
                vault.notes.add(made[n % children], text=_text(rng, n),
                                session_date=_day(n * 2000 // max(notes, 1)))
        if start % 50_000 == 0:
            log(f"  {start + BATCH} of {notes} notes, {time.perf_counter() - started:.0f} s")


def _child(vault: Vault, rng: random.Random, i: int) -> int:
    born = date(2008, 1, 1) + timedelta(days=rng.randrange(365 * 12))
    return vault.children.add(first_name=rng.choice(FIRST), last_name=f"{rng.choice(LAST)}{i}",
                              birth_date=born, school_group=str(rng.randint(1, 8)),
                              status=rng.choice(("intake", "active", "paused", "closed"))).id


def _text(rng: random.Random, n: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
    return f"{text} {RARE}" if n % 5000 == 0 else text


def _day(n: int) -> date:
    return date(2020, 1, 1) + timedelta(days=n)


if __name__ == "__main__":  # build one: practice_vault.py CHILDREN NOTES
    built = practice(int(sys.argv[1]), int(sys.argv[2]))
    print(f"built {built.folder}: {(built.folder / 'built').read_text().strip()}")
