"""Builds the Dutch frequency lists for zxcvbn (casefile/resources/wordlists) from
 - the npm package @zxcvbn-ts/language-nl-be 3.0.2 (MIT): common words and Wikipedia words
   in frequency order, first names, surnames (`npm pack @zxcvbn-ts/language-nl-be@3.0.2`,
   unpacked; its folder is the first argument), and
 - Debian's wdutch (the OpenTaal word list; BSD or CC BY 3.0): /usr/share/dict/dutch, the
   words zxcvbn-ts lacks (alphabetical, so ranked after the frequency lists).
Only the words are kept, one per line; the licences are in LICENSES.txt beside them.
Usage: .venv/bin/python scripts/wordlists.py /tmp/zx/package [/usr/share/dict/dutch]"""

from __future__ import annotations

import gzip
import json
import re
import sys
from itertools import chain, zip_longest
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "casefile" / "resources" / "wordlists"
WORD = re.compile(r"[a-zà-ÿ]{3,20}")  # zxcvbn lower-cases the passphrase before matching


def unique(words) -> list[str]:
    return list(dict.fromkeys(w.strip().lower() for w in words if w and w.strip()))


def write(name: str, words: list[str]) -> None:
    data = ("\n".join(words) + "\n").encode("utf-8")
    # mtime=0: the same words give the same bytes, so a rebuild changes nothing in git
    (OUT / name).write_bytes(gzip.compress(data, 9, mtime=0))
    print(f"{name}: {len(words)} words")


def main(npm: Path, opentaal: Path) -> None:
    src = npm / "src"

    def load(name: str) -> list[str]:
        return json.loads((src / f"{name}.json").read_text(encoding="utf-8"))

    frequent = unique(w for w in chain(load("commonWords"), load("wikipedia")) if WORD.fullmatch(w))
    known = set(frequent)
    extra = [w for w in unique(opentaal.read_text(encoding="utf-8").splitlines())
             if WORD.fullmatch(w) and w not in known]
    girls, boys = load("girlsFirstnames"), load("boysFirstnames")
    first = unique(n for pair in zip_longest(girls, boys) for n in pair if n)
    # "de vries" is typed as "devries": keep both spellings of a multi-part surname
    last = unique(chain.from_iterable((n, n.replace(" ", "")) if " " in n else (n,)
                                      for n in load("lastnames")))
    OUT.mkdir(parents=True, exist_ok=True)
    write("nl_words.txt.gz", frequent + extra)
    write("nl_first_names.txt.gz", first)
    write("nl_last_names.txt.gz", last)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/dutch"))
