"""Dates and lateness read in the window's language, and what a date field shows reads
back as the same date, in English, Russian and Urdu."""

from __future__ import annotations

import datetime as dt

import pytest

from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date
from pakru_desktop.domain.overdue import Lateness
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.date_words import (
    explained_date,
    how_long_words,
    lateness_heading,
    lateness_reason,
    shown_date,
)
from pakru_desktop.gui.i18n import install_language

TODAY = dt.date(2025, 9, 2)
DATES = [
    *(FuzzyDate.of_day(dt.date(2025, month, 17)) for month in range(1, 13)),
    parse_fuzzy_date("Nov 2025", TODAY),
    parse_fuzzy_date("Q3 2025", TODAY),
    parse_fuzzy_date("17-18 Nov 2025", TODAY),
    parse_fuzzy_date("25 Nov - 2 Dec 2025", TODAY),
    parse_fuzzy_date("June-August 2025", TODAY),
]


@pytest.fixture
def language(qapp):
    yield lambda code: install_language(code, qapp)
    install_language("en", qapp)


def test_english_dates_are_the_domains_own(language):
    language("en")
    assert [shown_date(d) for d in DATES[:2]] == ["17 Jan 2025", "17 Feb 2025"]
    assert explained_date(DATES[0]) == "17 Jan 2025 · day"
    assert explained_date(parse_fuzzy_date("last year", TODAY)) == "2024 · year, inferred"
    assert explained_date(DATES[14]) == "17–18 Nov 2025 · span of days"


@pytest.mark.parametrize("code", ["ru", "ur"])
def test_every_date_shown_in_a_language_reads_back_as_itself(language, code):
    language(code)
    for date in DATES:
        shown = shown_date(date)
        assert not any(c.isascii() and c.isalpha() for c in shown.replace("Q", "")), shown
        again = parse_fuzzy_date(shown, TODAY)
        assert (again.start, again.precision, again.until) == (
            date.start, date.precision, date.until
        ), shown  # fmt: skip


def test_lateness_is_worded_with_plural_units(language):
    language("en")
    assert [how_long_words(d) for d in (1, 3, 20, 120, 800)] == [
        "1 day", "3 days", "2 weeks", "4 months", "2 years"
    ]  # fmt: skip
    late = Lateness(Kind.PROJECT, "under-way", parse_fuzzy_date("Q1 2025", TODAY), 150)
    assert lateness_heading(late) == "5 months overdue"
    assert lateness_reason(late) == (
        "Due Q1 2025 (by 31 Mar 2025); still under way 5 months later. Record a follow-up "
        "with what became of it."
    )
    event = Lateness(Kind.EVENT, "scheduled", FuzzyDate.of_day(dt.date(2025, 8, 1)), 32)
    assert lateness_heading(event) == "4 weeks unconfirmed"
    language("ru")
    assert lateness_reason(late) != "" and "Due" not in lateness_reason(late)
    assert how_long_words(2) != how_long_words(5)  # два дня, пять дней
