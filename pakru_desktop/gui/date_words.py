"""Dates and lateness in the window's language: ``17 нояб. 2025``, ``17 نومبر 2025``,
"4 месяца просрочено".

The domain writes dates with English month names for files and the command line;
the window passes its language's month names (Qt's, for the locale set by ``i18n``)
and words precision and lateness through the translation system. What the window shows
in a date field it also reads back (``domain.month_names``), so an untouched field
still equals its stored date.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.overdue import Lateness, how_long_parts
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.vocabulary_names import status_name

translate = QCoreApplication.translate

_PRECISIONS = {
    Precision.DAY: QT_TRANSLATE_NOOP("DateWords", "day"),
    Precision.MONTH: QT_TRANSLATE_NOOP("DateWords", "month"),
    Precision.QUARTER: QT_TRANSLATE_NOOP("DateWords", "quarter"),
    Precision.YEAR: QT_TRANSLATE_NOOP("DateWords", "year"),
}
_SPANS = {
    Precision.DAY: QT_TRANSLATE_NOOP("DateWords", "span of days"),
    Precision.MONTH: QT_TRANSLATE_NOOP("DateWords", "span of months"),
    Precision.QUARTER: QT_TRANSLATE_NOOP("DateWords", "span of quarters"),
    Precision.YEAR: QT_TRANSLATE_NOOP("DateWords", "span of years"),
}


@cache
def _months(locale_name: str) -> tuple[str, ...] | None:
    if locale_name.startswith("en"):
        return None  # the domain's own "Sep" (Qt's British English says "Sept")
    locale = QLocale(locale_name)
    return tuple(locale.monthName(m, QLocale.FormatType.ShortFormat).strip() for m in range(1, 13))


def month_names() -> tuple[str, ...] | None:
    """The twelve short month names of the window's language (None: English)."""
    return _months(QLocale().name())


def shown_date(date: FuzzyDate) -> str:
    """``date`` as the window shows it: ``2 Sep 2025``, ``2 сент. 2025``, ``Q1 2026``."""
    months = month_names()
    return date.display(months) if months else date.display()


def explained_date(date: FuzzyDate) -> str:
    """``date`` with its precision, as under a date field: ``2 Sep 2025 · day``,
    ``2025 · year, inferred``, ``17–18 Nov 2025 · span of days``."""
    if date.until is None:
        kind = translate("DateWords", _PRECISIONS[date.precision])
    elif date.until.precision is date.precision:
        kind = translate("DateWords", _SPANS[date.precision])
    else:
        kind = translate("DateWords", "span of {first} to {last}").format(
            first=translate("DateWords", _PRECISIONS[date.precision]),
            last=translate("DateWords", _PRECISIONS[date.until.precision]),
        )
    if date.inferred:
        return translate("DateWords", "{date} · {kind}, inferred").format(
            date=shown_date(date), kind=kind
        )
    return translate("DateWords", "{date} · {kind}").format(date=shown_date(date), kind=kind)


def how_long_words(days: int) -> str:
    """A span of days as people say it: "1 day", "3 weeks", "4 months", "2 years"."""
    count, unit = how_long_parts(days)
    words = {
        "day": translate("DateWords", "%n day(s)", None, count),
        "week": translate("DateWords", "%n week(s)", None, count),
        "month": translate("DateWords", "%n month(s)", None, count),
        "year": translate("DateWords", "%n year(s)", None, count),
    }
    return words[unit]


def lateness_phrase(late: Lateness) -> str:
    """ "4 months overdue"; for an event, "3 weeks unconfirmed"."""
    span = how_long_words(late.days)
    if late.kind is Kind.EVENT:
        return translate("DateWords", "{span} unconfirmed").format(span=span)
    return translate("DateWords", "{span} overdue").format(span=span)


def lateness_heading(late: Lateness) -> str:
    """``lateness_phrase`` starting with a capital, as a note's first words."""
    phrase = lateness_phrase(late)
    return phrase[:1].upper() + phrase[1:]


def lateness_reason(late: Lateness) -> str:
    """A sentence for the detail pane: what was due when, and what it is still."""
    span = how_long_words(late.days)
    due = shown_date(late.against)
    if late.kind is Kind.EVENT:
        return translate(
            "DateWords",
            "Scheduled for {date}, {span} ago, and no follow-up says it took place: confirm "
            "it, or record it as postponed or cancelled.",
        ).format(date=due, span=span)
    last = shown_date(FuzzyDate.of_day(late.against.end))
    status = status_name(late.kind, late.status)
    if last == due:
        return translate(
            "DateWords",
            "Due {date}; still {status} {span} later. Record a follow-up with what became of it.",
        ).format(date=due, status=status, span=span)
    return translate(
        "DateWords",
        "Due {date} (by {last}); still {status} {span} later. Record a follow-up with what "
        "became of it.",
    ).format(date=due, last=last, status=status, span=span)
