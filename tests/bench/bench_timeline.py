"""Benchmark of the Timeline page, run on demand: ``python tests/bench/bench_timeline.py``.

Builds a database of 100,000 items (every kind and precision, spans, due dates, 2000–2025)
with plain sqlite3, opens the Timeline page offscreen (or on ``QT_QPA_PLATFORM=xcb``) at
1400×800 and times, per frame, a pan or zoom step plus a synchronous repaint, with the
window reads running on their worker thread as in use; the event batches that install a
newly read window (packing and painting it) are timed as frames of their own. Then times
the reads alone per zoom level, and a bare ``QGraphicsView`` painting as many rectangles
as the timeline showed, as a baseline.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView  # noqa: E402

from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision  # noqa: E402
from pakru_desktop.gui import timeline_loader  # noqa: E402
from pakru_desktop.gui.change_hub import ChangeHub  # noqa: E402
from pakru_desktop.gui.timeline_page import TimelinePage  # noqa: E402
from pakru_desktop.services import timeline  # noqa: E402
from pakru_desktop.services.database import open_database  # noqa: E402
from pakru_desktop.store.location import sqlite_url  # noqa: E402

BIG = 100_000
AS_OF = dt.date(2025, 11, 23)
STATUSES = {
    "event": ["held", "scheduled"],
    "agreement": ["signed", "in-force"],
    "project": ["proposed", "under-way", "completed"],
    "commitment": ["not-yet-rated", "in-the-works", "kept"],
}


def _random_date(rng: random.Random) -> FuzzyDate:
    day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9400))
    roll = rng.random()
    if roll < 0.6:
        date = FuzzyDate(day, Precision.DAY, rng.random() < 0.2)
    elif roll < 0.8:
        date = FuzzyDate(day.replace(day=1), Precision.MONTH)
    elif roll < 0.9:
        date = FuzzyDate(day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1), Precision.QUARTER)
    else:
        date = FuzzyDate(day.replace(month=1, day=1), Precision.YEAR)
    if rng.random() < 0.05:  # a span of a few days to a few months
        end = date.end + dt.timedelta(days=rng.randrange(1, 120))
        date = date.spanning(FuzzyDate(end, Precision.DAY))
    return date


def add_many_items(path: Path, count: int) -> None:
    """Append ``count`` items of every kind straight into the file, all columns filled."""
    rng = random.Random(11)
    now = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    kinds = list(STATUSES)
    with sqlite3.connect(path) as connection:
        first = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0]
        rows = []
        for n in range(count):
            kind = rng.choice(kinds)
            date = _random_date(rng)
            due = None
            if kind in ("project", "commitment") and rng.random() < 0.4:
                due = FuzzyDate(date.end.replace(day=1), Precision.MONTH)
                due = FuzzyDate(
                    (due.start + dt.timedelta(days=rng.randrange(30, 900))).replace(day=1),
                    Precision.MONTH,
                )
            status = rng.choice(STATUSES[kind])
            d = date.parts()
            u = due.parts() if due else (None,) * 6
            rows.append(
                (first + n, kind, f"Synthetic {kind} {n}", *d, *u, status, status, now, now)
            )
        connection.executemany(
            "INSERT INTO items (id, kind, title, summary, date_start, date_precision,"
            " date_inferred, date_end, date_end_precision, date_last, due_start, due_precision,"
            " due_inferred, due_end, due_end_precision, due_last, base_status, status, location,"
            " version, created_at, updated_at) VALUES"
            " (?,?,?,'',?,?,?,?,?,?,?,?,?,?,?,?,?,?,'',1,?,?)",
            [tuple(v.isoformat() if isinstance(v, dt.date) else v for v in r) for r in rows],
        )


def stats(label: str, ms: list[float]) -> None:
    """Print count, median, 95th percentile and max in milliseconds."""
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(
        f"| {label:<46} | {len(ms):6d} | {statistics.median(ms):7.1f} | {p95:7.1f} |"
        f" {ms[-1]:7.1f} |"
    )


def settle(app: QApplication, ms: float = 16.0) -> list[float]:
    """Let a frame's worth of time pass, delivering what the worker read; return how long
    each batch of events that did any work held the window's thread (ms)."""
    held = []
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        start = time.perf_counter()
        app.processEvents()
        took = (time.perf_counter() - start) * 1000
        if took > 0.5:  # an idle pass takes a few microseconds
            held.append(took)
        time.sleep(0.001)
    return held


def frames(app, view, steps) -> tuple[list[float], list[float], list[int]]:
    """Run each step and repaint at once, as an input event does; then let the event loop
    install what the worker read (packing and painting it). Return the step frames, the
    event batches in between, and the bars on screen per step."""
    times, batches, shown = [], [], []
    for step in steps:
        start = time.perf_counter()
        step()
        view.repaint()
        times.append((time.perf_counter() - start) * 1000)
        frame, _ = view.current_frame()
        shown.append(
            sum(
                1
                for r in view.placements().values()
                if r.right() >= frame.plot_left and r.left() <= frame.width
            )
        )
        batches.extend(settle(app))
    return times, batches, shown


def wait_idle(app, view) -> None:
    while view.is_loading() or view.slice is None:
        app.processEvents()
        time.sleep(0.002)


