"""Errors a user can cause, each carrying one sentence they can act on.

The CLI maps them to exit code 2, the GUI to a message dialog; any other
exception is a bug and is reported as such.
"""

from __future__ import annotations


class PakruError(Exception):
    """Base of every error a user can cause; ``str(error)`` is the sentence to show."""


class ValidationError(PakruError):
    """Input that cannot be accepted: a bad date, an empty title, an unknown code.

    ``field`` names the input at fault (``"title"``, ``"date"``, ``"due"`` …) when known,
    so a form can mark it.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    def for_field(self, field: str) -> ValidationError:
        """This error, attributed to ``field`` unless it already names one."""
        if self.field is None:
            self.field = field
        return self


class NotFoundError(PakruError):
    """A record named by id or key does not exist."""


class ConflictError(PakruError):
    """A record changed since it was read, or would duplicate an existing one."""


# What a write refused by the database's constraints says, whichever path wrote it.
CONSTRAINT_CONFLICT = (
    "The change conflicts with existing records (a duplicate or a missing reference);"
    " nothing was written."
)


class StorageError(PakruError):
    """The database cannot be opened, read or written (locked, damaged, too new)."""
