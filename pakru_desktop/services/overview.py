"""The overview: what stands where, what is overdue, due soon or stale, as of any day.

"As of" a day shows what was true then, in event time: items dated after it and
follow-ups dated after it are left out, and each item's status is the one in force
that day — its latest status-changing follow-up dated by then, else the status it was
recorded with. Everything is worked out in SQL over indexed columns, so the overview
of 100,000 items is a few queries, not a walk over every record in Python.

An item is **stale** when it is still open and nothing has been heard of it for
``stale_days``: its own date, its latest follow-up and the latest publication date of
the sources quoted for it all lie further back than that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.overdue import (
    CLOSED_STATUSES,
    DUE_KINDS,
    DUE_SOON_DAYS,
    STALE_DAYS,
    TO_CONFIRM,
    lateness,
)
from pakru_desktop.domain.vocabulary import STATUSES, Kind
from pakru_desktop.services.database import Database
from pakru_desktop.services.item_rows import as_date
from pakru_desktop.store.item_sql import for_sqlite

# Rows kept per list; the counts say how many there are in all.
ROW_LIMIT = 200
RECENT_FOLLOW_UPS = 15


@dataclass(frozen=True)
class OverviewRow:
    """One item in a list of the overview, with its status as of the day."""

    id: int
    kind: Kind
    title: str
    status: str
    date: FuzzyDate
    due: FuzzyDate | None
    days_overdue: int | None = None
    # "4 months overdue" and the sentence saying why; empty when not overdue.
    late: str = ""
    reason: str = ""
    last_heard: dt.date | None = None


@dataclass(frozen=True)
class RecentFollowUp:
    """A follow-up in the list of the latest ones, with the item it follows up."""

    id: int
    item_id: int
    kind: Kind
    item_title: str
    date: FuzzyDate
    note: str
    new_status: str | None


@dataclass(frozen=True)
class Overview:
    """Counts by kind and status, and the lists that need attention, as of one day."""

    as_of: dt.date
    counts: dict[Kind, dict[str, int]]
    overdue: list[OverviewRow]
    due_soon: list[OverviewRow]
    stale: list[OverviewRow]
    recent_follow_ups: list[RecentFollowUp]
    due_soon_days: int
    stale_days: int
    totals: dict[str, int] = field(default_factory=dict)


# The status in force on :as_of: the latest status-changing follow-up dated by then
# (by its earliest day, then as recorded), else the status the item was recorded with.
_STATUS_THEN = (
    "COALESCE((SELECT f.new_status FROM follow_ups f WHERE f.item_id = items.id"
    " AND f.new_status IS NOT NULL AND f.date_start <= :as_of"
    " ORDER BY f.date_start DESC, f.id DESC LIMIT 1), items.base_status)"
)
_ROW_COLUMNS = (
    "items.id, items.kind, items.title, {status} AS status_then, items.date_start,"
    " items.date_precision, items.date_inferred, items.date_end, items.date_end_precision,"
    " items.due_start, items.due_precision, items.due_inferred, items.due_end,"
    " items.due_end_precision"
)


def _status_sql(session: Session, as_of: dt.date, sqlite: bool) -> str:
    """``items.status`` when no follow-up is dated after ``as_of`` (the usual case, as of
    today), else the status in force that day, looked up per item."""
    latest = session.execute(text("SELECT max(date_start) FROM follow_ups")).scalar()
    if latest is None or as_date(latest) <= as_of:  # type: ignore[operator]
        return "items.status"
    return _STATUS_THEN


def _open_condition(status: str) -> str:
    """SQL: the item's status (``status`` expression) leaves its outcome to be seen."""
    parts = []
    for kind in Kind:
        if kind is Kind.EVENT:
            parts.append(f"(items.kind = 'event' AND {status} = '{TO_CONFIRM}')")
        elif kind is Kind.AGREEMENT:
            parts.append(f"(items.kind = 'agreement' AND {status} = 'under-negotiation')")
        else:
            closed = ", ".join(f"'{c}'" for c in sorted(CLOSED_STATUSES[kind]))
            parts.append(f"(items.kind = '{kind.value}' AND {status} NOT IN ({closed}))")
    return "(" + " OR ".join(parts) + ")"


def _deadline_last() -> str:
    """SQL: the last day an item can be late against (due date, or a scheduled event's)."""
    due_kinds = ", ".join(f"'{k.value}'" for k in sorted(DUE_KINDS))
    return (
        f"CASE WHEN items.kind IN ({due_kinds}) THEN items.due_last"
        " WHEN items.kind = 'event' THEN items.date_last END"
    )


def _deadline_start() -> str:
    due_kinds = ", ".join(f"'{k.value}'" for k in sorted(DUE_KINDS))
    return (
        f"CASE WHEN items.kind IN ({due_kinds}) THEN items.due_start"
        " WHEN items.kind = 'event' THEN items.date_start END"
    )


def _fuzzy(parts: Sequence[Any]) -> FuzzyDate | None:
    start, precision, inferred, end, end_precision = parts
    return FuzzyDate.from_parts(
        as_date(start), precision, bool(inferred), as_date(end), end_precision
    )


