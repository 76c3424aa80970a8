"""Dates as news writes them, resolved against the article's day by FuzzyDate's rules."""

from __future__ import annotations

import datetime as dt

import pytest

from pakru_desktop.domain.date_mentions import find_dates

TUESDAY = dt.date(2025, 9, 2)  # a Tuesday


def dated(sentence: str, reference: dt.date = TUESDAY) -> list[tuple[str, str, bool]]:
    found = find_dates(sentence, reference)
    return [(m.written, m.date.iso_span(), m.date.inferred) for m in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A weekday is the latest such day on or before the article's.
        ("The leaders met in Beijing on Tuesday.", [("on Tuesday", "2025-09-02", True)]),
        ("Overchuk on Thursday said they were allies.", [("on Thursday", "2025-08-28", True)]),
        ("Pakistan bought Russian oil last year.", [("last year", "2024", True)]),
        ("On May 13, the two signed an agreement.", [("May 13", "2025-05-13", True)]),
        ("Output in the first quarter of 2026 will double.",
         [("the first quarter of 2026", "2026-Q1", False)]),
        ("In September 2024, Overchuk visited Pakistan.",
         [("In September 2024", "2024-09", False)]),
        ("The 2nd Sep, 2025 statement.", [("2nd Sep, 2025", "2025-09-02", False)]),
        ("Talks ran from June–August 2025.", [("June–August 2025", "2025-06/2025-08", False)]),
        ("Their last meeting was in Astana in 2024.", [("in 2024", "2024", False)]),
    ],
)  # fmt: skip
def test_written_dates_resolve_against_the_article(sentence, expected):
    assert dated(sentence) == expected


def test_a_month_without_a_year_is_past_unless_the_sentence_looks_ahead():
    assert dated("In July, the minister spoke.") == [("In July", "2025-07", True)]
    assert dated("Trade fell in November.") == [("in November", "2024-11", True)]
    assert dated("He will attend the summit in November.") == [("in November", "2025-11", True)]
    assert dated("He is looking forward to meeting him in August.") == [
        ("in August", "2026-08", True)
    ]
    july = dt.date(2025, 7, 10)
    assert dated("Putin is looking forward to meeting him in August.", july) == [
        ("in August", "2025-08", True)
    ]


def test_spans_without_a_year_take_the_article_s_year_and_tense():
    assert dated("The summit will run November 17 to 18.") == [
        ("November 17 to 18", "2025-11-17/2025-11-18", True)
    ]
    assert dated("Talks were held 25–27 August.") == [
        ("25–27 August", "2025-08-25/2025-08-27", True)
    ]


def test_words_that_only_look_like_dates_are_not_dates():
    assert dated("He may come; the Mayor of Marchwood said so in recent years.") == []
