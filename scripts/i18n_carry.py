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
    known: dict[tuple[str, str], str] = {}
    for tree in [*trees.values(), *(ET.parse(p) for p in earlier)]:
        for context, message in _messages(tree):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" \
                    and (translation.text or "").strip():
                known.setdefault((context, message.findtext("source")), translation.text)
    left = 0
    for path, tree in trees.items():
        changed = False
        for context, message in _messages(tree):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = known.get((context, message.findtext("source")))
            if found:
                translation.text = found
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
