"""Constants and helpers the tests share. A plain module on the path (pyproject's pytest
`pythonpath`), so tests import it the same way under `pytest` and `python -m pytest`;
conftest.py is pytest's to load, never a test's to import."""

from __future__ import annotations

PASSPHRASE = "paarse-olifant-fietst-naar-Zwolle"
ADMIN = "anna"


def demo_export_ids(demo_output: str) -> tuple[str, str]:
    """The child and recipient ids from `casefile demo`'s "Try an export:" line."""
    line = next(x for x in demo_output.splitlines() if x.startswith("Try an export:"))
    words = line.split()
    return words[words.index("--child") + 1], words[words.index("--recipient") + 1]
