"""The full check of a database (``pakru check``): SQLite's ``integrity_check`` of every
page and index and ``foreign_key_check`` of every reference; and the quicker check the
window runs when it opens a database."""

from __future__ import annotations

from sqlalchemy import text

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.services.database import Database


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
    except StorageError as error:  # too damaged for the check to read
        findings.append(str(error).rstrip("."))
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
    return (
        f"The database {path} is damaged ({'; '.join(verdict)}). Restore a backup "
        "(File ▸ Backups…, or pakru backups and pakru restore PATH)."
    )
