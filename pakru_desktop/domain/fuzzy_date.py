"""Dates known only to a day, month, quarter or year, and the parser for what people type.

News rarely gives an exact day: "in November", "last year", "Q1 2026". A ``FuzzyDate`` keeps
the earliest day of the span together with its precision, so nothing finer than what was
said is ever stored. Phrases resolved against a reference day ("Tuesday", "last year") are
marked ``inferred`` so the user can see that the app, not the source, chose the year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from dateutil.parser import parserinfo
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from pakru_desktop.domain.errors import ValidationError

MIN_YEAR = 1000
MAX_YEAR = 9999

# Fixed English abbreviations: strftime("%b") follows the process locale.
_MONTH_ABBREVS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
# dateutil's English tables know "Sep", "Sept", "September", "Tue", "Tuesday", ...
_NAMES = parserinfo()
_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)  # indexed like date.weekday()
_QUARTER_NUMBERS = {
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
# (pattern, group holding the quarter, group holding the year)
_QUARTER_FORMS = (
    (r"q([1-4]),? ([0-9]+)", 1, 2),
    (r"([0-9]+)[ -]q([1-4])", 2, 1),
    (r"(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?,? ([0-9]+)", 1, 2),
)
_HINT = "try 2 Sep 2025, Sep 2024, Q1 2026 or 2024"
_QUOTE_LIMIT = 60


class Precision(StrEnum):
    """How much of a date is known; the value is stored and shown in previews."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


# Spans in months, used both for ``end`` and for "last/next quarter" arithmetic.
_SPAN_MONTHS = {Precision.MONTH: 1, Precision.QUARTER: 3, Precision.YEAR: 12}
_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.QUARTER: 2, Precision.YEAR: 3}


@dataclass(frozen=True)
class FuzzyDate:
    """A span of days given by its first day and precision; ``inferred`` marks relative input."""

    start: date
    precision: Precision
    inferred: bool = False

    def __post_init__(self) -> None:
        """Reject starts that are not the first day of their span, so equal spans compare equal."""
        if isinstance(self.start, datetime) or not isinstance(self.start, date):
            raise ValidationError(f"A fuzzy date must start on a calendar day, not {self.start!r}.")
        if not isinstance(self.precision, Precision):
            raise ValidationError(f"Unknown date precision {self.precision!r}.")
        if not MIN_YEAR <= self.start.year <= MAX_YEAR:
            raise ValidationError(
                f"Year {self.start.year} is outside the supported {MIN_YEAR} to {MAX_YEAR}."
            )
        start, precision = self.start, self.precision
        aligned = precision is Precision.DAY or (
            start.day == 1 and (start.month - 1) % _SPAN_MONTHS[precision] == 0
        )
        if not aligned:
            raise ValidationError(
                f"{start.isoformat()} is not the first day of a {precision.value}."
            )

    @property
    def end(self) -> date:
        """The latest day covered by the span, inclusive."""
        if self.precision is Precision.DAY:
            return self.start
        last_month = self.start.month + _SPAN_MONTHS[self.precision] - 1
        last_day = calendar.monthrange(self.start.year, last_month)[1]
        return date(self.start.year, last_month, last_day)

    @property
    def _quarter(self) -> int:
        return (self.start.month - 1) // 3 + 1

    def iso(self) -> str:
        """Machine form: ``2025-09-02``, ``2024-09``, ``2026-Q1`` or ``2024``."""
        year = f"{self.start.year:04d}"
        match self.precision:
            case Precision.DAY:
                return self.start.isoformat()
            case Precision.MONTH:
                return f"{year}-{self.start.month:02d}"
            case Precision.QUARTER:
                return f"{year}-Q{self._quarter}"
        return year

    def display(self) -> str:
        """Reading form: ``2 Sep 2025``, ``Sep 2024``, ``Q1 2026`` or ``2024``."""
        month = _MONTH_ABBREVS[self.start.month - 1]
        match self.precision:
            case Precision.DAY:
                return f"{self.start.day} {month} {self.start.year}"
            case Precision.MONTH:
                return f"{month} {self.start.year}"
            case Precision.QUARTER:
                return f"Q{self._quarter} {self.start.year}"
        return str(self.start.year)

    def explain(self) -> str:
        """Preview for a form field, e.g. ``2 Sep 2025 · day`` or ``2025 · year, inferred``."""
        suffix = ", inferred" if self.inferred else ""
        return f"{self.display()} · {self.precision.value}{suffix}"

    @classmethod
    def from_iso(cls, text: str, inferred: bool = False) -> FuzzyDate:
        """Read exactly what ``iso()`` writes; anything else is a ``ValidationError``."""
        shown = _quote(text)
        if not isinstance(text, str) or not text.isascii():
            raise ValidationError(f"{shown} is not a stored date such as 2025-09-02 or 2026-Q1.")
        if m := re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", text):
            parts = (int(m[1]), int(m[2]), int(m[3]), Precision.DAY)
        elif m := re.fullmatch(r"([0-9]{4})-([0-9]{2})", text):
            parts = (int(m[1]), int(m[2]), 1, Precision.MONTH)
        elif m := re.fullmatch(r"([0-9]{4})-Q([1-4])", text):
            parts = (int(m[1]), int(m[2]) * 3 - 2, 1, Precision.QUARTER)
        elif m := re.fullmatch(r"[0-9]{4}", text):
            parts = (int(text), 1, 1, Precision.YEAR)
        else:
            raise ValidationError(f"{shown} is not a stored date such as 2025-09-02 or 2026-Q1.")
        year, month, day, precision = parts
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError(f"{shown} is outside the years {MIN_YEAR} to {MAX_YEAR}.")
        try:
            return cls(date(year, month, day), precision, inferred)
        except ValueError:
            raise ValidationError(f"{shown} is not a real calendar date.") from None

    @classmethod
    def of_day(cls, day: date, inferred: bool = False) -> FuzzyDate:
        """A day-precision date."""
        return cls(day, Precision.DAY, inferred)

    def sort_key(self) -> tuple[date, int]:
        """Order by earliest day, then finer precision first (2025-01-01 before Jan 2025)."""
        return (self.start, _RANK[self.precision])


