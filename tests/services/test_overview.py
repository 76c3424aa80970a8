"""The overview over the seed data and hand-made items: overdue, due soon, stale, as of."""

from __future__ import annotations

import datetime as dt

from seed_helpers import SEED, SEED_ITEMS

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.follow_ups import add_follow_up, set_status
from pakru_desktop.services.items import ItemDraft, add_item
from pakru_desktop.services.overview import build_overview
from pakru_desktop.services.queries import count_items, list_items

CARGO_TRAIN = "Pilot cargo train between Pakistan and Russia"


def _seed_start(item: dict) -> dt.date:
    return FuzzyDate.from_iso(item["date"]).start


def test_the_pilot_cargo_train_is_overdue_in_late_november_2025(db) -> None:
    result = build_overview(db, dt.date(2025, 11, 23))
    overdue = {row.title: row for row in result.overdue}
    train = overdue[CARGO_TRAIN]
    assert train.kind is Kind.PROJECT and train.due is not None
    assert train.due.display() == "Aug 2025"
    assert train.days_overdue == (dt.date(2025, 11, 23) - dt.date(2025, 8, 31)).days
    assert train.late == "3 months overdue"
    assert "Due Aug 2025 (by 31 Aug 2025)" in train.reason
    assert result.totals["overdue"] == len(result.overdue)


def test_as_of_leaves_out_what_is_dated_after_and_uses_the_status_then(db) -> None:
    day = dt.date(2025, 8, 1)
    result = build_overview(db, day)
    # Counted independently from the seed file: the items whose date starts by then.
    expected = sum(1 for item in SEED["items"] if _seed_start(item) <= day)
    assert sum(sum(codes.values()) for codes in result.counts.values()) == expected
    for row in [*result.overdue, *result.due_soon, *result.stale]:
        assert row.date.start <= day
    assert all(f.date.start <= day for f in result.recent_follow_ups)
    # Rated partly kept on 2 Sep 2025: not yet rated on 1 Aug, and due (Aug) soon then.
    putin = SEED_ITEMS["commitment-putin-meet-shehbaz-sco-2025-08"]["title"]
    soon = {row.title: row for row in result.due_soon}
    assert soon[putin].status == "not-yet-rated"
    assert result.counts[Kind.COMMITMENT]["partly-kept"] == 0
    later = build_overview(db, dt.date(2025, 11, 23))
    assert later.counts[Kind.COMMITMENT]["partly-kept"] == 1
    assert putin not in {row.title for row in later.overdue}  # rated: not late


def test_counts_match_the_lists(db) -> None:
    result = build_overview(db, dt.date(2030, 1, 1))
    for kind in Kind:
        for code, count in result.counts[kind].items():
            assert count == count_items(db, ItemFilter(kind, status=code)), (kind, code)


def test_a_follow_up_settles_an_overdue_item_from_its_date_on(db) -> None:
    train = next(r for r in list_items(db, ItemFilter(Kind.PROJECT)) if r.title == CARGO_TRAIN)
    set_status(db, train.id, "completed", date="20 Nov 2025")
    assert CARGO_TRAIN in {r.title for r in build_overview(db, dt.date(2025, 11, 19)).overdue}
    assert CARGO_TRAIN not in {r.title for r in build_overview(db, dt.date(2025, 11, 23)).overdue}


def test_a_scheduled_event_whose_date_passed_is_to_confirm(db) -> None:
    add_item(db, ItemDraft(kind="event", title="Joint commission", date="Q1 2026",
                           status="scheduled"))  # fmt: skip
    before = build_overview(db, dt.date(2026, 3, 31))
    assert "Joint commission" in {r.title for r in before.due_soon}
    after = build_overview(db, dt.date(2026, 4, 1))
    row = next(r for r in after.overdue if r.title == "Joint commission")
    assert (row.days_overdue, row.late) == (1, "1 day unconfirmed")


def test_stale_items_are_open_and_unheard_of_for_the_chosen_days(db) -> None:
    result = build_overview(db, dt.date(2026, 6, 1), stale_days=180)
    assert result.stale and all(
        (dt.date(2026, 6, 1) - row.last_heard).days > 180 for row in result.stale
    )
    assert all(row.status not in ("kept", "completed", "held", "signed") for row in result.stale)
    project = next(r for r in result.stale if r.kind is Kind.PROJECT)
    add_follow_up(db, project.id, date="1 May 2026", note="Talks resumed")
    again = build_overview(db, dt.date(2026, 6, 1), stale_days=180)
    assert project.id not in {row.id for row in again.stale}
    wider = build_overview(db, dt.date(2026, 6, 1), stale_days=5000)
    assert wider.stale == []


def test_due_soon_follows_its_setting(db) -> None:
    add_item(db, ItemDraft(kind="commitment", title="Visa deal", date="2026", due="Jun 2026"))
    short = build_overview(db, dt.date(2026, 1, 15), due_soon_days=90)
    long = build_overview(db, dt.date(2026, 1, 15), due_soon_days=150)
    assert "Visa deal" not in {r.title for r in short.due_soon}
    assert "Visa deal" in {r.title for r in long.due_soon}


def test_the_list_filter_finds_the_same_overdue_items(db) -> None:
    day = dt.date(2026, 12, 1)
    result = build_overview(db, day)
    for kind in Kind:
        listed = {r.id for r in list_items(db, ItemFilter(kind, overdue_on=day))}
        assert listed == {r.id for r in result.overdue if r.kind is kind}, kind


def test_the_ends_of_the_calendar_are_days_like_any_other(db) -> None:
    last = build_overview(db, dt.date(9999, 12, 31), due_soon_days=3650)
    assert last.as_of == dt.date(9999, 12, 31) and last.due_soon == []
    first = build_overview(db, dt.date(1000, 1, 1), stale_days=36_500)
    assert sum(sum(c.values()) for c in first.counts.values()) == 0


def test_each_day_shows_the_status_of_its_own_part_of_the_history(db) -> None:
    add_item(db, ItemDraft(kind="project", title="Grain terminal", date="2024", due="2027",
                           status="proposed"))  # fmt: skip
    item = next(r for r in list_items(db, ItemFilter(Kind.PROJECT)) if r.title == "Grain terminal")
    set_status(db, item.id, "under-way", date="1 Jan 2025")
    set_status(db, item.id, "suspended", date="1 Jun 2025")
    add_follow_up(db, item.id, date="1 Sep 2025", note="Site visited; no work seen.")

    def status_on(day: dt.date) -> str:
        result = build_overview(db, day, stale_days=1)
        row = next(r for r in result.stale if r.id == item.id)
        assert result.counts[Kind.PROJECT][row.status] >= 1
        return row.status

    assert status_on(dt.date(2024, 12, 31)) == "proposed"
    assert status_on(dt.date(2025, 3, 1)) == "under-way"
    # A note dated after the day changes nothing; the last change before it holds.
    assert status_on(dt.date(2025, 7, 1)) == "suspended"
    assert status_on(dt.date(2025, 12, 1)) == "suspended"
