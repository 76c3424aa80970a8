"""Tell whether an existing file is a Pakru Desktop database, without writing a byte to it.

Runs before any pragma that writes (``journal_mode=WAL`` does), so a file that is not
ours is refused exactly as it was found:

1. The 100-byte SQLite header, read as plain bytes: no ``SQLite format 3`` magic means
   damaged or not a database; an ``application_id`` that is set and not ours means
   another program's database; our ``application_id`` with a ``user_version`` (the schema
   number) above ``SCHEMA_NUMBER`` means a newer release's database.
2. A read-only look (``mode=ro``) at the schema: ``application_id`` and ``user_version``
   again (the header may be stale while a change sits in the WAL), the Alembic revision,
   our tables, and tables an interrupted migration of an older release left behind. A
   file with ``application_id`` 0 (written by an older release, or by another program)
   is ours only if it holds our tables and a revision this release knows; it is called
   newer only if the tables are clearly ours. ``user_version`` 0 is a file of a release
   that did not set it yet, and opens as before.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.store.schema_version import KNOWN_REVISIONS, SCHEMA_HEAD, SCHEMA_NUMBER
from pakru_desktop.store.search_index import INDEX_OBJECTS

# "PAKR": written into every database this release creates or migrates.
APPLICATION_ID = 0x50414B52

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
USER_VERSION_OFFSET = 60
APPLICATION_ID_OFFSET = 68
# File format read version: 2 in WAL mode, 1 with a rollback journal.
WAL_VERSION_OFFSET = 19

# Tables every revision has had: a file without our application_id needs them all.
CORE_TABLES = frozenset({"items", "actors", "sources", "follow_ups", "evidence", "links"})
# Every table any revision has had.
OUR_TABLES = (
    CORE_TABLES | {"item_sectors", "participations", "history", "app_meta"} | INDEX_OBJECTS
)
# Batch mode's copy of a table being rebuilt; see ``store.migrate.repair_leftovers``.
TMP_PREFIX = "_alembic_tmp_"


@dataclass(frozen=True)
class OurFile:
    """What the read-only look found in one of our databases."""

    revision: str
    application_id: int
    leftovers: tuple[str, ...]
    """``_alembic_tmp_*`` tables left by an older release's interrupted migration."""
    user_version: int = SCHEMA_NUMBER
    """The schema number in the header; 0 for a file of a release that did not set it."""

    @property
    def needs_migration(self) -> bool:
        """True if the schema must change (older revision, or leftovers to repair)."""
        return self.revision != SCHEMA_HEAD or bool(self.leftovers)

    @property
    def needs_stamp(self) -> bool:
        """True if a current file's header does not say yet that it is ours, at this schema."""
        return self.application_id != APPLICATION_ID or self.user_version != SCHEMA_NUMBER


def identify(path: Path) -> OurFile:
    """Describe our database at ``path`` (non-empty, existing), or refuse it untouched."""
    header = _read_header(path)
    claimed = _header_number(header, APPLICATION_ID_OFFSET)
    if claimed not in (0, APPLICATION_ID):
        raise _not_ours(path)
    if claimed == APPLICATION_ID:
        _refuse_if_newer(_header_number(header, USER_VERSION_OFFSET))
    return _look_read_only(path, wal_mode=header[WAL_VERSION_OFFSET] == 2)


def _header_number(header: bytes, offset: int) -> int:
    return int.from_bytes(header[offset : offset + 4], "big")


def _refuse_if_newer(user_version: int) -> None:
    # Only read in a file carrying our application_id: another program's user_version
    # means whatever that program wants it to.
    if user_version > SCHEMA_NUMBER:
        raise newer_error(user_version)


