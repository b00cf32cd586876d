"""bench/practice.py --quick runs end to end on a small practice (1,000 children) with the
real widgets offscreen: no timing is asserted here, only that every figure is measured and
the summary line is printed. The large practice is never built by a test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "practice.py"


def test_the_quick_practice_benchmark_measures_every_figure(tmp_path):
    env = {**os.environ, "CASEFILE_BENCH_CACHE": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--runs", "3"], env=env,
                          capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    for figure in ("filter keystroke -> child list painted", "child list page, no filter (API)",
                   "scroll the child list, per page fetched",
                   "open the 300-note dossier -> notes painted", "Ctrl+F search -> results painted",
                   "search in one dossier (GUI)", "unlock (Argon2id) -> child list",
                   "packet (100 notes, 10 documents) via its job",
                   "note save (FTS + audit + FULL)", "peak memory, vault browsed"):
        line = next((x for x in out.splitlines() if x.startswith(figure)), None)
        assert line is not None, figure
        assert re.search(r"\d+\.\d", line), line  # a measured number, not an empty row
    assert "cipher_memory_security" in out and "How cost grows" in out
    assert re.search(r"^within target: \d+ of \d+$", out.strip().splitlines()[-1])
