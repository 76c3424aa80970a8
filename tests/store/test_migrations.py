"""Schema creation and upgrades: Alembic on open, backups, refusals of foreign or newer files."""

from __future__ import annotations

import sqlite3
from importlib.resources import files

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from old_databases import ITEM_0001, database_at_revision

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.services.database import open_database
from pakru_desktop.store import migrate
from pakru_desktop.store.location import sqlite_url
from pakru_desktop.store.models import Base
from pakru_desktop.store.schema_compare import SERVER_LIST_INDEXES, comparison_options
from pakru_desktop.store.schema_version import KNOWN_REVISIONS, SCHEMA_HEAD
from pakru_desktop.store.search_index import is_index_object


def _script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(files(migrate.MIGRATIONS_PACKAGE)))
    return ScriptDirectory.from_config(config)


def test_known_revisions_match_the_migration_scripts():
    scripts = _script_directory()
    chain = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_migrated_schema_matches_the_models(empty_db):
    with empty_db.engine.connect() as connection:
        dialect = connection.dialect.name
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, **comparison_options(dialect)}
        )
        assert compare_metadata(context, Base.metadata) == []
        if dialect == "postgresql":
            # The list indexes the comparison leaves out: each is there, its columns
            # after the kind with NULLs first, as SQLite sorts them.
            defined = dict(
                connection.exec_driver_sql(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'items'"
                ).all()
            )
            for name in SERVER_LIST_INDEXES:
                columns = defined[name].split("(", 1)[1].rstrip(")").split(", ")
                assert columns[0] == "kind" and all(c.endswith(" NULLS FIRST") for c in columns[1:])


