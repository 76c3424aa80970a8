"""The timeline's reads: items overlapping a window of days, the overall range, one item's links.

A view asks only for the window it shows (plus a margin), per kind, so a database of
100,000 items is never loaded whole. A kind with more items in the window than a view can
draw one by one (``max_rows``) comes back as counts per bucket of days instead: at a zoom
where a pixel holds days of dense items, a density strip says more than thousands of bars
stacked out of sight, and the cost stays bounded at any zoom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.overdue import Lateness, lateness
from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.services.database import Database
from pakru_desktop.services.item_rows import Run, as_date
from pakru_desktop.services.queries import session_runner
from pakru_desktop.store import timeline_sql

# More items than this in one lane of one window are counted per bucket, not listed.
MAX_ROWS_PER_LANE = 800


@dataclass(frozen=True)
class TimelineFilter:
    """The items a timeline shows: every kind or some, matching text, status and sector.

    A status code belongs to the kinds whose vocabulary has it (``cancelled``: events and
    projects); the other kinds then show nothing.
    """

    kinds: frozenset[Kind] = frozenset(Kind)
    text: str = ""
    status: str | None = None
    sector: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def item_filter(self, kind: Kind) -> ItemFilter | None:
        """The list filter of ``kind`` meaning the same, or None when no item of it can match."""
        if kind not in self.kinds:
            return None
        if self.status and self.status not in {t.code for t in STATUSES[kind]}:
            return None
        return ItemFilter(kind, self.text, self.status, self.sector, self.date_from, self.date_to)


@dataclass(frozen=True)
class TimelineRow:
    """One item as a timeline draws it; ``late`` is its lateness on the query's as-of day.

    ``days`` and ``due_days`` are the spans as day numbers (``toordinal()``), from the
    first day to after the last, worked out once where the row is read: a view packs
    thousands of rows at every zoom step and should not do calendar arithmetic each time.
    """

    id: int
    kind: Kind
    title: str
    status: str
    date: FuzzyDate
    due: FuzzyDate | None
    late: Lateness | None
    days: tuple[int, int] = field(init=False, compare=False, repr=False)
    due_days: tuple[int, int] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "days", _day_span(self.date))
        object.__setattr__(self, "due_days", _day_span(self.due) if self.due else None)


def _day_span(date: FuzzyDate) -> tuple[int, int]:
    return date.start.toordinal(), date.end.toordinal() + 1


@dataclass(frozen=True)
class LaneBucket:
    """How many items of a kind start (or reach into the window) from ``first`` to ``last``."""

    kind: Kind
    first: dt.date
    last: dt.date
    count: int


@dataclass(frozen=True)
class KindExtent:
    """Where one kind's items lie, and the longest date and due date among them (days)."""

    first: dt.date | None
    last: dt.date | None
    longest_date: int
    longest_due: int
    count: int


@dataclass(frozen=True)
class TimelineExtent:
    """The filtered items' overall range, for "fit all", and what bounds a window query."""

    kinds: dict[Kind, KindExtent] = field(default_factory=dict)

    @property
    def first(self) -> dt.date | None:
        """The earliest day any item covers (None without items)."""
        days = [k.first for k in self.kinds.values() if k.first is not None]
        return min(days) if days else None

    @property
    def last(self) -> dt.date | None:
        """The latest day any item or due date covers (None without items)."""
        days = [k.last for k in self.kinds.values() if k.last is not None]
        return max(days) if days else None

    @property
    def count(self) -> int:
        """How many items the filter shows."""
        return sum(k.count for k in self.kinds.values())


@dataclass(frozen=True)
class TimelineSlice:
    """What a window query returns: rows of the lanes that fit, buckets of those that did not."""

    first: dt.date
    last: dt.date
    rows: tuple[TimelineRow, ...]
    buckets: tuple[LaneBucket, ...] = ()
    counted_kinds: frozenset[Kind] = frozenset()
    bucket_days: float = 1.0


@dataclass(frozen=True)
class TimelineLink:
    """A link of the selected item, with the row of its other end for drawing a connector."""

    id: int
    type: str
    from_id: int
    to_id: int
    other: TimelineRow


def _is_sqlite(db: Database) -> bool:
    return db.engine.dialect.name == "sqlite"


