"""Dates known only to a day, month, quarter or year, and the parser for what people type.

News rarely gives an exact day: "in November", "last year", "Q1 2026". A ``FuzzyDate`` keeps
the earliest day of the span together with its precision, so nothing finer than what was
said is ever stored. Phrases resolved against a reference day ("Tuesday", "last year") are
marked ``inferred`` so the user can see that the app, not the source, chose the year.

A date may also run from one fuzzy date to another ("17–18 Nov 2025", "June–August 2025"):
the start keeps its own fields and ``until`` holds the end, each with its own precision.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from pakru_desktop.domain.errors import Sentence, ValidationError, sentence
from pakru_desktop.domain.month_names import in_english
from pakru_desktop.domain.quoting import quoted

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


@cache
def _names() -> Any:
    """dateutil's English tables: "Sep", "Sept", "September", "Tue", "Tuesday", ...

    Made on first use: importing ``dateutil.parser`` (and its time zones) costs a third of
    a quick ``pakru add-event``, whose ISO date never needs a month name.
    """
    from dateutil.parser import parserinfo

    return parserinfo()


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


class Precision(StrEnum):
    """How much of a date is known; the value is stored and shown in previews."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def word(self) -> Sentence:
        """The precision as a word of a sentence (translatable, unlike the stored value)."""
        return _PRECISION_WORDS[self]


_PRECISION_WORDS = {
    Precision.DAY: sentence("day"),
    Precision.MONTH: sentence("month"),
    Precision.QUARTER: sentence("quarter"),
    Precision.YEAR: sentence("year"),
}
# The months as words of an error's sentence: _MONTH_ABBREVS, translatable.
_MONTH_WORDS = (
    sentence("Jan"),
    sentence("Feb"),
    sentence("Mar"),
    sentence("Apr"),
    sentence("May"),
    sentence("Jun"),
    sentence("Jul"),
    sentence("Aug"),
    sentence("Sep"),
    sentence("Oct"),
    sentence("Nov"),
    sentence("Dec"),
)


# Spans in months, used both for ``end`` and for "last/next quarter" arithmetic.
_SPAN_MONTHS = {Precision.MONTH: 1, Precision.QUARTER: 3, Precision.YEAR: 12}
_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.QUARTER: 2, Precision.YEAR: 3}


