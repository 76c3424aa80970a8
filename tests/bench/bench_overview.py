"""Benchmark of the overview, run on demand: ``python tests/bench/bench_overview.py [ITEMS]``.

Builds a database of ITEMS items (default 100,000) of all four kinds — due dates on
projects and commitments, 1–3 participants, a ~440-character summary, a follow-up for
every other item (half of them changing its status), evidence from a few sources — then
times ``build_overview`` in process (median of 7) as of a day after every follow-up
(statuses as stored), and as of days with follow-ups dated after them (statuses then
come from the follow-up history), against bare ``sqlite3`` counting items by kind and
status (one pass over the table, the least any overview must do).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.services.database import open_database
from pakru_desktop.services.overview import build_overview
from pakru_desktop.store.location import sqlite_url

RUNS = 7
SUMMARY = "The sides reviewed trade, energy and connectivity cooperation. " * 7


def _date(rng: random.Random) -> FuzzyDate:
    day = dt.date(1996, 1, 1) + dt.timedelta(days=rng.randrange(11_000))
    precision = rng.choice([Precision.DAY, Precision.DAY, Precision.MONTH, Precision.QUARTER])
    if precision is Precision.MONTH:
        day = day.replace(day=1)
    elif precision is Precision.QUARTER:
        day = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return FuzzyDate(day, precision)


def fill(path: Path, items: int) -> None:
    """Append ``items`` generated items, their follow-ups and evidence with plain sqlite3."""
    rng = random.Random(3)
    now = "2026-01-01 00:00:00"
    kinds = list(Kind)
    with sqlite3.connect(path) as connection:
        first = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0]
        sources = [r[0] for r in connection.execute("SELECT id FROM sources")]
        actors = [r[0] for r in connection.execute("SELECT id FROM actors")]
        item_rows, follow_rows, evidence_rows, participant_rows = [], [], [], []
        for n in range(items):
            kind = kinds[n % 4]
            date = _date(rng)
            due = _date(rng) if kind in (Kind.PROJECT, Kind.COMMITMENT) and n % 3 else None
            if due is not None and due.start < date.start:
                due = None
            status = rng.choice(STATUSES[kind]).code
            current = status
            if n % 2:
                when = date.end + dt.timedelta(days=rng.randrange(1, 400))
                # Every other follow-up changes the status, as reports of progress do.
                new = rng.choice(STATUSES[kind]).code if n % 4 == 1 else None
                if when.year <= 9999:
                    current = new or status
                    follow_rows.append(
                        (first + n, when.isoformat(), "day", when.isoformat(), "Checked.",
                         new, now)
                    )  # fmt: skip
            item_rows.append(
                (first + n, kind.value, f"Generated {kind.value} {n} on trade and energy",
                 SUMMARY, date.start.isoformat(), date.precision.value, date.end.isoformat(),
                 due.start.isoformat() if due else None, due.precision.value if due else None,
                 due.end.isoformat() if due else None, status, current, "Moscow", now, now)
            )  # fmt: skip
            for actor in rng.sample(actors, min(len(actors), rng.randint(1, 3))):
                participant_rows.append((first + n, actor, "participant"))
            if sources and n % 3 == 0:
                evidence_rows.append((first + n, rng.choice(sources), "A quoted sentence."))
        connection.executemany(
            "INSERT INTO items (id, kind, title, summary, date_start, date_precision,"
            " date_inferred, date_last, due_start, due_precision, due_inferred, due_last,"
            " base_status, status, location, version, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,0,?,?,?,0,?,?,?,?,1,?,?)",
            item_rows,
        )
        connection.executemany(
            "INSERT INTO follow_ups (item_id, date_start, date_precision, date_inferred,"
            " date_last, note, new_status, created_at) VALUES (?,?,?,0,?,?,?,?)",
            follow_rows,
        )
        connection.executemany(
            "INSERT INTO evidence (item_id, source_id, quote) VALUES (?,?,?)", evidence_rows
        )
        connection.executemany(
            "INSERT INTO participations (item_id, actor_id, role) VALUES (?,?,?)",
            participant_rows,
        )
    connection.close()


def median_ms(call, runs: int = RUNS) -> float:
    """Median wall milliseconds of ``runs`` calls after one warm-up."""
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the table of medians and ratios."""
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        open_database(sqlite_url(path)).close()
        fill(path, items)
        db = open_database(sqlite_url(path))

        def bare() -> None:
            with sqlite3.connect(path) as connection:
                connection.execute(
                    "SELECT kind, status, count(*) FROM items GROUP BY kind, status"
                ).fetchall()
            connection.close()

        baseline = median_ms(bare)
        # After every follow-up's date (the usual case for "today"): statuses as stored.
        after_all = median_ms(lambda: build_overview(db, dt.date(2030, 1, 1)))
        today = median_ms(lambda: build_overview(db, dt.date(2026, 12, 1)))
        past = median_ms(lambda: build_overview(db, dt.date(2012, 6, 30)))
        db.close()
    print(f"{items:,} items, medians of {RUNS} runs:")
    print(f"  bare sqlite3: count by kind and status     {baseline:8.1f} ms")
    print(f"  build_overview, no follow-up dated later    {after_all:8.1f} ms  {after_all / baseline:5.1f} x")  # noqa: E501
    print(f"  build_overview as of 1 Dec 2026 (history)   {today:8.1f} ms  {today / baseline:5.1f} x")  # noqa: E501
    print(f"  build_overview as of 30 Jun 2012 (history)  {past:8.1f} ms  {past / baseline:5.1f} x")  # noqa: E501


if __name__ == "__main__":
    main()
