"""The ``pakru import-csv`` command: a CSV file back into the database, all rows or none."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pakru_desktop.cli.commands import open_db
from pakru_desktop.domain.quoting import one_line
from pakru_desktop.services.paths import user_path

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand

KINDS = ("sources", "actors", "events", "agreements", "projects", "commitments",
         "follow-ups", "evidence", "links")  # fmt: skip
# Problems printed before the closing sentence; a longer list only adds its count.
SHOWN_PROBLEMS = 50


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
    cmd = command(
        "import-csv",
        import_csv,
        "check a CSV file (as the export writes) and import every row, or none",
        "pakru import-csv ./csv/events.csv --kind events --dry-run",
    )
    cmd.add_argument("file", metavar="FILE", help="the CSV file")
    cmd.add_argument(
        "--kind",
        metavar="KIND",
        help=f"what the file holds: {', '.join(KINDS)} (default: from the file's name)",
    )
    cmd.add_argument("--dry-run", action="store_true", help="check and count only; write nothing")


def import_csv(args: argparse.Namespace) -> None:
    """``pakru import-csv FILE``: print what was imported, or every problem found."""
    from pakru_desktop.services.import_csv import ImportRefused, import_csv, kind_of_file

    path = user_path(args.file)
    kind_of_file(path, args.kind)  # a bad --kind is refused before the database is opened
    db = open_db(args)
    try:
        result = import_csv(db, path, args.kind, dry_run=args.dry_run)
    except ImportRefused as refused:
        for problem in refused.problems[:SHOWN_PROBLEMS]:
            print(one_line(f"{refused.name} {problem}", limit=500), file=sys.stderr)
        if refused.total > SHOWN_PROBLEMS:
            print(f"… and {refused.total - SHOWN_PROBLEMS} more.", file=sys.stderr)
        raise
    finally:
        db.close()
    print(result.summary())
    if result.backup is not None:
        print(f"The database as it was before is kept in {result.backup}.")