@dataclass(frozen=True)
class FuzzyDate:
    """A span of days given by its first day and precision; ``inferred`` marks relative input.

    ``until`` makes it run on to another fuzzy date (its end); ``inferred`` covers both.
    """

    start: date
    precision: Precision
    inferred: bool = False
    until: FuzzyDate | None = None

    def __post_init__(self) -> None:
        """Reject starts that are not the first day of their span, so equal spans compare equal."""
        self._check_start()
        until = self.until
        if until is None:
            return
        if not isinstance(until, FuzzyDate) or until.until is not None:
            raise ValidationError(sentence("The end of a date span must be a single date."))
        head = self.head
        if until.end < head.end:
            raise ValidationError(
                sentence(
                    "The end of a span ({end}) cannot come before its start ({start}).",
                    end=until.display(),
                    start=head.display(),
                )
            )
        # Frozen, so normalise through object.__setattr__: "17–17 Nov" is simply 17 Nov, and
        # the end's inferred flag always equals the span's.
        if (until.start, until.precision) == (self.start, self.precision):
            object.__setattr__(self, "until", None)
        elif until.inferred != self.inferred:
            object.__setattr__(self, "until", replace(until, inferred=self.inferred))

    def _check_start(self) -> None:
        if isinstance(self.start, datetime) or not isinstance(self.start, date):
            raise ValidationError(
                sentence(
                    "A fuzzy date must start on a calendar day, not {start}.",
                    start=repr(self.start),
                )
            )
        if not isinstance(self.precision, Precision):
            raise ValidationError(
                sentence("Unknown date precision {precision}.", precision=repr(self.precision))
            )
        if not MIN_YEAR <= self.start.year <= MAX_YEAR:
            raise ValidationError(
                sentence(
                    "Year {year} is outside the supported {min_year} to {max_year}.",
                    year=self.start.year,
                    min_year=MIN_YEAR,
                    max_year=MAX_YEAR,
                )
            )
        start, precision = self.start, self.precision
        aligned = precision is Precision.DAY or (
            start.day == 1 and (start.month - 1) % _SPAN_MONTHS[precision] == 0
        )
        if not aligned:
            raise ValidationError(
                sentence(
                    "{start} is not the first day of a {precision}.",
                    start=start.isoformat(),
                    precision=precision.word,
                )
            )

    @property
    def head(self) -> FuzzyDate:
        """The start alone: this date without its ``until``."""
        return self if self.until is None else replace(self, until=None)

    @property
    def is_span(self) -> bool:
        """True when the date runs from its start to another date."""
        return self.until is not None

    @property
    def end(self) -> date:
        """The latest day covered, inclusive (a span's: the last day of its end)."""
        if self.until is not None:
            return self.until.end
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

    def iso_span(self) -> str:
        """``iso()``, or a span's two ends joined by ``/`` as in ISO 8601 (``2025-11-17/…``)."""
        return self.iso() if self.until is None else f"{self.iso()}/{self.until.iso()}"

    def display(self, months: Sequence[str] = _MONTH_ABBREVS) -> str:
        """Reading form: ``2 Sep 2025``, ``Sep 2024``, ``Q1 2026``, ``2024``, ``17–18 Nov 2025``.

        ``months`` names the twelve months (English abbreviations unless given: the window
        passes those of its language; files and the command line keep English).
        """
        if self.until is not None:
            return _display_span(self.head, self.until, months)
        month = months[self.start.month - 1]
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
        kind = self.precision.value
        if self.until is not None:
            end = self.until.precision.value
            kind = f"{kind}s" if end == kind else f"{kind} to {end}"
            kind = f"span of {kind}"
        return f"{self.display()} · {kind}{suffix}"

    @classmethod
    def from_iso(cls, text: str, inferred: bool = False) -> FuzzyDate:
        """Read exactly what ``iso()`` or ``iso_span()`` writes; else a ``ValidationError``."""
        shown = quoted(text)
        if isinstance(text, str) and text.count("/") == 1:
            first, _, last = text.partition("/")
            return cls.from_iso(first, inferred).spanning(cls.from_iso(last, inferred))
        if not isinstance(text, str) or not text.isascii():
            raise _not_stored(shown)
        if m := re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", text):
            parts = (int(m[1]), int(m[2]), int(m[3]), Precision.DAY)
        elif m := re.fullmatch(r"([0-9]{4})-([0-9]{2})", text):
            parts = (int(m[1]), int(m[2]), 1, Precision.MONTH)
        elif m := re.fullmatch(r"([0-9]{4})-Q([1-4])", text):
            parts = (int(m[1]), int(m[2]) * 3 - 2, 1, Precision.QUARTER)
        elif m := re.fullmatch(r"[0-9]{4}", text):
            parts = (int(text), 1, 1, Precision.YEAR)
        else:
            raise _not_stored(shown)
        year, month, day, precision = parts
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError(
                sentence(
                    "{text} is outside the years {min_year} to {max_year}.",
                    text=shown,
                    min_year=MIN_YEAR,
                    max_year=MAX_YEAR,
                )
            )
        try:
            return cls(date(year, month, day), precision, inferred)
        except ValueError:
            raise ValidationError(
                sentence("{text} is not a real calendar date.", text=shown)
            ) from None

    @classmethod
    def of_day(cls, day: date, inferred: bool = False) -> FuzzyDate:
        """A day-precision date."""
        return cls(day, Precision.DAY, inferred)

    @classmethod
    def from_parts(
        cls,
        start: date | None,
        precision: str | None,
        inferred: bool | None,
        end: date | None = None,
        end_precision: str | None = None,
        _last: date | None = None,
    ) -> FuzzyDate | None:
        """A date from its stored parts (start, precision, inferred, end start, end precision).

        None when the start is absent: an optional date that is not set. A sixth part, the
        last day covered, is stored for queries and ignored here (it follows from the rest).
        """
        if start is None or precision is None:
            return None
        head = cls(start, Precision(precision), bool(inferred))
        if end is None or end_precision is None:
            return head
        return head.spanning(cls(end, Precision(end_precision), bool(inferred)))

    def parts(self) -> tuple[date, str, bool, date | None, str | None, date]:
        """The stored parts, in ``from_parts`` order, ending with the last day covered."""
        until = self.until
        return (
            self.start,
            self.precision.value,
            self.inferred,
            until.start if until else None,
            until.precision.value if until else None,
            self.end,
        )

    # The store maps a date's columns with SQLAlchemy's composite(), which asks for the parts
    # by this name; the domain itself imports nothing of SQLAlchemy.
    __composite_values__ = parts

    def spanning(self, until: FuzzyDate | None) -> FuzzyDate:
        """This date's start running on to ``until`` (None: the start alone).

        An end before the start is a ``ValidationError``.
        """
        inferred = self.inferred or bool(until and until.inferred)
        return FuzzyDate(self.start, self.precision, inferred, until)

    def overlaps(self, first: date | None, last: date | None) -> bool:
        """True if any day of this date falls within ``first``…``last`` (None: open-ended)."""
        return (first is None or self.end >= first) and (last is None or self.start <= last)

    def sort_key(self) -> tuple[date, int]:
        """Order by earliest day, then finer precision first (2025-01-01 before Jan 2025)."""
        return (self.start, _RANK[self.precision])


