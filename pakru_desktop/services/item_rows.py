"""Build ``ItemRow`` records from the statements of ``store.item_sql``.

Takes any function that runs a ``(sql, params)`` statement and returns rows, so the
same code serves SQLAlchemy sessions and the quick read-only ``sqlite3`` path.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_filter import ItemFilter, SortKey
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.records import ItemRow, ParticipantRecord
from pakru_desktop.store import item_sql

Run = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]


def as_date(value: Any) -> dt.date | None:
    """A date from a column value: SQLite returns ISO text through raw SQL, others dates."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _fuzzy(
    start: Any, precision: str | None, inferred: Any, end: Any, end_precision: str | None
) -> FuzzyDate | None:
    return FuzzyDate.from_parts(
        as_date(start), precision, bool(inferred), as_date(end), end_precision
    )


def fetch_item_rows(
    run: Run,
    flt: ItemFilter,
    *,
    sort: SortKey = SortKey.DATE,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    sqlite: bool = False,
) -> list[ItemRow]:
    """One page of items with their sectors and participants, in three queries.

    ``sqlite`` says the statements run on SQLite (see ``item_sql.where_clause``).
    """
    page = item_sql.select_items(flt, sort, descending, offset, limit, sqlite)
    return _with_details(run, run(*page))


def fetch_rows_by_id(run: Run, ids: Sequence[int]) -> list[ItemRow]:
    """The items ``ids`` in that order, with sectors and participants; ids of items that
    are gone are left out."""
    found: dict[int, Sequence[Any]] = {}
    for start in range(0, len(ids), 500):  # under SQLite's limit on bound parameters
        for row in run(*item_sql.select_items_by_id(ids[start : start + 500])):
            found[row[0]] = row
    return _with_details(run, [found[i] for i in ids if i in found])


def _with_details(run: Run, rows: Sequence[Sequence[Any]]) -> list[ItemRow]:
    if not rows:
        return []
    ids = [row[0] for row in rows]
    sectors: dict[int, list[str]] = defaultdict(list)
    people: dict[int, list[ParticipantRecord]] = defaultdict(list)
    # Chunked so a huge page stays under SQLite's limit on bound parameters.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for item_id, sector in run(*item_sql.select_sectors(chunk)):
            sectors[item_id].append(sector)
        for item_id, actor_id, name, role in run(*item_sql.select_participants(chunk)):
            people[item_id].append(ParticipantRecord(actor_id, name, role))
    result = []
    for row in rows:
        (
            item_id,
            kind,
            item_type,
            title,
            d_start,
            d_prec,
            d_inf,
            d_end,
            d_end_prec,
            due_start,
            due_prec,
            due_inf,
            due_end,
            due_end_prec,
            status,
            location,
        ) = row
        date = _fuzzy(d_start, d_prec, d_inf, d_end, d_end_prec)
        assert date is not None  # NOT NULL columns
        result.append(
            ItemRow(
                id=item_id,
                kind=Kind(kind),
                type=item_type,
                title=title,
                date=date,
                due=_fuzzy(due_start, due_prec, due_inf, due_end, due_end_prec),
                status=status,
                location=location,
                sectors=tuple(sectors[item_id]),
                participants=tuple(people[item_id]),
            )
        )
    return result


def fetch_item_count(run: Run, flt: ItemFilter, *, sqlite: bool = False) -> int:
    """How many items match ``flt``."""
    rows = run(*item_sql.count_items(flt, sqlite))
    return int(rows[0][0]) if rows else 0
