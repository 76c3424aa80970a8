"""Errors a user can cause, each carrying one sentence they can act on.

The CLI maps them to exit code 2, the GUI to a message dialog; any other
exception is a bug and is reported as such.
"""


class PakruError(Exception):
    """Base of every error a user can cause; ``str(error)`` is the sentence to show."""


class ValidationError(PakruError):
    """Input that cannot be accepted: a bad date, an empty title, an unknown code."""


class NotFoundError(PakruError):
    """A record named by id or key does not exist."""


class ConflictError(PakruError):
    """A record changed since it was read, or would duplicate an existing one."""


class StorageError(PakruError):
    """The database cannot be opened, read or written (locked, damaged, too new)."""