def _display_span(head: FuzzyDate, until: FuzzyDate, months: Sequence[str]) -> str:
    """``17–18 Nov 2025``, ``25 Nov – 2 Dec 2025``, ``Jun–Aug 2025``, ``2024–2025`` …"""
    same = {head.precision, until.precision}
    same_year = head.start.year == until.start.year
    end = until.display(months)
    if same == {Precision.DAY} and same_year:
        if head.start.month == until.start.month:
            return f"{head.start.day}–{end}"
        return f"{head.start.day} {months[head.start.month - 1]} – {end}"
    if same == {Precision.MONTH} and same_year:
        return f"{months[head.start.month - 1]}–{end}"
    if same == {Precision.QUARTER} and same_year:
        return f"Q{head._quarter}–{end}"
    if same == {Precision.YEAR}:
        return f"{head.display(months)}–{end}"
    return f"{head.display(months)} – {end}"


def _not_stored(shown: str) -> ValidationError:
    return ValidationError(
        sentence("{text} is not a stored date such as 2025-09-02 or 2026-Q1.", text=shown)
    )


def _unreadable(text: str) -> ValidationError:
    return ValidationError(
        sentence(
            "Cannot read {text} as a date; try 2 Sep 2025, Sep 2024, Q1 2026, 2024 or "
            "17–18 Nov 2025.",
            text=quoted(text),
        )
    )


