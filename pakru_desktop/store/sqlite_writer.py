"""Writes to a current SQLite file with the standard library alone, for commands that
must start fast.

Importing SQLAlchemy takes ten times longer than ``pakru add-event`` should, so a
plain insert into an existing, up-to-date file of ours goes through ``sqlite3``.
It writes the same rows the ORM would, field history included (``tests/store/
test_sqlite_writer.py`` compares the two row by row). Anything unusual (no file
yet, an older or newer schema or seed, a file that may not be written, another
database) yields None and the caller takes the ORM path, which creates, migrates
or refuses as usual.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pakru_desktop.domain.errors import ConflictError, NotFoundError, sentence
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_input import NewItem
from pakru_desktop.domain.sort_key import sort_key
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.store.file_access import busy_timeout_ms, may_write
from pakru_desktop.store.history_values import encode
from pakru_desktop.store.identify import plainly_ours
from pakru_desktop.store.schema_version import SCHEMA_HEAD, SEED_VERSION, SEED_VERSION_KEY
from pakru_desktop.store.sqlite_functions import install_functions


@contextlib.contextmanager
def writing_current(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection holding the write lock on ``path`` if it is a current database of
    ours, else None; commits when the block ends, rolls everything back on any error."""
    connection = _connect(path)
    if connection is None:
        yield None
        return
    try:
        # The write lock first, then the checks: nothing can migrate the file in between.
        connection.execute("BEGIN IMMEDIATE")
        if not _is_current(connection):
            connection.rollback()
            yield None
            return
        yield connection
        connection.commit()
    except BaseException:
        if connection.in_transaction:
            connection.rollback()
        raise
    finally:
        connection.close()


def _connect(path: Path) -> sqlite3.Connection | None:
    # Only a file already marked as ours that may be written: anything else takes the full
    # opening sequence, which refuses it untouched, opens it read-only or migrates it.
    if not plainly_ours(path) or not may_write(path):
        return None
    try:
        # mode=rw: the file must exist; autocommit, so BEGIN IMMEDIATE is ours to send.
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None
        )
    except sqlite3.Error:
        return None
    # The pragmas every connection of the app gets (``store.engine``).
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    install_functions(connection)
    return connection


def _is_current(connection: sqlite3.Connection) -> bool:
    try:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        seed = connection.execute(
            "SELECT value FROM app_meta WHERE key = ?", (SEED_VERSION_KEY,)
        ).fetchone()
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    except (sqlite3.Error, TypeError):
        return False
    # A file not in WAL mode yet gets it from the full opening sequence.
    return (
        version == SCHEMA_HEAD
        and seed is not None
        and str(seed[0]).isdigit()
        and int(seed[0]) >= SEED_VERSION
        and mode == "wal"
    )


