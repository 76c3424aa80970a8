"""Listings written as their rows come: the same output, whatever the number of rows."""

from __future__ import annotations

import csv
import io
import json

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
