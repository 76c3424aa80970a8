"""The scale benchmark, run on demand: every interaction at 10,000, 100,000 and 1,000,000
items, each beside the standard library doing the same work on the same file, in one table.

    python tests/bench/bench_scale.py [--sizes 10000,100000,1000000] [--dir /tmp/pakru-bench]
                                      [--runs 5]

Databases are filled once by ``pakru demo-data`` (realistic records: participants, quotes
in article-length sources, ~450-character summaries, follow-ups, links) and kept in
``--dir`` for later runs. Each figure is the median of ``--runs`` runs, the operation and
its baseline interleaved. Window figures are taken in process, offscreen, and count until
the rows are on screen (a read on the thread pool included); "process" figures time a
whole ``python`` process from its start, imports included. A benchmark asserts nothing:
it reports.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import gc
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pakru_desktop.domain.item_filter import ItemFilter, SortKey  # noqa: E402
from pakru_desktop.domain.vocabulary import Kind  # noqa: E402
from pakru_desktop.gui.main_window import MainWindow  # noqa: E402
from pakru_desktop.services import items as item_service  # noqa: E402
from pakru_desktop.services.database import open_database  # noqa: E402
from pakru_desktop.services.overview import build_overview  # noqa: E402
from pakru_desktop.services.search import search  # noqa: E402
from pakru_desktop.services.timeline import timeline_window  # noqa: E402
from pakru_desktop.store.location import sqlite_url  # noqa: E402

PYTHON = sys.executable
PAKRU = str(Path(sys.executable).parent / "pakru")
RESULTS: list[tuple[str, int, float, str, float]] = []
# (operation, items) → the longest the window's thread went without answering an event
# during it, median of the runs: what a person feels as a frozen window.
STALLS: dict[tuple[str, int], float] = {}


class StallMeter:
    """Times the gaps between the ticks of a 1 ms timer on the window's thread: the longest
    gap is the longest stretch the thread was busy (a read on the pool does not count)."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=1)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.longest = 0.0

    def __enter__(self) -> StallMeter:
        self.longest = 0.0
        self.clock.start()
        self.timer.start()
        return self

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.nsecsElapsed() / 1e6)
        self.clock.restart()

    def __exit__(self, *_exc: object) -> None:
        self._tick()
        self.timer.stop()


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall milliseconds of ``runs`` calls (after one warm-up)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def pair(
    label: str, size: int, runs: int, action, baseline_label: str, baseline, *, stalls=False
) -> None:
    """Time ``action`` and its baseline interleaved; record the medians and their ratio.
    With ``stalls``, also the window thread's longest stall during ``action``."""
    action()
    baseline()
    ours, theirs, stalled = [], [], []
    meter = StallMeter() if stalls else None
    for _ in range(runs):
        start = time.perf_counter()
        if meter is not None:
            with meter:
                action()
            stalled.append(meter.longest)
        else:
            action()
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        baseline()
        theirs.append((time.perf_counter() - start) * 1000)
    row = (label, size, statistics.median(ours), baseline_label, statistics.median(theirs))
    RESULTS.append(row)
    stall = ""
    if stalled:
        STALLS[(label, size)] = statistics.median(stalled)
        stall = f"   (window thread's longest stall {STALLS[(label, size)]:.1f} ms)"
    print(f"  {label:<44} {row[2]:9.1f} ms   {baseline_label:<34} {row[4]:9.1f} ms{stall}",
          flush=True)  # fmt: skip


def database(folder: Path, size: int) -> Path:
    """The demo database of ``size`` items in ``folder``, filled once."""
    path = folder / f"items-{size}.sqlite3"
    if path.exists():
        connection = sqlite3.connect(path)
        try:
            found = connection.execute("SELECT count(*) FROM items").fetchone()[0]
        finally:
            connection.close()
        # Each run adds a few items of its own (the saves it times): still this size.
        if size <= found < size * 1.01:
            open_database(sqlite_url(path)).close()  # migrated to this release's schema
            return path
        path.unlink()
    print(f"filling {path} with {size:,} items …", flush=True)
    subprocess.run(
        [PAKRU, "demo-data", "--count", str(size), "--db", str(path)],
        check=True,
    )
    return path


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 120.0) -> None:
    """Process events until ``done()`` (as the event loop would)."""
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not finish in time")
        app.processEvents()
        time.sleep(0.0005)


