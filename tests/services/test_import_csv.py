"""CSV import: the export's way back, every row checked first, all rows or none written."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from pakru_desktop.domain.errors import PakruError, ValidationError
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import Database
from pakru_desktop.services.export_csv import ALL_FILES, export_csv
from pakru_desktop.services.import_csv import ImportRefused, import_csv
from pakru_desktop.services.items import ItemDraft, ItemPatch, add_item, edit_item, get_item
from pakru_desktop.services.queries import list_actors, list_items
from pakru_desktop.store.models import HistoryEntry, Item

# The order that lets every file's references find their records.
IMPORT_ORDER = ["sources", "actors", "events", "agreements", "projects", "commitments",
                "follow_ups", "evidence", "links"]  # fmt: skip
TODAY = dt.date(2026, 3, 5)


def history_rows(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(HistoryEntry)) or 0


def item_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Item)) or 0


def rows_of(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(
    path: Path,
    rows: list[dict[str, object]],
    *,
    delimiter: str = ",",
    bom: bool = False,
    line_end: str = "\r\n",
) -> Path:
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator=line_end
        )
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_export_then_import_into_an_empty_database_then_export_gives_the_same_bytes(
    db, empty_db, tmp_path
) -> None:
    # Spans, inferred dates, follow-ups with statuses and quotes on follow-ups are all in
    # the seed; a formula-like title and one that only looks guarded are added here.
    add_item(db, ItemDraft(kind="event", title="=SUM(A1:A9) briefing", date="17–18 Nov 2025"))
    add_item(db, ItemDraft(kind="project", title="'=not a formula", date="Q1 2026", due="2027"))
    first, second = tmp_path / "first", tmp_path / "second"
    export_csv(db, first)
    for name in IMPORT_ORDER:
        result = import_csv(empty_db, first / f"{name}.csv", today=TODAY)
        assert (result.added, result.updated) == (len(rows_of(first / f"{name}.csv")), 0)
    export_csv(empty_db, second)
    for name in ALL_FILES:
        assert (second / f"{name}.csv").read_bytes() == (first / f"{name}.csv").read_bytes(), name
    titles = {row.title for row in list_items(empty_db, ItemFilter(Kind.EVENT))}
    assert "=SUM(A1:A9) briefing" in titles
    assert "'=not a formula" in {r.title for r in list_items(empty_db, ItemFilter(Kind.PROJECT))}


def test_importing_an_unchanged_export_changes_nothing(db, tmp_path) -> None:
    export_csv(db, tmp_path)
    before = history_rows(db)
    for name in IMPORT_ORDER:
        result = import_csv(db, tmp_path / f"{name}.csv")
        assert result.unchanged == result.rows and result.added == result.updated == 0, name
    assert history_rows(db) == before


def test_a_spreadsheet_edit_with_semicolons_bom_and_crlf_updates_and_adds(db, tmp_path) -> None:
    export_csv(db, tmp_path, names=["events"])
    rows = rows_of(tmp_path / "events.csv")
    target = next(row for row in rows if row["status"] == "held")
    edited = {
        "id": target["id"],
        "title": "Renamed in a spreadsheet",
        "date": target["date"],
        "status": "postponed",
        "version": target["version"],
    }
    new = {"id": "", "title": "Typed in a spreadsheet", "date": "", "status": "scheduled",
           "version": ""}  # fmt: skip
    path = write_rows(tmp_path / "edited.csv", [edited, new], delimiter=";", bom=True)
    with pytest.raises(ImportRefused) as refused:  # the new row has no date
        import_csv(db, path, "events", today=TODAY)
    assert [(p.row, p.column) for p in refused.value.problems] == [(3, "date")]
    assert get_item(db, int(target["id"])).row.title == target["title"]
    new["date"] = "Q3 2026"
    path = write_rows(tmp_path / "edited.csv", [edited, new], delimiter=";", bom=True)
    result = import_csv(db, path, "events", today=TODAY)
    assert (result.added, result.updated, result.unchanged) == (1, 1, 0)
    item = get_item(db, int(target["id"]))
    assert item.row.title == "Renamed in a spreadsheet"
    # A status changed by an import is a follow-up dated the day of the import.
    assert item.row.status == "postponed"
    assert item.follow_ups[-1].new_status == "postponed"
    assert item.follow_ups[-1].date.start == TODAY
    added = [r for r in list_items(db, ItemFilter(Kind.EVENT)) if r.title.startswith("Typed")]
    assert [(r.date.display(), r.status) for r in added] == [("Q3 2026", "scheduled")]


def test_lf_line_ends_and_plain_commas_are_read_too(db, tmp_path) -> None:
    path = write_rows(
        tmp_path / "actors.csv",
        [
            {
                "name": "Maria Zakharova",
                "kind": "person",
                "country": "Russia",
                "aliases": "Zakharova",
            }
        ],
        line_end="\n",
    )
    assert import_csv(db, path).added == 1
    assert "Maria Zakharova" in {a.name for a in list_actors(db)}


def test_one_bad_row_writes_nothing_and_every_problem_is_reported(db, tmp_path) -> None:
    before_items, before_history = item_count(db), history_rows(db)
    columns = ("title", "date", "date_precision", "status", "participants")
    rows: list[dict[str, object]] = [
        dict(zip(columns, values, strict=True))
        for values in [
            ("Fine event", "2025-10-01", "day", "held", ""),
            ("", "someday", "", "adjourned", "X (boss)"),
            ("Also fine", "Oct 2025", "", "", "A. New Person"),
            ("Late", "2025-10-02", "month", "held", ""),
        ]
    ]
    path = write_rows(tmp_path / "events.csv", rows)
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, path)
    problems = {(p.row, p.column) for p in refused.value.problems}
    assert problems == {
        (3, "title"),
        (3, "date"),
        (3, "status"),
        (3, "participants"),
        (5, "date_precision"),
    }
    assert refused.value.total == 5
    assert "nothing was imported" in str(refused.value)
    assert all(p.message.endswith(".") for p in refused.value.problems)
    assert (item_count(db), history_rows(db)) == (before_items, before_history)
    assert "A. New Person" not in {a.name for a in list_actors(db)}


def test_a_dry_run_counts_and_writes_nothing(db, tmp_path) -> None:
    path = write_rows(tmp_path / "events.csv", [{"title": "Maybe", "date": "2025"}])
    before = (item_count(db), history_rows(db))
    result = import_csv(db, path, dry_run=True)
    assert (result.added, result.dry_run, result.backup) == (1, True, None)
    assert "nothing was written" in result.summary()
    assert (item_count(db), history_rows(db)) == before


def test_an_import_keeps_a_backup_of_the_database_as_it_was(db, tmp_path) -> None:
    from pakru_desktop.services.backups import restore_backup

    before = item_count(db)
    path = write_rows(tmp_path / "events.csv", [{"title": "Backed up", "date": "2025"}])
    result = import_csv(db, path)
    assert result.backup is not None and result.backup.exists()
    assert item_count(db) == before + 1
    # Restoring the backup gives back the database as it was before the import.
    restore_backup(db.url, result.backup)
    assert item_count(db) == before


def test_a_row_for_an_item_changed_since_the_export_is_refused(db, tmp_path) -> None:
    export_csv(db, tmp_path, names=["events"])
    row = rows_of(tmp_path / "events.csv")[0]
    edit_item(db, int(row["id"]), ItemPatch(location="Changed elsewhere"))
    row["title"] = "My stale edit"
    path = write_rows(tmp_path / "stale.csv", [dict(row)])
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, path, "events")
    (problem,) = refused.value.problems
    assert problem.column == "version" and "changed after this file was written" in problem.message
    assert get_item(db, int(row["id"])).row.location == "Changed elsewhere"


def test_an_id_that_names_another_record_or_kind_is_refused(db, tmp_path) -> None:
    export_csv(db, tmp_path, names=["events", "agreements"])
    event = rows_of(tmp_path / "events.csv")[0]
    agreement = rows_of(tmp_path / "agreements.csv")[0]
    other = {**event, "created_at": "2020-01-01T00:00:00"}
    as_event = {**event, "id": agreement["id"], "created_at": ""}
    path = write_rows(tmp_path / "mixed.csv", [other, as_event])
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, path, "events")
    messages = [(p.row, p.column, p.message) for p in refused.value.problems]
    assert messages[0][:2] == (2, "id") and "it is another record" in messages[0][2]
    assert messages[1][:2] == (3, "id") and "not an event" in messages[1][2]


def test_references_must_exist(db, tmp_path) -> None:
    follow_ups = write_rows(
        tmp_path / "follow_ups.csv",
        [{"item_id": "99999", "date": "2025-10-01", "note": "x", "source_id": "77777"}],
    )
    links = write_rows(tmp_path / "links.csv", [{"from_id": "1", "type": "fulfils", "to_id": "1"}])
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, follow_ups)
    assert [(p.column, p.message) for p in refused.value.problems] == [
        ("item_id", "There is no item with id 99999.")
    ]
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, links)
    assert refused.value.problems[0].message == "An item cannot be linked to itself."


def test_evidence_must_quote_its_source(db, tmp_path) -> None:
    export_csv(db, tmp_path, names=["evidence"])
    row = rows_of(tmp_path / "evidence.csv")[0]
    invented = {
        **row,
        "id": "",
        "quote": "Words the article never printed.",
        "start": "",
        "end": "",
    }
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, write_rows(tmp_path / "evidence.csv", [invented]))
    assert refused.value.problems[0].column == "quote"
    # The same words placed elsewhere are found where the source has them.
    moved = {**row, "id": "", "start": "0", "end": "5", "follow_up_id": ""}
    with pytest.raises(ImportRefused) as refused:  # already evidence for that item
        import_csv(db, write_rows(tmp_path / "evidence.csv", [moved]))


def test_a_file_of_ids_and_statuses_changes_only_statuses(db, tmp_path) -> None:
    export_csv(db, tmp_path, names=["commitments"])
    rows = rows_of(tmp_path / "commitments.csv")[:2]
    before = {int(r["id"]): get_item(db, int(r["id"])) for r in rows}
    path = write_rows(tmp_path / "statuses.csv", [{"id": r["id"], "status": "kept"} for r in rows])
    result = import_csv(db, path, "commitments", today=TODAY)
    assert result.updated == 2
    for item_id, old in before.items():
        now = get_item(db, item_id)
        assert now.row.status == "kept"
        assert (now.row.title, now.summary, now.row.participants) == (
            old.row.title,
            old.summary,
            old.row.participants,
        )


def test_unknown_participants_become_new_actors(db, tmp_path) -> None:
    path = write_rows(
        tmp_path / "events.csv",
        [{"title": "Call", "date": "2025-10-01", "participants": "Putin (host); Jane Roe (guest)"}],
    )
    result = import_csv(db, path)
    assert result.actors_created == 1
    (row,) = [r for r in list_items(db, ItemFilter(Kind.EVENT)) if r.title == "Call"]
    assert [(p.name, p.role) for p in row.participants] == [
        ("Vladimir Putin", "host"),
        ("Jane Roe", "guest"),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"title,date\r\nA,2025\r\nB,2025,extra\r\n", "row 3 has 3 cells"),
        (b"title,date\r\n\xff\xfeA,2025\r\n", "not UTF-8"),
        (b'title,date\r\n"unclosed,2025\r\n', "cannot be read as CSV"),
    ],
)
def test_damaged_files_get_one_sentence_and_write_nothing(db, tmp_path, content, expected):
    path = tmp_path / "events.csv"
    path.write_bytes(content)
    before = item_count(db)
    with pytest.raises(ValidationError) as refused:
        import_csv(db, path)
    assert expected in str(refused.value)
    assert item_count(db) == before


def test_control_characters_in_cells_are_row_problems(db, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(b"title,date,summary\r\nA\x00,2025,ok\r\nB,2025,\x1b[31m\r\n")
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, path)
    assert [(p.row, p.column) for p in refused.value.problems] == [(2, "title"), (3, "summary")]
    assert "\\x1b" in refused.value.problems[1].message


def test_header_problems_are_row_one(db, tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("title,date,colour,title\r\nA,2025,red,A\r\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, path)
    assert [(p.row, p.column) for p in refused.value.problems] == [(1, "colour"), (1, "title")]


def test_the_kind_comes_from_the_file_name_or_must_be_given(db, tmp_path) -> None:
    path = write_rows(tmp_path / "my data.csv", [{"title": "A", "date": "2025"}])
    with pytest.raises(ValidationError, match="say which kind"):
        import_csv(db, path)
    with pytest.raises(ValidationError, match="Unknown export kind"):
        import_csv(db, path, "meetings")
    assert import_csv(db, path, "events").added == 1


def test_one_id_twice_in_a_file_is_refused(db, tmp_path) -> None:
    path = write_rows(
        tmp_path / "actors.csv",
        [{"id": "500", "name": "One"}, {"id": "500", "name": "Two"}],
    )
    with pytest.raises(ImportRefused) as refused:
        import_csv(db, path)
    assert [(p.row, p.column) for p in refused.value.problems] == [(3, "id")]


# A file as a careless export, a spreadsheet or a hostile sender could hand it over.
_CELLS = st.one_of(
    st.sampled_from(["", "2025", "Q1 2026", "=1+2", "'=x", "1", "99999", "held", "kept",
                     "Putin (host)", "a; b", "17–18 Nov 2025", "2025-13-40", "yes", "\r\n"]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
)  # fmt: skip


@settings(
    max_examples=int(os.environ.get("PAKRU_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=st.sampled_from(IMPORT_ORDER),
    rows=st.lists(st.lists(_CELLS, min_size=3, max_size=3), max_size=4),
    garbage=st.binary(max_size=40),
)
def test_no_file_makes_the_import_fail_or_write_half(db, tmp_path, name, rows, garbage) -> None:
    from pakru_desktop.services.import_csv import columns_of

    header = list(columns_of(name)[:3])
    path = tmp_path / f"{name}.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    with open(path, "ab") as handle:
        handle.write(garbage)
    before = history_rows(db)
    try:
        result = import_csv(db, path, today=TODAY)
    except PakruError as error:
        assert str(error).strip() and "\n" not in str(error)
        assert history_rows(db) == before
    else:
        assert result.rows <= len(rows) + 1
