"""Which database a command or the window opens, and paths as a person types them.

The choice is options first (``--db``, ``--database-url``), then ``PAKRU_DB`` /
``PAKRU_DATABASE_URL``, then the default file; kept free of SQLAlchemy so that the quick
command paths can use it.
"""

from pakru_desktop.store.location import resolve_database_url, sqlite_url, user_path

__all__ = ["database_url_of", "resolve_database_url", "user_path"]


def database_url_of(where: str) -> str:
    """A database URL as typed, or a SQLite file's path as a person types it."""
    return where if "://" in where else sqlite_url(user_path(where))
