"""Copy a whole database into an empty one: SQLite to a PostgreSQL server and back.

``pakru copy --from URL --to URL``. The target gets the schema through the same
migrations, then every table in foreign-key order, ids kept, in one transaction: a copy
stopped half-way leaves the target as empty as it was. The source is read in one
snapshot, so a colleague writing meanwhile cannot make the copy half old, half new.
Before the transaction commits, every table is read back from the target and compared
with what was read from the source: the row count, and a checksum over the rows' typed
values (dates as dates, lists as lists), so a value the other back end stores
differently is caught, not copied wrong. The checksum is the sum of one SHA-256 per row,
so it does not depend on the order the back ends sort text in.

Into PostgreSQL the rows go through COPY (the server's bulk load, several times faster
than INSERTs); into SQLite through executemany with the word index's triggers set aside
and the index rebuilt at the end.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, Table, func, insert, select
from sqlalchemy.exc import DBAPIError

from pakru_desktop.domain.errors import StorageError, ValidationError, sentence
from pakru_desktop.services.database import Database, open_database
from pakru_desktop.store.bulk_write import put_search_index_back, set_search_index_aside
from pakru_desktop.store.engine import is_sqlite, masked, sqlite_file
from pakru_desktop.store.errors import storage_error
from pakru_desktop.store.models import Base
from pakru_desktop.store.planner import refresh_statistics
from pakru_desktop.store.sequences import catch_up
from pakru_desktop.store.writers_lock import take_writers_lock

# Rows read and written at a time: a million-row table never sits in memory whole.
BATCH = 5_000
_MODULUS = 2**256


@dataclass(frozen=True)
class TableCopy:
    """One table copied: its rows, and the checksum both sides agreed on."""

    name: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyResult:
    """What ``copy_database`` copied, and how long it took."""

    source: str
    target: str
    tables: tuple[TableCopy, ...]
    seconds: float

    @property
    def rows(self) -> int:
        """Rows copied, over every table."""
        return sum(table.rows for table in self.tables)


Progress = Callable[[str, int], None]


def copy_database(
    source_url: str, target_url: str, *, progress: Progress | None = None
) -> CopyResult:
    """Copy every record of ``source_url`` into the empty database ``target_url`` (created
    if missing), ids kept, verified table by table before it commits."""
    if source_url == target_url:
        raise ValidationError(sentence("The source and the target are the same database."))
    if is_sqlite(target_url) and sqlite_file(target_url) is None:
        raise ValidationError(
            sentence("A copy goes into a database that stays: a file or a server, not memory.")
        )
    started = time.perf_counter()
    source = open_database(source_url, create=False)
    try:
        target = open_database(target_url, seed=False)
        try:
            tables = _copy(source, target, progress)
            refresh_statistics(target.engine)
        finally:
            target.close()
    finally:
        source.close()
    return CopyResult(masked(source_url), masked(target_url), tables, time.perf_counter() - started)


def _copy(source: Database, target: Database, progress: Progress | None) -> tuple[TableCopy, ...]:
    copied = []
    with source.snapshot() as reading:
        from_connection = reading.connection()
        try:
            with target.engine.begin() as to_connection:
                take_writers_lock(to_connection)
                _refuse_unless_empty(to_connection, target)
                saved = set_search_index_aside(to_connection)
                copied_sums = {}
                for table in Base.metadata.sorted_tables:
                    copied_sums[table.name] = _copy_table(
                        from_connection, to_connection, table, progress
                    )
                put_search_index_back(to_connection, saved)
                for table in Base.metadata.sorted_tables:
                    rows, checksum = copied_sums[table.name]
                    again_rows, again = _checksum(_rows(to_connection, table))
                    if (again_rows, again) != (rows, checksum):
                        raise StorageError(
                            sentence(
                                "The copy of {table} does not match its source ({copied} rows "
                                "read back of {rows}); nothing was copied.",
                                table=table.name,
                                copied=again_rows,
                                rows=rows,
                            )
                        )
                    copied.append(TableCopy(table.name, rows, f"{checksum:064x}"))
                catch_up(to_connection)
        except DBAPIError as error:
            raise storage_error(error) from error
    return tuple(copied)


def _refuse_unless_empty(connection: Connection, target: Database) -> None:
    for table in Base.metadata.sorted_tables:
        if connection.execute(select(func.count()).select_from(table)).scalar():
            raise ValidationError(
                sentence(
                    "The target {target} already holds records ({table}); a copy goes only "
                    "into an empty database, and nothing was copied.",
                    target=target.display_name,
                    table=table.name,
                )
            )


def _rows(connection: Connection, table: Table) -> Iterator[tuple[Any, ...]]:
    """Every row of ``table``, typed by the models, in key order, a batch at a time."""
    statement = select(*table.columns).order_by(*table.primary_key.columns)
    options = {"stream_results": True, "yield_per": BATCH}
    for row in connection.execute(statement, execution_options=options):
        yield tuple(row)


def _copy_table(
    source: Connection, target: Connection, table: Table, progress: Progress | None
) -> tuple[int, int]:
    write = _copier(target, table)
    count, total, batch = 0, 0, []
    for row in _rows(source, table):
        batch.append(row)
        total = (total + _row_digest(row)) % _MODULUS
        count += 1
        if len(batch) == BATCH:
            write(batch)
            batch = []
            if progress is not None:
                progress(table.name, count)
    if batch:
        write(batch)
    if progress is not None:
        progress(table.name, count)
    return count, total


def _copier(connection: Connection, table: Table) -> Callable[[list[tuple[Any, ...]]], None]:
    names = [column.name for column in table.columns]
    if connection.dialect.name != "postgresql":
        statement = insert(table)

        def insert_rows(batch: list[tuple[Any, ...]]) -> None:
            connection.execute(statement, [dict(zip(names, row, strict=True)) for row in batch])

        return insert_rows

    json_columns = {n for n, column in enumerate(table.columns) if isinstance(column.type, JSON)}
    quoted = ", ".join(f'"{name}"' for name in names)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]

    def copy_rows(batch: list[tuple[Any, ...]]) -> None:
        with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
            for row in batch:
                if json_columns:
                    row = tuple(
                        json.dumps(v, ensure_ascii=False)
                        if n in json_columns and v is not None
                        else v
                        for n, v in enumerate(row)
                    )
                copy.write_row(row)

    return copy_rows


def _checksum(rows: Iterator[tuple[Any, ...]]) -> tuple[int, int]:
    count, total = 0, 0
    for row in rows:
        total = (total + _row_digest(row)) % _MODULUS
        count += 1
    return count, total


def _row_digest(row: tuple[Any, ...]) -> int:
    # The values as the models type them on either back end (dates as dates, a JSON list
    # as a list), so their repr is the same wherever they were read.
    return int.from_bytes(hashlib.sha256(repr(row).encode("utf-8")).digest(), "big")
