"""Export the database as CSV files: one per kind and per related table (RFC 4180, UTF-8).

Rows are streamed from a cursor in batches — plain rows, never ORM objects, with each
batch's sectors and participants read in one statement each — and every file is written
under a temporary name; all are renamed only once all are complete, so a cancelled or
failed export never leaves a half-written file or a half-replaced folder. On SQLite the
query computes every cell (``csv_columns.Column.sqlite``) and rows go from the cursor to
the file as they are; elsewhere each cell is made from the row in Python.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import StorageError, ValidationError, sentence
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.spreadsheet import (
    FORMULA_FIRST,
    GUARD,
    needs_guard,
    neutralise_formula,
)
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.csv_columns import GUARD_FUNCTION, ITEM_COLUMNS, TABLE_FILES, Columns
from pakru_desktop.services.database import Database
from pakru_desktop.store import item_sql
from pakru_desktop.store.engine import is_sqlite

BATCH = 1000
LIST_BATCH = 500  # items whose sectors and participants are read at once (bound parameters)
ITEM_FILES = {kind.plural: kind for kind in Kind}
ALL_FILES: tuple[str, ...] = (*ITEM_FILES, *TABLE_FILES)

Progress = Callable[[str, int], bool | None]
# Whether SQLite computes the cells (the fast way); the other way serves other databases,
# and tests compare the two.
CELLS_IN_SQL = True


@dataclass(frozen=True)
class ExportResult:
    """The files written and how many data rows each holds."""

    folder: Path
    rows: dict[str, int]

    @property
    def files(self) -> list[Path]:
        """Paths of the written files."""
        return [self.folder / f"{name}.csv" for name in self.rows]


class ExportCancelled(Exception):
    """Raised inside an export when the progress callback asks to stop."""


def file_names(kind: str | None) -> tuple[str, ...]:
    """The files to write: all, or the one a ``--kind`` names (``events``, ``follow-ups`` …)."""
    if kind is None:
        return ALL_FILES
    name = kind.strip().lower().replace("-", "_")
    singular_to_plural = {k.value: k.plural for k in Kind}
    name = singular_to_plural.get(name, name)
    if name not in ALL_FILES:
        choices = ", ".join(n.replace("_", "-") for n in ALL_FILES)
        raise ValidationError(
            sentence(
                "Unknown export kind {kind}; use one of: {choices}.",
                kind=quoted(kind),
                choices=choices,
            )
        )
    return (name,)


def export_csv(
    db: Database,
    folder: Path,
    *,
    names: Sequence[str] = ALL_FILES,
    item_filter: ItemFilter | None = None,
    excel: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the named CSV files into ``folder``; ``excel`` adds a BOM for spreadsheet apps.

    With ``item_filter``, its kind's file holds only matching items and the follow-up,
    evidence and link files only rows about them. ``progress(name, rows)`` is called as
    rows are written; returning True cancels, and nothing in ``folder`` changes.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        shown = quoted(str(folder), 120)
        raise StorageError(
            sentence(
                "Cannot create the folder {folder}: {reason}.", folder=shown, reason=error.strerror
            )
        ) from error
    encoding = "utf-8-sig" if excel else "utf-8"
    rows: dict[str, int] = {}
    partials: dict[Path, Path] = {}
    # Partial files a killed export left behind are ours to clear.
    for name in ALL_FILES:
        (folder / f".{name}.csv.part").unlink(missing_ok=True)
    try:
        # One snapshot: every file shows the database at one moment, even while others
        # write.
        with db.snapshot() as session:
            sqlite = is_sqlite(db.engine)
            for name in names:
                target = folder / f"{name}.csv"
                partials[target] = target.with_name(f".{target.name}.part")
                cells = _cells_from_sqlite if sqlite and CELLS_IN_SQL else _cells_from_rows
                header = [column.header for column in _columns(name)]
                rows[name] = _write(
                    partials[target],
                    header,
                    cells(session, name, item_filter),
                    encoding,
                    name,
                    progress,
                )
        # Every file is complete: only now do they replace an earlier export's files,
        # so a cancelled or failed export leaves the folder as it was.
        for target, partial in partials.items():
            os.replace(partial, target)
    except OSError as error:
        shown = quoted(str(folder), 120)
        raise StorageError(
            sentence("Cannot write into {folder}: {reason}.", folder=shown, reason=error.strerror)
        ) from error
    finally:
        for partial in partials.values():
            partial.unlink(missing_ok=True)
    return ExportResult(folder, rows)


def _columns(name: str) -> Columns:
    if name in ITEM_FILES:
        return ITEM_COLUMNS[ITEM_FILES[name]]
    return TABLE_FILES[name][1]


def _statement(name: str, item_filter: ItemFilter | None, sqlite: bool) -> item_sql.Statement:
    """What follows SELECT … for file ``name``'s rows: FROM, WHERE, ORDER BY (file order)."""
    if name in ITEM_FILES:
        kind = ITEM_FILES[name]
        flt = item_filter if item_filter and item_filter.kind is kind else ItemFilter(kind)
        where, params = item_sql.where_clause(flt, sqlite)
        return f"FROM items WHERE {where} ORDER BY items.date_start, items.id", params
    table = TABLE_FILES[name][0]
    if item_filter is None or table in ("actors", "sources"):
        return f"FROM {table} ORDER BY id", {}
    chosen, params = item_sql.select_ids(item_filter, sqlite)
    if table == "links":
        where = f"from_id IN ({chosen}) OR to_id IN ({chosen})"
    else:
        where = f"item_id IN ({chosen})"
    return f"FROM {table} WHERE {where} ORDER BY id", params


