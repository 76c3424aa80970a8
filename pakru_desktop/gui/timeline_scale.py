"""The timeline's time axis: which day sits at which pixel, and ticks from decades to days.

Days are counted as ``date.toordinal()`` numbers (floats between days), so a date's span
runs from its first day's number to its last day's number plus one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pakru_desktop.domain.fuzzy_date import MAX_YEAR, MIN_YEAR, FuzzyDate

translate = QCoreApplication.translate
# From a century across the view to a few days: the zoom's bounds, in pixels per day.
MIN_PX_PER_DAY = 0.004
MAX_PX_PER_DAY = 400.0
FIRST_DAY = dt.date(MIN_YEAR, 1, 1).toordinal()
LAST_DAY = dt.date(MAX_YEAR, 12, 31).toordinal()


def day_number(day: dt.date) -> float:
    """The axis position of the start of ``day``."""
    return float(day.toordinal())


def span_days(date: FuzzyDate) -> tuple[float, float]:
    """Where a fuzzy date starts and ends on the axis: its first day to after its last."""
    return day_number(date.start), day_number(date.end) + 1.0


def to_date(number: float) -> dt.date:
    """The day an axis position falls in (clamped to the supported years)."""
    return dt.date.fromordinal(int(min(max(number, FIRST_DAY), LAST_DAY)))


@dataclass(frozen=True)
class TimeScale:
    """The day at the plot's left edge and the pixels per day; ``x`` is relative to the plot."""

    first: float
    px_per_day: float

    def x(self, day: float) -> float:
        """Pixel offset of axis position ``day`` from the plot's left edge."""
        return (day - self.first) * self.px_per_day

    def day_at(self, x: float) -> float:
        """Axis position at pixel offset ``x``."""
        return self.first + x / self.px_per_day

    def last(self, width: float) -> float:
        """Axis position at the right edge of a plot ``width`` pixels wide."""
        return self.day_at(width)

    def zoomed(self, factor: float, around_x: float) -> TimeScale:
        """Zoomed in (factor > 1) or out, keeping the day under ``around_x`` in place."""
        px = min(max(self.px_per_day * factor, MIN_PX_PER_DAY), MAX_PX_PER_DAY)
        anchor = self.day_at(around_x)
        return TimeScale(anchor - around_x / px, px).clamped()

    def panned(self, dx: float) -> TimeScale:
        """Moved so that content shifts ``dx`` pixels to the right."""
        return replace(self, first=self.first - dx / self.px_per_day).clamped()

    def clamped(self) -> TimeScale:
        """Kept within the years a date may have."""
        return replace(self, first=min(max(self.first, FIRST_DAY), LAST_DAY - 1))

    @classmethod
    def fitting(
        cls, first: float, last: float, width: float, margin: float = 0.03, right: float = 0.0
    ) -> TimeScale:
        """A scale showing ``first``…``last`` across ``width`` pixels with a little room
        each side, and ``right`` more pixels on the right (for the labels of the last bars)."""
        days = max(last - first, 1.0)
        room = max(width - right, width / 2)
        px = min(max(room / (days * (1 + 2 * margin)), MIN_PX_PER_DAY), MAX_PX_PER_DAY)
        shown = days * px  # narrower than the room when the zoom is at its limit
        return cls(first - (room - shown) / 2 / px, px).clamped()


@dataclass(frozen=True)
class Tick:
    """A labelled position on the axis."""

    day: float
    label: str


@dataclass(frozen=True)
class _Level:
    name: str
    days: float  # about how long one step is
    min_px: float  # the space its labels need
    starts: Callable[[dt.date, dt.date], Iterator[dt.date]]
    label: Callable[[dt.date], str]


