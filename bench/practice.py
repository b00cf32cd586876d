"""Casefile at the size of a large practice (issue 13, DESIGN sections 7b and 9): every figure
measured with the real widgets (offscreen), beside the same SQL run raw on the same file in
the same process, with a 5 ms heartbeat on the GUI thread that reports the longest stall
during every action.

    .venv/bin/python bench/practice.py            # 10,000 children, 500,000 notes (+ growth)
    .venv/bin/python bench/practice.py --quick    # 1,000 children, for the test suite

The vaults are built once through Casefile's own services (bench/practice_vault.py) and
cached under ~/.cache/casefile-bench (CASEFILE_BENCH_CACHE): the first full run builds for
about a quarter of an hour. Ends with one line `within target: N of M`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import practice_vault as pv
import sqlcipher3
from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from casefile.clock import SystemClock
from casefile.search import match_expression
from casefile.storage import database, keys
from casefile.storage.repositories import people
from casefile.storage.repositories import search as search_repo

FILTER_TYPED = ("v", "va", "van", "van ", "van d", "van da", "van d", "van ", "", "ö", "öz",
                "özd", "öz", "ö", "", "jan", "jans", "jan", "")
SEARCHES = ("lezen", "spelling rekenen", "zeldzaamwoord", "huiswerk toets", "dictee",
            "concentratie")
DOSSIER_SEARCHES = ("lezen", "tafels oefenen", "moeder", "agenda")


class Watchdog(QObject):
    """A 5 ms heartbeat on the GUI thread: the longest gap between beats during an action is
    the longest time the window could not answer."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)
        self._last = self._longest = 0.0
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self._longest = max(self._longest, now - self._last)
        self._last = now

    def begin(self) -> None:
        self._last, self._longest = time.perf_counter(), 0.0

    def end(self) -> float:
        self._beat()
        return self._longest * 1000


@dataclass
class Figure:
    name: str
    target: str  # "p95 <= 30", "max <= 100", "median <= 16", "ratio <= 3"
    app: list[float] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)
    stalls: list[float] = field(default_factory=list)
    unit: str = "ms"

    def value(self, kind: str) -> float:
        if kind == "ratio":
            return self.median() / max(statistics.median(self.raw), 1e-6)
        if kind == "stall":
            return max(self.stalls)
        return {"p95": self.p95(), "max": max(self.app), "median": self.median()}[kind]

    def median(self) -> float:
        return statistics.median(self.app)

    def p95(self) -> float:
        ordered = sorted(self.app)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def checks(self) -> list[tuple[str, float, float]]:
        """(kind, measured, limit) for each target of this figure."""
        out = []
        for part in self.target.split(","):
            kind, limit = part.split("<=")
            out.append((kind.strip(), self.value(kind.strip()), float(limit)))
        return out


