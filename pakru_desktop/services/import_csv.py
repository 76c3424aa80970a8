"""Import a CSV file the export wrote (or a spreadsheet made from one): all rows or none.

Every row is checked — kind, dates, statuses, ids, references, lengths — and every
problem is reported with its row, column and a sentence. Only when no row has one is
anything written, in one transaction: one user action, one entry in the history. A
backup of the database is taken just before that transaction commits. ``dry_run``
checks and counts, and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import PakruError, ValidationError, message_of, sentence
from pakru_desktop.domain.quoting import one_line, quoted
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services import import_items, import_records
from pakru_desktop.services.backups import make_backup
from pakru_desktop.services.csv_columns import ITEM_COLUMNS, TABLE_FILES
from pakru_desktop.services.csv_reading import CsvTable, open_csv
from pakru_desktop.services.database import Database, begin_writing
from pakru_desktop.services.export_csv import ALL_FILES, ITEM_FILES, file_names
from pakru_desktop.services.import_context import ImportContext, Outcome, RowProblems
from pakru_desktop.services.records import Changes
from pakru_desktop.store.models import Item
from pakru_desktop.store.planner import refresh_statistics
from pakru_desktop.store.status import refresh_status
from pakru_desktop.store.text_guard import bad_character

log = logging.getLogger(__name__)

# Problems kept for the report; beyond these only the count goes on.
MAX_PROBLEMS = 500
# Rows written to the database between checks of its constraints.
FLUSH_EVERY = 500

Importer = Callable[[ImportContext, int, dict[str, str]], Outcome]
_TABLE_IMPORTERS: dict[str, Importer] = {
    "follow_ups": import_records.import_follow_up,
    "actors": import_records.import_actor,
    "sources": import_records.import_source,
    "evidence": import_records.import_evidence,
    "links": import_records.import_link,
}
# The tables each file can change, for the views to refresh.
_TABLES = {
    **{name: {"items", "actors", "follow_ups"} for name in ITEM_FILES},
    "follow_ups": {"follow_ups", "items"},
    "actors": {"actors"},
    "sources": {"sources", "evidence"},
    "evidence": {"evidence"},
    "links": {"links"},
}


@dataclass(frozen=True)
class RowProblem:
    """Why one row (or the header, row 1) cannot be imported."""

    row: int
    column: str | None
    message: str  # a ``Sentence`` when the error had one (the window translates it)

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"

# An import this large changes the tables enough for a server to plan queries anew.
_BULK_ROWS = 1_000


class ImportRefused(ValidationError):
    """Rows of the file have problems; nothing was written. ``problems`` lists them."""

    def __init__(self, name: str, problems: list[RowProblem], total: int) -> None:
        rows = len({p.row for p in problems})
        values = {"name": name, "total": total, "rows": rows}
        if not rows:
            message = (
                sentence("{name}: {total} problem; nothing was imported.", **values)
                if total == 1
                else sentence("{name}: {total} problems; nothing was imported.", **values)
            )
        elif rows == 1:
            message = (
                sentence("{name}: {total} problem in {rows} row; nothing was imported.", **values)
                if total == 1
                else sentence(
                    "{name}: {total} problems in {rows} row; nothing was imported.", **values
                )
            )
        else:
            message = (
                sentence("{name}: {total} problem in {rows} rows; nothing was imported.", **values)
                if total == 1
                else sentence(
                    "{name}: {total} problems in {rows} rows; nothing was imported.", **values
                )
            )
        super().__init__(message)
        self.name = name
        self.problems = tuple(problems)
        self.total = total


@dataclass(frozen=True)
class ImportResult:
    """What the import did (or, for a dry run, would do) to the database."""

    name: str
    rows: int
    added: int
    updated: int
    unchanged: int
    actors_created: int
    dry_run: bool
    backup: Path | None
    changes: Changes

    def summary(self) -> str:
        """One line: ``events.csv: 3 added, 2 updated, 10 unchanged.``"""
        if self.dry_run:
            text = (
                f"{self.name}: {self.rows} row{'' if self.rows == 1 else 's'} can be imported: "
                f"{self.added} to add, "
                f"{self.updated} to update, {self.unchanged} unchanged"
            )
        else:
            text = (
                f"{self.name}: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged"
            )
        if self.actors_created:
            noun = "actor" if self.actors_created == 1 else "actors"
            verb = "to be created" if self.dry_run else "created"
            text += f" ({self.actors_created} new {noun} {verb} from participants)"
        return text + ("; nothing was written (dry run)." if self.dry_run else ".")


class _Discard(Exception):
    """Raised inside the transaction to roll it back (a dry run, or problems found)."""


def kind_of_file(path: Path, kind: str | None) -> str:
    """The export file name (``events``, ``follow_ups`` …) a ``--kind`` or the file's name
    gives; a sentence when neither says."""
    if kind is not None:
        return file_names(kind)[0]
    stem = path.stem.lower().replace("-", "_")
    for name in ALL_FILES:
        if stem == name or stem.endswith(f"_{name}") or stem.startswith(f"{name}_"):
            return name
    choices = ", ".join(n.replace("_", "-") for n in ALL_FILES)
    raise ValidationError(
        sentence(
            "Cannot tell from the name {name} what the file holds; say which kind it is "
            "({choices}).",
            name=quoted(path.name, 80),
            choices=choices,
        )
    )


def columns_of(name: str) -> tuple[str, ...]:
    """The columns the export writes into file ``name``, in order."""
    columns = ITEM_COLUMNS[ITEM_FILES[name]] if name in ITEM_FILES else TABLE_FILES[name][1]
    return tuple(column.header for column in columns)


def _header_problems(table: CsvTable, name: str) -> list[RowProblem]:
    known = columns_of(name)
    problems = []
    seen: set[str] = set()
    for column in table.header:
        if column in seen:
            problems.append(RowProblem(1, column, "this column appears twice."))
        elif column not in known:
            problems.append(
                RowProblem(
                    1,
                    one_line(column, 40),
                    f"not a column of {name}.csv; its columns are {', '.join(known)}.",
                )
            )
        seen.add(column)
    return problems


def import_csv(
    db: Database,
    path: Path,
    kind: str | None = None,
    *,
    dry_run: bool = False,
    backup: bool = True,
    today: dt.date | None = None,
) -> ImportResult:
    """Check every row of the CSV file at ``path`` and, if none has a problem, write them all.

    ``kind`` names the file's records (``events``, ``follow-ups`` …); by default the
    file's name does. Raises ``ImportRefused`` listing the problems when any row has one.
    ``backup`` first keeps a copy of the database as it was (on a server, a dump).
    """
    path = Path(path)
    name = kind_of_file(path, kind)
    importer = _importer(name)
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    problems: list[RowProblem] = []
    total = 0
    rows = 0
    kept: Path | None = None
    ctx: ImportContext | None = None
    label = path.name
    try:
        with open_csv(path) as table, db.transaction() as session:
            begin_writing(session, db)
            problems = _header_problems(table, name)
            total = len(problems)
            ctx = ImportContext(session, today or dt.date.today())
            if not problems:
                for row in table.rows():
                    rows += 1
                    try:
                        _check_characters(row.cells)
                        counts[importer(ctx, row.number, row.cells)] += 1
                        if rows % FLUSH_EVERY == 0:
                            session.flush()
                    except PakruError as error:
                        errors = error.errors if isinstance(error, RowProblems) else [error]
                        total += len(errors)
                        problems += [
                            RowProblem(row.number, getattr(e, "field", None), message_of(e))
                            for e in errors
                        ][: max(0, MAX_PROBLEMS - len(problems))]
                    except IntegrityError:
                        total += 1
                        problems.append(_conflict(row.number, rows))
                        raise _Discard() from None
                try:
                    _refresh_statuses(session, ctx)
                except IntegrityError:
                    total += 1
                    problems.append(_conflict(rows + 1, rows))
                    raise _Discard() from None
            if problems or dry_run:
                raise _Discard()
            if backup:
                # Inside the write transaction: the copy holds exactly what the import
                # replaces, and is only made once every row has passed.
                kept = make_backup(db).path
    except _Discard:
        pass
    if problems:
        raise ImportRefused(label, problems, total)
    assert ctx is not None
    if not dry_run and rows >= _BULK_ROWS:
        refresh_statistics(db.engine)
    ctx.item_ids |= {item.id for item in ctx.added}
    tables = frozenset(_TABLES[name] | ({"actors"} if ctx.actors_created else set()))
    return ImportResult(
        name=label,
        rows=rows,
        added=counts["added"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        actors_created=ctx.actors_created,
        dry_run=dry_run,
        backup=kept,
        changes=Changes(tables, frozenset(ctx.item_ids)),
    )


def _check_characters(cells: dict[str, str]) -> None:
    """Refuse cells holding characters no record may hold (before any field reads them)."""
    errors = []
    for column, value in cells.items():
        if (ch := bad_character(value)) is not None:
            shown = one_line(ch)
            errors.append(
                ValidationError(
                    sentence(
                        "The cell holds a character that is not text ({character}); remove it.",
                        character=shown,
                    ),
                    field=column,
                )
            )
    if errors:
        raise RowProblems(errors)


def _refresh_statuses(session: Session, ctx: ImportContext) -> None:
    """Each status as its latest status-changing follow-up says; then every check of the
    database's constraints on what is still unwritten."""
    for item_id in sorted(ctx.status_items):
        item = session.get(Item, item_id)
        if item is not None:
            refresh_status(session, item)
    session.flush()


def _conflict(row: int, rows: int) -> RowProblem:
    first = max(2, row - FLUSH_EVERY)
    return RowProblem(
        row,
        None,
        sentence(
            "a row between rows {first} and {row} conflicts with records already stored (a "
            "duplicate or a missing reference).",
            first=first,
            row=row,
        ),
    )


def _importer(name: str) -> Importer:
    if name in ITEM_FILES:
        kind: Kind = ITEM_FILES[name]

        def item_row(ctx: ImportContext, row: int, cells: dict[str, str]) -> Outcome:
            return import_items.import_item(ctx, row, cells, kind)

        return item_row
    return _TABLE_IMPORTERS[name]
