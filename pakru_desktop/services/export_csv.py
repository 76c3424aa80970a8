"""Export the database as CSV files: one per kind and per related table (RFC 4180, UTF-8).

Rows are streamed from the database in batches and every file is written under
a temporary name; all are renamed only once all are complete, so a cancelled
or failed export never leaves a half-written file or a half-replaced folder.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from pakru_desktop.domain.errors import StorageError, ValidationError
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.spreadsheet import neutralise_formula
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.csv_columns import ITEM_COLUMNS, TABLE_FILES, Columns
from pakru_desktop.services.database import Database
from pakru_desktop.services.queries import matching_ids
from pakru_desktop.store.engine import is_sqlite
from pakru_desktop.store.models import Evidence, FollowUp, Item, Link, Participation

BATCH = 1000
ITEM_FILES = {kind.plural: kind for kind in Kind}
ALL_FILES: tuple[str, ...] = (*ITEM_FILES, *TABLE_FILES)

Progress = Callable[[str, int], bool | None]


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
        raise ValidationError(f"Unknown export kind {quoted(kind)}; use one of: {choices}.")
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
        raise StorageError(f"Cannot create the folder {shown}: {error.strerror}.") from error
    encoding = "utf-8-sig" if excel else "utf-8"
    rows: dict[str, int] = {}
    partials: dict[Path, Path] = {}
    # Partial files a killed export left behind are ours to clear.
    for name in ALL_FILES:
        (folder / f".{name}.csv.part").unlink(missing_ok=True)
    try:
        with db.reading() as session:
            if is_sqlite(db.engine):
                # One read transaction: every file shows the database at one moment, even
                # while others write (pysqlite would otherwise read each query afresh).
                session.connection().exec_driver_sql("BEGIN")
            for name in names:
                query = _query(name, item_filter, is_sqlite(db.engine))
                records = session.scalars(query.execution_options(yield_per=BATCH))
                target = folder / f"{name}.csv"
                partials[target] = target.with_name(f".{target.name}.part")
                rows[name] = _write(
                    partials[target], _columns(name), records, encoding, name, progress
                )
        # Every file is complete: only now do they replace an earlier export's files,
        # so a cancelled or failed export leaves the folder as it was.
        for target, partial in partials.items():
            os.replace(partial, target)
    except OSError as error:
        shown = quoted(str(folder), 120)
        raise StorageError(f"Cannot write into {shown}: {error.strerror}.") from error
    finally:
        for partial in partials.values():
            partial.unlink(missing_ok=True)
    return ExportResult(folder, rows)


def _columns(name: str) -> Columns:
    if name in ITEM_FILES:
        return ITEM_COLUMNS[ITEM_FILES[name]]
    return TABLE_FILES[name][1]


def _query(name: str, item_filter: ItemFilter | None, sqlite: bool) -> Any:
    if name in ITEM_FILES:
        kind = ITEM_FILES[name]
        flt = item_filter if item_filter and item_filter.kind is kind else ItemFilter(kind)
        return (
            select(Item)
            .where(Item.id.in_(matching_ids(flt, sqlite)))
            .options(
                selectinload(Item.sectors),
                selectinload(Item.participants).selectinload(Participation.actor),
            )
            .order_by(Item.date_start, Item.id)
        )
    model: Any = TABLE_FILES[name][0]
    query = select(model).order_by(model.id)
    if item_filter is not None:
        chosen = matching_ids(item_filter, sqlite)
        if model in (FollowUp, Evidence):
            query = query.where(model.item_id.in_(chosen))
        elif model is Link:
            query = query.where(Link.from_id.in_(chosen) | Link.to_id.in_(chosen))
    return query


def _write(
    partial: Path,
    columns: Columns,
    records: Iterable[Any],
    encoding: str,
    name: str,
    progress: Progress | None,
) -> int:
    count = 0
    with open(partial, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([header for header, _ in columns])
        for record in records:
            writer.writerow([neutralise_formula(get(record)) for _, get in columns])
            count += 1
            if progress and count % BATCH == 0 and progress(name, count):
                raise ExportCancelled()
    # Asked once more at the end of each file, so small files can be cancelled too.
    if progress and progress(name, count):
        raise ExportCancelled()
    return count