def _row(values: Sequence[Any], as_of: dt.date, last_heard: Any = None) -> OverviewRow:
    item_id, kind_code, title, status = values[:4]
    kind = Kind(kind_code)
    date = _fuzzy(values[4:9])
    assert date is not None  # NOT NULL columns
    due = _fuzzy(values[9:14])
    late = lateness(kind, status, date, due, as_of)
    return OverviewRow(
        id=item_id,
        kind=kind,
        title=title,
        status=status,
        date=date,
        due=due,
        days_overdue=late.days if late else None,
        late=late.phrase() if late else "",
        reason=late.reason() if late else "",
        last_heard=as_date(last_heard),
    )


def _shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the calendar's ends (as of 31 Dec 9999 + 90)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def build_overview(
    db: Database,
    as_of: dt.date | None = None,
    *,
    due_soon_days: int = DUE_SOON_DAYS,
    stale_days: int = STALE_DAYS,
    limit: int = ROW_LIMIT,
) -> Overview:
    """The overview as of ``as_of`` (today by default), in one read transaction."""
    day = as_of or dt.date.today()
    with db.reading() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        if sqlite:
            # One snapshot: every list shows the database at one moment.
            session.connection().exec_driver_sql("BEGIN")
        status = _status_sql(session, day, sqlite)

        def run(sql: str, **params: Any) -> Sequence[Sequence[Any]]:
            params = {"as_of": day, **params}
            return session.execute(text(sql), for_sqlite(params) if sqlite else params).all()

        dated = "items.date_start <= :as_of"
        columns = _ROW_COLUMNS.format(status=status)
        counts: dict[Kind, dict[str, int]] = {
            kind: {t.code: 0 for t in STATUSES[kind]} for kind in Kind
        }
        for kind_code, code, count in run(
            f"SELECT items.kind, {status}, count(*) FROM items WHERE {dated}"
            f" GROUP BY items.kind, {status}"
        ):
            counts[Kind(kind_code)][code] = int(count)
        is_open_sql = _open_condition(status)
        overdue_where = f"{dated} AND {is_open_sql} AND {_deadline_last()} < :as_of"
        overdue = [
            _row(values, day)
            for values in run(
                f"SELECT {columns} FROM items WHERE {overdue_where}"
                f" ORDER BY {_deadline_last()}, items.id LIMIT :limit",
                limit=limit,
            )
        ]
        soon_where = (
            f"{dated} AND {is_open_sql} AND {_deadline_last()} >= :as_of"
            f" AND {_deadline_start()} <= :soon"
        )
        soon_day = _shifted(day, due_soon_days)
        soon = [
            _row(values, day)
            for values in run(
                f"SELECT {columns} FROM items WHERE {soon_where}"
                f" ORDER BY {_deadline_last()}, items.id LIMIT :limit",
                soon=soon_day,
                limit=limit,
            )
        ]
        heard = (
            "max(items.date_start,"
            " COALESCE((SELECT max(f.date_start) FROM follow_ups f WHERE f.item_id = items.id"
            " AND f.date_start <= :as_of), items.date_start),"
            " COALESCE((SELECT max(s.published_start) FROM evidence e JOIN sources s"
            " ON s.id = e.source_id WHERE e.item_id = items.id"
            " AND s.published_start <= :as_of), items.date_start))"
        )
        if not sqlite:
            heard = heard.replace("max(items.date_start,", "GREATEST(items.date_start,", 1)
        stale_where = f"{dated} AND {is_open_sql} AND {heard} < :quiet_since"
        stale = [
            _row(values[:-1], day, values[-1])
            for values in run(
                f"SELECT {columns}, {heard} AS heard FROM items WHERE {stale_where}"
                f" ORDER BY heard, items.id LIMIT :limit",
                quiet_since=_shifted(day, -stale_days),
                limit=limit,
            )
        ]
        totals = {
            name: int(run(f"SELECT count(*) FROM items WHERE {where}", **extra)[0][0])
            for name, where, extra in (
                ("overdue", overdue_where, {}),
                ("due_soon", soon_where, {"soon": soon_day}),
                ("stale", stale_where, {"quiet_since": _shifted(day, -stale_days)}),
            )
        }
        recent = [
            RecentFollowUp(
                id=values[0],
                item_id=values[1],
                kind=Kind(values[2]),
                item_title=values[3],
                date=_fuzzy(values[4:9]),  # type: ignore[arg-type]
                note=values[9],
                new_status=values[10],
            )
            for values in run(
                "SELECT f.id, f.item_id, items.kind, items.title, f.date_start,"
                " f.date_precision, f.date_inferred, f.date_end, f.date_end_precision,"
                " f.note, f.new_status FROM follow_ups f JOIN items ON items.id = f.item_id"
                " WHERE f.date_start <= :as_of ORDER BY f.date_start DESC, f.id DESC"
                " LIMIT :limit",
                limit=RECENT_FOLLOW_UPS,
            )
        ]
    return Overview(
        as_of=day,
        counts=counts,
        overdue=overdue,
        due_soon=soon,
        stale=stale,
        recent_follow_ups=recent,
        due_soon_days=due_soon_days,
        stale_days=stale_days,
        totals=totals,
    )

