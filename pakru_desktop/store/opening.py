"""Open a database: create it (schema and seed data) or migrate it, then hand out an engine.

A new SQLite file is built under a temporary name and renamed into place only
when complete, so an interrupted first start never leaves a half-made database.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import StorageError
from pakru_desktop.store import history as _history  # noqa: F401 - records every change
from pakru_desktop.store.engine import make_engine, sqlite_file
from pakru_desktop.store.migrate import ensure_schema, storage_error
from pakru_desktop.store.seed import load_seed
from pakru_desktop.store.seed_upgrade import apply_if_needed

log = logging.getLogger(__name__)

# Who the field history names for records that came with a new database.
SEED_AUTHOR = "seed dataset"


def open_engine(url: str, *, seed: bool = True) -> Engine:
    """Return an engine on an up-to-date database, creating it (seeded unless told not to)."""
    path = sqlite_file(url)
    if path is not None and not path.exists():
        _create_sqlite_file(path, seed=seed)
    engine = make_engine(url)
    try:
        created = ensure_schema(engine, backup_file=path)
        if created and seed:
            _seed(engine)
        apply_if_needed(engine, enabled=seed)
    except BaseException:
        engine.dispose()
        raise
    return engine


def database_exists(url: str) -> bool:
    """True if a SQLite file is already there (always True for a server database)."""
    path = sqlite_file(url)
    return path is None or path.exists()


def _create_sqlite_file(path: Path, *, seed: bool) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        message = f"Cannot create a database in {path.parent}: {error.strerror}."
        raise StorageError(message) from error
    os.close(handle)
    temp = Path(temp_name)
    engine = make_engine(f"sqlite:///{temp}")
    try:
        ensure_schema(engine, backup_file=None)
        if seed:
            _seed(engine)
        with engine.connect() as connection:
            # Fold the WAL into the main file so the rename moves every page.
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        engine.dispose()
        os.replace(temp, path)
        log.info("Created database %s (seeded: %s)", path, seed)
    finally:
        engine.dispose()
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)


def _seed(engine: Engine) -> None:
    try:
        with Session(engine) as session, session.begin():
            session.info[_history.WHO_KEY] = SEED_AUTHOR
            load_seed(session)
    except DBAPIError as error:
        raise storage_error(error) from error
