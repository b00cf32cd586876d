"""Start-up figures, as medians over several runs (DESIGN section 9, issue 2):

(a) process start to the unlock window shown (target at most 0.6 s);
(b) unlock to the child list shown, with the real Argon2id defaults (target at most 1.2 s).

    .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SHOW_UNLOCK = """
import os, sys, time
from PySide6.QtWidgets import QApplication
from casefile.ui.i18n import install_translators
from casefile.ui.main_window import MainWindow
app = QApplication([])
keep = install_translators(app, "nl")
window = MainWindow(sys.argv[1])
window.show()
app.processEvents()
print(time.time() - float(os.environ["BENCH_T0"]))
"""

UNLOCK_TO_LIST = """
import sys, time
from PySide6.QtWidgets import QApplication
from casefile.ui.main_window import MainWindow
from casefile.vault import Vault
app = QApplication([])
window = MainWindow(sys.argv[1])
window.show()
app.processEvents()
start = time.perf_counter()
vault = Vault.open(sys.argv[1], user="demo", passphrase="demo")
window.unlocked(vault)
app.processEvents()
assert window.workspace.model.rowCount() > 0
print(time.perf_counter() - start)
"""


def run(code: str, vault: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_T0=repr(time.time()))
    out = subprocess.run(
        [sys.executable, "-c", code, str(vault)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    sys.path.insert(0, str(ROOT))
    from casefile.demo import create_demo

    vault_dir = Path(tempfile.mkdtemp()) / "demo"
    create_demo(vault_dir).lock()  # the real Argon2id defaults
    shown = [run(SHOW_UNLOCK, vault_dir) for _ in range(runs)]
    listed = [run(UNLOCK_TO_LIST, vault_dir) for _ in range(runs)]
    for name, values, target in (
        ("process start -> unlock window shown", shown, 0.6),
        ("unlock -> child list shown (real KDF)", listed, 1.2),
    ):
        median = statistics.median(values)
        print(
            f"{name}: median {median:.3f} s over {runs} runs "
            f"(min {min(values):.3f}, max {max(values):.3f}); target {target} s, "
            f"ratio {median / target:.2f}"
        )


if __name__ == "__main__":
    main()
