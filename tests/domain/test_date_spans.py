"""Date spans: every written form of a span, how it reads, and what is refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision, parse_fuzzy_date

TODAY = date(2026, 11, 23)
D, M, Q, Y = Precision.DAY, Precision.MONTH, Precision.QUARTER, Precision.YEAR


def span(a: str, pa: Precision, b: str, pb: Precision, inferred: bool = False) -> FuzzyDate:
    start = FuzzyDate(date.fromisoformat(a), pa, inferred)
    return start.spanning(FuzzyDate(date.fromisoformat(b), pb, inferred))


SCO_MOSCOW = span("2025-11-17", D, "2025-11-18", D)
COMMISSION = span("2025-11-25", D, "2025-11-27", D)

WRITTEN = [
    ("17–18 Nov 2025", SCO_MOSCOW, "17–18 Nov 2025"),
    ("17-18 Nov 2025", SCO_MOSCOW, "17–18 Nov 2025"),
    ("17 - 18 November 2025", SCO_MOSCOW, "17–18 Nov 2025"),
    ("Nov 25-27, 2025", COMMISSION, "25–27 Nov 2025"),
    ("25–27 November 2025", COMMISSION, "25–27 Nov 2025"),
    ("25 Nov – 2 Dec 2025", span("2025-11-25", D, "2025-12-02", D), "25 Nov – 2 Dec 2025"),
    ("June–August 2025", span("2025-06-01", M, "2025-08-01", M), "Jun–Aug 2025"),
    ("2024–2025", span("2024-01-01", Y, "2025-01-01", Y), "2024–2025"),
    ("from 17 to 18 November 2025", SCO_MOSCOW, "17–18 Nov 2025"),
    ("between 17 and 18 November 2025", SCO_MOSCOW, "17–18 Nov 2025"),
    ("2025-11-17/2025-11-18", SCO_MOSCOW, "17–18 Nov 2025"),
    ("Q1–Q2 2026", span("2026-01-01", Q, "2026-04-01", Q), "Q1–Q2 2026"),
    ("Dec 2024 – Feb 2025", span("2024-12-01", M, "2025-02-01", M), "Dec 2024 – Feb 2025"),
    (
        "30 Dec 2025 – 2 Jan 2026",
        span("2025-12-30", D, "2026-01-02", D),
        "30 Dec 2025 – 2 Jan 2026",
    ),
    ("Sep 2025 – 15 Oct 2025", span("2025-09-01", M, "2025-10-15", D), "Sep 2025 – 15 Oct 2025"),
]


@pytest.mark.parametrize(("typed", "expected", "shown"), WRITTEN)
def test_a_span_is_read_from_every_usual_form_and_reads_naturally(typed, expected, shown):
    value = parse_fuzzy_date(typed, TODAY)
    assert value == expected
    assert value.display() == shown
    assert value.is_span and not value.inferred


def test_a_span_without_a_year_is_inferred_against_the_reference_day():
    value = parse_fuzzy_date("November 17 to 18", TODAY)
    assert value == span("2026-11-17", D, "2026-11-18", D, inferred=True)
    assert value.explain() == "17–18 Nov 2026 · span of days, inferred"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("18-17 Nov 2025", "cannot come before its start"),
        ("2 Sep 2025 – 1 Sep 2025", "cannot come before its start"),
        ("2025–2024", "cannot come before its start"),
        ("Nov 2025 – 3 Nov 2025", "cannot come before its start"),
        ("17 - ", "Cannot read"),
        ("31–32 Jan 2025", "Cannot read"),
    ],
)
def test_a_span_that_ends_before_it_starts_or_cannot_be_read_is_refused(typed, message):
    with pytest.raises(ValidationError, match=message):
        parse_fuzzy_date(typed, TODAY)


def test_a_span_covers_from_its_first_to_its_last_day_and_sorts_by_its_start():
    months = parse_fuzzy_date("June–August 2025", TODAY)
    assert months.start == date(2025, 6, 1) and months.end == date(2025, 8, 31)
    assert months.head == FuzzyDate(date(2025, 6, 1), M)
    assert months.sort_key() == months.head.sort_key()
    assert months.overlaps(date(2025, 8, 31), None)
    assert not months.overlaps(date(2025, 9, 1), None)
    assert months.overlaps(None, date(2025, 6, 1))


def test_a_span_from_a_day_to_the_same_day_is_that_day():
    assert parse_fuzzy_date("17–17 Nov 2025", TODAY) == FuzzyDate(date(2025, 11, 17), D)


def test_iso_keeps_the_start_and_iso_span_gives_both_ends():
    assert SCO_MOSCOW.iso() == "2025-11-17"
    assert SCO_MOSCOW.iso_span() == "2025-11-17/2025-11-18"
    assert FuzzyDate.from_iso(SCO_MOSCOW.iso_span()) == SCO_MOSCOW


@st.composite
def spans(draw) -> FuzzyDate:
    precision = draw(st.sampled_from(list(Precision)))
    year = draw(st.integers(1900, 2100))
    first = {D: (1, 1), M: (1, 1), Q: (1, 1), Y: (1, 1)}[precision]
    start = FuzzyDate(date(year, *first), precision)
    later = draw(st.integers(1, 5))
    end = FuzzyDate(date(year + later, 1, 1), draw(st.sampled_from(list(Precision))))
    return start.spanning(end)


@given(spans())
def test_every_span_survives_its_stored_parts_and_its_iso_and_display_forms(value):
    assert FuzzyDate.from_parts(*value.parts()) == value
    assert FuzzyDate.from_iso(value.iso_span()) == value
    assert parse_fuzzy_date(value.display(), TODAY) == value
