"""The ``pakru`` command as scripts use it: exact names, ids on stdout, exit codes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from backends import as_url, raw_connect

from pakru_desktop import __version__
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import open_database
from pakru_desktop.services.items import get_item
from pakru_desktop.services.queries import count_items
from pakru_desktop.store.location import sqlite_url


def _count(db_url, kind: Kind) -> int:
    db = open_database(as_url(db_url))
    try:
        return count_items(db, ItemFilter(kind))
    finally:
        db.close()


def _table_counts(db_url) -> dict[str, int]:
    tables = ("items", "actors", "sources", "evidence", "follow_ups", "links", "participations")
    with raw_connect(db_url) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _detail(db_url, item_id: int):
    db = open_database(as_url(db_url))
    try:
        return get_item(db, item_id)
    finally:
        db.close()


def test_add_event_prints_only_the_new_id_and_stores_every_field(pakru, db_url):
    result = pakru(
        "add-event",
        "--title",
        "Dar meets Lavrov",
        "--date",
        "2nd Sep, 2025",
        "--type",
        "visit",
        "--location",
        "Moscow",
        "--summary",
        "Talks on trade.",
        "--participant",
        "Ishaq Dar:guest",
        "--participant",
        "Sergey Lavrov:host",
        "--sector",
        "Trade",
        "--status",
        "held",
        "--source-url",
        "https://example.org/a",
        "--quote",
        "Dar met Lavrov.",
    )
    assert result.code == 0, result.err
    new_id = int(result.out.strip())
    assert result.out == f"{new_id}\n"
    detail = _detail(db_url, new_id)
    assert detail.row.title == "Dar meets Lavrov"
    assert detail.row.date.iso() == "2025-09-02"
    assert (detail.row.type, detail.row.location, detail.row.status) == ("visit", "Moscow", "held")
    assert detail.row.sectors == ("trade",)
    assert {(p.name, p.role) for p in detail.row.participants} == {
        ("Ishaq Dar", "guest"),
        ("Sergey Lavrov", "host"),
    }
    assert detail.evidence[0].quote == "Dar met Lavrov."


def test_add_item_takes_a_due_date_and_legal_nature(pakru, db_url):
    result = pakru(
        "add-item",
        "agreement",
        "--title",
        "Energy MoU",
        "--date",
        "Sep 2024",
        "--type",
        "mou",
        "--due",
        "Q1 2026",
        "--participant",
        "Pakistan:signatory",
    )
    assert result.code == 0, result.err
    row = _detail(db_url, int(result.out)).row
    assert (row.kind, row.type, row.date.iso(), row.due.iso()) == (
        Kind.AGREEMENT,
        "mou",
        "2024-09",
        "2026-Q1",
    )


def test_follow_up_and_set_status_change_the_status_in_date_order(pakru, db_url):
    item_id = int(pakru("add-item", "commitment", "--title", "Visit Moscow", "--date", "2025").out)
    assert (
        pakru(
            "follow-up",
            str(item_id),
            "--date",
            "Oct 2025",
            "--note",
            "Talks began",
            "--status",
            "in-the-works",
        ).code
        == 0
    )
    assert pakru("set-status", str(item_id), "kept", "--date", "2025-11-20").code == 0
    detail = _detail(db_url, item_id)
    assert detail.row.status == "kept"
    assert [f.new_status for f in detail.follow_ups] == ["in-the-works", "kept"]


def test_edit_changes_only_the_given_fields(pakru, db_url):
    before = _detail(db_url, 1)
    result = pakru("edit", "1", "--title", "Shehbaz–Putin talks", "--location", "Beijing, China")
    assert result.code == 0, result.err
    after = _detail(db_url, 1)
    assert (after.row.title, after.row.location) == ("Shehbaz–Putin talks", "Beijing, China")
    assert after.row.date == before.row.date and after.row.sectors == before.row.sectors
    assert after.version == before.version + 1


def test_delete_removes_the_item(pakru, db_url):
    before = _count(db_url, Kind.EVENT)
    assert pakru("delete", "1").code == 0
    assert _count(db_url, Kind.EVENT) == before - 1
    assert pakru("show", "1").code == 2


def test_link_and_unlink(pakru, db_url):
    result = pakru("link", "14", "implements", "10", "--note", "train under the MoU")
    assert result.code == 0, result.err
    link_id = int(result.out)
    assert any(link.id == link_id for link in _detail(db_url, 14).links)
    assert pakru("unlink", str(link_id)).code == 0
    assert not any(link.id == link_id for link in _detail(db_url, 14).links)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add-event", "--title", " ", "--date", "2025"), "title cannot be empty"),
        (("add-event", "--title", "X", "--date", "soon"), "Cannot read 'soon'"),
        (
            ("add-event", "--title", "X", "--date", "2025", "--status", "kept"),
            "Unknown event status",
        ),
        (
            ("add-event", "--title", "X", "--date", "2025", "--participant", "Putin:boss"),
            "Unknown role",
        ),
        (
            ("add-item", "agreement", "--title", "X", "--date", "2025", "--type", "pact"),
            "Unknown legal nature",
        ),
        (("show", "999"), "no item with id 999"),
        (("follow-up", "999", "--date", "2025", "--note", "x"), "no item with id 999"),
        (("set-status", "1", "kept"), "Unknown event status"),
        (("edit", "1", "--date", "32 Jan 2025"), "32 Jan 2025"),
        (("edit", "1"), "Nothing to change"),
        (("delete", "999"), "no item with id 999"),
        (("link", "1", "likes", "2"), "Unknown link type"),
        (("list", "widgets"), "invalid choice"),
        (("list", "actors", "--sector", "trade"), "apply to item lists"),
        (("list", "events", "--status", "signed"), "Unknown event status"),
        (("export", "--kind", "meetings"), "Unknown export kind"),
        (("add-event", "--title", "X"), "required"),
    ],
)
def test_user_errors_print_one_sentence_exit_2_and_write_nothing(pakru, db_url, args, message):
    before = _table_counts(db_url)
    result = pakru(*args)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err and result.out == ""
    assert _table_counts(db_url) == before


def test_list_formats(pakru):
    table = pakru("list", "events", "--search", "putin")
    assert table.code == 0 and "Beijing" in table.out and "rows)" in table.out
    as_csv = list(csv.DictReader(pakru("list", "events", "--format", "csv").out.splitlines()))
    as_json = json.loads(pakru("list", "events", "--format", "json").out)
    assert [r["id"] for r in as_csv] == [str(r["id"]) for r in as_json]
    assert {r["date_precision"] for r in as_json} >= {"day", "month", "year"}
    assert "2024-09" in {r["date"] for r in as_json}


def test_list_filters_by_status_sector_and_dates(pakru):
    listed = pakru("list", "commitments", "--status", "partly-kept", "--format", "json")
    rows = json.loads(listed.out)
    assert rows and all(r["status"] == "partly-kept" for r in rows)
    rows = json.loads(pakru("list", "projects", "--sector", "transport", "--format", "json").out)
    assert rows and all("transport" in r["sectors"] for r in rows)
    rows = json.loads(
        pakru("list", "events", "--from", "2025", "--to", "Jun 2025", "--format", "json").out
    )
    assert rows and all("2025-01" <= r["date"][:7] <= "2025-06" for r in rows)


def test_list_other_record_kinds(pakru):
    assert "Vladimir Putin" in pakru("list", "actors").out
    assert "UrduPoint" in pakru("list", "sources").out
    follow_ups = json.loads(pakru("list", "follow-ups", "--format", "json").out)
    assert any(f["new_status"] == "partly-kept" for f in follow_ups)


def test_show_prints_fields_quotes_follow_ups_and_links(pakru):
    text = pakru("show", "1").out
    assert "Beijing" in text and "Evidence:" in text and "Links:" in text
    assert "“Prime Minster Muhammad Shehbaz Sharif Tuesday" in text
    detail = json.loads(pakru("show", "1", "--format", "json").out)
    assert detail["row"]["date"] == {
        "iso": "2025-09-02",
        "precision": "day",
        "inferred": True,
        "display": "2 Sep 2025",
        "end": None,
        "end_precision": None,
    }


def test_export_writes_every_file(pakru, tmp_path):
    out = tmp_path / "csv"
    result = pakru("export", "--out", str(out))
    assert result.code == 0, result.err
    names = {p.name for p in out.iterdir()}
    assert names == {
        "events.csv",
        "agreements.csv",
        "projects.csv",
        "commitments.csv",
        "follow_ups.csv",
        "actors.csv",
        "sources.csv",
        "evidence.csv",
        "links.csv",
    }
    only = tmp_path / "only"
    assert pakru("export", "--out", str(only), "--kind", "follow-ups", "--excel").code == 0
    assert [p.name for p in only.iterdir()] == ["follow_ups.csv"]
    assert (only / "follow_ups.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_init_creates_empty_or_seeded_and_refuses_an_existing_file(pakru, tmp_path):
    empty, seeded = tmp_path / "e.sqlite3", tmp_path / "s.sqlite3"
    assert pakru("init", "--empty", db=empty).code == 0
    assert _count(empty, Kind.EVENT) == 0
    assert pakru("init", db=seeded).code == 0
    assert _count(seeded, Kind.EVENT) > 0
    again = pakru("init", db=seeded)
    assert again.code == 2 and "already exists" in again.err


def test_database_chosen_by_environment_then_default(pakru, tmp_path, monkeypatch):
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("PAKRU_DB", str(target))
    assert pakru("list", "events", db=None).code == 0
    assert target.exists()
    monkeypatch.delenv("PAKRU_DB")
    monkeypatch.setenv("PAKRU_DATABASE_URL", sqlite_url(tmp_path / "url.sqlite3"))
    assert pakru("list", "agreements", db=None).code == 0
    assert (tmp_path / "url.sqlite3").exists()
    both = pakru("--database-url", "sqlite://", "list", "events", db=tmp_path / "x.sqlite3")
    assert both.code == 2 and "not allowed with argument --db" in both.err
    both = pakru("list", "events", "--database-url", "sqlite://", db=tmp_path / "x.sqlite3")
    assert both.code == 2 and "not both" in both.err


def test_version_and_help(pakru):
    version = pakru("--version", db=None)
    assert version.code == 0 and __version__ in version.out
    helped = pakru("--help", db=None)
    assert helped.code == 0
    for name in (
        "init",
        "list",
        "show",
        "add-event",
        "add-item",
        "follow-up",
        "set-status",
        "edit",
        "delete",
        "export",
    ):
        assert name in helped.out
    assert "examples:" in helped.out
    assert "example:" in pakru("add-event", "--help", db=None).out


def test_a_damaged_database_gives_a_sentence_and_stays_untouched(pakru, tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"\x00garbage" * 512)
    before = damaged.read_bytes()
    for args in (
        ("list", "events"),
        ("show", "1"),
        ("add-event", "--title", "X", "--date", "2025"),
    ):
        result = pakru(*args, db=damaged)
        assert result.code == 2 and "damaged" in result.err
        assert len(result.err.strip().splitlines()) == 1
    assert damaged.read_bytes() == before


@pytest.mark.sqlite_only
def test_a_locked_database_gives_a_sentence_and_writes_nothing(pakru, db_path, monkeypatch):
    db_url = db_path
    monkeypatch.setenv("PAKRU_BUSY_TIMEOUT_MS", "200")  # not the 5 s a person gets
    before = _table_counts(db_url)
    holder = sqlite3.connect(db_url, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = pakru("add-event", "--title", "Blocked", "--date", "2025")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.code == 2 and "locked" in result.err
    assert _table_counts(db_url) == before


def test_history_names_who_changed_what_from_old_to_new(pakru, monkeypatch):
    monkeypatch.setenv("PAKRU_USER", "Analyst\tOne\n")
    assert pakru("edit", "8", "--date", "17-18 Nov 2025").code == 0
    table = pakru("history", "8")
    assert table.code == 0
    newest = table.out.splitlines()[1]
    assert "Analyst One" in newest and "Date: Nov 2025 (inferred) → 17–18 Nov 2025" in newest
    rows = json.loads(pakru("history", "8", "--format", "json").out)
    assert rows[0]["who"] == "Analyst One"
    assert rows[-1]["who"] == "seed dataset"
    missing = pakru("history", "999")
    assert missing.code == 2 and missing.err.count("\n") == 1


def test_lists_show_spans_as_read_and_give_their_ends_in_csv_and_json(pakru):
    assert pakru("edit", "8", "--date", "17-18 Nov 2025").code == 0
    assert pakru("follow-up", "8", "--date", "Nov 25-27, 2025", "--note", "Talks").code == 0
    sid = pakru("add-source", "--title", "Wire", "--published", "17–18 Nov 2025").out.strip()
    assert "17–18 Nov 2025" in pakru("list", "events").out
    assert "25–27 Nov 2025" in pakru("list", "follow-ups").out
    assert "17–18 Nov 2025" in pakru("list", "sources").out

    (event,) = [
        r for r in json.loads(pakru("list", "events", "--format", "json").out) if r["id"] == 8
    ]
    assert (event["date"], event["date_end"], event["date_end_precision"]) == (
        "2025-11-17",
        "2025-11-18",
        "day",
    )
    follow_ups = json.loads(pakru("list", "follow-ups", "--format", "json").out)
    (talks,) = [f for f in follow_ups if f["note"] == "Talks"]
    assert (talks["date"], talks["date_precision"], talks["date_end"]) == (
        "2025-11-25",
        "day",
        "2025-11-27",
    )
    sources = list(csv.DictReader(io.StringIO(pakru("list", "sources", "--format", "csv").out)))
    (wire,) = [s for s in sources if s["id"] == sid]
    assert (wire["published"], wire["published_end"], wire["published_end_precision"]) == (
        "2025-11-17",
        "2025-11-18",
        "day",
    )
    commitments = json.loads(pakru("list", "commitments", "--format", "json").out)
    assert {"due_end", "due_end_precision"} <= set(commitments[0])


def test_if_version_lets_a_script_refuse_to_overwrite_a_change_made_meanwhile(pakru):
    version = json.loads(pakru("show", "1", "--format", "json").out)["version"]
    assert pakru("edit", "1", "--location", "Great Hall", "--if-version", str(version)).code == 0
    stale = pakru("edit", "1", "--location", "Tianjin", "--if-version", str(version))
    assert stale.code == 2 and "was changed by" in stale.err and "(location)" in stale.err
    refused = pakru("delete", "1", "--if-version", str(version))
    assert refused.code == 2 and f"not {version}" in refused.err
    assert json.loads(pakru("show", "1", "--format", "json").out)["row"]["location"] == "Great Hall"
    assert pakru("delete", "1", "--if-version", str(version + 1)).code == 0


def test_a_folder_or_a_missing_folder_as_db_is_refused_in_one_sentence(pakru, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    for command in (("list", "events"), ("init",), ("show", "1")):
        result = pakru(*command, db=folder)
        assert result.code == 2, result.err
        assert result.err.strip().endswith("data is a folder, not a database file.")
    mistyped = tmp_path / "mistyped" / "dir" / "x.sqlite3"
    result = pakru("add-event", "--title", "T", "--date", "2025", db=mistyped)
    assert result.code == 2 and "The folder" in result.err and "does not exist" in result.err
    assert not (tmp_path / "mistyped").exists() and list(folder.iterdir()) == []


def test_listing_another_programs_wal_database_leaves_its_folder_as_it_was(pakru, tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    path = folder / "notes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES ('0002')")
    connection.close()
    before = path.read_bytes()
    result = pakru("list", "events", db=path)
    assert result.code == 2 and "not a Pakru Desktop database" in result.err
    assert [p.name for p in folder.iterdir()] == ["notes.sqlite3"]
    assert path.read_bytes() == before
