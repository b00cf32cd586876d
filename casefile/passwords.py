"""Packet passwords: strong and easy to read aloud over the phone.

Five groups of two consonant-vowel syllables and a two-digit number, e.g.
`kabo-tume-ripa-sole-nedu-42`: 10 x log2(16 x 5) + log2(100) = 69.9 bits, drawn with
`secrets`. At most 32 characters: several PDF readers (poppler's, so Evince and Okular)
reject longer passwords for AES-256 (revision 6)."""

from __future__ import annotations

import math
import secrets

CONSONANTS = "bdfghjklmnprstvz"
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
