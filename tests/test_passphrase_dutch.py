"""zxcvbn with the bundled Dutch lists: Dutch words and names are weak, the passphrases the
tests (and counsellors) use still pass."""

from __future__ import annotations

import pytest

from casefile.errors import WeakPassphrase
from casefile.passphrase import MIN_SCORE, load_dutch_lists, require_strong, strength
from support import PASSPHRASE

WEAK_DUTCH = ["zonnebloem", "Zonnebloem1", "gezelligheid", "boterham", "fietsenstalling",
              "welkom123", "lieveheersbeestje", "Daan2016", "Fenna", "devries", "Jansen1",
              "Bakker", "kabouter"]
# Strong in the tests and in the README: several words, a separator, a capital or digits.
STRONG = [PASSPHRASE, "veertien-blauwe-fietsen-in-Gouda", "gewone-gebruiker-Cor-2026",
          "tweede-beheerder-Bea-2026", "nog-een-Lang-wachtwoord-77",
          "tijdelijk-Wachtwoord-Dirk-77", "wolkenkrabber tulpenbol fietsbel"]


def test_the_dutch_lists_are_loaded_from_package_data():
    from zxcvbn import matching

    names = load_dutch_lists()
    assert set(names) == {"english_wikipedia", "male_names", "surnames"}
    words = matching.RANKED_DICTIONARIES["english_wikipedia"]
    assert words["zonnebloem"] > 0 and words["the"] <= 2 and len(words) > 100_000
    assert "jansen" in matching.RANKED_DICTIONARIES["surnames"]


@pytest.mark.parametrize("word", WEAK_DUTCH)
def test_common_dutch_words_and_names_score_low(word):
    assert strength(word).score < MIN_SCORE
    with pytest.raises(WeakPassphrase):
        require_strong(word)


@pytest.mark.parametrize(("word", "hint"), [("zonnebloem", "single_word"),
                                            ("Jansen", "names"), ("Fenna", "names")])
def test_dutch_words_get_the_same_hints_as_english_ones(word, hint):
    assert strength(word).hint == hint


@pytest.mark.parametrize("passphrase", STRONG)
def test_long_dutch_passphrases_still_pass(passphrase):
    assert strength(passphrase).acceptable, passphrase