def _months(step: int) -> Callable[[dt.date, dt.date], Iterator[dt.date]]:
    def starts(first: dt.date, last: dt.date) -> Iterator[dt.date]:
        index = first.year * 12 + first.month - 1
        index -= index % step
        while True:
            day = dt.date(index // 12, index % 12 + 1, 1)
            if day > last:
                return
            yield day
            index += step
            if index // 12 > MAX_YEAR:
                return

    return starts


def _years(step: int) -> Callable[[dt.date, dt.date], Iterator[dt.date]]:
    def starts(first: dt.date, last: dt.date) -> Iterator[dt.date]:
        year = first.year - first.year % step
        while year <= min(last.year, MAX_YEAR):
            if year >= MIN_YEAR:
                yield dt.date(year, 1, 1)
            year += step

    return starts


def _days(which: tuple[int, ...]) -> Callable[[dt.date, dt.date], Iterator[dt.date]]:
    def starts(first: dt.date, last: dt.date) -> Iterator[dt.date]:
        day = first
        while day <= last:
            if day.day in which:
                yield day
            if day.toordinal() >= LAST_DAY:
                return
            day += dt.timedelta(days=1)

    return starts


def short_date(day: dt.date) -> str:
    """A day as the timeline writes it, in the language chosen: "2 Sep 2025"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _month_name(day: dt.date) -> str:
    # The month on its own (the nominative in Russian: "май", not the "мая" of "1 мая").
    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def _month_label(day: dt.date) -> str:
    return translate("TimelineScale", "{month} {year}").format(
        month=_month_name(day), year=day.year
    )


def _quarter_label(day: dt.date) -> str:
    return translate("TimelineScale", "Q{quarter}").format(quarter=(day.month - 1) // 3 + 1)


_LEVELS = (
    _Level("day", 1, 24, _days(tuple(range(1, 32))), lambda d: str(d.day)),
    _Level("week", 7, 26, _days((1, 8, 15, 22)), lambda d: str(d.day)),
    _Level("month", 30.4, 34, _months(1), _month_name),
    _Level("quarter", 91.3, 30, _months(3), _quarter_label),
    _Level("year", 365.25, 42, _years(1), lambda d: str(d.year)),
    _Level("2 years", 730.5, 42, _years(2), lambda d: str(d.year)),
    _Level("5 years", 1826, 42, _years(5), lambda d: str(d.year)),
    _Level("decade", 3652.5, 42, _years(10), lambda d: str(d.year)),
    _Level("20 years", 7305, 42, _years(20), lambda d: str(d.year)),
    _Level("50 years", 18262, 42, _years(50), lambda d: str(d.year)),
    _Level("century", 36525, 42, _years(100), lambda d: str(d.year)),
)
# The row above the ticks names the wider unit they belong to (the month of days, the
# year of months); from years up the tick labels say it all.
_CONTEXT = {
    "day": (_months(1), _month_label),
    "week": (_months(1), _month_label),
    "month": (_years(1), lambda d: str(d.year)),
    "quarter": (_years(1), lambda d: str(d.year)),
}


def tick_level(px_per_day: float) -> str:
    """The name of the finest unit whose labels fit at this zoom ("day" … "century")."""
    return _choose(px_per_day).name


def _choose(px_per_day: float) -> _Level:
    for level in _LEVELS:
        if level.days * px_per_day >= level.min_px:
            return level
    return _LEVELS[-1]


def ticks(scale: TimeScale, width: float) -> tuple[list[Tick], list[Tick]]:
    """The labelled ticks across a plot ``width`` pixels wide, and the wider units above
    them (months over days, years over months; empty from years up)."""
    first, last = to_date(scale.first - 1), to_date(scale.last(width) + 1)
    level = _choose(scale.px_per_day)
    minor = [Tick(day_number(d), level.label(d)) for d in level.starts(first, last)]
    context = _CONTEXT.get(level.name)
    if context is None:
        return minor, []
    starts, label = context
    major = [Tick(day_number(d), label(d)) for d in starts(_context_first(level, first), last)]
    return minor, major


def _context_first(level: _Level, first: dt.date) -> dt.date:
    # Start one unit earlier so the label of the unit cut by the left edge is still known.
    if level.name in ("day", "week"):
        return first.replace(day=1)
    return first.replace(month=1, day=1)
