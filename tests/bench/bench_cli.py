"""Benchmarks of the ``pakru`` command, run on demand: ``python tests/bench/bench_cli.py``.

Measures wall time of whole processes (start-up included), as a user feels it:
``pakru list events`` on the seed database and on one of 100,000 items.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pakru_desktop.services.database import open_database
from pakru_desktop.store.location import sqlite_url

RUNS = 15
BIG = 100_000


def pakru_executable() -> str:
    """The ``pakru`` script installed beside this interpreter."""
    found = Path(sys.executable).with_name("pakru")
    return str(found) if found.exists() else shutil.which("pakru") or "pakru"


def time_command(args: list[str], runs: int = RUNS) -> list[float]:
    """Wall seconds of ``runs`` runs of ``args`` (after one warm-up run)."""
    subprocess.run(args, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    """Print min / median / max in milliseconds."""
    ms = sorted(t * 1000 for t in times)
    print(
        f"{label:<48} min {ms[0]:7.1f}  median {statistics.median(ms):7.1f}  "
        f"max {ms[-1]:7.1f} ms  ({len(ms)} runs)"
    )


def add_many_events(path: Path, count: int) -> None:
    """Append ``count`` synthetic events (with a sector each) straight into the file."""
    rng = random.Random(7)
    now = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    with sqlite3.connect(path) as connection:
        first = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0]
        rows = []
        for n in range(count):
            day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
            rows.append(
                (
                    first + n,
                    "event",
                    "meeting",
                    f"Synthetic meeting {n}",
                    "",
                    day.isoformat(),
                    "day",
                    0,
                    "held",
                    "held",
                    "Somewhere",
                    1,
                    now,
                    now,
                )
            )
        connection.executemany(
            "INSERT INTO items (id, kind, type, title, summary, date_start, date_precision,"
            " date_inferred, base_status, status, location, version, created_at, updated_at,"
            " due_inferred) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            rows,
        )
        connection.executemany(
            "INSERT INTO item_sectors (item_id, sector) VALUES (?, 'trade')",
            [(first + n,) for n in range(count)],
        )


def main() -> None:
    """Run every benchmark and print a line each."""
    pakru = pakru_executable()
    with tempfile.TemporaryDirectory() as folder:
        seeded = Path(folder) / "seed.sqlite3"
        open_database(sqlite_url(seeded)).close()
        report(
            "pakru list events (seed data)",
            time_command([pakru, "--db", str(seeded), "list", "events"]),
        )
        report(
            "pakru list commitments --format json (seed)",
            time_command([pakru, "--db", str(seeded), "list", "commitments", "--format", "json"]),
        )
        report(
            "pakru show 1 (seed, ORM path)", time_command([pakru, "--db", str(seeded), "show", "1"])
        )
        big = Path(folder) / "big.sqlite3"
        shutil.copyfile(seeded, big)
        add_many_events(big, BIG)
        report(
            f"pakru list events --search 'meeting 4242' ({BIG:,})",
            time_command(
                [pakru, "--db", str(big), "list", "events", "--search", "meeting 4242"], runs=5
            ),
        )
        report(
            f"pakru list events --format csv ({BIG:,} rows out)",
            time_command([pakru, "--db", str(big), "list", "events", "--format", "csv"], runs=3),
        )
        out = Path(folder) / "csv"
        report(
            f"pakru export ({BIG:,} events)",
            time_command([pakru, "--db", str(big), "export", "--out", str(out)], runs=3),
        )


if __name__ == "__main__":
    main()
