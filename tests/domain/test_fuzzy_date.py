"""Tests for fuzzy dates: the accepted forms, the refusals, and round trips of every span."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision, parse_fuzzy_date
from pakru_desktop.domain.quoting import one_line

TUESDAY = date(2025, 9, 2)
THURSDAY = date(2025, 7, 10)

D, M, Q, Y = Precision.DAY, Precision.MONTH, Precision.QUARTER, Precision.YEAR


def fd(iso_start: str, precision: Precision, inferred: bool = False) -> FuzzyDate:
    return FuzzyDate(date.fromisoformat(iso_start), precision, inferred)


ACCEPTED = [
    # Absolute forms, never inferred.
    ("2025-09-02", TUESDAY, fd("2025-09-02", D)),
    ("2 September 2025", TUESDAY, fd("2025-09-02", D)),
    ("2nd Sep, 2025", TUESDAY, fd("2025-09-02", D)),
    ("Sep 2, 2025", TUESDAY, fd("2025-09-02", D)),
    ("September 2, 2025", TUESDAY, fd("2025-09-02", D)),
    ("2 Sep 2025", TUESDAY, fd("2025-09-02", D)),
    ("September 2024", TUESDAY, fd("2024-09-01", M)),
    ("Sep 2024", TUESDAY, fd("2024-09-01", M)),
    ("Sept 2024", TUESDAY, fd("2024-09-01", M)),
    ("2024-09", TUESDAY, fd("2024-09-01", M)),
    ("Q1 2026", TUESDAY, fd("2026-01-01", Q)),
    ("q1 2026", TUESDAY, fd("2026-01-01", Q)),
    ("2026 Q1", TUESDAY, fd("2026-01-01", Q)),
    ("2026-Q1", TUESDAY, fd("2026-01-01", Q)),
    ("first quarter of 2026", TUESDAY, fd("2026-01-01", Q)),
    ("second quarter of 2026", TUESDAY, fd("2026-04-01", Q)),
    ("third quarter 2026", TUESDAY, fd("2026-07-01", Q)),
    ("fourth quarter of 2026", TUESDAY, fd("2026-10-01", Q)),
    ("1st quarter 2026", TUESDAY, fd("2026-01-01", Q)),
    ("2nd quarter of 2026", TUESDAY, fd("2026-04-01", Q)),
    ("3rd quarter of 2026", TUESDAY, fd("2026-07-01", Q)),
    ("4th quarter of 2026", TUESDAY, fd("2026-10-01", Q)),
    ("2024", TUESDAY, fd("2024-01-01", Y)),
    ("in 2024", TUESDAY, fd("2024-01-01", Y)),
    ("on 2025-09-02", TUESDAY, fd("2025-09-02", D)),
    ("  SEP 2024.  ", TUESDAY, fd("2024-09-01", M)),
    ("29 Feb 2024", TUESDAY, fd("2024-02-29", D)),
    # Weekdays: the latest such day on or before the reference.
    ("Tuesday", TUESDAY, fd("2025-09-02", D, True)),
    ("Tue", TUESDAY, fd("2025-09-02", D, True)),
    ("on Thursday", TUESDAY, fd("2025-08-28", D, True)),
    ("Thursday", THURSDAY, fd("2025-07-10", D, True)),
    ("Tuesday", THURSDAY, fd("2025-07-08", D, True)),
    ("friday.", THURSDAY, fd("2025-07-04", D, True)),
    # Named relative days, months, quarters and years.
    ("today", TUESDAY, fd("2025-09-02", D, True)),
    ("yesterday", TUESDAY, fd("2025-09-01", D, True)),
    ("tomorrow", TUESDAY, fd("2025-09-03", D, True)),
    ("this month", TUESDAY, fd("2025-09-01", M, True)),
    ("last month", TUESDAY, fd("2025-08-01", M, True)),
    ("next month", TUESDAY, fd("2025-10-01", M, True)),
    ("next month", date(2025, 12, 31), fd("2026-01-01", M, True)),
    ("this year", TUESDAY, fd("2025-01-01", Y, True)),
    ("last year", TUESDAY, fd("2024-01-01", Y, True)),
    ("last year", THURSDAY, fd("2024-01-01", Y, True)),
    ("next year", TUESDAY, fd("2026-01-01", Y, True)),
    ("this quarter", TUESDAY, fd("2025-07-01", Q, True)),
    ("last quarter", TUESDAY, fd("2025-04-01", Q, True)),
    ("next quarter", TUESDAY, fd("2025-10-01", Q, True)),
    ("last quarter", date(2025, 2, 14), fd("2024-10-01", Q, True)),
    # A month alone, or a day and month, fall in the reference's year.
    ("November", TUESDAY, fd("2025-11-01", M, True)),
    ("in November", TUESDAY, fd("2025-11-01", M, True)),
    ("Nov", TUESDAY, fd("2025-11-01", M, True)),
    ("May 13", THURSDAY, fd("2025-05-13", D, True)),
    ("on May 13", THURSDAY, fd("2025-05-13", D, True)),
    ("13 May", THURSDAY, fd("2025-05-13", D, True)),
    ("13th May", THURSDAY, fd("2025-05-13", D, True)),
]


@pytest.mark.parametrize(("text", "reference", "expected"), ACCEPTED)
def test_accepted_forms(text: str, reference: date, expected: FuzzyDate) -> None:
    assert parse_fuzzy_date(text, reference) == expected


REJECTED = [
    "soon",
    "32 Jan 2025",
    "2025-13",
    "2025-00",
    "2025-02-30",
    "Q5 2026",
    "Q0 2026",
    "fifth quarter of 2026",
    "year 0",
    "0",
    "999",
    "0999",
    "10000",
    "Sep 99999",
    "9" * 5000,
    "Feb 30",
    "30 Feb",
    "Feb 29, 2025",
    "Sep 2 25",
    "Smarch 2024",
    "last week",
    "2024 2025",
    "on",
    ".",
    "2 Sep 2025 Tuesday",
    "２０２４",
    "Sep 2024 ☃",
    "2\u00a0Sep\u00a02025x",
    "\x00",
]


@pytest.mark.parametrize("text", REJECTED)
def test_rejected_forms_quote_the_input(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_fuzzy_date(text, TUESDAY)
    message = str(caught.value)
    assert one_line(text)[:40] in message
    assert message.endswith(".") and "\n" not in message and "\x00" not in message


@pytest.mark.parametrize(
    "text", ["02/09/2025", "2/9/2025", "2025/09/02", "02.09.2025", "02-09-2025"]
)
def test_slash_forms_are_ambiguous(text: str) -> None:
    with pytest.raises(ValidationError, match="2025-09-02") as caught:
        parse_fuzzy_date(text, TUESDAY)
    assert text in str(caught.value)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_is_required(text: str) -> None:
    with pytest.raises(ValidationError, match=r"^A date is required\.$"):
        parse_fuzzy_date(text, TUESDAY)


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("next year", date(9999, 6, 1)),
        ("tomorrow", date(9999, 12, 31)),
        ("last month", date(1000, 1, 5)),
        ("monday", date(1, 1, 1)),
        ("today", date(999, 5, 5)),
    ],
)
def test_relative_phrases_leaving_the_supported_years(text: str, reference: date) -> None:
    with pytest.raises(ValidationError, match="1000 to 9999"):
        parse_fuzzy_date(text, reference)


@pytest.mark.parametrize(
    ("value", "iso", "display", "explain"),
    [
        (fd("2025-09-02", D), "2025-09-02", "2 Sep 2025", "2 Sep 2025 · day"),
        (fd("2024-09-01", M), "2024-09", "Sep 2024", "Sep 2024 · month"),
        (fd("2026-01-01", Q), "2026-Q1", "Q1 2026", "Q1 2026 · quarter"),
        (fd("2025-10-01", Q, True), "2025-Q4", "Q4 2025", "Q4 2025 · quarter, inferred"),
        (fd("2025-01-01", Y, True), "2025", "2025", "2025 · year, inferred"),
        (fd("1000-01-01", Y), "1000", "1000", "1000 · year"),
    ],
)
def test_renderings(value: FuzzyDate, iso: str, display: str, explain: str) -> None:
    assert (value.iso(), value.display(), value.explain()) == (iso, display, explain)


def test_end_examples() -> None:
    assert fd("2024-02-01", M).end == date(2024, 2, 29)
    assert fd("2025-10-01", Q).end == date(2025, 12, 31)
    assert fd("9999-01-01", Y).end == date(9999, 12, 31)
    assert FuzzyDate.of_day(TUESDAY).end == TUESDAY


@pytest.mark.parametrize(
    ("start", "precision"),
    [
        ("2025-09-02", M),
        ("2025-02-01", Q),
        ("2025-04-02", Q),
        ("2025-07-01", Y),
        ("0999-01-01", Y),
        ("0999-05-05", D),
    ],
)
def test_misaligned_or_out_of_range_start_is_refused(start: str, precision: Precision) -> None:
    with pytest.raises(ValidationError):
        fd(start, precision)


def test_of_day_and_equality() -> None:
    assert FuzzyDate.of_day(TUESDAY) == FuzzyDate(TUESDAY, Precision.DAY)
    assert FuzzyDate.of_day(TUESDAY, inferred=True) != FuzzyDate.of_day(TUESDAY)


@pytest.mark.parametrize(
    "text",
    [
        "2026-q1",
        "2025-9-2",
        " 2024",
        "2024-00",
        "2024-13",
        "2025-02-29",
        "Q1 2026",
        "Sep 2024",
        "0999",
        "2024-Q5",
        "",
        "２０２４",
    ],
)
def test_from_iso_is_strict(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        FuzzyDate.from_iso(text)
    assert f"'{text}'" in str(caught.value)


def test_from_iso_carries_inferred() -> None:
    assert FuzzyDate.from_iso("2026-Q1", inferred=True) == fd("2026-01-01", Q, True)


def test_sort_key_orders_by_start_then_finer_first() -> None:
    ordered = [
        fd("2024-12-31", D),
        fd("2025-01-01", D),
        fd("2025-01-01", M),
        fd("2025-01-01", Q),
        fd("2025-01-01", Y),
        fd("2025-01-02", D),
        fd("2025-02-01", M),
        fd("2025-04-01", Q),
    ]
    assert sorted(reversed(ordered), key=FuzzyDate.sort_key) == ordered


# --- properties ------------------------------------------------------------------------------

_MONTH_STEP = {Precision.MONTH: 1, Precision.QUARTER: 3, Precision.YEAR: 12}


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    """Any valid FuzzyDate: an aligned start for each precision, years 1000 to 9999."""
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.DAY:
        start = draw(st.dates(date(1000, 1, 1), date(9999, 12, 31)))
    else:
        step = _MONTH_STEP[precision]
        month = draw(st.sampled_from(range(1, 13, step)))
        start = date(draw(st.integers(1000, 9999)), month, 1)
    return FuzzyDate(start, precision, draw(st.booleans()))


references = st.dates(date(1000, 1, 1), date(9999, 12, 31))


@given(fuzzy_dates(), references)
def test_display_and_iso_round_trip(value: FuzzyDate, reference: date) -> None:
    plain = FuzzyDate(value.start, value.precision)
    assert parse_fuzzy_date(value.display(), reference) == plain
    assert parse_fuzzy_date(value.iso(), reference) == plain
    assert FuzzyDate.from_iso(value.iso()) == plain
    assert FuzzyDate.from_iso(value.iso(), value.inferred) == value


@given(fuzzy_dates())
def test_end_is_last_day_of_span(value: FuzzyDate) -> None:
    end = value.end
    assert end >= value.start
    if value.precision is Precision.DAY:
        assert end == value.start
        return
    months = (end.year - value.start.year) * 12 + end.month - value.start.month + 1
    assert months == _MONTH_STEP[value.precision]
    assert end == date.max or (end + timedelta(days=1)).day == 1


_WORDS = [
    "Sep",
    "September",
    "sept",
    "may",
    "Feb",
    "2nd",
    "13th",
    "29",
    "30",
    "31",
    "32",
    "0",
    "2025",
    "1000",
    "9999",
    "10000",
    "0999",
    "Q1",
    "q4",
    "Q5",
    "quarter",
    "first",
    "of",
    "on",
    "in",
    "this",
    "last",
    "next",
    "year",
    "month",
    "week",
    "today",
    "Tuesday",
    "sun",
    ",",
    ".",
    "-",
    "/",
    "2025-02-29",
    "2024-02",
    "2026-Q3",
]


@given(st.text(), references)
def test_any_text_parses_or_raises_validation_error(text: str, reference: date) -> None:
    try:
        assert isinstance(parse_fuzzy_date(text, reference), FuzzyDate)
    except ValidationError as error:
        assert str(error)


@given(
    st.one_of(
        st.lists(st.sampled_from(_WORDS), max_size=5).map(" ".join),
        st.lists(st.sampled_from(_WORDS), max_size=4).map("".join),
        st.from_regex(r"\A(on |in )?[0-9]{0,6}[ ,/.-]?[A-Za-z]{0,9}[ ,/.-]?[0-9Qq]{0,6}\.?\Z"),
    ),
    references,
)
def test_date_like_text_parses_or_raises_validation_error(text: str, reference: date) -> None:
    try:
        result = parse_fuzzy_date(text, reference)
    except ValidationError as error:
        assert str(error)
    else:
        assert 1000 <= result.start.year <= 9999
        assert FuzzyDate.from_iso(result.iso_span(), result.inferred) == result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last Tuesday", date(2025, 8, 26)),  # said on a Tuesday: a week ago, not today
        ("last Monday", date(2025, 9, 1)),
        ("next Tuesday", date(2025, 9, 9)),
        ("on next Friday", date(2025, 9, 5)),
    ],
)
def test_last_and_next_weekday(text, expected):
    assert parse_fuzzy_date(text, date(2025, 9, 2)) == FuzzyDate(expected, Precision.DAY, True)


def test_this_weekday_is_refused_rather_than_guessed():
    with pytest.raises(ValidationError, match="this Friday"):
        parse_fuzzy_date("this Friday", date(2025, 9, 2))
