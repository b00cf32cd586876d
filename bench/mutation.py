"""Mutation score of the modules that hold Casefile's promises (issue 12), with mutmut.

Each module runs alone, in a throwaway copy of the worktree (mutmut rewrites the code it
mutates into `mutants/`), against only the tests that exercise it, with one mutmut worker
(`--children N` for more); a run that passes its time budget is stopped and scored as far
as it got.

    .venv/bin/python bench/mutation.py                 # every module, one after the other
    .venv/bin/python bench/mutation.py consent keys    # some of them
    .venv/bin/python bench/mutation.py --list          # the modules and their tests

The shared mutmut settings are in pyproject.toml's [tool.mutmut]; this script adds the
module to mutate and its tests in the copy. Needs `pip install -r tests/requirements-mutation.txt`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# module name -> (file to mutate, the tests that exercise it)
MODULES: dict[str, tuple[str, list[str]]] = {
    "consent": ("casefile/consent.py", ["tests/test_consent_rule.py", "tests/test_consents.py",
                                        "tests/test_consent_edges.py",
                                        "tests/test_consent_per_report.py",
                                        "tests/test_consent_signatures.py"]),
    # the signing keys in the slots (issue 12, defect 3), the committed key file and
    # forged slots, and a vault written by an earlier release (the schema-upgrade fixture)
    # are tested in their own files
    "keys": ("casefile/storage/keys.py", ["tests/test_keys.py", "tests/test_keys_edges.py",
                                          "tests/test_keys_file_format.py",
                                          "tests/test_slot_signing_keys.py",
                                          "tests/test_schema_upgrade.py"]),
    # the chain and the log views in test_audit; the signatures an insider breaks in test_insider
    "audit": ("casefile/audit.py", ["tests/test_audit.py", "tests/test_insider.py"]),
    # the fingerprints and the trust anchor of verify-packet (issue 12, defect 2) are tested
    # with a real vault's packet in their own file
    "packet_format": ("casefile/packet_format.py", ["tests/test_packet_format.py",
                                                    "tests/test_packet_sender.py"]),
    "retention": ("casefile/retention.py", ["tests/test_retention.py"]),
    "rights": ("casefile/rights.py", ["tests/test_rights.py", "tests/test_rights_detail.py"]),
    "packets": ("casefile/packets.py", ["tests/test_packets.py", "tests/test_inzage.py",
                                        "tests/test_legal_single_admin.py",
                                        "tests/test_disclosure_detail.py"]),
}
COPIED = ("casefile", "tests", "resources", "pyproject.toml")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=f"default: all of {', '.join(MODULES)}")
    parser.add_argument("--list", action="store_true", help="show the modules and tests")
    parser.add_argument("--minutes", type=float, default=25.0,
                        help="stop a module's run after this long (default 25)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/casefile-mutation"))
    parser.add_argument("--children", type=int, default=1,
                        help="mutmut workers (default 1; the machine's cores are shared)")
    parser.add_argument("--resume", action="store_true",
                        help="keep the last run's copy and results: bring in the current "
                        "tests, run the mutants not yet run, then the survivors (and those no test "
                        "reached) again")
    args = parser.parse_args()
    if args.list:
        for name, (path, tests) in MODULES.items():
            print(f"{name:14} {path:28} {' '.join(tests)}")
        return 0
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown module(s): {', '.join(unknown)}")
    scores = [run_module(name, args.workdir / name, args.minutes, args.resume, args.children)
              for name in args.modules or MODULES]
    print("\nmodule          killed  survived  other  total  score")
    for line in scores:
        print(line)
    return 0


def run_module(name: str, workdir: Path, minutes: float, resume: bool, children: int = 1) -> str:
    path, tests = MODULES[name]
    tests = [t for t in tests if (ROOT / t).exists()]
    deadline = time.monotonic() + minutes * 60
    if resume and (workdir / "mutants").is_dir():
        again = survived(workdir, "survived", "no tests")
        refresh_tests(workdir, path, tests)
        finished = run_mutmut(workdir, deadline, children=children) and (
            not again or run_mutmut(workdir, deadline, again, children))
    else:
        prepare_copy(workdir, path, tests)
        finished = run_mutmut(workdir, deadline, children=children)
    stats = read_stats(workdir)
    survivors = survived(workdir)
    for mutant in survivors:
        print(f"  survived: {mutant}")
    return score_line(name, stats, finished)


IGNORED = shutil.ignore_patterns("__pycache__", ".hypothesis", "*.pyc")


def prepare_copy(workdir: Path, path: str, tests: list[str]) -> None:
    """A fresh copy with this module's settings added to [tool.mutmut]."""
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    for entry in COPIED:
        source = ROOT / entry
        if source.is_dir():
            shutil.copytree(source, workdir / entry, ignore=IGNORED)
        elif source.exists():
            shutil.copy2(source, workdir / entry)
    configure(workdir, path, tests)


