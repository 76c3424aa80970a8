"""Shared fixtures: a fresh, real database per test, and a private user folder.

The database is a SQLite file, and for the service, CLI and store tests also a database
on a PostgreSQL server when one is configured (``tests/backends.py``): such tests are
collected once per back end, as ``test_x[sqlite]`` and ``test_x[postgresql]``. Two marks
say where a case differs: ``sqlite_only`` for SQLite's own mechanisms (its file, pragmas,
the quick ``sqlite3`` path), and ``pg_gap("why")``, an expected failure on PostgreSQL
that fails the run as soon as it passes, so the mark goes with the fix.

QT_QPA_PLATFORM is set before anything imports Qt so the suite runs headless.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import backends  # noqa: E402
import pytest  # noqa: E402
from backends import POSTGRESQL, SQLITE  # noqa: E402

from pakru_desktop.services.database import Database, open_database  # noqa: E402
from pakru_desktop.store.location import default_database_path, sqlite_url  # noqa: E402


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


# Where a case runs on every back end; the GUI tests stay on SQLite.
_BACKEND_FOLDERS = ("services", "cli", "store")


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--backend``: which back ends the service, CLI and store tests run on."""
    parser.addoption(
        "--backend",
        choices=(SQLITE, POSTGRESQL, "all"),
        default=None,
        help="sqlite, postgresql or all (default: all when $PAKRU_TEST_PG names a server)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register the marks and check a PostgreSQL run has a server to run on."""
    config.addinivalue_line("markers", "sqlite_only: tests a mechanism only SQLite has")
    config.addinivalue_line("markers", "all_backends: a GUI case that runs on every back end")
    config.addinivalue_line(
        "markers", "postgresql_only: tests what only a server has (roles, LISTEN/NOTIFY)"
    )
    config.addinivalue_line(
        "markers",
        "pg_gap(reason, cases=()): not yet right on PostgreSQL (in the cases whose ids hold "
        "one of these parts, or in all); a strict expected failure there",
    )
    chosen = config.getoption("--backend") or ("all" if backends.admin_url() else SQLITE)
    if chosen != SQLITE and not backends.admin_url():
        raise pytest.UsageError(f"--backend {chosen} needs ${backends.PG_ADMIN_VARIABLE}")
    config.stash[_CHOSEN] = (SQLITE, POSTGRESQL) if chosen == "all" else (chosen,)


_CHOSEN = pytest.StashKey[tuple[str, ...]]()


def pytest_report_header(config: pytest.Config) -> str:
    """Say which back ends the database tests run on, so a run without a server is plain."""
    chosen = config.stash[_CHOSEN]
    if POSTGRESQL in chosen:
        return f"back ends: {', '.join(chosen)} (server from ${backends.PG_ADMIN_VARIABLE})"
    return f"back ends: sqlite (set ${backends.PG_ADMIN_VARIABLE} to run on PostgreSQL too)"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """One case per back end for each database test of the back-end folders."""
    if "backend" not in metafunc.fixturenames:
        return
    chosen = metafunc.config.stash[_CHOSEN]
    folder = metafunc.definition.path.relative_to(metafunc.config.rootpath).parts[1:2]
    everywhere = (
        folder and folder[0] in _BACKEND_FOLDERS
    ) or metafunc.definition.get_closest_marker("all_backends")
    if metafunc.definition.get_closest_marker("postgresql_only"):
        chosen = (POSTGRESQL,)  # deselected, not skipped, in a run without a server
    elif not everywhere or metafunc.definition.get_closest_marker("sqlite_only"):
        chosen = (SQLITE,)
    metafunc.parametrize("backend", chosen, indirect=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Turn ``pg_gap`` into a strict expected failure on the PostgreSQL cases."""
    chosen = config.stash[_CHOSEN]
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("backend") if callspec else None
        if backend is not None and backend not in chosen:
            dropped.append(item)  # a SQLite-only case in a PostgreSQL-only run
            continue
        kept.append(item)
        gap = item.get_closest_marker("pg_gap")
        cases = gap.kwargs.get("cases") if gap else None
        if cases and not any(case in callspec.id for case in cases):
            gap = None  # the mark names the cases that fail; this one passes
        if gap is not None and backend == POSTGRESQL:
            item.add_marker(pytest.mark.xfail(reason=gap.args[0], strict=True))
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def backend(request: pytest.FixtureRequest, tmp_path_factory, monkeypatch) -> Iterator[str]:
    """The back end this case runs on.

    A server case that quietly wrote a SQLite file instead (in the working folder, or the
    default database) would pass without testing the server, so it fails.
    """
    if request.param == SQLITE:
        yield SQLITE
        return
    folder = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(folder)
    yield POSTGRESQL
    strays = [p.name for p in folder.iterdir() if p.suffix == ".sqlite3" or p.name == "None"]
    assert not strays, f"a server case wrote {strays} in its working folder"
    assert not default_database_path().exists(), "a server case wrote the default database"


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[backends.Engine]:
    """An autocommit engine on the test server's admin database."""
    url = backends.admin_url()
    assert url, f"${backends.PG_ADMIN_VARIABLE} is not set"
    engine = backends.admin_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def pg_templates(pg_admin) -> Iterator[dict[bool, str]]:
    """A seeded and an empty template database, built once the way users get theirs."""
    names = {}
    for seed in (True, False):
        name = backends.unique_name("template")
        backends.create_database(pg_admin, name)
        open_database(backends.database_url(pg_admin, name), seed=seed).close()
        names[seed] = name
    yield names
    for name in names.values():
        backends.drop_database(pg_admin, name)


def _server_database(request: pytest.FixtureRequest, *, seed: bool) -> Iterator[str]:
    admin = request.getfixturevalue("pg_admin")
    template = request.getfixturevalue("pg_templates")[seed]
    name = backends.unique_name("test")
    backends.create_database(admin, name, template)
    yield backends.database_url(admin, name)
    backends.drop_database(admin, name)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a fresh copy of the seeded database, on this case's back end."""
    if backend == SQLITE:
        yield sqlite_url(request.getfixturevalue("db_path"))
    else:
        yield from _server_database(request, seed=True)


@pytest.fixture
def empty_db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new database with the schema and no records, on this case's back end."""
    if backend == SQLITE:
        path = tmp_path / "empty.sqlite3"
        open_database(sqlite_url(path), seed=False).close()
        yield sqlite_url(path)
    else:
        yield from _server_database(request, seed=False)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded database built the way users get it; tests work on copies of it."""
    path = tmp_path_factory.mktemp("template") / "pakru.sqlite3"
    open_database(sqlite_url(path)).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, seeded_template: Path, request: pytest.FixtureRequest) -> Path:
    """A fresh copy of the seeded database file (SQLite cases only)."""
    if "backend" in request.fixturenames and request.getfixturevalue("backend") != SQLITE:
        pytest.fail("this case reads a SQLite file: use db_url, or mark it sqlite_only")
    path = tmp_path / "pakru.sqlite3"
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """The seeded database, opened through the services."""
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def empty_db(empty_db_url: str) -> Iterator[Database]:
    """A new database with the schema and no records, opened through the services."""
    database = open_database(empty_db_url, seed=False)
    yield database
    database.close()
