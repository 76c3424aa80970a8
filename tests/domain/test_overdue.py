"""Overdue and due-soon rules on fuzzy dates at every precision and on spans."""

from __future__ import annotations

import datetime as dt

import pytest

from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date
from pakru_desktop.domain.overdue import due_soon, how_long, is_open, lateness
from pakru_desktop.domain.vocabulary import Kind

REF = dt.date(2025, 1, 1)


def d(text: str) -> FuzzyDate:
    return parse_fuzzy_date(text, REF)


C, P, E, A = Kind.COMMITMENT, Kind.PROJECT, Kind.EVENT, Kind.AGREEMENT


@pytest.mark.parametrize(
    ("due", "first_late_day"),
    [
        ("2 Sep 2025", dt.date(2025, 9, 3)),
        ("Aug 2025", dt.date(2025, 9, 1)),
        ("Q1 2026", dt.date(2026, 4, 1)),
        ("2026", dt.date(2027, 1, 1)),
        ("17–18 Nov 2025", dt.date(2025, 11, 19)),
        ("June–August 2025", dt.date(2025, 9, 1)),
        ("Q4 2025–Q1 2026", dt.date(2026, 4, 1)),
    ],
)
def test_a_due_date_has_passed_once_its_last_possible_day_has(due, first_late_day) -> None:
    day_before = first_late_day - dt.timedelta(days=1)
    assert lateness(C, "not-yet-rated", d("2025"), d(due), day_before) is None
    late = lateness(C, "not-yet-rated", d("2025"), d(due), first_late_day)
    assert late is not None and late.days == 1


def test_only_open_statuses_are_late() -> None:
    past = d("Aug 2025")
    on = dt.date(2025, 11, 23)
    for status in ("not-yet-rated", "in-the-works", "stalled"):
        assert lateness(C, status, d("Jul 2025"), past, on) is not None
    for status in ("kept", "partly-kept", "broken", "uncheckable"):
        assert lateness(C, status, d("Jul 2025"), past, on) is None
    for status in ("proposed", "agreed", "under-way", "delayed", "suspended"):
        assert lateness(P, status, d("Jul 2025"), past, on) is not None
    for status in ("completed", "cancelled"):
        assert lateness(P, status, d("Jul 2025"), past, on) is None
    # Without a due date nothing is late; agreements are never late.
    assert lateness(C, "not-yet-rated", d("Jul 2025"), None, on) is None
    assert lateness(A, "under-negotiation", d("Jul 2025"), past, on) is None


def test_a_scheduled_event_whose_date_passed_needs_confirming() -> None:
    late = lateness(E, "scheduled", d("Nov 2025"), None, dt.date(2026, 3, 1))
    assert late is not None and late.days == 91 and late.phrase() == "3 months unconfirmed"
    assert "no follow-up says it took place" in late.reason()
    assert lateness(E, "held", d("Nov 2025"), None, dt.date(2026, 3, 1)) is None
    assert lateness(E, "scheduled", d("Nov 2025"), None, dt.date(2025, 11, 30)) is None


def test_the_reason_names_the_last_day_and_the_status() -> None:
    late = lateness(C, "not-yet-rated", d("Jul 2025"), d("Q1 2026"), dt.date(2026, 8, 1))
    assert late is not None
    assert late.phrase() == "4 months overdue"
    assert late.reason().startswith("Due Q1 2026 (by 31 Mar 2026); still not yet rated 4 months")


def test_due_soon_is_an_open_deadline_ending_within_the_window() -> None:
    on = dt.date(2025, 10, 1)
    assert due_soon(C, "in-the-works", d("Jul 2025"), d("Dec 2025"), on)
    assert not due_soon(C, "in-the-works", d("Jul 2025"), d("Feb 2026"), on)
    assert due_soon(C, "in-the-works", d("Jul 2025"), d("Feb 2026"), on, days=160)
    assert not due_soon(C, "kept", d("Jul 2025"), d("Dec 2025"), on)
    assert not due_soon(C, "in-the-works", d("Jul 2025"), d("Sep 2025"), on)  # already late
    assert due_soon(E, "scheduled", d("Nov 2025"), None, on)


@pytest.mark.parametrize(
    ("days", "said"),
    [(1, "1 day"), (13, "13 days"), (14, "2 weeks"), (59, "8 weeks"), (60, "2 months"),
     (365, "12 months"), (729, "24 months"), (730, "2 years"), (4000, "10 years")],
)  # fmt: skip
def test_lateness_is_said_as_people_say_it(days, said) -> None:
    assert how_long(days) == said


def test_open_means_the_outcome_is_still_to_be_seen() -> None:
    assert is_open(E, "scheduled") and not is_open(E, "held")
    assert is_open(A, "under-negotiation") and not is_open(A, "signed")
