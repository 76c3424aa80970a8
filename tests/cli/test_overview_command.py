"""``pakru overview`` and ``pakru list KIND --overdue`` on the seed data."""

from __future__ import annotations

import datetime as dt
import json

CARGO_TRAIN = "Pilot cargo train between Pakistan and Russia"


def test_overview_in_late_november_2025_lists_the_cargo_train_as_overdue(pakru) -> None:
    result = pakru("overview", "--as-of", "2025-11-23")
    assert result.code == 0, result.err
    assert result.out.startswith("Overview as of 23 Nov 2025")
    overdue = result.out.split("\nOverdue (")[1].split("\n\n")[0]
    assert CARGO_TRAIN in overdue and "3 months overdue" in overdue


def test_overview_json_has_the_documented_keys(pakru) -> None:
    result = pakru("overview", "--as-of", "2025-11-23", "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert {"as_of", "counts", "overdue", "due_soon", "stale", "recent_follow_ups"} <= set(data)
    assert data["as_of"] == "2025-11-23"
    (train,) = [row for row in data["overdue"] if row["title"] == CARGO_TRAIN]
    assert {"id", "kind", "title", "status", "due", "days_overdue"} <= set(train)
    assert (train["kind"], train["due"], train["days_overdue"]) == ("project", "2025-08", 84)
    assert data["counts"]["projects"]["proposed"] >= 1


def test_as_of_the_first_of_august_shows_nothing_dated_after(pakru) -> None:
    data = json.loads(pakru("overview", "--as-of", "2025-08-01", "--format", "json").out)
    day = dt.date(2025, 8, 1)
    rows = data["overdue"] + data["due_soon"] + data["stale"] + data["recent_follow_ups"]
    assert rows, "the seed has items due in August 2025"
    for row in rows:
        assert dt.date.fromisoformat(_first_day(row["date"])) <= day


def _first_day(iso: str) -> str:
    head = iso.split("/")[0]
    if len(head) == 4:
        return f"{head}-01-01"
    if "Q" in head:
        return f"{head[:4]}-{int(head[-1]) * 3 - 2:02d}-01"
    return head if len(head) == 10 else f"{head}-01"


def test_a_month_as_of_means_its_last_day(pakru) -> None:
    data = json.loads(pakru("overview", "--as-of", "Aug 2025", "--format", "json").out)
    assert data["as_of"] == "2025-08-31"


def test_list_overdue_shows_only_overdue_items(pakru) -> None:
    result = pakru("list", "projects", "--overdue", "--format", "json")
    assert result.code == 0, result.err
    assert CARGO_TRAIN in {row["title"] for row in json.loads(result.out)}
    commitments = json.loads(pakru("list", "commitments", "--overdue", "--format", "json").out)
    assert all(row["status"] not in ("kept", "partly-kept") for row in commitments)
    refused = pakru("list", "actors", "--overdue")
    assert refused.code == 2 and "--overdue applies to item lists" in refused.err


def test_bad_as_of_and_settings_are_one_sentence(pakru) -> None:
    for args in (["--as-of", "someday"], ["--due-within", "-3"], ["--stale-after", "x"]):
        result = pakru("overview", *args)
        assert result.code == 2, args
        assert len(result.err.strip().splitlines()) <= 2  # argparse's usage line + sentence
