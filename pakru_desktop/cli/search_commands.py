"""``pakru search``: one search across items, follow-ups, quotes, actors and sources."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from pakru_desktop.cli.commands import open_db
from pakru_desktop.cli.output import print_rows

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand

KINDS = ("event", "agreement", "project", "commitment")
# The snippet last: a table keeps the last column whole.
HEADERS = ("kind", "id", "item", "source", "at", "title", "snippet")
MAX_HITS = 1000


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
    cmd = command(
        "search",
        search,
        "search everything: items, follow-ups, quotes, actors and sources, best first",
        "pakru search steel mill --kind project",
    )
    cmd.add_argument(
        "text",
        nargs="+",
        metavar="TEXT",
        help="words to find (all of them; the last also as the start of a word)",
    )
    cmd.add_argument(
        "--kind",
        choices=KINDS,
        metavar="KIND",
        help=f"only items of this kind and their follow-ups and quotes ({', '.join(KINDS)})",
    )
    cmd.add_argument(
        "--limit", type=_limit, default=50, metavar="N", help="at most N hits (default 50)"
    )
    cmd.add_argument("--format", choices=("table", "csv", "json"), default="table")


def _limit(text: str) -> int:
    # Plain digits only: int() would also take "١٢", "1_0" and " 7 ".
    if text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_HITS:
        return int(text)
    raise argparse.ArgumentTypeError(f"the limit must be a number from 1 to {MAX_HITS}")


def search(args: argparse.Namespace) -> None:
    """``pakru search TEXT``: one row per hit; the matched words in the snippet in [ ]."""
    from pakru_desktop.services.search import search as run_search

    db = open_db(args)
    try:
        hits = run_search(db, " ".join(args.text), kind=args.kind, limit=args.limit)
    finally:
        db.close()
    # What a hit does not have: blank in a table, null in JSON (and so empty in CSV).
    blank = "" if args.format == "table" else None
    rows = [
        (
            hit.kind.value,
            hit.id,
            blank if hit.item_id is None else hit.item_id,
            blank if hit.source_id is None else hit.source_id,
            blank if hit.quote_start is None else hit.quote_start,
            hit.title,
            hit.snippet.marked(),
        )
        for hit in hits
    ]
    print_rows(HEADERS, rows, args.format, wide=True)
