"""Databases as earlier releases left them, built with the real migration scripts."""

from __future__ import annotations

import sqlite3
from importlib.resources import files
from pathlib import Path

from alembic.config import Config

from pakru_desktop.store import migrate
from pakru_desktop.store.engine import make_engine
from pakru_desktop.store.location import sqlite_url

ITEM_0001 = (
    "INSERT INTO items (id, kind, title, summary, date_start, date_precision, date_inferred,"
    " due_inferred, base_status, status, location, version, created_at, updated_at)"
    " VALUES (?, 'event', ?, '', '2025-09-02', 'day', 0, 0, 'held', 'held', '', 1,"
    " '2025-09-02 00:00:00', '2025-09-02 00:00:00')"
)


def database_at_revision(path: Path, revision: str) -> None:
    """A SQLite file with the schema as revision ``revision`` left it (application_id 0)."""
    from alembic import command

    config = Config()
    config.set_main_option("script_location", str(files(migrate.MIGRATIONS_PACKAGE)))
    path.touch()
    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def first_release_database(path: Path, items: int) -> list[int]:
    """A schema-0001 database holding ``items`` events (with follow-ups); their ids."""
    database_at_revision(path, "0001")
    ids = list(range(1, items + 1))
    with sqlite3.connect(path) as connection:
        connection.executemany(ITEM_0001, [(i, f"Meeting {i}") for i in ids])
        connection.executemany(
            "INSERT INTO follow_ups (item_id, date_start, date_precision, date_inferred, note,"
            " created_at) VALUES (?, '2025-09-03', 'day', 0, 'Statement', '2025-09-03')",
            [(i,) for i in ids],
        )
    connection.close()
    return ids