@pytest.mark.sqlite_only
def test_sqlite_connections_enforce_foreign_keys_and_use_wal(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_a_newer_schema_is_refused_and_left_untouched(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="newer release"):
        open_database(sqlite_url(db_path))
    assert db_path.read_bytes() == before


def test_a_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(StorageError, match="not a Pakru Desktop database"):
        open_database(sqlite_url(path))
    with sqlite3.connect(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert tables == {"notes"}


def test_a_damaged_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="damaged"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == before


def test_first_open_leaves_no_temporary_files(tmp_path):
    open_database(sqlite_url(tmp_path / "new.sqlite3")).close()
    leftovers = [p.name for p in tmp_path.iterdir() if not p.name.startswith("new.sqlite3")]
    assert leftovers == []


def test_a_first_release_database_is_carried_over_to_spans_with_a_backup(tmp_path):
    from pakru_desktop.services.items import get_item

    path = tmp_path / "old.sqlite3"
    database_at_revision(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO items (id, kind, title, summary, date_start, date_precision,"
            " date_inferred, due_start, due_precision, due_inferred, base_status, status,"
            " location, version, created_at, updated_at) VALUES (7, 'commitment', 'Visit',"
            " '', '2025-11-01', 'month', 0, '2026-01-01', 'quarter', 0, 'not-yet-rated',"
            " 'not-yet-rated', '', 1, '2025-11-02 00:00:00', '2025-11-02 00:00:00')"
        )
    db = open_database(sqlite_url(path))
    detail = get_item(db, 7)
    db.close()
    assert detail.row.date.display() == "Nov 2025" and detail.row.due.display() == "Q1 2026"
    with sqlite3.connect(path) as connection:
        lasts = connection.execute("SELECT date_last, due_last FROM items WHERE id = 7").fetchone()
    assert lasts == ("2025-11-30", "2026-03-31")
    backups = list(tmp_path.glob("old.sqlite3.backup-*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_migrating_rebuilt_tables_keeps_every_row_that_points_at_them(tmp_path):
    """Batch mode rebuilds ``items``, ``follow_ups`` and ``sources``; with foreign keys on,
    dropping the old table would cascade into evidence, follow-ups, links, sectors and
    participants."""
    path = tmp_path / "old.sqlite3"
    database_at_revision(path, "0001")
    item = (
        "INSERT INTO items (id, kind, title, summary, date_start, date_precision, date_inferred,"
        " due_inferred, base_status, status, location, version, created_at, updated_at)"
        " VALUES (?, 'event', ?, '', '2025-09-02', 'day', 0, 0, 'held', 'held', '', 1,"
        " '2025-09-02 00:00:00', '2025-09-02 00:00:00')"
    )
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.executemany(item, [(1, "Beijing meeting"), (2, "Astana meeting")])
        connection.execute(
            "INSERT INTO actors (id, name, kind, country, title, aliases)"
            " VALUES (1, 'Vladimir Putin', 'person', 'Russia', '', '[]')"
        )
        connection.execute(
            "INSERT INTO sources (id, title, publisher, published_inferred, date_note, text)"
            " VALUES (1, 'Report', '', 0, '', 'Putin met Sharif in Beijing.')"
        )
        connection.execute(
            'INSERT INTO evidence (id, item_id, source_id, quote, start, "end")'
            " VALUES (1, 1, 1, 'Putin met Sharif', 0, 16)"
        )
        connection.execute(
            "INSERT INTO follow_ups (id, item_id, date_start, date_precision, date_inferred,"
            " note, new_status, source_id, created_at) VALUES (1, 1, '2025-09-03', 'day', 0,"
            " 'Statement issued', NULL, 1, '2025-09-03 00:00:00')"
        )
        connection.execute("INSERT INTO item_sectors (item_id, sector) VALUES (1, 'energy')")
        connection.execute(
            "INSERT INTO links (id, from_id, to_id, type, note) VALUES (1, 1, 2, 'follows-up', '')"
        )
        connection.execute(
            "INSERT INTO participations (id, item_id, actor_id, role) VALUES (1, 1, 1, 'host')"
        )
    counted = ("evidence", "follow_ups", "item_sectors", "links", "participations", "sources")

    def counts() -> dict[str, int]:
        with sqlite3.connect(path) as connection:
            query = "SELECT count(*) FROM {}"
            return {t: connection.execute(query.format(t)).fetchone()[0] for t in counted}

    assert set(counts().values()) == {1}
    db = open_database(sqlite_url(path), seed=False)
    with db.engine.connect() as connection:
        # Foreign keys are enforced again on the connections that follow the migration.
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    assert set(counts().values()) == {1}


def test_the_id_of_a_deleted_newest_record_is_never_given_again(tmp_path):
    from pakru_desktop.services.items import ItemDraft, add_item, delete_item

    # As a release before this one left it: the newest item deleted, its id free again,
    # and only the history still naming it.
    old = tmp_path / "reused.sqlite3"
    database_at_revision(old, "0002")
    with sqlite3.connect(old) as connection:
        for n in (1, 2):
            connection.execute(
                "INSERT INTO items (id, kind, title, summary, date_start, date_precision,"
                " date_inferred, due_inferred, base_status, status, location, version,"
                " created_at, updated_at, date_last) VALUES (?, 'event', ?, '', '2025-09-02',"
                " 'day', 0, 0, 'held', 'held', '', 1, '2025-09-02 00:00:00',"
                " '2025-09-02 00:00:00', '2025-09-02')",
                (n, f"Event {n}"),
            )
        connection.execute("DELETE FROM items WHERE id = 2")
        connection.execute(
            "INSERT INTO history (change, at, who, table_name, row_id, item_id, action, field,"
            " old, new) VALUES (1, '2025-09-03 00:00:00', 'x', 'items', 2, 2, 'delete',"
            " 'title', '\"Event 2\"', NULL)"
        )
    db = open_database(sqlite_url(old), seed=False)
    added = add_item(db, ItemDraft("event", "After the upgrade", date="2025")).item.id
    assert added == 3
    delete_item(db, added)
    assert add_item(db, ItemDraft("event", "And again", date="2025")).item.id == 4
    db.close()


@pytest.mark.parametrize("revision", ["0001", "0003"])
def test_an_older_database_gets_the_search_index_with_its_rows(tmp_path, revision):
    from pakru_desktop.services.integrity import check_database
    from pakru_desktop.services.search import HitKind, search

    path = tmp_path / "old.sqlite3"
    database_at_revision(path, revision)
    with sqlite3.connect(path) as connection:
        item = ITEM_0001
        if revision >= "0002":  # the last day each date covers is kept since 0002
            item = item.replace("updated_at)", "updated_at, date_last)").replace(
                "00:00:00')", "00:00:00', '2025-09-02')"
            )
        connection.execute(item, (1, "Beijing meeting on steel"))
        connection.execute(
            "INSERT INTO actors (id, name, kind, country, title, aliases) VALUES (1,"
            " 'Vladimir Putin', 'person', 'Russia', '',"
            " '[\"\\u041f\\u0443\\u0442\\u0438\\u043d\"]')"
        )
        connection.execute(
            "INSERT INTO sources (id, title, publisher, published_inferred, date_note, text)"
            " VALUES (1, 'Report', '', 0, '', 'Putin met Sharif in Beijing.')"
        )
    connection.close()
    db = open_database(sqlite_url(path), seed=False)
    try:
        assert [(h.kind, h.id) for h in search(db, "steel")] == [(HitKind.ITEM, 1)]
        assert [(h.kind, h.id) for h in search(db, "путин")] == [(HitKind.ACTOR, 1)]
        assert (HitKind.SOURCE, 1) in [(h.kind, h.id) for h in search(db, "sharif")]
        assert check_database(db) == []
    finally:
        db.close()


def test_the_search_index_is_left_out_of_the_comparison_with_the_models_only(tmp_path):
    db = open_database(sqlite_url(tmp_path / "x.sqlite3"), seed=False)
    with db.engine.connect() as connection:
        names = {
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            )
        }
        triggers = {
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    db.close()
    assert {"search_items", "search_actors", "search_actor_texts"} <= names
    assert len(triggers) == 15  # insert, update, delete on each of the five indexed tables
    assert all(is_index_object(n) for n in names if n.startswith("search_"))


def test_an_older_database_gets_sort_keys_and_sorts_titles_across_case_and_accents(tmp_path):
    from pakru_desktop.domain.item_filter import ItemFilter, SortKey
    from pakru_desktop.domain.vocabulary import Kind
    from pakru_desktop.services.queries import list_items

    path = tmp_path / "old.sqlite3"
    database_at_revision(path, "0005")
    item = ITEM_0001.replace("updated_at)", "updated_at, date_last)").replace(
        "00:00:00')", "00:00:00', '2025-09-02')"
    )
    titles = ["zulu talks", "Zürich meeting", "ZEBRA accord", "Ёлка visit", "елена summit"]
    with sqlite3.connect(path) as connection:
        for n, title in enumerate(titles, start=1):
            connection.execute(item, (n, title))
    connection.close()
    db = open_database(sqlite_url(path), seed=False)
    try:
        with sqlite3.connect(path) as connection:
            keys = dict(connection.execute("SELECT title, title_key FROM items"))
        connection.close()
        assert keys["Zürich meeting"] == "zurich meeting" and keys["Ёлка visit"] == "елка visit"
        rows = list_items(db, ItemFilter(Kind.EVENT), sort=SortKey.TITLE)
        assert [r.title for r in rows] == [
            "ZEBRA accord", "zulu talks", "Zürich meeting", "елена summit", "Ёлка visit"
        ]  # fmt: skip
    finally:
        db.close()