def refresh_tests(workdir: Path, path: str, tests: list[str]) -> None:
    """The current tests into the copy and into mutmut's own, and the test-to-function map
    dropped so mutmut makes it again with them."""
    for target in (workdir, workdir / "mutants"):
        shutil.copytree(ROOT / "tests", target / "tests", ignore=IGNORED, dirs_exist_ok=True)
        shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")
    configure(workdir, path, tests)
    shutil.copy2(workdir / "pyproject.toml", workdir / "mutants" / "pyproject.toml")
    (workdir / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)


SPEEDUPS = ROOT / "bench" / "mutation_speedups.py"  # packets built in this process


def configure(workdir: Path, path: str, tests: list[str]) -> None:
    for target in (workdir, workdir / "mutants"):
        conftest = target / "tests" / "conftest.py"
        if conftest.exists() and "mutation_speedups" not in conftest.read_text():
            fixture = SPEEDUPS.read_text().replace("from __future__ import annotations\n", "")
            with conftest.open("a") as out:  # the copy's only: never the normal run
                out.write("\n\n# bench/mutation_speedups.py\n" + fixture)
    pyproject = workdir / "pyproject.toml"
    text = pyproject.read_text()
    extra = (f"only_mutate = [{json.dumps(path)}]\n"
             f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
             "debug = true\n")  # the log then shows each pytest command and its outcome
    pyproject.write_text(text.replace("[tool.mutmut]\n", "[tool.mutmut]\n" + extra, 1))


def run_mutmut(workdir: Path, deadline: float, mutants: list[str] | None = None,
               children: int = 1) -> bool:
    """mutmut run (of these mutants, or of every one not yet run) with `children` workers
    (default one); False when stopped at the deadline (time.monotonic())."""
    # No PYTHONPATH: mutmut puts mutants/ first itself, and with it set no mutant was mapped
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    log = (workdir / "mutmut.log").open("ab")
    print(f"mutmut run in {workdir} (log: {workdir / 'mutmut.log'})", flush=True)
    process = subprocess.Popen([sys.executable, "-m", "mutmut", "run",
                                "--max-children", str(children), *(mutants or [])],
                               cwd=workdir, env=env, start_new_session=True, stdout=log,
                               stderr=subprocess.STDOUT)
    try:
        process.wait(timeout=max(1.0, deadline - time.monotonic()))
        return True
    except subprocess.TimeoutExpired:
        print(f"stopped after {(time.monotonic() - started) / 60:.0f} minutes", flush=True)
        os.killpg(process.pid, signal.SIGTERM)
        process.wait()
        return False
    finally:
        log.close()


def read_stats(workdir: Path) -> dict:
    subprocess.run([sys.executable, "-m", "mutmut", "export-cicd-stats"], cwd=workdir,
                   capture_output=True, check=False)
    try:
        return json.loads((workdir / "mutants" / "mutmut-cicd-stats.json").read_text())
    except (OSError, ValueError):
        return {}


def survived(workdir: Path, *outcomes: str) -> list[str]:
    """The mutants whose last result is one of `outcomes` (default: survived)."""
    out = subprocess.run([sys.executable, "-m", "mutmut", "results"], cwd=workdir,
                         capture_output=True, text=True, check=False).stdout
    wanted = outcomes or ("survived",)
    return [name.strip() for name, _, result in (line.rpartition(":") for line in
                                                  out.splitlines())
            if result.strip() in wanted]


def score_line(name: str, stats: dict, finished: bool) -> str:
    """Killed (a timeout counts as killed) over every mutant; `other` is mutants no selected
    test reaches plus those not run before the time budget, and counts against the score."""
    killed = int(stats.get("killed", 0)) + int(stats.get("timeout", 0))
    survivors = int(stats.get("survived", 0))
    total = int(stats.get("total", 0)) - int(stats.get("skipped", 0))
    other = total - killed - survivors
    score = 100.0 * killed / total if total else 0.0
    note = "" if finished else "  (stopped at the time budget)"
    return f"{name:14} {killed:7} {survivors:9} {other:6} {total:6} {score:5.1f}%{note}"


if __name__ == "__main__":
    raise SystemExit(main())
