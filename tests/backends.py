"""The database back ends the tests run on, and back-end neutral ways to look behind the services.

SQLite always; PostgreSQL as well when ``PAKRU_TEST_PG`` names a server the tests may create
and drop databases on (an admin URL such as
``postgresql+psycopg://postgres@127.0.0.1:54329/postgres``). ``tests/pg_cluster.sh start``
runs a throwaway one. On PostgreSQL each test gets its own database, cloned in a few
milliseconds from a template that was built once through ``open_database`` (the real
migrations and seed), and dropped afterwards.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

# The environment variable naming the PostgreSQL server the tests may use.
PG_ADMIN_VARIABLE = "PAKRU_TEST_PG"
SQLITE, POSTGRESQL = "sqlite", "postgresql"
_numbers = itertools.count()


def admin_url() -> str | None:
    """The PostgreSQL admin URL from the environment, or None when no server is configured."""
    return os.environ.get(PG_ADMIN_VARIABLE) or None


def admin_engine(url: str) -> Engine:
    """An autocommit engine for CREATE and DROP DATABASE."""
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def database_url(admin: Engine, name: str) -> str:
    """The URL of database ``name`` on the admin engine's server, password included."""
    return admin.url.set(database=name).render_as_string(hide_password=False)


def unique_name(purpose: str) -> str:
    """A database name no other test or concurrent test run is using."""
    return f"pakru_{purpose}_{os.getpid()}_{next(_numbers)}"


def create_database(admin: Engine, name: str, template: str = "template0") -> None:
    """CREATE DATABASE ``name`` as a copy of ``template``; UTF-8 so Cyrillic case folds."""
    options = (
        "ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8'" if template == "template0" else ""
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" {options}'))


def drop_database(admin: Engine, name: str) -> None:
    """DROP DATABASE ``name``, closing any connection a test left open."""
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def as_url(where: Any) -> str:
    """A database URL for a URL, or for a SQLite file's path."""
    shown = str(where)
    return shown if "://" in shown else f"sqlite:///{where}"


class _Rows:
    """``execute(sql, params)`` with sqlite3's ``?`` placeholders, on either back end."""

    def __init__(self, connection: Any, pyformat: bool) -> None:
        self._connection, self._pyformat = connection, pyformat

    def execute(self, sql: str, params: tuple = ()) -> Any:
        if self._pyformat:
            sql = sql.replace("%", "%%").replace("?", "%s")
        return self._connection.exec_driver_sql(sql, params)


@contextmanager
def raw_connect(where: Any) -> Iterator[_Rows]:
    """Like ``sqlite3.connect(path)`` used as a context manager: committed on success."""
    engine = create_engine(as_url(where), poolclass=NullPool)
    try:
        with engine.begin() as connection:
            yield _Rows(connection, engine.dialect.name != SQLITE)
    finally:
        engine.dispose()


def table_counts(where: Any, tables: tuple[str, ...]) -> dict[str, int]:
    """Rows per table, counted behind the services."""
    with raw_connect(where) as rows:
        return {t: rows.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def digest(where: Any) -> str:
    """A hash of every row of every table of ours, in key order, on either back end."""
    engine = create_engine(as_url(where), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            names = sorted(
                name
                for name in inspect(connection).get_table_names()
                if not name.startswith("search_")  # SQLite's index tables: derived data
            )
            dump = [
                repr(connection.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY 1').all())
                for name in names
            ]
    finally:
        engine.dispose()
    return hashlib.sha256("\n".join(dump).encode()).hexdigest()


def backend_of(url: str) -> str:
    """``sqlite`` or ``postgresql``."""
    return make_url(url).get_backend_name()