class Bench:
    def __init__(self, app: QApplication, practice: pv.Practice, runs: int) -> None:
        self.app, self.practice, self.runs = app, practice, runs
        self.dog = Watchdog()
        self.figures: dict[str, Figure] = {}
        self.window = None

    # -- plumbing ---------------------------------------------------------------------------

    def figure(self, name: str, target: str, unit: str = "ms") -> Figure:
        return self.figures.setdefault(name, Figure(name, target, unit=unit))

    def settle(self, done: Callable[[], bool] = lambda: True, timeout: float = 60) -> None:
        end = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError("the action did not finish")
            # wait for the next event as the application's own loop does (the watchdog's
            # 5 ms beat wakes it): a loop that polls would take a core from the worker
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents
                                   | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def timed(self, fig: Figure, action: Callable[[], object], painted,
              done: Callable[[], bool] = lambda: True) -> None:
        """The time from the action to its result painted (a synchronous repaint of the
        widget that shows it), and the longest stall of the GUI thread meanwhile."""
        self.settle()
        self.dog.begin()
        start = time.perf_counter()
        action()
        self.settle(done)
        painted().repaint()
        fig.app.append((time.perf_counter() - start) * 1000)
        self.app.processEvents()
        fig.stalls.append(self.dog.end())

    @staticmethod
    def raw_ms(fn: Callable[[], object]) -> float:
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1000

    # -- the window -------------------------------------------------------------------------

    def unlock(self, fig: Figure | None = None) -> None:
        from casefile.ui.main_window import MainWindow

        if self.window is None:
            self.window = MainWindow(self.practice.folder, SystemClock(),
                                     run_dialog=lambda dialog: False)
            self.window.show()
        start = self.window.start
        start.user.setCurrentText(pv.USER)
        start.passphrase.setText(pv.PASSPHRASE)
        action = start.button.click
        done = lambda: self.window.workspace is not None  # noqa: E731
        if fig is None:
            action()
            self.settle(done)
        else:
            self.timed(fig, action, lambda: self.window, done)
        self.vault = self.window.vault
        self.raw = database.connect(self.practice.folder / database.DB_NAME,
                                    self.vault.context.database_key())
        self.raw.row_factory = None
        self.key = self.vault.context.database_key()

    def lock(self) -> None:
        self.raw.close()
        self.window.lock()
        self.settle()

    @property
    def workspace(self):
        return self.window.workspace

    # -- the figures ------------------------------------------------------------------------

    def measure_unlock(self) -> None:
        fig = self.figure("unlock (Argon2id) -> child list", "max <= 1200, stall <= 100")
        kdf = self.figure("  of which the KDF alone", "", unit="ms")
        slots = keys.KeySlots.load(self.practice.folder / keys.KEYSLOTS)
        for _ in range(max(2, self.runs // 4)):
            kdf.app.append(self.raw_ms(lambda: slots.unwrap_user(pv.USER, pv.PASSPHRASE)))
            self.lock()
            self.unlock(fig)

    def measure_filter(self) -> None:
        fig = self.figure("filter keystroke -> child list painted", "p95 <= 30, stall <= 100")
        api = self.figure("  filter, first page (API)", "ratio <= 3")
        box, table = self.workspace.filter, self.workspace.table
        for _ in range(max(1, self.runs // 5)):
            for text in FILTER_TYPED:
                self.timed(fig, lambda t=text: box.setText(t), table.viewport)
                raw = self.raw_ms(lambda t=text: self._raw_children(t, 0))
                fig.raw.append(raw)
                api.raw.append(raw)
                api.app.append(self.raw_ms(lambda t=text: self.vault.children.page(0, 200, t)))
        box.setText("")
        self.settle()

    def _raw_children(self, text: str, offset: int) -> None:
        where, args = people._name_filter(text)
        by = ", ".join(people.CHILD_ORDERS["name"])
        self.raw.execute(f"SELECT * FROM children{where} ORDER BY {by} LIMIT ? OFFSET ?",
                         (*args, 200, offset)).fetchall()

    def measure_page(self) -> None:
        fig = self.figure("child list page, no filter (API)", "ratio <= 3")
        by = ", ".join(people.CHILD_ORDERS["name"])
        for i in range(self.runs):
            offset = (i * 997) % max(1, self.practice.children - 200)
            fig.app.append(self.raw_ms(lambda o=offset: self.vault.children.page(o, 200)))
            fig.raw.append(self.raw_ms(lambda o=offset: self.raw.execute(
                f"SELECT * FROM children ORDER BY {by} LIMIT 200 OFFSET ?", (o,)).fetchall()))

    def measure_scroll(self) -> None:
        fig = self.figure("scroll the child list, per page fetched", "median <= 16, "
                          "stall <= 100")
        table, model = self.workspace.table, self.workspace.model
        table.scrollToTop()
        for _ in range(min(self.runs * 2, self.practice.children // 200 - 1)):
            loaded = model.rowCount()
            self.timed(fig, table.scrollToBottom, table.viewport,
                       lambda n=loaded: model.rowCount() > n or not model.canFetchMore())
            fig.raw.append(self.raw_ms(lambda n=loaded: self._raw_children("", n)))
        table.scrollToTop()

    def measure_dossiers(self) -> None:
        big = self.figure("open the 300-note dossier -> notes painted", "p95 <= 150, "
                          "stall <= 100")
        other = self.figure("open other dossiers -> painted", "p95 <= 150, stall <= 100")
        space = self.workspace
        page = self.vault.children.page(0, 40)
        for _ in range(max(3, self.runs // 3)):
            self._open(big, self.practice.big_dossier)
        for child in page[:20]:
            self._open(other, child.id)
        space.close_dossier()

    def _open(self, fig: Figure, child_id: int) -> None:
        space = self.workspace
        self.timed(fig, lambda: space.open_dossier(child_id),
                   lambda: space.dossier.notes.timeline.viewport())
        fig.raw.append(self.raw_ms(lambda: (
            self.raw.execute("SELECT * FROM children WHERE id = ?", (child_id,)).fetchall(),
            self.raw.execute("SELECT * FROM notes WHERE child_id = ? ORDER BY session_date "
                             "DESC, id DESC LIMIT 50", (child_id,)).fetchall())))

    def measure_search(self) -> None:
        from casefile.ui.search_dialog import SearchDialog

        fig = self.figure("Ctrl+F search -> results painted", "p95 <= 50, stall <= 100")
        api = self.figure("  search, all dossiers (API, with its audit)", "ratio <= 3")
        dialog = SearchDialog(self.vault, parent=self.window)
        dialog.show()
        for _ in range(max(1, self.runs // 3)):
            for words in SEARCHES:
                dialog.query.setText(words)
                self.timed(fig, dialog.run, dialog.results.viewport)
                raw = self.raw_ms(lambda w=words: self._raw_search(w, None))
                fig.raw.append(raw)
                api.raw.append(raw)
                api.app.append(self.raw_ms(lambda w=words: self.vault.search.notes(w)))
        dialog.close()
        dialog.deleteLater()

    def _raw_search(self, words: str, child_id: int | None) -> None:
        sql = search_repo._NEWEST.format(extra=search_repo._SNIPPET, caseload="") + " LIMIT 50"
        self.raw.execute(sql, (match_expression(words, child_id), 0)).fetchall()

    def measure_dossier_search(self) -> None:
        fig = self.figure("search in one dossier (GUI)", "p95 <= 20, stall <= 100")
        api = self.figure("  search, one dossier (API, with its audit)", "ratio <= 3")
        space, child = self.workspace, self.practice.big_dossier
        space.open_dossier(child)
        tab = space.dossier.notes
        space.dossier.tabs.setCurrentWidget(tab)
        for _ in range(max(1, self.runs // 3)):
            for words in DOSSIER_SEARCHES:
                tab.search_box.setText(words)
                self.timed(fig, tab.search, tab.found.viewport)
                raw = self.raw_ms(lambda w=words: self._raw_search(w, child))
                fig.raw.append(raw)
                api.raw.append(raw)
                api.app.append(self.raw_ms(lambda w=words: self.vault.search.notes(w, child)))
        space.close_dossier()

    def measure_note_save(self) -> None:
        fig = self.figure("note save (FTS + audit + FULL)", "p95 <= 25")
        note = self.vault.notes.add(self.practice.big_dossier, text="")
        for i in range(self.runs * 2):
            fig.app.append(self.raw_ms(lambda n=i: self.vault.notes.save_draft(
                note.id, text=f"concept {n} lezen spelling")))
            fig.raw.append(self.raw_ms(lambda n=i: self._raw_save(note.id, n)))
        self.vault.notes.delete_draft(note.id)

    def _raw_save(self, note_id: int, n: int) -> None:
        self.raw.execute("BEGIN IMMEDIATE")
        self.raw.execute("UPDATE notes SET text = ?, updated_at = ? WHERE id = ?",
                         (f"ruw {n} lezen", "2026-03-02T09:00:00", note_id))
        self.raw.execute("COMMIT")

    def measure_packet(self) -> None:
        from casefile.ui.export_wizard import packet_job

        fig = self.figure("packet (100 notes, 10 documents) via its job", "max <= 3000, "
                          "stall <= 100")
        with tempfile.TemporaryDirectory() as folder:
            for i in range(2):
                result: list = []
                make = self._packet_call(Path(folder) / f"packet-{i}.pdf")
                self.timed(fig, lambda m=make, r=result: setattr(self, "job", packet_job(
                    self.window, self.vault, m, r.append, r.append)), lambda: self.window,
                    lambda r=result: bool(r))
                if isinstance(result[0], BaseException):
                    raise result[0]

    def _packet_call(self, out: Path):
        practice = self.practice
        return lambda packets, progress: packets.create(
            practice.packet_child, practice.school, out, purpose="overdracht",
            progress=progress)

    def measure_memory(self) -> None:
        fig = self.figure("peak memory, vault browsed", "max <= 400", unit="MB")
        fig.app.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)

    def run_all(self, growth_only: bool = False) -> None:
        self.unlock()
        if not growth_only:
            self.measure_unlock()
        self.measure_filter()
        self.measure_page()
        self.measure_scroll()
        self.measure_dossiers()
        self.measure_search()
        self.measure_dossier_search()
        self.measure_note_save()
        if not growth_only:
            self.measure_packet()
            self.measure_memory()
        self.lock()


# -- cipher_memory_security, raw, on and off ---------------------------------------------------

MEMSEC_QUERIES = {"search, common word": "lezen", "search, two words": "spelling rekenen",
                  "search, rare word": "zeldzaamwoord"}


def memsec_child(folder: Path, on: bool, runs: int) -> None:
    """In a fresh process (the setting is process-wide once on): raw reads with
    cipher_memory_security on or off, medians in ms as JSON."""
    database.MEMORY_SECURITY = on
    practice = pv.practice_at(folder)
    key = bytes.fromhex(sys.stdin.readline().strip())  # from the parent: no second KDF
    conn = database.connect(folder / database.DB_NAME, key)
    conn.row_factory = None
    sql = search_repo._NEWEST.format(extra=search_repo._SNIPPET, caseload="") + " LIMIT 50"
    by = ", ".join(people.CHILD_ORDERS["name"])
    work = {name: (lambda w=words: conn.execute(sql, (match_expression(w), 0)).fetchall())
            for name, words in MEMSEC_QUERIES.items()}
    work["child page (200)"] = lambda: conn.execute(
        f"SELECT * FROM children ORDER BY {by} LIMIT 200 OFFSET 500").fetchall()
    work["dossier notes (50)"] = lambda: conn.execute(
        "SELECT * FROM notes WHERE child_id = ? ORDER BY session_date DESC, id DESC LIMIT 50",
        (practice.big_dossier,)).fetchall()
    out = {}
    for name, fn in work.items():
        fn()
        out[name] = statistics.median(Bench.raw_ms(fn) for _ in range(runs))
    print(json.dumps(out))


def memsec_table(folder: Path, key: bytes, runs: int) -> list[str]:
    figures = {}
    for on in (True, False):
        done = subprocess.run([sys.executable, __file__, "--memsec-child", str(folder),
                               "--memsec", "on" if on else "off", "--runs", str(runs)],
                              input=key.hex() + "\n", capture_output=True, text=True,
                              check=True)
        figures[on] = json.loads(done.stdout.strip().splitlines()[-1])
    lines = ["cipher_memory_security, raw SQL on the same file (medians, ms):",
             f"  {'query':28} {'ON':>8} {'OFF':>8} {'ON/OFF':>7}"]
    for name in figures[True]:
        on, off = figures[True][name], figures[False][name]
        lines.append(f"  {name:28} {on:8.2f} {off:8.2f} {on / max(off, 1e-6):7.1f}")
    lines.append(f"  this build: cipher_memory_security = "
                 f"{'ON' if database.MEMORY_SECURITY else 'OFF'}")
    return lines


# -- output ----------------------------------------------------------------------------------

def environment() -> str:
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text(
        ).splitlines() if line.startswith("model name")), platform.processor())
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    return (f"{when}; {os.cpu_count()} cores ({cpu}), load {os.getloadavg()[0]:.1f}; Python "
            f"{platform.python_version()}, PySide6 {PySide6.__version__}, Qt {qVersion()}, "
            f"SQLCipher {cipher} (SQLite {sqlite})")


def table(figures: dict[str, Figure]) -> tuple[list[str], int, int]:
    lines = [f"{'figure':48} {'target':28} {'median':>8} {'p95':>8} {'raw':>7} {'app/raw':>8}"
             f" {'stall':>7}  ok"]
    met = total = 0
    for fig in figures.values():
        checks = fig.checks() if fig.target else []
        ok = all(measured <= limit for _, measured, limit in checks)
        met, total = met + (ok and bool(checks)), total + bool(checks)
        raw = f"{statistics.median(fig.raw):7.2f}" if fig.raw else f"{'':7}"
        ratio = f"{fig.value('ratio'):7.1f}x" if fig.raw else f"{'':8}"
        stall = f"{max(fig.stalls):7.0f}" if fig.stalls else f"{'':7}"
        mark = ("yes" if ok else "NO") if checks else ""
        lines.append(f"{fig.name:48} {fig.target:28} {fig.median():8.1f} {fig.p95():8.1f} "
                     f"{raw} {ratio} {stall}  {mark}")
    return lines, met, total


GROWTH = ("filter keystroke -> child list painted", "  filter, first page (API)",
          "child list page, no filter (API)", "scroll the child list, per page fetched",
          "open other dossiers -> painted", "Ctrl+F search -> results painted",
          "  search, all dossiers (API, with its audit)", "search in one dossier (GUI)",
          "note save (FTS + audit + FULL)")


def growth_table(runs: dict[str, dict[str, Figure]]) -> list[str]:
    lines = ["How cost grows (medians, ms; 1,000 children unless named):",
             f"  {'figure':44}" + "".join(f"{name:>24}" for name in runs)]
    for name in GROWTH:
        lines.append(f"  {name:44}" + "".join(
            f"{figs[name].median():24.1f}" if name in figs else f"{'':24}"
            for figs in runs.values()))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="1,000 children, fewer runs")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--no-growth", action="store_true")
    parser.add_argument("--memsec-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memsec", choices=("on", "off"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    runs = args.runs or (6 if args.quick else 15)
    if args.memsec_child:
        return memsec_child(args.memsec_child, args.memsec == "on", runs)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from casefile.ui.app import freeze_imports
    from casefile.ui.main_window import MainWindow  # noqa: F401  (imported as run_gui does)

    freeze_imports()  # as run_gui does before the first window
    if args.quick:
        big = pv.practice(1000, 1000, document_kib=64)
        levels = {}
    else:
        big = pv.practice(10_000, 500_000)
        levels = {} if args.no_growth else {
            f"{n:,} notes": (1000, n) for n in (1000, 10_000, 100_000)}
    print(environment())
    print(f"Casefile practice benchmark, {big.children + 2:,} children, "
          f"{big.notes + pv.BIG_DOSSIER_NOTES + pv.PACKET_NOTES:,} notes ({big.folder})")
    bench = Bench(app, big, runs)
    bench.run_all()
    lines, met, total = table(bench.figures)
    print("\n".join(lines))
    print("\n".join(memsec_table(big.folder, bench.key, runs)))
    big_name = f"{big.notes:,} notes{'' if args.quick else ', 10k ch.'}"
    growth = {big_name: bench.figures}
    for name, (children, notes) in levels.items():
        level = Bench(app, pv.practice(children, notes), max(3, runs // 2))
        level.run_all(growth_only=True)
        level.window.close()
        growth = {**{k: v for k, v in growth.items() if k != big_name}, name: level.figures,
                  big_name: bench.figures}
    print("\n".join(growth_table(growth)))
    print(f"within target: {met} of {total}")


if __name__ == "__main__":
    main()
