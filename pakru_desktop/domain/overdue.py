"""When an item is overdue, due soon or stale, on fuzzy dates, as of any day.

A due date has passed once its last possible day has: ``Q1 2026`` is overdue from
1 April 2026, ``Aug 2025`` from 1 September 2025, a span from the day after its end.
Only open items can be late:

- a commitment or project whose due date has passed while its status is still open
  (a commitment not yet rated, in the works or stalled; a project not completed or
  cancelled);
- an event still ``scheduled`` whose date has passed: it needs confirming.

Agreements have no such rule: a signed agreement is not late for anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.vocabulary import Kind, status_label

# Statuses that settle an item: nothing is late once one of these is recorded.
CLOSED_STATUSES: dict[Kind, frozenset[str]] = {
    Kind.COMMITMENT: frozenset({"kept", "partly-kept", "broken", "uncheckable"}),
    Kind.PROJECT: frozenset({"completed", "cancelled"}),
    Kind.EVENT: frozenset({"held", "postponed", "cancelled"}),
    Kind.AGREEMENT: frozenset({"signed", "in-force", "suspended", "terminated"}),
}
# The kinds whose due date can pass, and the event status that asks to be confirmed.
DUE_KINDS = frozenset({Kind.COMMITMENT, Kind.PROJECT})
TO_CONFIRM = "scheduled"
DUE_SOON_DAYS = 90
STALE_DAYS = 180


def is_open(kind: Kind, status: str) -> bool:
    """True while the item's status still leaves its outcome to be seen."""
    if kind is Kind.EVENT:
        return status == TO_CONFIRM
    if kind is Kind.AGREEMENT:
        return status == "under-negotiation"
    return status not in CLOSED_STATUSES[kind]


def deadline(kind: Kind, date: FuzzyDate, due: FuzzyDate | None) -> FuzzyDate | None:
    """The date an item can be late against: a due date, or a scheduled event's date."""
    if kind in DUE_KINDS:
        return due
    if kind is Kind.EVENT:
        return date
    return None


@dataclass(frozen=True)
class Lateness:
    """How an overdue item is late: against which date, since when, by how many days."""

    kind: Kind
    status: str
    against: FuzzyDate
    days: int

    def phrase(self) -> str:
        """``4 months overdue``, ``12 days overdue``; events: ``3 weeks unconfirmed``."""
        word = "unconfirmed" if self.kind is Kind.EVENT else "overdue"
        return f"{how_long(self.days)} {word}"

    def reason(self) -> str:
        """A sentence for the detail pane: what was due when, and what it is still."""
        last = self.against.end
        shown = f"{last.day} {last:%b %Y}"
        label = status_label(self.kind, self.status).lower()
        if self.kind is Kind.EVENT:
            return (
                f"Scheduled for {self.against.display()}, {how_long(self.days)} ago, and "
                "no follow-up says it took place: confirm it, or record it as postponed "
                "or cancelled."
            )
        by = "" if self.against.display() == shown else f" (by {shown})"
        return (
            f"Due {self.against.display()}{by}; still {label} {how_long(self.days)} "
            "later. Record a follow-up with what became of it."
        )


def lateness(
    kind: Kind, status: str, date: FuzzyDate, due: FuzzyDate | None, as_of: dt.date
) -> Lateness | None:
    """How late the item is on ``as_of``; None if it is not overdue."""
    against = deadline(kind, date, due)
    if against is None or not is_open(kind, status) or against.end >= as_of:
        return None
    return Lateness(kind, status, against, (as_of - against.end).days)


def due_soon(
    kind: Kind,
    status: str,
    date: FuzzyDate,
    due: FuzzyDate | None,
    as_of: dt.date,
    days: int = DUE_SOON_DAYS,
) -> bool:
    """True if an open item's deadline falls within the next ``days`` days: it has not
    passed, and it begins by then (``Q1 2026`` is due soon from early October 2025)."""
    against = deadline(kind, date, due)
    if against is None or not is_open(kind, status):
        return False
    return against.end >= as_of and (against.start - as_of).days <= days


def how_long_parts(days: int) -> tuple[int, str]:
    """A span of days in the unit people say it in: ``(1, "day")``, ``(3, "week")``,
    ``(4, "month")``, ``(2, "year")``; the window words these in its own language."""
    if days < 14:
        return days, "day"
    if days < 60:
        return days // 7, "week"
    if days < 730:
        return round(days / 30.44), "month"
    return days // 365, "year"


def how_long(days: int) -> str:
    """A span of days as people say it: ``1 day``, ``3 weeks``, ``4 months``, ``2 years``."""
    return _plural(*how_long_parts(days))


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"
