"""Benchmark of ``pakru import-csv``, run on demand: ``python tests/bench/bench_import.py [ROWS]``.

Times the whole process importing an events file of ROWS rows (default 10,000) into an
empty database — realistic rows: 1–3 participants, two sectors, a ~440-character summary —
against the standard library doing the least the same job needs in the same run: read the
file with ``csv.reader`` and insert each row into one SQLite table with ``executemany``.
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
SUMMARY = (
    "The two sides reviewed cooperation in trade, energy and connectivity, agreed to meet "
    "again before the end of the year and asked their ministries to prepare a road map for "
    "the pilot cargo train, the steel mill in Karachi and the supply of liquefied gas. Both "
    "stressed the role of the SCO in regional security and discussed Afghanistan, South Asia "
    "and the Middle East, and said bilateral trade should grow further this year."
)


def pakru_executable() -> str:
    """The ``pakru`` script installed beside this interpreter."""
    found = Path(sys.executable).with_name("pakru")
    return str(found) if found.exists() else shutil.which("pakru") or "pakru"


def write_events(path: Path, rows: int) -> None:
    """An events.csv as a spreadsheet would hold it (no ids: every row is a new event)."""
    rng = random.Random(11)
    people = [f"Official {n}" for n in range(400)]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["title", "type", "date", "status", "location", "sectors",
                         "participants", "summary"])  # fmt: skip
        for n in range(rows):
            named = rng.sample(people, rng.randint(1, 3))
            writer.writerow(
                [
                    f"Meeting {n} on trade and energy",
                    "meeting",
                    f"{rng.randint(1996, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "held",
                    rng.choice(["Moscow", "Islamabad", "Beijing", "Karachi"]),
                    "trade; energy",
                    "; ".join(f"{p} ({rng.choice(['host', 'guest'])})" for p in named),
                    SUMMARY,
                ]
            )


def baseline(csv_path: Path, db_path: Path) -> float:
    """Seconds for csv.reader + one executemany into a plain table, committed."""
    start = time.perf_counter()
    with sqlite3.connect(db_path) as connection, open(csv_path, encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = ", ".join(header)
        connection.execute(f"CREATE TABLE events ({columns})")
        marks = ", ".join("?" * len(header))
        connection.executemany(f"INSERT INTO events VALUES ({marks})", reader)
    connection.close()
    return time.perf_counter() - start


def pakru_import(csv_path: Path, db_path: Path) -> float:
    """Seconds of the whole ``pakru import-csv`` process into a new empty database."""
    subprocess.run([pakru_executable(), "--db", str(db_path), "init", "--empty"], check=True,
                   capture_output=True)  # fmt: skip
    start = time.perf_counter()
    subprocess.run(
        [pakru_executable(), "--db", str(db_path), "import-csv", str(csv_path)],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    """Print the medians and their ratio."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        csv_path = folder / "events.csv"
        write_events(csv_path, rows)
        size = csv_path.stat().st_size
        ours, theirs = [], []
        for run in range(RUNS):
            theirs.append(baseline(csv_path, folder / f"plain-{run}.sqlite3"))
            ours.append(pakru_import(csv_path, folder / f"pakru-{run}.sqlite3"))
    ours_s, theirs_s = statistics.median(ours), statistics.median(theirs)
    print(f"events.csv with {rows:,} rows ({size / 1e6:.1f} MB), medians of {RUNS} runs:")
    print(f"  pakru import-csv (whole process)     {ours_s:8.2f} s  {rows / ours_s:9,.0f} rows/s")
    print(f"  csv.reader + sqlite3 executemany     {theirs_s:8.2f} s  {rows / theirs_s:9,.0f} rows/s")  # noqa: E501
    print(f"  ratio                                {ours_s / theirs_s:8.1f} x")


if __name__ == "__main__":
    main()