def _cursor_rows(session: Session, sql: str, params: dict[str, Any], sqlite: bool) -> Iterator[Any]:
    """Rows by column name, streamed: on SQLite straight from the driver's cursor."""
    if sqlite:
        raw = session.connection().connection.driver_connection
        cursor = raw.cursor()  # type: ignore[union-attr]
        cursor.row_factory = sqlite3.Row
        cursor.execute(sql, item_sql.for_sqlite(params))
        while batch := cursor.fetchmany(BATCH):
            yield from batch
        return
    # A server-side cursor: a server would otherwise send the whole table at once.
    options = {"stream_results": True, "yield_per": BATCH}
    yield from session.execute(text(sql), params, execution_options=options).mappings()


def _records(
    session: Session, name: str, item_filter: ItemFilter | None, sqlite: bool
) -> Iterator[Any]:
    """The rows of file ``name``; items with their sectors and participants."""
    tail, params = _statement(name, item_filter, sqlite)
    rows = _cursor_rows(session, f"SELECT * {tail}", params, sqlite)
    if name not in ITEM_FILES:
        yield from rows
        return
    run = _runner(session, sqlite)
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == LIST_BATCH:
            yield from _with_lists(run, batch)
            batch = []
    yield from _with_lists(run, batch)


def _runner(session: Session, sqlite: bool) -> Callable[[item_sql.Statement], list[Any]]:
    if sqlite:
        raw = session.connection().connection.driver_connection

        def run_raw(statement: item_sql.Statement) -> list[Any]:
            sql, params = statement
            return raw.execute(sql, item_sql.for_sqlite(params)).fetchall()  # type: ignore[union-attr]

        return run_raw

    def run(statement: item_sql.Statement) -> list[Any]:
        sql, params = statement
        return list(session.execute(text(sql), params))

    return run


def _with_lists(run: Callable[[item_sql.Statement], list[Any]], batch: list[Any]) -> list[dict]:
    """``batch`` as dicts, each with its ``sectors`` and ``participants``, read for the
    whole batch at once."""
    if not batch:
        return []
    ids = [row["id"] for row in batch]
    sectors: dict[int, list[str]] = defaultdict(list)
    people: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for item_id, sector in run(item_sql.select_sectors(ids)):
        sectors[item_id].append(sector)
    for item_id, _actor_id, actor, role in run(item_sql.select_participants(ids)):
        people[item_id].append((actor, role))
    records = []
    for row in batch:
        record = dict(row)
        record["sectors"] = sectors[record["id"]]
        record["participants"] = people[record["id"]]
        records.append(record)
    return records


def _row_builder(columns: Columns) -> Callable[[Any], list[Any]]:
    """A function giving a record's cells in file order, formulas guarded.

    Columns that are a value as stored are picked all at once (``itemgetter``), the rest
    computed, then put in order; text is guarded inline. Per cell this is a few C-level
    steps and one test, not two Python calls: most of an export's time, at a million
    items, is spent here.
    """
    stored = [(n, c.get) for n, c in enumerate(columns) if isinstance(c.get, str)]
    computed = [(n, c.get) for n, c in enumerate(columns) if not isinstance(c.get, str)]
    keys = [key for _, key in stored]

    def picked(record: Any) -> tuple[Any, ...]:
        return tuple(record[key] for key in keys)

    if len(keys) > 1:  # the usual case: all at once, in C
        picked = itemgetter(*keys)  # type: ignore[assignment]
    getters = [get for _, get in computed]
    # Positions in (stored …, computed …) of each column in file order.
    arranged = [n for n, _ in stored] + [n for n, _ in computed]
    in_order = itemgetter(*(arranged.index(n) for n in range(len(columns))))

    def cells(record: Any) -> list[Any]:
        values = in_order((*picked(record), *[get(record) for get in getters]))
        return [
            GUARD + value
            if value.__class__ is str and value[:1] in FORMULA_FIRST and needs_guard(value)
            else value
            for value in values
        ]

    return cells


def _write(
    partial: Path,
    header: list[str],
    batches: Iterable[list[Any]],
    encoding: str,
    name: str,
    progress: Progress | None,
) -> int:
    """Write file ``name``: ``header``, then the rows of ``batches``; return the row count."""
    count = 0
    with open(partial, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        for batch in batches:
            writer.writerows(batch)
            count += len(batch)
            # Told after each whole batch, and at the end of the file below.
            if progress and len(batch) == BATCH and progress(name, count):
                raise ExportCancelled()
    # Asked once more at the end of each file, so small files can be cancelled too.
    if progress and progress(name, count):
        raise ExportCancelled()
    return count


def _cells_from_rows(
    session: Session, name: str, item_filter: ItemFilter | None
) -> Iterator[list[Any]]:
    """File ``name``'s cells, made in Python from rows read as they are stored."""
    cells_of = _row_builder(_columns(name))
    sqlite = session.get_bind().dialect.name == "sqlite"
    batch: list[Any] = []
    for record in _records(session, name, item_filter, sqlite):
        batch.append(cells_of(record))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _cells_from_sqlite(
    session: Session, name: str, item_filter: ItemFilter | None
) -> Iterator[list[Any]]:
    """File ``name``'s cells as SQLite computes them, straight from the cursor."""
    columns = _columns(name)
    raw = session.connection().connection.driver_connection
    raw.create_function(GUARD_FUNCTION, 1, neutralise_formula, deterministic=True)  # type: ignore[union-attr]
    tail, params = _statement(name, item_filter, sqlite=True)
    cells = ", ".join(column.sqlite for column in columns)
    cursor = raw.cursor()  # type: ignore[union-attr]
    cursor.execute(f"SELECT {cells} {tail}", item_sql.for_sqlite(params))
    while batch := cursor.fetchmany(BATCH):
        yield batch