# Whole processes ---------------------------------------------------------------------------
# The app's own start-up (``gui.app.main``), step by step, a line printed after each: the
# frame painted, the pages built on the database, the overview's figures painted; with a
# third argument, then the events list paged through to its end. Peak memory last.
_WINDOW = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pakru_desktop.gui.app import SERVICES, create_application, import_aside
app = create_application(["pakru-desktop"])
from PySide6.QtCore import QSettings
from pakru_desktop.gui.main_window import MainWindow
window = MainWindow(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show_opening(os.path.basename(sys.argv[1]))
window.show()
window.repaint()
print("frame", flush=True)
import_aside(app, SERVICES)
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import open_database
from pakru_desktop.store.location import sqlite_url
db = open_database(sqlite_url(sys.argv[1]))
window.attach(db)
window.repaint()
print("ready", flush=True)
while window.overview_page.overview is None:
    app.processEvents()
    time.sleep(0.0005)
window.repaint()
print("overview", flush=True)
if len(sys.argv) > 3:  # deep paging: every tenth page of the events list, to its end
    page = window.item_pages[Kind.EVENT]
    window.show_page(page)
    while page.is_loading() or page.model.pages_held() == 0:
        app.processEvents()
        time.sleep(0.0005)
    for row in range(0, page.model.total(), 2000):
        page.table.scrollTo(page.model.index(row, 0))
        page.table.viewport().repaint()
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""

_BARE_WINDOW = """
import os, sqlite3, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
connection = sqlite3.connect(sys.argv[1])
rows = connection.execute(
    "SELECT id, date_start, title, type, status, location FROM items WHERE kind = 'event'"
    " ORDER BY date_start DESC, id DESC LIMIT 200").fetchall()
model = QStandardItemModel(len(rows), 6)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        model.setItem(r, c, QStandardItem(str(value)))
window = QMainWindow()
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
window.repaint()
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


# Processes start as on a user's machine: Python writes and reuses the package's compiled
# modules (an installed package ships them), whatever this shell's environment says.
_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_process(args: list[str]) -> tuple[float, str]:
    """Wall milliseconds of one whole process, and the last line it printed."""
    start = time.perf_counter()
    done = subprocess.run(args, check=True, capture_output=True, text=True, env=_ENVIRONMENT)
    lines = done.stdout.strip().splitlines()
    return (time.perf_counter() - start) * 1000, lines[-1] if lines else ""


def run_quiet(args: list[str]) -> tuple[float, str]:
    """Wall milliseconds of one whole process whose output is thrown away (a listing)."""
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=_ENVIRONMENT)
    return (time.perf_counter() - start) * 1000, ""


def run_window(args: list[str], lines: int = 1) -> list[tuple[float, str]]:
    """Wall milliseconds from starting a window's process to each of its first ``lines``
    printed lines, with the line; the process is then stopped, as what it still does on its
    thread pool is not what this times."""
    start = time.perf_counter()
    seen: list[tuple[float, str]] = []
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, env=_ENVIRONMENT) as process:  # fmt: skip
        assert process.stdout is not None
        for _ in range(lines):
            line = process.stdout.readline()
            seen.append(((time.perf_counter() - start) * 1000, line.strip()))
        process.kill()
        process.wait()
    return seen


def process_pair(label, size, runs, ours, baseline_label, theirs, run=run_process):
    """Time two whole processes, interleaved; return their last outputs."""
    outputs = ["", ""]

    def first() -> None:
        outputs[0] = run(ours)[1]

    def second() -> None:
        outputs[1] = run(theirs)[1]

    pair(label, size, runs, first, baseline_label, second)
    return outputs[0], outputs[1]


_CSV_BASELINE = """
import csv, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
for table in ("items", "follow_ups", "evidence", "sources", "actors", "links"):
    cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
    with open(f"{sys.argv[2]}/{table}.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([c[0] for c in cursor.description])
        writer.writerows(cursor)
"""

_LIST_BASELINE = """
import csv, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
cursor = connection.execute(
    "SELECT id, date_start, date_precision, type, status, title, location,"
    " (SELECT group_concat(sector, '; ') FROM item_sectors WHERE item_id = items.id),"
    " date_end, date_end_precision FROM items WHERE kind = 'event'"
    " ORDER BY date_start, date_precision, id")
writer = csv.writer(sys.stdout, lineterminator="\\n")
writer.writerow([c[0] for c in cursor.description])
while batch := cursor.fetchmany(500):
    writer.writerows(batch)
"""

# The same file read with the csv module and inserted with executemany, in one transaction.
_IMPORT_BASELINE = """
import csv, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], newline="", encoding="utf-8") as handle:
    rows = list(csv.DictReader(handle))
