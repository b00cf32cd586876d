"""Lists and fills unfinished Dutch translations, for a developer who translates in bulk.

    .venv/bin/python scripts/i18n_fill.py --todo > todo.json   # [[context, source, ""], ...]
    # write the Dutch into the third field (a list of forms for a %n plural), then:
    .venv/bin/python scripts/i18n_fill.py todo.json && scripts/i18n
    .venv/bin/python scripts/i18n_fill.py --english && scripts/i18n
        # English plurals from their source: "%n month(s)" -> "%n month", "%n months"

Translations address the reader as "u"."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FILES = sorted((Path(__file__).resolve().parents[1] / "casefile/resources/translations")
               .glob("*_nl.ts"))


def _unfinished():
    for path in FILES:
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    yield path, tree, name, message, translation


def todo() -> int:
    rows = []
    for _path, _tree, name, message, _translation in _unfinished():
        plural = message.get("numerus") == "yes"
        rows.append([name, message.findtext("source"), ["", ""] if plural else ""])
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def fill(answers: Path) -> int:
    given = {(c, s): d for c, s, d in json.loads(answers.read_text(encoding="utf-8")) if d}
    trees = {}
    for path, tree, name, message, translation in _unfinished():
        dutch = given.get((name, message.findtext("source")))
        if not dutch:
            continue
        if isinstance(dutch, list):
            for form in list(translation):
                translation.remove(form)
            for text in dutch:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = dutch
        del translation.attrib["type"]
        trees[path] = tree
    for path, tree in trees.items():
        tree.write(path, encoding="utf-8", xml_declaration=True)
    left = sum(1 for _ in _unfinished())
    print(f"filled {len(given)}; still unfinished: {left}")
    return 0


def english() -> int:
    """English is the source language; its plural file needs the two forms only, which the
    source spells as "word(s)" or "child(ren)": without and with the bracketed ending."""
    import re

    path = FILES[0].parent / "plurals_en.ts"
    tree, done = ET.parse(path), 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        for form, text in zip(translation.findall("numerusform"),
                              (re.sub(r"\((\w+)\)", "", source),
                               re.sub(r"\((\w+)\)", r"\1", source)), strict=False):
            form.text = text
        del translation.attrib["type"]
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"English plurals filled: {done}")
    return 0


if __name__ == "__main__":
    commands = {"--todo": todo, "--english": english}
    sys.exit(commands[sys.argv[1]]() if sys.argv[1] in commands else fill(Path(sys.argv[1])))