def _quote(text: object) -> str:
    """The user's input in quotes for a message, shortened so the sentence stays readable."""
    shown = str(text)
    if len(shown) > _QUOTE_LIMIT:
        shown = shown[: _QUOTE_LIMIT - 1] + "…"
    return f"'{shown}'"


def _unreadable(text: str) -> ValidationError:
    return ValidationError(f"Cannot read {_quote(text)} as a date; {_HINT}.")


def _build(
    text: str, year: int, month: int, day: int, precision: Precision, inferred: bool
) -> FuzzyDate:
    """Make the result, turning out-of-range years and impossible days into sentences."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            f"Cannot read {_quote(text)} as a date: years must be from {MIN_YEAR} to {MAX_YEAR}."
        )
    if not 1 <= month <= 12:
        raise _unreadable(text)
    try:
        start = date(year, month, day)
    except ValueError:
        raise ValidationError(
            f"Cannot read {_quote(text)} as a date: "
            f"{_MONTH_ABBREVS[month - 1]} {year} has no day {day}."
        ) from None
    return FuzzyDate(start, precision, inferred)


def _year(digits: str) -> int:
    # Checking the length first keeps int() away from thousand-digit inputs.
    if len(digits) != 4:
        return 0 if len(digits) < 4 else MAX_YEAR + 1  # out of range either way; _build says so
    return int(digits)


def _month(word: str) -> int | None:
    return _NAMES.month(word) if word.isalpha() else None


def _relative_day(phrase: str, reference: date) -> date | None:
    """The day named by "today", "yesterday", "tomorrow" or a weekday, else ``None``."""
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if phrase in offsets:
        return reference + timedelta(days=offsets[phrase])
    which, _, name = phrase.rpartition(" ")
    if which not in ("", "last", "next"):
        return None
    weekday = _NAMES.weekday(name) if name.isalpha() else None
    if weekday is None:
        return None
    if which == "last":
        # "Last Tuesday" said on a Tuesday means a week ago, never today.
        return reference + relativedelta(days=-1, weekday=_WEEKDAYS[weekday](-1))
    if which == "next":
        return reference + relativedelta(days=+1, weekday=_WEEKDAYS[weekday](+1))
    # News reports what has happened, so a bare weekday is the latest one so far.
    return reference + relativedelta(weekday=_WEEKDAYS[weekday](-1))


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    """Move a (year, month) by whole months without building dates that could overflow."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def parse_fuzzy_date(text: str, reference: date) -> FuzzyDate:
    """Read a typed date such as ``2 Sep 2025``, ``Q1 2026`` or ``last year``.

    Relative phrases resolve against ``reference`` (usually the report's date) and come back
    ``inferred``. Anything not understood raises ``ValidationError`` quoting the input.
    """
    shown = text.strip() if isinstance(text, str) else ""
    if not shown:
        raise ValidationError("A date is required.")
    if not shown.isascii():
        raise _unreadable(shown)
    s = re.sub(r"\s+", " ", shown.lower().removesuffix(".").strip())
    s = re.sub(r" ?, ?", ", ", s)
    s = re.sub(r"^(?:on|in) ", "", s)

    def full(pattern: str) -> re.Match[str] | None:
        return re.fullmatch(pattern, s, re.ASCII)

    def make(y: int, mo: int, d: int, p: Precision, inferred: bool = False) -> FuzzyDate:
        return _build(shown, y, mo, d, p, inferred)

    day_re = r"([0-9]{1,2})(?:st|nd|rd|th)?"
    if full(r"[0-9]+(?:[/.][0-9]+)+|[0-9]{1,2}-[0-9]{1,2}-[0-9]+"):
        raise ValidationError(
            f"Cannot read {_quote(shown)} as a date because day and month order is ambiguous; "
            "write it as year-month-day, e.g. 2025-09-02."
        )
    if m := full(r"([0-9]+)-([0-9]{1,2})-([0-9]{1,2})"):
        return make(_year(m[1]), int(m[2]), int(m[3]), Precision.DAY)
    if m := full(r"([0-9]+)-([0-9]{1,2})"):
        return make(_year(m[1]), int(m[2]), 1, Precision.MONTH)
    for pattern, q_group, y_group in _QUARTER_FORMS:
        if m := full(pattern):
            q = _QUARTER_NUMBERS[m[q_group]]
            return make(_year(m[y_group]), q * 3 - 2, 1, Precision.QUARTER)
    if full(r"[0-9]+"):
        return make(_year(s), 1, 1, Precision.YEAR)
    try:
        day = _relative_day(s, reference)
    except OverflowError:
        day = date.min  # beyond the calendar: make() rejects the year with a sentence
    if day is not None:
        return make(day.year, day.month, day.day, Precision.DAY, True)
    if m := full(r"(this|last|next) (month|quarter|year)"):
        step = {"this": 0, "last": -1, "next": 1}[m[1]]
        precision = Precision(m[2])
        span = _SPAN_MONTHS[precision]
        first = reference.month - (reference.month - 1) % span
        y, mo = _shift(reference.year, first, step * span)
        return make(y, mo, 1, precision, True)
    if month := _month(s):
        return make(reference.year, month, 1, Precision.MONTH, True)
    if (m := full(r"([a-z]+),? ([0-9]{3,})")) and (month := _month(m[1])):
        return make(_year(m[2]), month, 1, Precision.MONTH)
    if (m := full(day_re + r" ([a-z]+),? ([0-9]+)")) and (month := _month(m[2])):
        return make(_year(m[3]), month, int(m[1]), Precision.DAY)
    if (m := full(r"([a-z]+) " + day_re + r",? ([0-9]+)")) and (month := _month(m[1])):
        return make(_year(m[3]), month, int(m[2]), Precision.DAY)
    if (m := full(day_re + r" ([a-z]+)")) and (month := _month(m[2])):
        return make(reference.year, month, int(m[1]), Precision.DAY, True)
    if (m := full(r"([a-z]+) " + day_re)) and (month := _month(m[1])):
        return make(reference.year, month, int(m[2]), Precision.DAY, True)
    raise _unreadable(shown)
