"""SQL functions added to every SQLite connection, so SQLite behaves like other databases.

SQLite's built-in ``lower()`` folds ASCII letters only, so a search for "встреча"
would miss "Встреча"; replacing it with Python's Unicode-aware folding makes
case-insensitive search and title sorting work in every script.
"""

from __future__ import annotations

import sqlite3


def _fold(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    return value.casefold() if isinstance(value, str) else value


def install_functions(connection: sqlite3.Connection) -> None:
    """Register the functions on a raw ``sqlite3`` connection."""
    connection.create_function("lower", 1, _fold, deterministic=True)
