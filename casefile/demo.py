"""A demo vault of fictional children. Every name here is invented."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from casefile.model import GuidanceStatus, OrganisationKind

DEMO_USER = "demo"
DEMO_PASSPHRASE = "demo"
# Two counsellors, each with their own children (the caseload); their passphrases are
# temporary, changed at their first unlock, as for any new user.
DEMO_COUNSELLORS = (("sanne", "leesuur-met-Sanne-in-de-demo"),
                    ("joris", "huiswerkklas-van-Joris-demo"))

FIRST_NAMES = ("Daan", "Sem", "Lotte", "Fenna", "Bram", "Noor", "Jesse", "Isa", "Milan", "Evi",
               "Luuk", "Sanne", "Thijs", "Roos", "Stijn", "Yara", "Joep", "Femke", "Ties",
               "Liv", "Gijs", "Maud", "Ravi", "Nova", "Mees", "Hidde", "Jip", "Saar", "Pien",
               "Otis", "Ilse", "Wessel")
LAST_NAMES = ("de Wilde", "van Oosterhout", "Brinkman", "Kloosterboer", "Verhagen",
              "van der Meulen", "Hoekstra", "Achterberg", "Zwartjes", "Dijkgraaf", "Veldkamp",
              "ter Haar", "Smeulders", "van Lieshout", "Bosgra", "Kramer-Otten", "Wolters",
              "Doornbos", "El Amrani", "Nijenhuis", "van Dalfsen", "Groeneveld")
MOTHERS = ("Marieke", "Annelies", "Ingrid", "Fatima", "Esther", "Judith", "Linda", "Saskia")
FATHERS = ("Jeroen", "Sander", "Koen", "Wouter", "Hamza", "Ruud", "Bas", "Martijn")
PRIMARY = ("Basisschool De Regenboog", "OBS Het Kompas", "CBS De Fontein",
           "Montessorischool De Linde")
SECONDARY = ("Het Baken College", "SG Overvecht-Noord")
SCHOOLS = PRIMARY + SECONDARY
OTHERS = (("GGD Regio Zuidwest (fictief)", OrganisationKind.GGD),
          ("Wijkteam Centrum-Oost (fictief)", OrganisationKind.NEIGHBOURHOOD_TEAM),
          ("Huisartsenpraktijk De Brug (fictief)", OrganisationKind.GP))
TRAJECTORIES = ("Leesbegeleiding en dyslexie", "Studievaardigheden", "Huiswerkbegeleiding",
                "Rekenbegeleiding", "Plannen en organiseren")

NOTES = ("Vandaag geoefend met klankgroepen; het lezen gaat vlotter dan vorige week.",
         "Huiswerkplanner samen ingevuld. Afspraak: elke dag 20 minuten lezen.",
         "Toets begrijpend lezen voorbereid. Woordenschat blijft een aandachtspunt.",
         "Gesprek met moeder over de overstap naar de nieuwe groep.",
         "Rekenen: tafels van 6 en 7 geoefend met het kaartspel.")
# Written as counsellors do when home life weighs on the lessons; marked sensitive.
SENSITIVE_NOTES = ("Ouders gaan uit elkaar; thuis is het onrustig en het huiswerk lijdt eronder. "
                   "Afgesproken dat de mentor op de hoogte wordt gebracht.",
                   "Moeder vertelt over slaapproblemen sinds de verhuizing. Korter geoefend, "
                   "veel aandacht voor hoe het gaat.",
                   "Gesprek over pesten in de klas. Samen opgeschreven wat er gebeurde; "
                   "volgende week terugkomen op de afspraken met de leerkracht.")


def create_demo(folder: Path, *, count: int = 30, seed: int = 7, **vault_options):
    """Create and fill a demo vault; returns it unlocked (the caller locks it)."""
    from casefile.vault import Vault

    vault = Vault.create(folder, user=DEMO_USER, passphrase=DEMO_PASSPHRASE,
                         practice_name="Praktijk De Leeslamp (demo)", check_strength=False,
                         **vault_options)
    populate(vault, count=count, seed=seed)
    return vault


def exportable_pair(vault) -> tuple[int, int] | None:
    """A child and a recipient that a consent in force names: what to try an export with."""
    today = vault.context.clock.today()
    for child in vault.children.page(limit=200):
        for consent in vault.consents.list(child.id):
            if (consent.recipient_id and consent.withdrawal is None
                    and not consent.entered_in_error
                    and consent.valid_from <= today <= consent.valid_until):
                return child.id, consent.recipient_id
    return None


def populate(vault, *, count: int = 30, seed: int = 7) -> None:
    rng = random.Random(seed)
    today = vault.context.clock.today()
    schools = [vault.organisations.add(name=n, kind=OrganisationKind.SCHOOL,
                                       email=f"zorg@{n.split()[-1].lower()}.example")
               for n in SCHOOLS]
    for name, kind in OTHERS:
        vault.organisations.add(name=name, kind=kind)
    counsellors = [vault.users.add(name, temporary_passphrase=passphrase)
                   for name, passphrase in DEMO_COUNSELLORS]
    for i in range(count):
        _demo_child(vault, rng, today, schools, i)
    _demo_caseloads(vault, counsellors)


def _demo_caseloads(vault, counsellors) -> None:
    """Every other child goes to one of the counsellors (the demo admin, who created them,
    keeps them all), so each counsellor sees their own and only the names of the rest."""
    for n, child in enumerate(vault.children.page(limit=10_000)):
        if n % 3 < len(counsellors):
            vault.caseload.add(child.id, counsellors[n % 3].id, reason="Vaste begeleider")


def school_class(birth_date: date, today: date) -> tuple[str, bool]:
    """The class a child born then is in today, and whether that is primary school: groep 3
    in the school year they are 6 on 1 October, groep 8 at 11, then klas 1 at 12."""
    year = today.year if today.month >= 8 else today.year - 1  # the school year began then
    cutoff = date(year, 10, 1)
    age = cutoff.year - birth_date.year - ((cutoff.month, cutoff.day)
                                           < (birth_date.month, birth_date.day))
    if age <= 11:
        return f"groep {max(age - 3, 1)}", True
    return f"klas {min(age - 11, 6)}", False


def _demo_child(vault, rng: random.Random, today: date, schools, i: int) -> None:
    last = rng.choice(LAST_NAMES)
    age_days = rng.randint(6 * 365 + 200, 16 * 365)
    born = today - timedelta(days=age_days)
    group, primary = school_class(born, today)
    by_name = {s.name: s for s in schools}
    school = by_name[rng.choice(PRIMARY if primary else SECONDARY)]
    status = rng.choice([GuidanceStatus.ACTIVE] * 4 + [GuidanceStatus.INTAKE,
                                                        GuidanceStatus.CLOSED])
    child = vault.children.add(first_name=FIRST_NAMES[i % len(FIRST_NAMES)], last_name=last,
                               birth_date=born, school_id=school.id,
                               school_group=group, status=status,
                               opened_on=today - timedelta(days=rng.randint(30, 900)))
    for relation, names, authority in (("moeder", MOTHERS, True),
                                       ("vader", FATHERS, rng.random() < 0.8)):
        vault.guardians.add(child.id, name=f"{rng.choice(names)} {last}",
                            relation=relation, has_authority=authority,
                            phone=f"06-{rng.randint(10000000, 99999999)}",
                            email=f"ouder{i}{relation[0]}@example.org")
    start = child.opened_on or today
    end = None
    if status == GuidanceStatus.CLOSED:
        end = min(start + timedelta(days=rng.randint(90, 300)), today)
    vault.trajectories.add(child.id, title=rng.choice(TRAJECTORIES), start_date=start,
                           end_date=end)
    if status == GuidanceStatus.CLOSED and end is not None:
        vault.children.update(child.id, closed_on=end)
    _demo_notes(vault, rng, child, today)
    if status != GuidanceStatus.CLOSED and rng.random() < 0.5:
        guardians = [g.id for g in vault.guardians.list(child.id) if g.has_authority]
        vault.consents.record(child.id, scope="disclosure", recipient_id=school.id,
                              purpose="Overdracht naar de leerkracht",
                              categories={"identity", "guidance_summary", "session_notes"},
                              given_by=guardians, child_agrees=True if age_days > 12 * 365
                              else None, valid_from=today - timedelta(days=30),
                              valid_until=today + timedelta(days=rng.randint(10, 300)))


def _demo_notes(vault, rng: random.Random, child, today: date) -> None:
    for n in range(rng.randint(1, 4)):
        note = vault.notes.add(child.id, text=rng.choice(NOTES),
                               session_date=today - timedelta(days=7 * (n + 1)))
        if n:  # the newest stays a draft, the older ones are final
            vault.notes.finalise(note.id)
    if child.id % 3 == 0:  # no rng draw, so the rest of the demo stays as it was
        note = vault.notes.add(child.id, text=SENSITIVE_NOTES[child.id // 3 % 3],
                               sensitivity="sensitive", duration_minutes=60,
                               session_date=today - timedelta(days=3))
        vault.notes.finalise(note.id)