def timeline_extent(db: Database, flt: TimelineFilter | None = None) -> TimelineExtent:
    """Where ``flt``'s items lie, per kind: first and last day, longest spans, count."""
    flt = flt or TimelineFilter()
    sqlite = _is_sqlite(db)
    kinds: dict[Kind, KindExtent] = {}
    with db.reading() as session:
        run = session_runner(session)
        for kind in Kind:
            item_filter = flt.item_filter(kind)
            if item_filter is None:
                continue
            first, last, due_last, longest, longest_due, count = run(
                *timeline_sql.select_extent(item_filter, sqlite)
            )[0]
            ends = [d for d in (as_date(last), as_date(due_last)) if d is not None]
            kinds[kind] = KindExtent(
                as_date(first),
                max(ends) if ends else None,
                int(longest or 0),
                int(longest_due or 0),
                int(count or 0),
            )
    return TimelineExtent(kinds)


def timeline_window(
    db: Database,
    first: dt.date,
    last: dt.date,
    *,
    flt: TimelineFilter | None = None,
    as_of: dt.date,
    extent: TimelineExtent | None = None,
    max_rows: int = MAX_ROWS_PER_LANE,
    buckets: int = 400,
) -> TimelineSlice:
    """The items whose date or due date overlaps ``first``…``last``, lateness as of ``as_of``.

    A kind with more than ``max_rows`` such items is returned as counts in ``buckets``
    equal buckets of days instead. ``extent`` (from ``timeline_extent`` with the same
    filter) bounds the queries; it is read here when not given.
    """
    flt = flt or TimelineFilter()
    extent = extent or timeline_extent(db, flt)
    sqlite = _is_sqlite(db)
    bucket_days = max((last - first).days + 1, 1) / max(buckets, 1)
    rows: list[TimelineRow] = []
    counts: list[LaneBucket] = []
    counted: set[Kind] = set()
    with db.reading() as session:
        run = session_runner(session)
        for kind, kind_extent in extent.kinds.items():
            item_filter = flt.item_filter(kind)
            if item_filter is None or kind_extent.count == 0:
                continue
            window = {
                "w_first": first,
                "w_last": last,
                "w_date_bound": _later(last, kind_extent.longest_date),
                "w_due_bound": _later(last, kind_extent.longest_due),
            }
            # Raw tuples first: rows are only built for a lane that will be drawn bar by bar.
            sql, params = timeline_sql.select_window(item_filter, max_rows + 1, sqlite)
            found = run(sql, {**params, **window})
            if len(found) <= max_rows:
                rows.extend(_rows(found, as_of))
                continue
            counted.add(kind)
            sql, params = timeline_sql.select_buckets(item_filter, sqlite)
            for bucket, count in run(sql, {**params, **window, "bucket_days": bucket_days}):
                start = first + dt.timedelta(days=int(bucket * bucket_days))
                end = first + dt.timedelta(days=int((bucket + 1) * bucket_days) - 1)
                counts.append(LaneBucket(kind, start, max(start, min(end, last)), int(count)))
    rows.sort(key=lambda r: (r.date.sort_key(), r.id))
    return TimelineSlice(first, last, tuple(rows), tuple(counts), frozenset(counted), bucket_days)


def _later(day: dt.date, days: int) -> dt.date:
    """``days`` after ``day``, or the last day there is."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max


def _fuzzy(start: Any, precision: Any, inferred: Any, end: Any, end_precision: Any):
    return FuzzyDate.from_parts(
        as_date(start), precision, bool(inferred), as_date(end), end_precision
    )


def _rows(found: Iterable[Sequence[Any]], as_of: dt.date) -> list[TimelineRow]:
    rows = []
    for item_id, kind_code, title, status, *parts in found:
        kind = Kind(kind_code)
        date = _fuzzy(*parts[:5])
        assert date is not None  # NOT NULL columns
        due = _fuzzy(*parts[5:])
        rows.append(
            TimelineRow(
                item_id, kind, title, status, date, due, lateness(kind, status, date, due, as_of)
            )
        )
    return rows


def _rows_by_id(run: Run, ids: Sequence[int], as_of: dt.date) -> dict[int, TimelineRow]:
    if not ids:
        return {}
    sql, _ = timeline_sql.select_rows_by_id(len(ids))
    found = run(sql, {f"i{n}": item_id for n, item_id in enumerate(ids)})
    return {row.id: row for row in _rows(found, as_of)}


def item_links(db: Database, item_id: int, *, as_of: dt.date) -> tuple[TimelineLink, ...]:
    """Every link starting or ending at ``item_id``, each with its other end's row."""
    with db.reading() as session:
        run = session_runner(session)
        sql, _ = timeline_sql.select_links()
        links = run(sql, {"item_id": item_id})
        others = [to_id if from_id == item_id else from_id for _, from_id, _, to_id in links]
        rows = _rows_by_id(run, sorted(set(others)), as_of)
    return tuple(
        TimelineLink(link_id, link_type, from_id, to_id, rows[other])
        for (link_id, from_id, link_type, to_id), other in zip(links, others, strict=True)
        if other in rows
    )
