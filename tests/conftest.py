"""Shared fixtures: a fresh, real SQLite database per test, and a private user folder.

QT_QPA_PLATFORM is set before anything imports Qt so the suite runs headless.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from pakru_desktop.services.database import Database, open_database  # noqa: E402
from pakru_desktop.store.location import sqlite_url  # noqa: E402


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """Point appdirs' data, log and config folders at a temp folder; clear PAKRU_* vars."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("PAKRU_DB", raising=False)
    monkeypatch.delenv("PAKRU_DATABASE_URL", raising=False)
    monkeypatch.delenv("PAKRU_USER", raising=False)
    return home


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded database built the way users get it; tests work on copies of it."""
    path = tmp_path_factory.mktemp("template") / "pakru.sqlite3"
    open_database(sqlite_url(path)).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, seeded_template: Path) -> Path:
    """A fresh copy of the seeded database file."""
    path = tmp_path / "pakru.sqlite3"
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """The seeded database, opened through the services."""
    database = open_database(sqlite_url(db_path))
    yield database
    database.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A new database with the schema and no records."""
    database = open_database(sqlite_url(tmp_path / "empty.sqlite3"), seed=False)
    yield database
    database.close()
