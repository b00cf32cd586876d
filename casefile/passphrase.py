"""Passphrase strength, judged by zxcvbn (DESIGN section 7), with Dutch frequency lists:
zxcvbn knows English only, and took `zonnebloem` for a strong passphrase."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import zip_longest

from zxcvbn import matching, zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from casefile.errors import WeakPassphrase

MIN_SCORE = 3
_MAX_CHECKED = 100  # zxcvbn's cost grows with length; longer passphrases are judged by a prefix


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    warning: str  # zxcvbn's English warning code-text; the UI shows its own sentences
    crack_seconds: float

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    @property
    def hint(self) -> str:
        """A code for why it is weak (the catalogue's STRENGTH_HINTS), "" when unknown."""
        lowered = self.warning.lower()
        return next((code for word, code in _HINTS if word in lowered), "")


# zxcvbn's feedback is English prose; a telling word in its warning picks our code. First
# match wins, so the narrower words lead.
_HINTS = (("similar to a commonly", "similar_to_common"), ("common password", "common_password"),
          ("word by itself", "single_word"), ("surnames", "names"), ("keyboard", "keyboard"),
          ("repeats", "repeats"), ("sequences", "sequences"), ("years", "years"),
          ("dates", "dates"))


# Each Dutch list joins the zxcvbn list of its kind, so zxcvbn's feedback (and our hint from
# it: "a word by itself", "names") speaks of Dutch words as of English ones. Interleaved,
# so the most frequent words of both languages keep low ranks.
DUTCH_LISTS = {"english_wikipedia": "nl_words.txt.gz", "male_names": "nl_first_names.txt.gz",
               "surnames": "nl_last_names.txt.gz"}


def _interleave(first: list[str], second: list[str]) -> list[str]:
    both = (w for pair in zip_longest(first, second) for w in pair if w)
    return list(dict.fromkeys(both))


@cache
def load_dutch_lists() -> tuple[str, ...]:
    """Adds the bundled Dutch lists (package data, most frequent first) to zxcvbn's
    dictionaries, once per process; the dictionaries they joined."""
    folder = resources.files("casefile").joinpath("resources", "wordlists")
    lists = {}
    for name, file in DUTCH_LISTS.items():
        dutch = gzip.decompress(folder.joinpath(file).read_bytes()).decode("utf-8").split()
        lists[name] = _interleave(FREQUENCY_LISTS[name], dutch)
    matching.add_frequency_lists(lists)
    return tuple(lists)


def strength(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if not passphrase:
        return Strength(0, "", 0.0)
    load_dutch_lists()
    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=list(user_inputs))
    seconds = result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"]
    return Strength(int(result["score"]), result["feedback"].get("warning") or "",
                    float(seconds))


def require_strong(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    if not strength(passphrase, user_inputs).acceptable:
        raise WeakPassphrase()


def temporary_passphrase(user_inputs: tuple[str, ...] = ()) -> str:
    """A temporary passphrase for a new user, drawn, not typed by the admin: the packet
    passwords' syllables (67 bits, easy to read aloud; the Dutch word lists come from film
    subtitles, with names and curses in them). Drawn again in the rare case zxcvbn finds
    a word of the user's in it, so it always passes the check the user's own must pass."""
    from casefile.passwords import generate_packet_password

    while True:
        drawn = generate_packet_password()
        if strength(drawn, user_inputs).acceptable:
            return drawn
