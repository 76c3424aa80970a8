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
    Lateness,
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
    # The same as data, for the window to word in its own language.
    lateness: Lateness | None = None


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
# ``items.status`` is the status after every follow-up, so only items with a status
# change dated after :as_of need their history read: the few changed since, as of a
# recent day, read through the follow-ups' date index.
_CHANGED_SINCE = (
    "changed AS MATERIALIZED (SELECT DISTINCT f.item_id FROM follow_ups f"
    " WHERE f.date_start > :as_of AND f.new_status IS NOT NULL),"
)
_STATUS_WITH_HISTORY = (
    "CASE WHEN items.id IN (SELECT item_id FROM changed)"
    f" THEN {_STATUS_THEN} ELSE items.status END"
)


def _shown_columns(run: Any, ids: set[int]) -> dict[int, tuple[Any, ...]]:
    """What the lists show of the items ``ids``: kind, title and both dates' parts."""
    shown: dict[int, tuple[Any, ...]] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):  # under SQLite's limit on parameters
        chunk = ordered[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        for row in run(
            "SELECT id, kind, title, date_start, date_precision, date_inferred, date_end,"
            " date_end_precision, due_start, due_precision, due_inferred, due_end,"
            f" due_end_precision FROM items WHERE id IN ({marks})",
            **{f"i{n}": item_id for n, item_id in enumerate(chunk)},
        ):
            shown[row[0]] = tuple(row[1:])
    return shown


def _status_sql(session: Session, as_of: dt.date) -> tuple[str, str]:
    """The CTE (if any) and SQL giving each item's status on ``as_of``: ``items.status``
    when no follow-up is dated after that day (the usual case, as of today)."""
    latest = session.execute(text("SELECT max(date_start) FROM follow_ups")).scalar()
    if latest is None or as_date(latest) <= as_of:  # type: ignore[operator]
        return "", "items.status"
    return _CHANGED_SINCE, _STATUS_WITH_HISTORY


def _open_condition() -> str:
    """SQL over ``s``: the item's status then leaves its outcome to be seen."""
    parts = [
        f"(s.kind = 'event' AND s.status = '{TO_CONFIRM}')",
        "(s.kind = 'agreement' AND s.status = 'under-negotiation')",
    ]
    for kind in sorted(DUE_KINDS):
        closed = ", ".join(f"'{c}'" for c in sorted(CLOSED_STATUSES[kind]))
        parts.append(f"(s.kind = '{kind.value}' AND s.status NOT IN ({closed}))")
    return "(" + " OR ".join(parts) + ")"


def _deadline(part: str) -> str:
    """SQL over ``s``: the first or last day (``part``) of what an item can be late against
    — a due date, or a scheduled event's date."""
    due_kinds = ", ".join(f"'{k.value}'" for k in sorted(DUE_KINDS))
    date = "s.date_start" if part == "start" else "s.date_last"
    return (
        f"CASE WHEN s.kind IN ({due_kinds}) THEN s.due_{part} WHEN s.kind = 'event' THEN {date} END"
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
        lateness=late,
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
    # One snapshot: every list shows the database at one moment.
    with db.snapshot() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        changed, status = _status_sql(session, day)

        def run(sql: str, **params: Any) -> Sequence[Sequence[Any]]:
            params = {"as_of": day, **params}
            return session.execute(text(sql), for_sqlite(params) if sqlite else params).all()

        is_open_sql = _open_condition()
        has_deadline = (
            "(s.kind = 'event' OR (s.kind IN ('commitment', 'project') AND s.due_last IS NOT NULL))"
        )
        # The last day anything was heard of the item, by :as_of: its own date, its
        # latest follow-up, the latest publication of a source quoted for it.
        heard = (
            "max(s.date_start,"
            " COALESCE((SELECT max(f.date_start) FROM follow_ups f WHERE f.item_id = s.id"
            " AND f.date_start <= :as_of), s.date_start),"
            " COALESCE((SELECT max(src.published_start) FROM evidence e JOIN sources src"
            " ON src.id = e.source_id WHERE e.item_id = s.id"
            " AND src.published_start <= :as_of), s.date_start))"
        )
        if not sqlite:
            heard = "GREATEST" + heard.removeprefix("max")
        sections = {
            "overdue": (
                f"{has_deadline} AND {is_open_sql} AND {_deadline('last')} < :as_of",
                _deadline("last"),
            ),
            "due_soon": (
                f"{has_deadline} AND {is_open_sql} AND {_deadline('last')} >= :as_of"
                f" AND {_deadline('start')} <= :soon",
                _deadline("last"),
            ),
        }
        # One statement, so the items (and their status then) are read once: the CTE is
        # materialised once and every part below reads it.
        parts = [
            "SELECT 'counts' AS section, NULL AS id, s.kind AS kind, s.status AS status,"
            " NULL AS sort_key, count(*) AS total FROM s GROUP BY s.kind, s.status"
        ]
        for name, (where, order) in sections.items():
            parts.append(
                f"SELECT * FROM (SELECT '{name}' AS section, s.id, s.kind, s.status,"
                f" {order} AS sort_key, count(*) OVER () AS total FROM s WHERE {where}"
                " ORDER BY sort_key, s.id LIMIT :limit) AS part"
            )
        # When each open item was last heard of, worked out once per item (materialised),
        # then compared and sorted.
        parts.append(
            "SELECT * FROM (SELECT 'stale' AS section, o.id, o.kind, o.status,"
            " o.heard AS sort_key, count(*) OVER () AS total FROM o"
            " WHERE o.heard < :quiet_since ORDER BY o.heard, o.id LIMIT :limit) AS part"
        )
        names = (*sections, "stale")
        rows = run(
            f"WITH {changed} s AS MATERIALIZED (SELECT items.id, items.kind, {status} AS status,"
            " items.date_start, items.date_last, items.due_start, items.due_last"
            " FROM items WHERE items.date_start <= :as_of),"
            f" o AS MATERIALIZED (SELECT s.id, s.kind, s.status, {heard} AS heard FROM s"
            f" WHERE {is_open_sql}) " + " UNION ALL ".join(parts),
            limit=limit,
            soon=_shifted(day, due_soon_days),
            quiet_since=_shifted(day, -stale_days),
        )
        counts: dict[Kind, dict[str, int]] = {
            kind: {t.code: 0 for t in STATUSES[kind]} for kind in Kind
        }
        listed: dict[str, list[tuple[int, str, Any]]] = {name: [] for name in names}
        totals = dict.fromkeys(names, 0)
        for section, item_id, kind_code, code, sort_key, total in rows:
            if section == "counts":
                counts[Kind(kind_code)][code] = int(total)
            else:
                listed[section].append((item_id, code, sort_key))
                totals[section] = int(total)
        shown = _shown_columns(run, {i for entries in listed.values() for i, _, _ in entries})

        def section_rows(name: str) -> list[OverviewRow]:
            return [
                _row(
                    (item_id, shown[item_id][0], shown[item_id][1], code, *shown[item_id][2:]),
                    day,
                    sort_key if name == "stale" else None,
                )  # fmt: skip
                for item_id, code, sort_key in listed[name]
            ]

        overdue, soon, stale = (section_rows(name) for name in names)
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
