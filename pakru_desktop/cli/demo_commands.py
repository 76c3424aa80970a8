"""The ``pakru demo-data`` command: generated records for trying the app at scale."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand


_NAMES = {"item_sectors": "sector tags", "participations": "participants",
          "follow_ups": "follow-ups", "evidence": "quotes"}  # fmt: skip


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
    cmd = command(
        "demo-data",
        demo_data,
        "fill a new or empty database with generated items, actors, sources and follow-ups",
        "pakru demo-data --count 100000 --db big.sqlite3",
    )
    cmd.add_argument("--count", type=int, required=True, metavar="N", help="how many items")
    cmd.add_argument("--seed", type=int, default=1, metavar="S",
                     help="the same seed gives the same records (default 1)")  # fmt: skip


def demo_data(args: argparse.Namespace) -> None:
    """``pakru demo-data``: write the records in one transaction, with progress on a terminal."""
    from pakru_desktop.services.database import open_from_options
    from pakru_desktop.services.demo_data import MAX_COUNT, fill_demo_data

    if not 1 <= args.count <= MAX_COUNT:
        from pakru_desktop.domain.errors import ValidationError

        raise ValidationError(
            f"Give a count from 1 to {MAX_COUNT:,}; {args.count:,} is out of range."
        )
    # A new database gets no seed records: demo data goes only into an empty one.
    db = open_from_options(args.db, args.database_url, seed=False)
    started = time.perf_counter()

    def progress(done: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,} of {args.count:,} items", end="", file=sys.stderr, flush=True)

    try:
        summary = fill_demo_data(db, args.count, seed=args.seed, progress=progress)
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        db.close()
    parts = ", ".join(f"{n:,} {_NAMES.get(table, table)}" for table, n in summary.counts.items())
    took = time.perf_counter() - started
    print(f"Wrote {parts} to {db.path or db.display_name} in {took:.1f} s.")
