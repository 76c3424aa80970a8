"""The SQL behind the timeline: items overlapping a window of days, per kind, bounded.

An item overlaps a window when its last day is on or after the window's first day and its
first day on or before the window's last. Either comparison alone is an open-ended index
range (all items after, or before, a day), so each query also bounds the *last* day from
above: an item cannot end later than the window's end plus the longest item of its kind,
which ``select_extent`` reports. That makes both the date and the due-date conditions
closed ranges on the ``(kind, date_last)`` and ``(kind, due_last)`` indexes.

Plain SQL with ``:name`` parameters, like ``item_sql``; day arithmetic differs between
SQLite (``julianday``) and PostgreSQL (date minus date is a number of days).
"""

from __future__ import annotations

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.store.item_sql import Statement, where_clause

TIMELINE_COLUMNS = (
    "items.id, items.kind, items.title, items.status, items.date_start, items.date_precision,"
    " items.date_inferred, items.date_end, items.date_end_precision, items.due_start,"
    " items.due_precision, items.due_inferred, items.due_end, items.due_end_precision"
)


def _days_between(later: str, earlier: str, sqlite: bool) -> str:
    if sqlite:
        return f"(julianday({later}) - julianday({earlier}))"
    return f"({later} - {earlier})"


def _later_of(a: str, b: str, sqlite: bool) -> str:
    return f"max({a}, {b})" if sqlite else f"GREATEST({a}, {b})"


def select_extent(flt: ItemFilter, sqlite: bool = False) -> Statement:
    """One row for ``flt``'s items: first day, last day (due dates included), the longest
    date and the longest due date in days, and how many items there are."""
    where, params = where_clause(flt, sqlite)
    date_length = _days_between("items.date_last", "items.date_start", sqlite)
    due_length = _days_between("items.due_last", "items.due_start", sqlite)
    sql = (
        "SELECT min(items.date_start), max(items.date_last), max(items.due_last),"
        f" max({date_length}), max({due_length}), count(*) FROM items WHERE {where}"
    )
    return sql, params


def _overlap_ids(flt: ItemFilter, prefix: str, sqlite: bool) -> Statement:
    """Ids of ``flt``'s items whose ``prefix`` date (``date`` or ``due``) overlaps the window
    ``:w_first``…``:w_last``; ``:w_<prefix>_bound`` caps the last day (see the module)."""
    where, params = where_clause(flt, sqlite)
    sql = (
        f"SELECT items.id FROM items WHERE {where}"
        f" AND items.{prefix}_last >= :w_first AND items.{prefix}_last <= :w_{prefix}_bound"
        f" AND items.{prefix}_start <= :w_last"
    )
    return sql, params


def select_window(flt: ItemFilter, limit: int, sqlite: bool = False) -> Statement:
    """``TIMELINE_COLUMNS`` of up to ``limit`` items of ``flt`` whose date or due date
    overlaps the window. Parameters still to add: ``w_first``, ``w_last``,
    ``w_date_bound``, ``w_due_bound``."""
    by_date, params = _overlap_ids(flt, "date", sqlite)
    by_due, _ = _overlap_ids(flt, "due", sqlite)
    sql = (
        f"SELECT {TIMELINE_COLUMNS} FROM items WHERE items.id IN ({by_date} UNION {by_due})"
        " LIMIT :limit"
    )
    params["limit"] = int(limit)
    return sql, params


def select_buckets(flt: ItemFilter, sqlite: bool = False) -> Statement:
    """``(bucket, count)`` of ``flt``'s items overlapping the window, grouped by the bucket
    of ``:bucket_days`` days their first day in the window falls in (0 is the first).
    Parameters still to add as for ``select_window``, and ``bucket_days``."""
    by_date, params = _overlap_ids(flt, "date", sqlite)
    first_in_window = _later_of("items.date_start", ":w_first", sqlite)
    offset = _days_between(first_in_window, ":w_first", sqlite)
    # floor() rather than CAST alone: PostgreSQL rounds when casting to an integer.
    bucket = (
        f"CAST({offset} / :bucket_days AS INTEGER)"
        if sqlite
        else f"CAST(floor({offset} / :bucket_days) AS INTEGER)"
    )
    sql = (
        f"SELECT {bucket} AS bucket, count(*) FROM items WHERE items.id IN ({by_date})"
        " GROUP BY bucket ORDER BY bucket"
    )
    return sql, params


def select_links(item_id_param: str = "item_id") -> Statement:
    """``(link id, from id, type, to id)`` of every link that starts or ends at one item."""
    sql = (
        "SELECT id, from_id, type, to_id FROM links"
        f" WHERE from_id = :{item_id_param} OR to_id = :{item_id_param} ORDER BY id"
    )
    return sql, {}


def select_rows_by_id(count: int) -> Statement:
    """``TIMELINE_COLUMNS`` of the items whose ids are ``:i0`` … ``:i<count-1>``."""
    placeholders = ", ".join(f":i{n}" for n in range(count))
    return f"SELECT {TIMELINE_COLUMNS} FROM items WHERE items.id IN ({placeholders})", {}
