"""The timeline's reads: window overlap at every precision, bounded results, extent, links."""

from __future__ import annotations

import datetime as dt

import pytest

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services import timeline
from pakru_desktop.services.items import ItemDraft, add_item
from pakru_desktop.services.timeline import TimelineFilter, timeline_extent, timeline_window

AS_OF = dt.date(2025, 11, 23)
D = dt.date


def _ids(db, first, last, **kwargs):
    return {r.id for r in timeline_window(db, first, last, as_of=AS_OF, **kwargs).rows}


def _add(db, title, date, kind=Kind.EVENT, **fields):
    return add_item(db, ItemDraft(kind, title, date, **fields), today=AS_OF).item.id


@pytest.mark.parametrize(
    ("typed", "first_day", "last_day"),
    [
        ("2 Sep 2025", D(2025, 9, 2), D(2025, 9, 2)),
        ("Sep 2024", D(2024, 9, 1), D(2024, 9, 30)),
        ("Q1 2026", D(2026, 1, 1), D(2026, 3, 31)),
        ("2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("17–18 Nov 2025", D(2025, 11, 17), D(2025, 11, 18)),
        ("June–August 2025", D(2025, 6, 1), D(2025, 8, 31)),
        ("2023–2025", D(2023, 1, 1), D(2025, 12, 31)),
    ],
)
def test_a_window_finds_a_date_it_touches_by_one_day_at_either_end(
    empty_db, typed, first_day, last_day
):
    item = _add(empty_db, "Talks", typed)
    day = dt.timedelta(days=1)
    assert item in _ids(empty_db, last_day, last_day + 30 * day)  # only its last day
    assert item in _ids(empty_db, first_day - 30 * day, first_day)  # only its first day
    assert item in _ids(
        empty_db, first_day + (last_day - first_day) / 2, first_day + (last_day - first_day) / 2
    )
    assert item not in _ids(empty_db, last_day + day, last_day + 40 * day)
    assert item not in _ids(empty_db, first_day - 40 * day, first_day - day)


def test_a_due_date_in_the_window_brings_its_item(empty_db):
    item = _add(empty_db, "Train", "10 Jul 2025", Kind.PROJECT, due="Q2 2026")
    assert item in _ids(empty_db, D(2026, 5, 1), D(2026, 5, 2))
    assert item not in _ids(empty_db, D(2026, 7, 1), D(2026, 8, 1))


def test_rows_carry_dates_due_dates_and_lateness(db):
    rows = {r.id: r for r in timeline_window(db, D(2025, 7, 1), D(2025, 7, 31), as_of=AS_OF).rows}
    train = rows[14]  # the pilot cargo train, due Aug 2025, still proposed
    assert train.kind is Kind.PROJECT and train.due is not None
    assert train.due.display() == "Aug 2025"
    assert train.late is not None and train.late.phrase() == "3 months overdue"
    assert rows[18].late is None  # partly kept: settled, not late


def test_a_huge_window_comes_back_as_counts_per_bucket(db):
    result = timeline_window(db, D(1000, 1, 1), D(9999, 12, 31), as_of=AS_OF, max_rows=5)
    assert result.counted_kinds == {Kind.EVENT, Kind.COMMITMENT}  # 9 and 12 items
    assert {r.kind for r in result.rows} == {Kind.AGREEMENT, Kind.PROJECT}  # 3 and 4 items
    for kind, total in ((Kind.EVENT, 9), (Kind.COMMITMENT, 12)):
        buckets = [b for b in result.buckets if b.kind is kind]
        assert sum(b.count for b in buckets) == total
        assert all(result.first <= b.first <= b.last <= result.last for b in buckets)
        assert len(buckets) <= 400


def test_the_extent_spans_every_item_and_due_date(db):
    extent = timeline_extent(db)
    assert (extent.first, extent.last, extent.count) == (D(2024, 1, 1), D(2025, 11, 30), 28)
    assert extent.kinds[Kind.EVENT].longest_date == 365  # "2024"
    only = timeline_extent(db, TimelineFilter(kinds=frozenset({Kind.PROJECT})))
    assert set(only.kinds) == {Kind.PROJECT}
    assert (only.first, only.last) == (D(2025, 5, 13), D(2025, 9, 2))


def test_filters_narrow_the_window_like_the_lists(db):
    everything = D(2000, 1, 1), D(2030, 1, 1)
    # The train itself, and the Moscow meeting whose summary mentions it.
    assert _ids(db, *everything, flt=TimelineFilter(text="pilot cargo train")) == {7, 14}
    assert _ids(db, *everything, flt=TimelineFilter(status="scheduled")) == {8}
    # "proposed" is a project's status only: the other lanes show nothing.
    proposed = timeline_window(
        db, *everything, as_of=AS_OF, flt=TimelineFilter(status="proposed")
    ).rows
    assert {r.kind for r in proposed} == {Kind.PROJECT}
    agreements = _ids(db, *everything, flt=TimelineFilter(kinds=frozenset({Kind.AGREEMENT})))
    assert agreements == {10, 11, 25}
    steel = _ids(db, *everything, flt=TimelineFilter(sector="iron-and-steel"))
    assert 10 in steel and 12 in steel


def test_links_of_an_item_name_both_ends_and_the_other_row(db):
    links = timeline.item_links(db, 1, as_of=AS_OF)
    pairs = {(link.from_id, link.type, link.to_id) for link in links}
    assert (1, "follows-up", 2) in pairs
    assert (16, "part-of", 1) in pairs
    assert all(link.other.id in (link.from_id, link.to_id) and link.other.id != 1 for link in links)
    assert timeline.item_links(db, 25, as_of=AS_OF)[0].other.id == 6
