"""The ``pakru`` commands on backups and integrity: backup, backups, restore, check."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from pakru_desktop.cli.commands import open_db
from pakru_desktop.cli.output import print_rows
from pakru_desktop.services.paths import user_path

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
    cmd = command(
        "backup",
        backup,
        "back the database up now (beside it, the newest 10 kept); prints the file",
        "pakru backup --to ~/pakru-before-import.sqlite3",
    )
    cmd.add_argument("--to", metavar="PATH", help="a new file to write the backup to instead")

    cmd = command("backups", backups, "list the backups beside the database", "pakru backups")
    cmd.add_argument("--format", choices=("table", "csv", "json"), default="table")

    cmd = command(
        "restore",
        restore,
        "put a backup's records back (the current state is backed up first)",
        "pakru restore ~/.local/share/pakru-desktop/pakru.sqlite3.backup-20251118-090000",
    )
    cmd.add_argument("backup", metavar="PATH", help="the backup file")

    command(
        "check",
        check,
        "check the whole database: pages, references, history (exit 2 if damaged)",
        "pakru check",
    )


def backup(args: argparse.Namespace) -> None:
    """``pakru backup [--to PATH]``: print the backup file written."""
    from pakru_desktop.services.backups import make_backup

    db = open_db(args)
    try:
        made = make_backup(db, user_path(args.to) if args.to else None)
    finally:
        db.close()
    print(made.path)


def backups(args: argparse.Namespace) -> None:
    """``pakru backups``: newest first, with date, size and item count."""
    from pakru_desktop.services.backups import list_backups

    db = open_db(args)
    try:
        found = list_backups(db)
    finally:
        db.close()
    print_rows(
        ("taken", "size", "items", "file"),
        [
            (
                f"{b.taken_at:%Y-%m-%d %H:%M:%S}",
                f"{b.size / 1024:,.0f} KB",
                "?" if b.items is None else b.items,
                str(b.path),
            )
            for b in found
        ],
        args.format,
        wide=True,
    )


def restore(args: argparse.Namespace) -> None:
    """``pakru restore PATH``: say where the replaced state was kept."""
    from pakru_desktop.services.backups import restore_backup
    from pakru_desktop.services.paths import resolve_database_url

    # The database is not opened: it may be too damaged to open.
    url = resolve_database_url(args.db, args.database_url)
    kept = restore_backup(url, user_path(args.backup))
    where = f"; the state it replaced is kept in {kept}" if kept else ""
    print(f"Restored {args.backup}{where}.")


def check(args: argparse.Namespace) -> None:
    """``pakru check``: the full integrity check; exit 2 with the findings if any."""
    from pakru_desktop.domain.errors import StorageError
    from pakru_desktop.services.integrity import check_database

    db = open_db(args)
    try:
        findings = check_database(db)
        on_file = db.path is not None
    finally:
        db.close()
    if findings:
        shown = "; ".join(findings[:5]) + ("; …" if len(findings) > 5 else "")
        raise StorageError(
            f"The database has {len(findings)} problem(s): {shown}. Restore a backup "
            "(pakru backups, then pakru restore PATH)."
        )
    if on_file:
        print("The database is whole: every page, reference and index checks out.")
    else:
        print(
            "The database checks out: the server keeps its pages and enforces every "
            "reference, and the word index is there on every table."
        )
