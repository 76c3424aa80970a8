"""Driver errors turned into sentences a user can act on: locked, read-only, damaged, full."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from pakru_desktop.domain.errors import StorageError


def storage_error(error: DBAPIError) -> StorageError:
    """Turn a driver error into a sentence: locked, read-only, damaged, unreachable."""
    message = str(error.orig).lower()
    if "locked" in message or "busy" in message:
        return StorageError("The database is locked by another program; try again in a moment.")
    if "readonly" in message or "read-only" in message:
        return StorageError("The database is read-only; check the file's permissions.")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return StorageError(
            "The database file is damaged or is not a database; it was left untouched."
        )
    if "unable to open" in message:
        return StorageError("The database file cannot be opened; check the path and permissions.")
    if "disk" in message and "full" in message:
        return StorageError("The disk is full; nothing was written.")
    return StorageError(f"The database reported an error: {error.orig}.")
