"""The ``pakru overview`` command: counts, and what is overdue, due soon or stale, as of a day."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from pakru_desktop.cli.commands import open_db
from pakru_desktop.cli.output import print_json
from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date
from pakru_desktop.domain.quoting import one_line
from pakru_desktop.domain.vocabulary import Kind, status_label

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand
    from pakru_desktop.services.overview import Overview, OverviewRow


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
    cmd = command(
        "overview",
        overview,
        "what is overdue, due soon and stale; counts by kind and status (as of a day)",
        "pakru overview --as-of 2025-11-23 --format json",
    )
    cmd.add_argument(
        "--as-of",
        metavar="D",
        help="what was true then (default: today); 'Aug 2025' means its last day",
    )
    cmd.add_argument("--due-within", type=int, default=None, metavar="DAYS",
                     help="due soon means within this many days (default 90)")  # fmt: skip
    cmd.add_argument("--stale-after", type=int, default=None, metavar="DAYS",
                     help="stale means nothing heard for this many days (default 180)")  # fmt: skip
    cmd.add_argument("--format", choices=("table", "json"), default="table")


def as_of_day(text: str | None, today: dt.date) -> dt.date:
    """The day ``--as-of`` names: a date's last day, so ``Aug 2025`` takes in all of August."""
    return parse_fuzzy_date(text, today).end if text else today


def overview(args: argparse.Namespace) -> None:
    """``pakru overview``: the overview as a table, or JSON for scripts."""
    from pakru_desktop.domain.errors import ValidationError
    from pakru_desktop.services.overview import build_overview

    day = as_of_day(args.as_of, dt.date.today())
    settings: dict[str, int] = {}
    for name, value in (("due_soon_days", args.due_within), ("stale_days", args.stale_after)):
        if value is not None:
            if not 0 <= value <= 36_500:
                raise ValidationError(f"{value} days is out of range; give 0 to 36500.")
            settings[name] = value
    db = open_db(args)
    try:
        result = build_overview(db, day, **settings)
    finally:
        db.close()
    if args.format == "json":
        print_json(_as_json(result))
    else:
        _print_table(result)


def _date(date: FuzzyDate | None) -> str | None:
    return date.iso_span() if date else None


def _json_row(row: OverviewRow, overdue: bool) -> dict[str, Any]:
    value: dict[str, Any] = {
        "id": row.id,
        "kind": row.kind.value,
        "title": row.title,
        "status": row.status,
        "date": _date(row.date),
        "due": _date(row.due),
    }
    if overdue:
        value.update(days_overdue=row.days_overdue, late=row.late, reason=row.reason)
    if row.last_heard is not None:
        value["last_heard"] = row.last_heard.isoformat()
    return value


def _as_json(result: Overview) -> dict[str, Any]:
    return {
        "as_of": result.as_of.isoformat(),
        "counts": {kind.plural: dict(codes) for kind, codes in result.counts.items()},
        "overdue": [_json_row(r, True) for r in result.overdue],
        "due_soon": [_json_row(r, False) for r in result.due_soon],
        "stale": [_json_row(r, False) for r in result.stale],
        "recent_follow_ups": [
            {
                "id": f.id,
                "item_id": f.item_id,
                "kind": f.kind.value,
                "item_title": f.item_title,
                "date": _date(f.date),
                "note": f.note,
                "new_status": f.new_status,
            }
            for f in result.recent_follow_ups
        ],
        "totals": result.totals,
        "due_soon_days": result.due_soon_days,
        "stale_days": result.stale_days,
    }


def _line(row: OverviewRow, extra: str) -> str:
    status = status_label(row.kind, row.status)
    when = row.due if row.kind is not Kind.EVENT else row.date
    shown = when.display() if when else ""
    return one_line(
        f"  #{row.id:<5} {row.kind.value:<10} {row.title[:58]:<58}  {status:<14} {shown:<14} "
        f"{extra}",
        limit=200,
    ).rstrip()


def _section(title: str, rows: list[OverviewRow], total: int, extra: Any) -> None:
    more = f", the first {len(rows)} shown" if total > len(rows) else ""
    print(f"\n{title} ({total}{more})")
    if not rows:
        print("  none")
    for row in rows:
        print(_line(row, extra(row)))


def _print_table(result: Overview) -> None:
    out = sys.stdout
    out.write(f"Overview as of {FuzzyDate.of_day(result.as_of).display()}\n\nCounts\n")
    for kind, codes in result.counts.items():
        total = sum(codes.values())
        parts = ", ".join(f"{status_label(kind, c)} {n}" for c, n in codes.items() if n)
        out.write(f"  {kind.plural:<12} {total:>6}{':  ' + parts if parts else ''}\n")
    totals = result.totals
    _section("Overdue", result.overdue, totals.get("overdue", 0), lambda r: r.late)
    _section(
        f"Due within {result.due_soon_days} days",
        result.due_soon,
        totals.get("due_soon", 0),
        lambda r: "",
    )
    _section(
        f"Stale: nothing heard for {result.stale_days} days",
        result.stale,
        totals.get("stale", 0),
        lambda r: f"last heard {FuzzyDate.of_day(r.last_heard).display()}" if r.last_heard else "",
    )
    print("\nLatest follow-ups")
    if not result.recent_follow_ups:
        print("  none")
    for f in result.recent_follow_ups:
        change = f" → {status_label(f.kind, f.new_status)}" if f.new_status else ""
        print(
            one_line(
                f"  {f.date.display():<14} #{f.item_id:<5} {f.item_title[:50]}{change}: {f.note}",
                limit=200,
            )
        )