def _stored_time(moment: dt.datetime) -> str:
    # The text SQLAlchemy's SQLite DateTime type stores and reads back.
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def insert_item(connection: sqlite3.Connection, new: NewItem, who: str) -> int:
    """Store ``new`` (creating actors it names that are unknown) with its field history,
    inside the caller's transaction; return the item's id."""
    now = _stored_time(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    history = _History(connection, who, now)
    actors: list[tuple[int, str, str]] = []
    for name, role in new.participants:
        actor_id, actor_name = _actor_for(connection, name, history)
        if not any(a == actor_id and r == role for a, _n, r in actors):
            actors.append((actor_id, actor_name, role))
    date, due = new.date.parts(), new.due.parts() if new.due else (None,) * 6
    item_id = _insert(
        connection,
        "items",
        {
            "kind": new.kind.value,
            "type": new.type,
            "title": new.title,
            "summary": new.summary,
            **_date_columns("date", date),
            **_date_columns("due", due),
            # As the ORM's column default writes it for an item added without a due date.
            "due_inferred": int(bool(due[2])),
            "base_status": new.status,
            "status": new.status,
            "location": new.location,
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "title_key": sort_key(new.title),
            "location_key": sort_key(new.location),
        },
    )
    connection.executemany(
        "INSERT INTO item_sectors (item_id, sector) VALUES (?, ?)",
        [(item_id, sector) for sector in new.sectors],
    )
    connection.executemany(
        "INSERT INTO participations (item_id, actor_id, role) VALUES (?, ?, ?)",
        [(item_id, actor_id, role) for actor_id, _name, role in actors],
    )
    # The fields in the order the ORM's history lists them: dates, columns, collections.
    fields: list[tuple[str, Any]] = [
        ("date", new.date),
        ("due", new.due),
        ("kind", new.kind.value),
        ("type", new.type),
        ("title", new.title),
        ("summary", new.summary),
        ("base_status", new.status),
        ("status", new.status),
        ("location", new.location),
        ("sectors", list(new.sectors) or None),
        ("participants", [f"{name} ({role})" for _id, name, role in actors] or None),
    ]
    history.inserted("items", item_id, item_id, fields)
    history.write()
    return item_id


@dataclass(frozen=True)
class ItemState:
    """What a follow-up needs of its item: kind, statuses and version."""

    id: int
    kind: Kind
    status: str
    base_status: str
    version: int


def item_state(connection: sqlite3.Connection, item_id: int) -> ItemState:
    """The item ``item_id`` as a follow-up sees it, or a sentence saying there is none."""
    row = connection.execute(
        "SELECT id, kind, status, base_status, version FROM items WHERE id = ?", (item_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(sentence("There is no item with id {item_id}.", item_id=item_id))
    return ItemState(row[0], Kind(row[1]), row[2], row[3], row[4])


def insert_follow_up(
    connection: sqlite3.Connection,
    item: ItemState,
    date: FuzzyDate,
    note: str,
    new_status: str | None,
    who: str,
) -> tuple[int, str]:
    """Store a checked follow-up on ``item`` with its field history, and bring the item's
    status up to date (as ``store.status.refresh_status`` does), inside the caller's
    transaction; return the follow-up's id and the item's status now."""
    now = _stored_time(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    history = _History(connection, who, now)
    follow_up_id = _insert(
        connection,
        "follow_ups",
        {"item_id": item.id, **_date_columns("date", date.parts()), "note": note,
         "new_status": new_status, "source_id": None, "created_at": now},
    )  # fmt: skip
    history.inserted("follow_ups", follow_up_id, item.id, [
        ("date", date), ("item_id", item.id), ("note", note), ("new_status", new_status),
    ])  # fmt: skip
    (latest,) = connection.execute(
        "SELECT (SELECT new_status FROM follow_ups WHERE item_id = ? AND new_status IS NOT NULL"
        " ORDER BY date_start DESC, id DESC LIMIT 1)",
        (item.id,),
    ).fetchone()
    status = latest or item.base_status
    if status != item.status:
        # As the ORM writes it: the new status, the moment, the next version, if unchanged.
        changed = connection.execute(
            "UPDATE items SET status = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
            (status, now, item.version + 1, item.id, item.version),
        )
        if changed.rowcount != 1:
            raise ConflictError(
                sentence(
                    "Item {item_id} was changed elsewhere meanwhile; nothing was written.",
                    item_id=item.id,
                )
            )
        history.rows.append(
            ("items", item.id, item.id, "update", "status", encode(item.status), encode(status))
        )
    history.write()
    return follow_up_id, status


def _date_columns(prefix: str, parts: tuple[Any, ...]) -> dict[str, Any]:
    start, precision, inferred, end, end_precision, last = parts
    return {
        f"{prefix}_start": start.isoformat() if start else None,
        f"{prefix}_precision": precision,
        f"{prefix}_inferred": None if inferred is None else int(inferred),
        f"{prefix}_end": end.isoformat() if end else None,
        f"{prefix}_end_precision": end_precision,
        f"{prefix}_last": last.isoformat() if last else None,
    }


def _insert(connection: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    cursor = connection.execute(sql, tuple(row.values()))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _actor_for(connection: sqlite3.Connection, name: str, history: _History) -> tuple[int, str]:
    """(id, name) of the actor whose name or alias is ``name`` in any case, created if new
    (as ``services.item_fields.actor_for`` does)."""
    found = connection.execute("SELECT id, name FROM actors WHERE name = ?", (name,)).fetchone()
    if found is not None:
        return found[0], found[1]
    wanted = name.casefold()
    for actor_id, actor_name, aliases in connection.execute(
        "SELECT id, name, aliases FROM actors ORDER BY id"
    ):
        names = [actor_name, *(json.loads(aliases) if aliases else ())]
        if any(n.casefold() == wanted for n in names):
            return actor_id, actor_name
    row = {"name": name, "kind": "person", "country": "", "title": "", "aliases": "[]"}
    actor_id = _insert(connection, "actors", row)
    history.inserted("actors", actor_id, None, [(k, v) for k, v in row.items() if k != "aliases"]
                     + [("aliases", [])])  # fmt: skip
    return actor_id, name


class _History:
    """The history rows of one user action: one change number, one moment, one author."""

    def __init__(self, connection: sqlite3.Connection, who: str, at: str) -> None:
        self.connection = connection
        self.common = (at, who)
        self.rows: list[tuple[Any, ...]] = []

    def inserted(
        self, table: str, row_id: int, item_id: int | None, fields: list[tuple[str, Any]]
    ) -> None:
        """A row per field of a new record that has a value."""
        for field, value in fields:
            if value is not None:
                self.rows.append((table, row_id, item_id, "insert", field, None, encode(value)))

    def write(self) -> None:
        """Insert the rows, numbered as the next change."""
        (latest,) = self.connection.execute("SELECT max(id) FROM history").fetchone()
        change = (latest or 0) + 1
        self.connection.executemany(
            "INSERT INTO history (at, who, change, table_name, row_id, item_id, action, field,"
            " old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*self.common, change, *row) for row in self.rows],
        )
