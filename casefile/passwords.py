"""Packet passwords: strong and easy to read aloud over the phone.

Five groups of two consonant-vowel syllables and a two-digit number, e.g.
`kabo-tume-ripa-sole-nedu-42`: 10 x log2(13 x 5) + log2(100) = 66.9 bits, drawn with
`secrets`. The consonants leave out v, z and g, which many Dutch speakers pronounce like
f, s and ch, so a password read aloud over the phone is written down as it was meant.

Why syllables and not six dictionary words: at most 32 characters fit. Poppler (so Evince
and Okular; checked with pdfinfo 22.12) refuses a longer AES-256 (revision 6) password, and
six words of a list large enough for 64 bits run to 35-45 characters."""

from __future__ import annotations

import math
import secrets

CONSONANTS = "bdfhjklmnprst"
VOWELS = "aeiou"
GROUPS = 5
MAX_LENGTH = 32


def _syllable() -> str:
    return secrets.choice(CONSONANTS) + secrets.choice(VOWELS)


def generate_packet_password() -> str:
    groups = [_syllable() + _syllable() for _ in range(GROUPS)]
    return "-".join([*groups, f"{secrets.randbelow(100):02d}"])


def entropy_bits() -> float:
    return 2 * GROUPS * math.log2(len(CONSONANTS) * len(VOWELS)) + math.log2(100)