def baseline(app, count: int, runs: int = 120) -> list[float]:
    """A bare QGraphicsView with ``count`` rectangles on screen (3× that in the scene),
    scrolled sideways by a tenth of its width per frame."""
    scene = QGraphicsScene()
    rng = random.Random(3)
    pen, brush = QPen(QColor("#244a8a")), QBrush(QColor("#3b6fc4"))
    for _ in range(count * 3):
        x, y = rng.uniform(0, 3 * 1280), rng.uniform(0, 760)
        scene.addRect(QRectF(x, y, rng.uniform(4, 120), 16), pen, brush)
    view = QGraphicsView(scene)
    view.setRenderHint(view.renderHints().__class__.Antialiasing, True)
    view.resize(1400, 800)
    view.setSceneRect(QRectF(0, 0, 3 * 1280, 760))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.show()
    app.processEvents()
    bar = view.horizontalScrollBar()
    times = []
    for n in range(runs):
        start = time.perf_counter()
        bar.setValue((n * 128) % max(bar.maximum(), 1))
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    view.close()
    return times


def main() -> None:
    """Build the database, then time panning, zooming, the reads and the baseline."""
    app = QApplication.instance() or QApplication(sys.argv)
    read_ms: list[float] = []
    original = timeline_loader.timeline.timeline_window

    def timed_window(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            read_ms.append((time.perf_counter() - start) * 1000)

    timeline_loader.timeline.timeline_window = timed_window  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        seeded = Path(folder) / "seed.sqlite3"
        open_database(sqlite_url(seeded)).close()
        big = Path(folder) / "big.sqlite3"
        shutil.copyfile(seeded, big)
        add_many_items(big, BIG)
        db = open_database(sqlite_url(big))
        page = TimelinePage(db, ChangeHub(), lambda: AS_OF)
        page.resize(1700, 860)
        page.show()
        view = page.view
        view.resize(1400, 800)
        wait_idle(app, view)
        gc.freeze()  # as the app does once its window is up
        print(f"platform {app.platformName()}, {BIG:,} items + seed, view 1400×800\n")
        print("| what | frames | median ms | p95 ms | max ms |")
        print("| --- | ---: | ---: | ---: | ---: |")

        # Pan across the whole range at one year on screen, a tenth of the width a frame.
        view.show_range(dt.date(2000, 1, 1), dt.date(2000, 12, 31))
        wait_idle(app, view)
        read_ms.clear()
        width = view.plot_width()
        pan_times, pan_batches, pan_shown = frames(
            app, view, [lambda: view.pan(-width / 10)] * 260
        )
        stats("pan, one year on screen: step + paint", pan_times)
        stats("  a window arriving: install, pack + paint", pan_batches or [0.0])
        pan_reads = list(read_ms)
        # The same at a month on screen, over three years.
        view.show_range(dt.date(2010, 1, 1), dt.date(2010, 1, 31))
        wait_idle(app, view)
        read_ms.clear()
        month_times, month_batches, month_shown = frames(
            app, view, [lambda: view.pan(-width / 10)] * 360
        )
        stats("pan, one month on screen: step + paint", month_times)
        stats("  a window arriving: install, pack + paint", month_batches or [0.0])
        month_reads = list(read_ms)
        # Zoom from everything to a few days and back, around the middle, wheel steps.
        view.fit_all()
        wait_idle(app, view)
        read_ms.clear()
        zoom_in = [lambda: view.zoom(1.25)] * 48
        zoom_out = [lambda: view.zoom(0.8)] * 48
        zoom_times, zoom_batches, zoom_shown = frames(app, view, zoom_in + zoom_out)
        stats("zoom 25 years → 3 days → back: step + paint", zoom_times)
        stats("  a window arriving: install, pack + paint", zoom_batches or [0.0])
        zoom_reads = list(read_ms)
        # The reads alone, by visible span (window = 3× the visible span).
        stats("window read while panning, 1 year (worker)", pan_reads or [0.0])
        stats("window read while panning, 1 month (worker)", month_reads or [0.0])
        stats("window read while zooming (worker)", zoom_reads or [0.0])
        extent = timeline.timeline_extent(db)
        for days, label in ((30, "1 month"), (365, "1 year"), (3650, "10 years"), (9500, "26 y")):
            times = []
            for n in range(9):
                first = dt.date(2000, 1, 1) + dt.timedelta(days=(n * 997) % max(9500 - days, 1))
                start = time.perf_counter()
                timeline.timeline_window(
                    db,
                    first - dt.timedelta(days=days),
                    first + dt.timedelta(days=2 * days),
                    as_of=AS_OF,
                    extent=extent,
                    buckets=960,
                )
                times.append((time.perf_counter() - start) * 1000)
            stats(f"read a window of 3 × {label} (direct)", times)
        start = time.perf_counter()
        timeline.timeline_extent(db)
        stats("read the extent (fit all; once per change)", [(time.perf_counter() - start) * 1000])
        shown = max(pan_shown + month_shown + zoom_shown)
        stats(f"baseline: QGraphicsView, {shown} rects on screen", baseline(app, shown))
        print(
            f"\nbars on screen per frame: pan 1 year median {statistics.median(pan_shown):.0f},"
            f" pan 1 month median {statistics.median(month_shown):.0f}, max {shown}"
        )
        view.shutdown()
        page.close()
        db.close()


if __name__ == "__main__":
    main()
