"""Which database a command or the window opens, and paths as a person types them.

The choice is options first (``--db``, ``--database-url``), then ``PAKRU_DB`` /
``PAKRU_DATABASE_URL``, then the default file; kept free of SQLAlchemy so that the quick
command paths can use it.
"""

from pakru_desktop.store.location import resolve_database_url, user_path

__all__ = ["resolve_database_url", "user_path"]