with connection:
    connection.executemany(
        "INSERT INTO items (kind, type, title, summary, date_start, date_precision,"
        " date_inferred, date_last, base_status, status, location, version, created_at,"
        " updated_at) VALUES ('event', 'meeting', :title, :summary, :date, 'day', 0, :date,"
        " :status, :status, :location, 1, '2026-01-01', '2026-01-01')", rows)
"""

IMPORT_ROWS = 10_000

_INSERT_BASELINE = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
with connection:
    connection.execute(
        "INSERT INTO items (kind, type, title, summary, date_start, date_precision,"
        " date_inferred, date_last, base_status, status, location, version, created_at,"
        " updated_at) VALUES ('event', 'meeting', 'Benchmark meeting', '', '2026-01-01',"
        " 'day', 0, '2026-01-01', 'held', 'held', '', 1, '2026-01-01', '2026-01-01')")
"""


def processes(path: Path, size: int, runs: int, folder: Path) -> None:
    """Window up, memory, export and one write, as whole processes."""
    settings = str(folder / "bench-settings.ini")
    window = [PYTHON, "-c", _WINDOW, str(path), settings]
    bare = [PYTHON, "-c", _BARE_WINDOW, str(path)]
    steps: dict[str, list[float]] = {"frame": [], "ready": [], "overview": []}
    baseline: list[float] = []
    peak = bare_peak = ""
    run_window(window, 4)
    run_window(bare)
    for _ in range(runs):
        for moment, line in run_window(window, 4):
            if line in steps:
                steps[line].append(moment)
            else:
                peak = line
        moment, bare_peak = run_window(bare)[0]
        baseline.append(moment)
    bare_label, bare_ms = "bare QMainWindow+QTableView, 200 rows", statistics.median(baseline)
    for line, label in (
        ("frame", "window up: frame painted (process)"),
        ("ready", "window ready: pages built on the file (process)"),
        ("overview", "overview's figures painted (process)"),
    ):
        RESULTS.append((label, size, statistics.median(steps[line]), bare_label, bare_ms))
        print(f"  {label:<44} {RESULTS[-1][2]:9.1f} ms   {bare_label:<34} {bare_ms:9.1f} ms",
              flush=True)  # fmt: skip
    deep = run_window([*window, "deep"], 4)[-1][1]
    RESULTS.append(("GUI peak memory, window up (MiB)", size,
                    int(peak) / 1024, "bare window (MiB)", int(bare_peak) / 1024))  # fmt: skip
    print(f"  GUI peak memory: {int(peak) / 1024:.0f} MiB up, {int(deep) / 1024:.0f} MiB after"
          f" paging to the end; bare window {int(bare_peak) / 1024:.0f} MiB", flush=True)
    RESULTS.append(("GUI peak memory after paging to the end (MiB)", size, int(deep) / 1024,
                    "bare window (MiB)", int(bare_peak) / 1024))  # fmt: skip
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as raw:
        process_pair(
            "pakru export, every file (process)", size, max(1, runs // 2),
            [PAKRU, "--db", str(path), "export", "--out", out],
            "sqlite3 + csv.writer, every table", [PYTHON, "-c", _CSV_BASELINE, str(path), raw],
        )  # fmt: skip
    process_pair(
        "pakru add-event (process)", size, runs,
        [PAKRU, "--db", str(path), "add-event", "--title",
         "Benchmark meeting", "--date", "2026-01-01"],
        "python + raw sqlite3 insert", [PYTHON, "-c", _INSERT_BASELINE, str(path)],
    )  # fmt: skip
    process_pair(
        "pakru follow-up (process)", size, runs,
        [PAKRU, "--db", str(path), "follow-up", "1", "--date", "2026-01-01", "--note",
         "Benchmark note"],
        "python + raw sqlite3 insert", [PYTHON, "-c", _INSERT_BASELINE, str(path)],
    )  # fmt: skip
    for fmt in ("csv", "json", "table"):
        process_pair(
            f"pakru list events --format {fmt} (process)", size, max(1, runs // 2),
            [PAKRU, "--db", str(path), "list", "events", "--format", fmt],
            "sqlite3 + csv.writer, same rows", [PYTHON, "-c", _LIST_BASELINE, str(path)],
            run=run_quiet,
        )  # fmt: skip


def csv_import(folder: Path, runs: int) -> None:
    """``pakru import-csv`` of ``IMPORT_ROWS`` new events into an empty database."""
    empty = folder / "empty.sqlite3"
    if not empty.exists():
        subprocess.run([PAKRU, "--db", str(empty), "init", "--empty"], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    source = folder / f"import-{IMPORT_ROWS}.csv"
    if not source.exists():
        _write_import_file(source)
    target = folder / "import-target.sqlite3"

    def fresh() -> Path:
        for leftover in folder.glob("import-target.sqlite3*"):
            leftover.unlink()
        shutil.copyfile(empty, target)
        return target

    def ours() -> None:
        run_quiet([PAKRU, "--db", str(fresh()), "import-csv", str(source), "--kind", "events"])

    def theirs() -> None:
        run_quiet([PYTHON, "-c", _IMPORT_BASELINE, str(fresh()), str(source)])

    pair("pakru import-csv, 10,000 new events (process)", IMPORT_ROWS, runs, ours,
         "csv.reader + sqlite3 executemany", theirs)  # fmt: skip


def _write_import_file(path: Path) -> None:
    """New events as a person would bring them: 1–3 participants, sectors, a paragraph."""
    rng = random.Random(7)
    people = [f"Delegate {n}" for n in range(60)]
    roles = ("host", "guest", "participant")
    sectors = ("trade", "energy", "defence", "diplomacy", "culture", "transport")
    WORDS = ("talks", "on", "the", "corridor", "and", "energy", "supplies", "were", "held",  # noqa: N806
             "in", "detail")  # fmt: skip
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "date", "status", "location", "sectors", "participants",
                         "summary"])  # fmt: skip
        for n in range(IMPORT_ROWS):
            day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
            names = rng.sample(people, rng.randint(1, 3))
            writer.writerow([
                f"Meeting {n} on {rng.choice(sectors)}", day.isoformat(), "held",
                rng.choice(("Moscow", "Islamabad", "Karachi", "Kazan")),
                "; ".join(rng.sample(sectors, rng.randint(1, 2))),
                "; ".join(f"{name} ({rng.choice(roles)})" for name in names),
                " ".join(rng.choice(WORDS) for _ in range(70)),
            ])  # fmt: skip


# In the window -----------------------------------------------------------------------------
def window_operations(app: QApplication, path: Path, size: int, runs: int) -> None:
    """Lists, filters, sorts, selection, links, adding, undo — in one window."""
    db = open_database(sqlite_url(path))
    raw = sqlite3.connect(path)
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings)
    window.resize(1400, 900)
    window.show()
    gc.freeze()  # as the app does once its window is up
    page = window.item_pages[Kind.EVENT]
    model, table = page.model, page.table
    measure = functools.partial(pair, stalls=True)

    def loaded() -> bool:
        return not page.is_loading()

    def show_list(kind: Kind) -> Callable[[], None]:
        def action() -> None:
            target = window.item_pages[kind]
            target.model._pages.clear()
            window.show_page(target)
            target.model.reload()
            wait(app, lambda: not target.is_loading())
            target.table.viewport().repaint()

        return action

    def bare_list(kind: Kind) -> Callable[[], None]:
        def action() -> None:
            ids = [r[0] for r in raw.execute(
                "SELECT id FROM items WHERE kind = ? ORDER BY date_start DESC,"
                " date_precision DESC, id DESC", (kind.value,))]  # fmt: skip
            raw.execute(f"SELECT * FROM items WHERE id IN ({','.join(map(str, ids[:200]))})")

        return action

    for kind in Kind:
        measure(f"open the {kind.plural} list", size, runs, show_list(kind),
             "sqlite3: ids in order + first page", bare_list(kind))  # fmt: skip
    window.show_page(page)
    wait(app, loaded)

    def scroll_end() -> None:
        table.scrollToTop()
        model._pages.clear()
        table.scrollToBottom()
        table.viewport().repaint()

    last_page = f"SELECT * FROM items WHERE id IN ({','.join(map(str, model.ids()[-200:]))})"
    measure("scroll to the last row", size, runs, scroll_end,
         "sqlite3: last page by id", lambda: raw.execute(last_page).fetchall())  # fmt: skip

    def filtered(**kwargs) -> Callable[[], None]:
        def action() -> None:
            model.filter = ItemFilter(Kind.EVENT, **kwargs)
            model.reload()
            wait(app, loaded)
            table.viewport().repaint()

        return action

    def fts(word: str) -> Callable[[], None]:
        return lambda: raw.execute(
            "SELECT rowid FROM search_items WHERE search_items MATCH ? LIMIT 200", (word,)
        ).fetchall()

    measure("text filter, rare word ('quokka')", size, runs, filtered(text="quokka"),
         "sqlite3 FTS5 match", fts("quokka"))  # fmt: skip
    measure("text filter, common word ('pipeline')", size, runs, filtered(text="pipeline"),
         "sqlite3 FTS5 match, first 200", fts("pipeline"))  # fmt: skip
    measure("text filter, Cyrillic ('Путин')", size, runs, filtered(text="Путин"),
         "sqlite3 FTS5 match", fts("путин"))  # fmt: skip
    measure("status filter (held)", size, runs, filtered(status="held"),
         "sqlite3: held events in order", lambda: raw.execute(
             "SELECT id FROM items WHERE kind = 'event' AND status = 'held'"
             " ORDER BY date_start DESC, id DESC").fetchall())  # fmt: skip
    filtered()()
    for key in (SortKey.TITLE, SortKey.STATUS, SortKey.LOCATION, SortKey.TYPE, SortKey.DATE):
        def sort(key=key) -> None:
            model.sort_key = key
            model.reload()
            wait(app, loaded)
            table.viewport().repaint()

        column = {SortKey.TITLE: "title_key", SortKey.STATUS: "status",
                  SortKey.LOCATION: "location_key", SortKey.TYPE: "type",
                  SortKey.DATE: "date_start"}[key]  # fmt: skip
        measure(f"sort by {key.value}", size, runs, sort, f"sqlite3: ids by {column} (index)",
             lambda column=column: raw.execute(
                 f"SELECT id FROM items WHERE kind = 'event' ORDER BY {column}, id"
             ).fetchall())  # fmt: skip
    wait(app, loaded)
    deep = model.id_at(model.total() * 9 // 10)

    def select_deep() -> None:
        page.select_item(deep)
        app.processEvents()

    measure("select an item 90% down the list", size, runs, select_deep,
         "sqlite3: the item's row by id", lambda: raw.execute(
             "SELECT * FROM items WHERE id = ?", (deep,)).fetchall())  # fmt: skip
    link = raw.execute(
        "SELECT l.to_id FROM links l JOIN items i ON i.id = l.to_id"
        " WHERE i.kind <> 'event' LIMIT 1"
    ).fetchone()[0]

    def follow_link() -> None:
        window.show_item(link)
        target = window.current_page()
        wait(app, lambda: not target.is_loading())
        app.processEvents()
        window.show_page(page)

    measure("follow a link to another list's item", size, runs, follow_link,
         "sqlite3: the item's row by id", lambda: raw.execute(
             "SELECT * FROM items WHERE id = ?", (link,)).fetchall())  # fmt: skip

    def add_deep() -> None:
        result = item_service.add_item(db, item_service.ItemDraft(
            kind="event", title="Benchmark meeting", date="3 Mar 1996"))  # fmt: skip
        window.hub.announce(result.changes)
        page.select_item(result.item.id)
        wait(app, loaded)
        app.processEvents()

    def bare_insert() -> None:
        with raw:
            raw.execute(
                "INSERT INTO items (kind, type, title, summary, date_start, date_precision,"
                " date_inferred, date_last, base_status, status, location, version,"
                " created_at, updated_at) VALUES ('event', 'meeting', 'x', '', '1996-03-03',"
                " 'day', 0, '1996-03-03', 'held', 'held', '', 1, '2026-01-01', '2026-01-01')"
            )

    measure("save a new event dated 1996 (lands deep)", size, runs, add_deep,
         "sqlite3: one insert", bare_insert)  # fmt: skip

    def add_then_undo() -> None:
        window.undo_stack.clear()
        result = item_service.add_item(db, item_service.ItemDraft(
            kind="event", title="Undone meeting", date=dt.date.today().isoformat()))  # fmt: skip
        from pakru_desktop.gui.undo_commands import AddItemCommand

        window.undo_stack.push(AddItemCommand(db, window.hub, result.item))
        window.hub.announce(result.changes)
        start = time.perf_counter()
        with undo_meter:
            window.undo_stack.undo()
            wait(app, loaded)
            app.processEvents()
        undo_times.append((time.perf_counter() - start) * 1000)
        undo_stalls.append(undo_meter.longest)

    undo_times: list[float] = []
    undo_stalls: list[float] = []
    undo_meter = StallMeter()
    for _ in range(runs + 1):
        add_then_undo()
    RESULTS.append(("undo adding an event", size, statistics.median(undo_times[1:]),
                    "", float("nan")))  # fmt: skip
    STALLS[("undo adding an event", size)] = statistics.median(undo_stalls[1:])
    print(f"  {'undo adding an event':<44} {RESULTS[-1][2]:9.1f} ms", flush=True)
    window.close()
    raw.close()
    db.close()


def services(path: Path, size: int, runs: int) -> None:
    """Search, overview and timeline reads in process (what their worker threads run)."""
    db = open_database(sqlite_url(path))
    raw = sqlite3.connect(path)
    pair("search 'pipeline' (everything, 50 hits)", size, runs,
         lambda: search(db, "pipeline"), "sqlite3 FTS5, best 50 by bm25",
         lambda: raw.execute("SELECT rowid FROM search_items WHERE search_items MATCH"
                             " 'pipeline' ORDER BY rank LIMIT 50").fetchall())  # fmt: skip
    counts = "SELECT kind, status, count(*) FROM items GROUP BY kind, status"
    pair("overview as of today", size, runs, lambda: build_overview(db),
         "sqlite3: count by kind and status", lambda: raw.execute(counts).fetchall())  # fmt: skip
    first, last = dt.date(2015, 1, 1), dt.date(2015, 12, 31)
    pair("timeline window, a year ± a year", size, runs,
         lambda: timeline_window(db, first - dt.timedelta(days=365),
                                 last + dt.timedelta(days=365), as_of=dt.date.today()),
         "sqlite3: items overlapping it", lambda: raw.execute(
             "SELECT id FROM items WHERE date_last >= '2014-01-01'"
             " AND date_start <= '2016-12-31'").fetchall())  # fmt: skip
    raw.close()
    db.close()


def main() -> None:
    """Fill (or reuse) the databases, then print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "pakru-bench"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--parts", default="window,services,processes,import",
                        help="which parts to run (default: all)")  # fmt: skip
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    for size in (int(s) for s in args.sizes.split(",")):
        path = database(folder, size)
        print(f"\n{size:,} items ({path.stat().st_size / 2**20:,.0f} MiB)", flush=True)
        if "window" in parts:
            window_operations(app, path, size, args.runs)
        if "services" in parts:
            services(path, size, args.runs)
        if "processes" in parts:
            processes(path, size, args.runs, folder)
    if "import" in parts:
        print(f"\nCSV import of {IMPORT_ROWS:,} rows", flush=True)
        csv_import(folder, args.runs)
    print("\n| operation | items | median | window thread's longest stall | baseline |"
          " baseline median | ratio |")  # fmt: skip
    print("|---|---:|---:|---:|---|---:|---:|")
    for label, size, ours, baseline, theirs in RESULTS:
        unit = "" if "MiB" in label else " ms"
        ratio = f"{ours / theirs:.1f}×" if theirs == theirs and theirs > 0 else "—"
        shown = f"{theirs:,.1f}{unit}" if theirs == theirs else "—"
        stall = f"{STALLS[(label, size)]:,.1f} ms" if (label, size) in STALLS else "—"
        print(f"| {label} | {size:,} | {ours:,.1f}{unit} | {stall} | {baseline or '—'} |"
              f" {shown} | {ratio} |")  # fmt: skip
    saved = [[*row, STALLS.get((row[0], row[1]))] for row in RESULTS]
    (folder / "results.json").write_text(json.dumps(saved, indent=1))


if __name__ == "__main__":
    main()
