"""The full check of a database (``pakru check``): SQLite's ``integrity_check`` of every
page and index, ``foreign_key_check`` of every reference and FTS5's ``integrity-check`` of
the search index against the records; and the quicker check the window runs when it
opens a database. On a PostgreSQL server, which keeps its own pages whole and enforces
every reference itself, the check is that the word index is there on every table."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.services.database import Database
from pakru_desktop.store.search_index import INDEXED_TABLES
from pakru_desktop.store.server_search import SERVER_INDEXED, VECTOR


def check_database(db: Database) -> list[str]:
    """Every problem found, one sentence each; an empty list when the database is whole."""
    findings: list[str] = []
    try:
        with db.reading() as session:
            if db.engine.dialect.name == "sqlite":
                pages = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
                findings += [f"storage: {line}" for line in pages if line != "ok"]
                for table, row_id, parent, _key in session.execute(
                    text("PRAGMA foreign_key_check")
                ):
                    findings.append(f"{table} row {row_id} points at a missing {parent} record")
                if not db.read_only:
                    findings += _search_index_findings(session)
            else:
                findings += _server_index_findings(session)
    except StorageError as error:  # too damaged for the check to read
        findings.append(str(error).rstrip("."))
    return findings


def _server_index_findings(session: Session) -> list[str]:
    """A server's word index: each searched table's vector column and its GIN index."""
    findings = []
    for table in (i.table for i in SERVER_INDEXED):
        column = session.execute(
            text(
                "SELECT 1 FROM information_schema.columns WHERE table_name = :table"
                " AND column_name = :column"
            ),
            {"table": table, "column": VECTOR},
        ).first()
        index = session.execute(
            text("SELECT 1 FROM pg_indexes WHERE tablename = :table AND indexname = :index"),
            {"table": table, "index": f"ix_{table}_search"},
        ).first()
        if column is None or index is None:
            findings.append(f"search index: the word index of {table} is missing")
    return findings


def _search_index_findings(session: Session) -> list[str]:
    """FTS5's ``integrity-check`` of each index table, comparing it with the records it
    indexes (rank 1). A command written as an INSERT: a database that may only be read is
    not checked this way. Nothing is written; the session rolls back."""
    findings = []
    for table in INDEXED_TABLES:
        try:
            with session.begin_nested():
                command = f"INSERT INTO {table.name} ({table.name}, rank) VALUES (:check, 1)"
                session.execute(text(command), {"check": "integrity-check"})
        except DBAPIError as error:
            what = table.name.removeprefix("search_").replace("_", "-")
            findings.append(
                f"search index: the index of {what} does not match the records"
                f" ({str(error.orig).rstrip('.')})"
            )
    return findings


# Above this size the check at start-up is skipped (it reads every page); ``pakru check``
# still checks any size.
QUICK_CHECK_LIMIT = 200 * 1024 * 1024


def check_on_open(db: Database) -> str | None:
    """``PRAGMA quick_check`` of a SQLite file small enough to check at start-up: None if it
    is whole (or was not checked), else a sentence saying what is wrong and what to do."""
    path = db.path
    if path is None or not path.exists() or path.stat().st_size > QUICK_CHECK_LIMIT:
        return None
    try:
        with db.reading() as session:
            verdict = [row[0] for row in session.execute(text("PRAGMA quick_check(5)"))]
    except StorageError as error:  # so damaged that the check itself cannot read it
        verdict = [str(error).rstrip(".")]
    if verdict == ["ok"]:
        return None
    return sentence(
        "The database {path} is damaged ({verdict}). Restore a backup "
        "(File ▸ Backups…, or pakru backups and pakru restore PATH).",
        path=str(path),
        verdict="; ".join(verdict),
    )