def header_says_ours(path: Path) -> bool:
    """True if the file's header carries our ``application_id`` (read as plain bytes)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:
        return False
    claimed = header[APPLICATION_ID_OFFSET : APPLICATION_ID_OFFSET + 4]
    return header.startswith(SQLITE_MAGIC) and claimed == APPLICATION_ID.to_bytes(4, "big")


def plainly_ours(path: Path) -> bool:
    """True if ``path`` is a regular file whose header is ours; False for anything else,
    a path the system cannot even look at (a name too long, say) included: the quick
    paths then leave it to the full opening sequence, which says why in a sentence."""
    try:
        return path.is_file() and header_says_ours(path)
    except OSError:
        return False


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except IsADirectoryError:
        raise folder_error(path) from None
    except OSError as error:
        raise unreadable_error(path, error) from error
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise damaged_error(path)
    return header


def _look_read_only(path: Path, *, wal_mode: bool) -> OurFile:
    # Every page of a WAL-mode file without a -wal file is in the main file. Reading it
    # normally creates -wal and -shm files, which a read-only connection cannot remove
    # again; as immutable it is read without them, leaving the folder as it was found.
    # Should it change meanwhile, what looked damaged is read again the normal way.
    immutable = wal_mode and not Path(f"{path}-wal").exists()
    before = _signature(path)
    try:
        return _classify(path, *_read_schema(path, immutable=immutable))
    except sqlite3.DatabaseError:
        if not immutable or _signature(path) == before:
            raise damaged_error(path) from None
    try:
        return _classify(path, *_read_schema(path, immutable=False))
    except sqlite3.DatabaseError:
        raise damaged_error(path) from None


def _signature(path: Path) -> tuple[int, int, bool]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, Path(f"{path}-wal").exists()


def _read_schema(path: Path, *, immutable: bool) -> tuple[int, int, set[str], str | None]:
    uri = f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise StorageError(
            sentence(
                "The database file {path} cannot be opened: {reason}.",
                path=str(path),
                reason=str(error),
            )
        ) from error
    try:
        connection.execute("PRAGMA busy_timeout=5000")
        # The header may be stale: a committed change can still sit in the WAL.
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = "SELECT name FROM sqlite_master WHERE type = 'table'"
        names = {row[0] for row in connection.execute(tables)}
        revision = None
        if "alembic_version" in names:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise StorageError(
                sentence("The database is locked by another program; try again in a moment.")
            ) from error
        raise
    finally:
        connection.close()
    return application_id, user_version, names, revision


def _classify(
    path: Path, application_id: int, user_version: int, names: set[str], revision: str | None
) -> OurFile:
    ours = application_id == APPLICATION_ID
    if application_id not in (0, APPLICATION_ID):
        raise _not_ours(path)
    if ours:
        _refuse_if_newer(user_version)
    leftovers = tuple(sorted(n for n in names if n.startswith(TMP_PREFIX)))
    # A leftover copy may stand in for a table a crash dropped (see repair_leftovers).
    tables = names | {n.removeprefix(TMP_PREFIX) for n in leftovers}
    clearly_ours = ours or ("alembic_version" in tables and tables >= CORE_TABLES)
    if revision in KNOWN_REVISIONS and clearly_ours:
        return OurFile(str(revision), application_id, leftovers, user_version if ours else 0)
    if revision is not None and clearly_ours:
        raise newer_error(revision)
    # An older release filled an empty file in place; killed, it left alembic_version
    # (made first, stamped last) beside some of our tables.
    unfinished = "alembic_version" in tables and tables - {"alembic_version"} <= OUR_TABLES
    if revision is None and (ours or unfinished):
        raise StorageError(
            sentence(
                "The database {path} was never finished (an earlier start was interrupted while "
                "creating it); it was left untouched. Move it away and start again to create it.",
                path=str(path),
            )
        )
    raise _not_ours(path)


def _not_ours(path: Path) -> StorageError:
    return StorageError(
        sentence(
            "{path} is not a Pakru Desktop database (it belongs to another program); "
            "it was left untouched.",
            path=str(path),
        )
    )


def newer_error(schema: int | str) -> StorageError:
    """The sentence for a database that a newer release wrote (``schema`` is its version:
    a ``user_version`` number or an Alembic revision)."""
    return StorageError(
        sentence(
            "This database was written by a newer release of Pakru Desktop (schema {schema}); "
            "update the app to open it. It was left untouched.",
            schema=str(schema),
        )
    )


def damaged_error(path: Path) -> StorageError:
    """The sentence for a file that is damaged or is not a SQLite database at all."""
    return StorageError(
        sentence(
            "The database file {path} is damaged or is not a database; it was left untouched.",
            path=str(path),
        )
    )


def unreadable_error(path: Path, error: OSError) -> StorageError:
    """The sentence for a database file the system will not let us read."""
    return StorageError(
        sentence(
            "The database file {path} cannot be read: {reason}.",
            path=str(path),
            reason=error.strerror,
        )
    )


def folder_error(path: Path) -> StorageError:
    """The sentence for a database path that names a folder."""
    return StorageError(sentence("{path} is a folder, not a database file.", path=str(path)))
