"""``pakru import-csv``: what the export wrote comes back; a bad file lists every problem."""

from __future__ import annotations

import csv
from pathlib import Path

from pakru_desktop.services.export_csv import ALL_FILES

ORDER = ["sources", "actors", "events", "agreements", "projects", "commitments",
         "follow_ups", "evidence", "links"]  # fmt: skip


def test_export_import_into_an_empty_database_export_is_byte_identical(pakru, tmp_path) -> None:
    first, second, empty = tmp_path / "first", tmp_path / "second", tmp_path / "new.sqlite3"
    assert pakru("export", "--out", str(first)).code == 0
    assert pakru("init", "--empty", db=empty).code == 0
    for name in ORDER:
        done = pakru("import-csv", str(first / f"{name}.csv"), db=empty)
        assert done.code == 0, done.err
        assert (
            done.out.startswith(f"{name}.csv: ") and " added, 0 updated, 0 unchanged." in done.out
        )
        assert "kept in" in done.out  # the backup taken before writing
    assert pakru("export", "--out", str(second), db=empty).code == 0
    for name in ALL_FILES:
        assert (first / f"{name}.csv").read_bytes() == (second / f"{name}.csv").read_bytes()


def test_a_bad_file_lists_each_problem_and_exits_2_with_nothing_written(pakru, tmp_path) -> None:
    path = tmp_path / "meetings.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "date", "status"])
        writer.writerow(["Good", "2025-10-01", "held"])
        writer.writerow(["", "2025-10-01", "held"])
        writer.writerow(["Bad date", "31 Feb 2025", "held"])
    before = pakru("list", "events", "--format", "csv").out
    result = pakru("import-csv", str(path), "--kind", "events")
    assert result.code == 2
    lines = result.err.splitlines()
    assert lines[0] == "meetings.csv row 3, title: The title cannot be empty."
    assert lines[1].startswith("meetings.csv row 4, date: ")
    assert lines[-1] == "meetings.csv: 2 problems in 2 rows; nothing was imported."
    assert pakru("list", "events", "--format", "csv").out == before


def test_dry_run_reports_what_would_happen(pakru, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("title,date\r\nNew meeting,Q4 2025\r\n", encoding="utf-8")
    result = pakru("import-csv", str(path), "--dry-run")
    assert result.code == 0
    assert result.out.strip() == (
        "events.csv: 1 row can be imported: 1 to add, 0 to update, 0 unchanged; "
        "nothing was written (dry run)."
    )
    assert "New meeting" not in pakru("list", "events").out


def test_the_kind_must_be_known(pakru, tmp_path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("title,date\r\nX,2025\r\n", encoding="utf-8")
    unknown = pakru("import-csv", str(path))
    assert unknown.code == 2 and "say which kind it is" in unknown.err
    wrong = pakru("import-csv", str(path), "--kind", "meetings")
    assert wrong.code == 2 and "Unknown export kind 'meetings'" in wrong.err


def test_a_missing_file_is_one_sentence(pakru, tmp_path: Path) -> None:
    result = pakru("import-csv", str(tmp_path / "nowhere" / "events.csv"))
    assert result.code == 2 and result.err.startswith("There is no file ")
    assert len(result.err.splitlines()) == 1


def test_export_never_creates_a_database(pakru, tmp_path) -> None:
    missing = tmp_path / "moved.sqlite3"
    result = pakru("export", "--out", str(tmp_path / "out"), db=missing)
    assert result.code == 2 and "There is no database" in result.err
    assert not missing.exists() and not (tmp_path / "out").exists()
