"""Listings written as their rows come: the same output, whatever the number of rows."""

from __future__ import annotations

import csv
import io
import json

import pytest

from pakru_desktop.cli.output import TABLE_SAMPLE, print_rows

HEADERS = ["id", "title", "note"]


def _rows(count: int, late_title: str = "") -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = [(n, f"Title {n}", None) for n in range(count)]
    if late_title:
        rows[-1] = (count - 1, late_title, "=1+2")
    return rows


def test_json_is_what_one_dump_of_the_whole_list_writes() -> None:
    for rows in ([], _rows(1), _rows(3, 'Quote " and Путин')):
        streamed = io.StringIO()
        print_rows(HEADERS, iter(rows), "json", streamed)
        whole = io.StringIO()
        json.dump([dict(zip(HEADERS, r, strict=True)) for r in rows], whole, indent=2,
                  ensure_ascii=False, default=str)  # fmt: skip
        assert streamed.getvalue() == whole.getvalue() + "\n"


def test_a_table_longer_than_its_sample_keeps_its_columns_aligned() -> None:
    count = TABLE_SAMPLE + 500
    out = io.StringIO()
    print_rows(HEADERS, iter(_rows(count, "A much longer title than any before it")), "table", out)
    lines = out.getvalue().splitlines()
    assert lines[-1] == f"({count:} rows)" and len(lines) == count + 2
    title_at = lines[0].index("TITLE")
    note_at = lines[0].index("NOTE")
    last = lines[-2]
    # Cut to the sample's width with an ellipsis, the next column where it always was.
    assert last[title_at:note_at].rstrip().endswith("…")
    assert last[note_at:] == "=1+2"


def test_csv_streams_every_row_with_formulas_guarded() -> None:
    out = io.StringIO()
    print_rows(HEADERS, iter(_rows(2500, "x")), "csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert len(rows) == 2501 and rows[-1] == ["2499", "x", "'=1+2"]


TRICKY = ["=SUM(A1:A9)", "'=already guarded", "-5 briefing", "＝1+1", "\u200b=HYPERLINK(1)",
          "plain, with \"quotes\"\nand a line break", "Путин и Шариф", "شہباز شریف"]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.sqlite_only
def test_cells_computed_by_sqlite_list_as_python_writes_them(pakru, db_path, monkeypatch, fmt):
    from pakru_desktop.services import quick_lists
    from pakru_desktop.services.database import open_database
    from pakru_desktop.services.items import ItemDraft, add_item
    from pakru_desktop.store.location import sqlite_url

    db = open_database(sqlite_url(db_path))
    try:
        for n, text in enumerate(TRICKY):
            kind = ("event", "project", "commitment", "agreement")[n % 4]
            date = ("2025", "Sep 2024", "Q1 2026", "17-18 Nov 2025")[n % 4]
            add_item(db, ItemDraft(kind, text, date=date, location=text,
                                   due="Jan-Mar 2027" if kind != "event" else None,
                                   sectors=("energy", "trade")[: n % 3]))  # fmt: skip
    finally:
        db.close()
    listings = [
        ("events",), ("projects",), ("commitments", "--search", "SUM"),
        ("agreements", "--from", "2025"), ("events", "--sector", "energy"),
        ("commitments", "--status", "not-yet-rated"), ("projects", "--overdue"),
    ]  # fmt: skip
    for listing in listings:
        fast = pakru("list", *listing, "--format", fmt)
        monkeypatch.setattr(quick_lists, "CELLS_IN_SQL", False)
        slow = pakru("list", *listing, "--format", fmt)
        monkeypatch.setattr(quick_lists, "CELLS_IN_SQL", True)
        assert fast.code == slow.code == 0, listing
        assert fast.out == slow.out, listing
    assert "'=SUM" in pakru("list", "events", "--format", "csv").out or fmt == "json"