def _build(
    text: str, year: int, month: int, day: int, precision: Precision, inferred: bool
) -> FuzzyDate:
    """Make the result, turning out-of-range years and impossible days into sentences."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            sentence(
                "Cannot read {text} as a date: years must be from {min_year} to {max_year}.",
                text=quoted(text),
                min_year=MIN_YEAR,
                max_year=MAX_YEAR,
            )
        )
    if not 1 <= month <= 12:
        raise _unreadable(text)
    try:
        start = date(year, month, day)
    except ValueError:
        raise ValidationError(
            sentence(
                "Cannot read {text} as a date: {month} {year} has no day {day}.",
                text=quoted(text),
                month=_MONTH_WORDS[month - 1],
                year=year,
                day=day,
            )
        ) from None
    return FuzzyDate(start, precision, inferred)


def _year(digits: str) -> int:
    # Checking the length first keeps int() away from thousand-digit inputs.
    if len(digits) != 4:
        return 0 if len(digits) < 4 else MAX_YEAR + 1  # out of range either way; _build says so
    return int(digits)


def _month(word: str) -> int | None:
    return _names().month(word) if word.isalpha() else None


def _relative_day(phrase: str, reference: date) -> date | None:
    """The day named by "today", "yesterday", "tomorrow" or a weekday, else ``None``."""
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if phrase in offsets:
        return reference + timedelta(days=offsets[phrase])
    which, _, name = phrase.rpartition(" ")
    if which not in ("", "last", "next"):
        return None
    weekday = _names().weekday(name) if name.isalpha() else None
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


# Dashes people type between the ends of a span: en and em dash, minus, figure dash …
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
# Where a span may be split: "17-18", "June – August", "17 to 18", "…/…", "between … and …".
_SPAN_SEPARATOR = re.compile(r" ?(?:-|/) ?| (?:to|until|till|through|and) ", re.ASCII)
_BARE_DAY = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?(?:,? ([0-9]{3,}))?", re.ASCII)


def parse_fuzzy_date(text: str, reference: date) -> FuzzyDate:
    """Read a typed date such as ``2 Sep 2025``, ``Q1 2026``, ``last year`` or ``17–18 Nov 2025``
    (month names in Russian and Urdu too: ``17 ноября 2025``, ``17 نومبر 2025``).

    Relative phrases resolve against ``reference`` (usually the report's date) and come back
    ``inferred``. A span ("17–18 Nov 2025", "June–August 2025", "2024–2025", "from 17 to 18
    November 2025", "2025-11-17/2025-11-18") gives a date with ``until``; missing parts of its
    start (year, month) are taken from its end. Anything not understood raises
    ``ValidationError`` quoting the input.
    """
    shown = text.strip() if isinstance(text, str) else ""
    if not shown:
        raise ValidationError(sentence("A date is required."))
    typed = _DASHES.sub("-", in_english(shown))
    if not typed.isascii():
        raise _unreadable(shown)
    try:
        return _parse_single(typed, reference, shown)
    except ValidationError as single_error:
        span = _parse_span(typed, reference, shown)
        if span is None:
            raise single_error from None
        return span


def _parse_span(typed: str, reference: date, shown: str) -> FuzzyDate | None:
    """The span written in ``typed``, or None when no split reads as two dates."""
    s = re.sub(r"\s+", " ", typed.lower().removesuffix(".").strip())
    s = re.sub(r"^(?:from|between) ", "", s)
    for separator in _SPAN_SEPARATOR.finditer(s):
        left, right = s[: separator.start()].strip(), s[separator.end() :].strip()
        if not left or not right:
            continue
        ends = _span_ends(left, right, reference, shown)
        if ends is not None:
            first, last = ends
            return first.spanning(last)  # refuses an end before the start, with a sentence
    return None


def _first_month_word(text: str) -> str | None:
    return next((w for w in re.findall(r"[a-z]+", text) if _month(w)), None)


def _span_ends(
    left: str, right: str, reference: date, shown: str
) -> tuple[FuzzyDate, FuzzyDate] | None:
    """Both ends of a span split into ``left`` and ``right``, completing one from the other."""

    def single(text: str) -> FuzzyDate | None:
        try:
            return _parse_single(text, reference, shown)
        except ValidationError:
            return None

    # "Nov 25-27, 2025", "November 17 to 18": the end is a bare day in the start's month.
    bare = _BARE_DAY.fullmatch(right)
    month_word = _first_month_word(left)
    if bare and month_word:
        right = f"{bare[1]} {month_word}" + (f" {bare[2]}" if bare[2] else "")
        if bare[2] and not re.search(r"[0-9]{3,}", left):
            left = f"{left} {bare[2]}"
    last = single(right)
    if last is None or last.is_span:
        return None
    candidates = [left]
    if not re.search(r"[0-9]{3,}", left) and not last.inferred:
        year = str(last.start.year)
        if _BARE_DAY.fullmatch(left) and last.precision is Precision.DAY:
            # "17-18 Nov 2025": the start is a day of the end's month.
            candidates.insert(0, f"{left} {_MONTH_ABBREVS[last.start.month - 1]} {year}")
        candidates.insert(0, f"{left} {year}")
    elif _BARE_DAY.fullmatch(left) and last.precision is Precision.DAY:
        candidates.insert(0, f"{left} {_MONTH_ABBREVS[last.start.month - 1]}")
    for candidate in candidates:
        first = single(candidate)
        if first is not None and not first.is_span:
            return first, last
    return None


def _parse_single(typed: str, reference: date, shown: str) -> FuzzyDate:
    """One date (no span) from ``typed``; errors quote ``shown``, what the person typed."""
    s = re.sub(r"\s+", " ", typed.lower().removesuffix(".").strip())
    s = re.sub(r" ?, ?", ", ", s)
    s = re.sub(r"^(?:on|in) ", "", s)

    def full(pattern: str) -> re.Match[str] | None:
        return re.fullmatch(pattern, s, re.ASCII)

    def make(y: int, mo: int, d: int, p: Precision, inferred: bool = False) -> FuzzyDate:
        return _build(shown, y, mo, d, p, inferred)

    day_re = r"([0-9]{1,2})(?:st|nd|rd|th)?"
    if full(r"[0-9]+(?:[/.][0-9]+)+|[0-9]{1,2}-[0-9]{1,2}-[0-9]+"):
        raise ValidationError(
            sentence(
                "Cannot read {text} as a date because day and month order is ambiguous; "
                "write it as year-month-day, e.g. 2025-09-02.",
                text=quoted(shown),
            )
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
