"""Benchmark of a team's server, run on demand against a PostgreSQL server:

    eval "$(tests/pg_cluster.sh start)"
    python tests/bench/bench_server.py [--count 100000]

1. ``pakru copy`` of a demo SQLite database (``demo-data``: participants, quotes from
   article-length sources, paragraph-long summaries, follow-ups) into a new database on
   the server, whole process as a user runs it, against the same rows moved by a bare
   ``sqlite3`` read loop feeding psycopg's COPY, with no schema, no checks and no
   index (the floor any copy stands on).
2. Search on the copied server database at that size: ``search()`` (the word index,
   ts_rank, ts_headline) and the list filter, median of runs, against the same
   ``search()`` on the SQLite file (FTS5).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import backends  # noqa: E402

from pakru_desktop.domain.item_filter import ItemFilter  # noqa: E402
from pakru_desktop.domain.vocabulary import Kind  # noqa: E402
from pakru_desktop.services.database import open_database  # noqa: E402
from pakru_desktop.services.queries import count_items, list_items  # noqa: E402
from pakru_desktop.services.search import search  # noqa: E402
from pakru_desktop.store.location import sqlite_url  # noqa: E402
from pakru_desktop.store.models import Base  # noqa: E402

RUNS = 15
QUERIES = ("pipeline", "Moscow Karachi st", "quokka", "trade corridor", "pa")


def _pakru(*args: str) -> float:
    start = time.perf_counter()
    code = "import sys; from pakru_desktop.cli import main; sys.exit(main())"
    subprocess.run([sys.executable, "-c", code, *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _bare_copy(path: Path, url: str) -> float:
    """The floor: every row read with sqlite3 and written with COPY, nothing else."""
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    start = time.perf_counter()
    source = sqlite3.connect(path)
    with psycopg.connect(conninfo) as target, target.cursor() as cursor:
        for table in Base.metadata.sorted_tables:
            names = [c.name for c in table.columns]
            quoted = ", ".join(f'"{n}"' for n in names)
            columns = ", ".join(f'"{n}" text' for n in names)
            cursor.execute(f'CREATE TEMP TABLE "bare_{table.name}" ({columns})')
            with cursor.copy(f'COPY "bare_{table.name}" ({quoted}) FROM STDIN') as copy:
                for row in source.execute(f'SELECT {quoted} FROM "{table.name}"'):
                    copy.write_row(row)
    source.close()
    return time.perf_counter() - start


def _median(run) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print the two tables."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    count = parser.parse_args().count
    admin = backends.admin_engine(backends.admin_url() or sys.exit("set $PAKRU_TEST_PG"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        filled = _pakru("--db", str(path), "init", "--empty") + _pakru(
            "--db", str(path), "demo-data", "--count", str(count)
        )
        rows = sum(sqlite3.connect(path).execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
                   for t in Base.metadata.sorted_tables)  # fmt: skip
        copied, bare = backends.unique_name("bench"), backends.unique_name("bare")
        for name in (copied, bare):
            backends.create_database(admin, name)
        try:
            url = backends.database_url(admin, copied)
            whole = _pakru("copy", "--from", str(path), "--to", url)
            floor = _bare_copy(path, backends.database_url(admin, bare))
            print(f"\n{count:,} items, {rows:,} rows (demo-data took {filled:.1f} s)\n")
            print("| copy | seconds | ratio |\n| --- | --- | --- |")
            print(f"| pakru copy SQLite → PostgreSQL (whole process, verified) | {whole:.1f} | "
                  f"{whole / floor:.2f} |")  # fmt: skip
            print(f"| bare sqlite3 → COPY, no schema or checks | {floor:.1f} | 1.00 |")

            server = open_database(url, create=False)
            local = open_database(sqlite_url(path), create=False)
            print("\n| query | PostgreSQL ms | SQLite ms | ratio |\n| --- | --- | --- | --- |")
            for text in QUERIES:
                on_server = _median(lambda t=text: search(server, t)) * 1000
                on_file = _median(lambda t=text: search(local, t)) * 1000
                print(f"| search “{text}” | {on_server:.1f} | {on_file:.1f} | "
                      f"{on_server / on_file:.1f} |")  # fmt: skip
            flt = ItemFilter(Kind.EVENT, text="kar")

            def page(db):
                return lambda: (list_items(db, flt, limit=100), count_items(db, flt))

            on_server, on_file = _median(page(server)) * 1000, _median(page(local)) * 1000
            print(f"| list filter “kar”: first page + count | {on_server:.1f} | {on_file:.1f} | "
                  f"{on_server / on_file:.1f} |")  # fmt: skip
            server.close()
            local.close()
        finally:
            for name in (copied, bare):
                backends.drop_database(admin, name)


if __name__ == "__main__":
    main()
