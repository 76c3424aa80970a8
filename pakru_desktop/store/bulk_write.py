"""The search index set aside for a bulk write (demo data, a copy), and put back after.

Keeping an index up to date row by row is slower than building it once at the end: on
SQLite the full-text index's triggers are dropped and the index rebuilt afterwards; on a
PostgreSQL server the word index's GIN indexes are dropped and built again in bulk (the
vectors themselves are generated columns, computed as each row is written).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from pakru_desktop.store.search_index import INDEXED_TABLES


def set_search_index_aside(connection: Connection) -> list[str]:
    """Drop what keeps the search index up to date; return the SQL that makes it again."""
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
        ).all()
        for name, _ in rows:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        return [sql for _, sql in rows]
    rows = connection.exec_driver_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        " AND left(indexname, 3) = 'ix_' AND right(indexname, 7) = '_search'"
    ).all()
    for name, _ in rows:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [definition for _, definition in rows]


def put_search_index_back(connection: Connection, saved: list[str]) -> None:
    """After the bulk write: build the index whole, and put back what ``saved`` holds."""
    if connection.dialect.name == "sqlite":
        for table in INDEXED_TABLES:
            connection.execute(text(f"INSERT INTO {table.name}({table.name}) VALUES ('rebuild')"))
    else:
        # A GIN index builds much faster with room to sort in (the default is 64 MB).
        connection.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
    for sql in saved:
        connection.exec_driver_sql(sql)
