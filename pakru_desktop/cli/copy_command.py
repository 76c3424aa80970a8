"""``pakru copy --from URL --to URL``: a whole database into an empty one (SQLite ↔
PostgreSQL), ids kept, verified table by table (``services.copy_database``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pakru_desktop.services.paths import database_url_of

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand


def register(command: AddCommand) -> None:
    """Add ``copy`` through ``command`` (see ``cli.parser``)."""
    cmd = command(
        "copy",
        copy,
        "copy a whole database into an empty one (a SQLite file ↔ a PostgreSQL server)",
        "pakru copy --from ~/pakru.sqlite3 --to postgresql://ana@db.example.org/pakru",
    )
    cmd.add_argument("--from", dest="source", required=True, metavar="URL",
                     help="the database to copy: a URL, or a SQLite file's path")  # fmt: skip
    cmd.add_argument("--to", dest="target", required=True, metavar="URL",
                     help="an empty database (a new file is created): a URL or a path")  # fmt: skip


def copy(args: argparse.Namespace) -> None:
    """Copy, then say how many rows of how many tables, how long, and that they match."""
    from pakru_desktop.services.copy_database import copy_database

    def progress(table: str, rows: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{table}: {rows:,} rows", end="", file=sys.stderr, flush=True)

    done = copy_database(
        database_url_of(args.source), database_url_of(args.target), progress=progress
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for table in done.tables:
        print(f"  {table.name:<14} {table.rows:>11,} rows  sha256-sum {table.checksum[:16]}")
    print(
        f"Copied {done.rows:,} rows of {len(done.tables)} tables from {done.source} to "
        f"{done.target} in {done.seconds:.1f} s; every table's count and checksum match."
    )
