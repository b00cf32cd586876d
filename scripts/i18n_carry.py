"""Fills an unfinished translation from another area's .ts (or from the .ts files as they
were before lupdate ran) when the same (context, source) is translated there, so a
sentence that moved between files keeps its Dutch. Run by scripts/i18n after lupdate;
prints what is still unfinished."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(earlier: list[Path], paths: list[Path]) -> int:
    trees = {p: ET.parse(p) for p in paths}
    known: dict[tuple[str, str], str | list[str]] = {}
    for tree in [*trees.values(), *(ET.parse(p) for p in earlier)]:
        for context, message in _messages(tree):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if forms and all(f.strip() for f in forms):
                known.setdefault((context, message.findtext("source")), forms)
            elif not forms and (translation.text or "").strip():
                known.setdefault((context, message.findtext("source")), translation.text)
    left = 0
    for path, tree in trees.items():
        changed = False
        for context, message in _messages(tree):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = known.get((context, message.findtext("source")))
            numerus = translation.findall("numerusform")
            if found and isinstance(found, list) == bool(numerus):
                if numerus:  # a plural: one form each (Dutch has two)
                    for form, text in zip(numerus, found, strict=False):
                        form.text = text
                else:
                    translation.text = found  # type: ignore[assignment]
                del translation.attrib["type"]
                changed = True
            else:
                left += 1
                print(f"unfinished: {path.name}: {context}: {message.findtext('source')}")
        if changed:
            tree.write(path, encoding="utf-8", xml_declaration=True)
    return 1 if left else 0


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


if __name__ == "__main__":
    # i18n_carry.py EARLIER.ts... -- TARGET.ts...
    args = sys.argv[1:]
    cut = args.index("--") if "--" in args else 0
    sys.exit(main([Path(a) for a in args[:cut]], [Path(a) for a in args[cut + 1:]]))
