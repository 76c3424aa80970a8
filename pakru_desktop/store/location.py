"""Where the database lives: ``--db``/``--database-url``, env, or the default file.

No SQLAlchemy here, so a command can find its database before deciding whether
it needs the ORM at all.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote

import appdirs

from pakru_desktop.domain.errors import StorageError, sentence
from pakru_desktop.domain.quoting import quoted

APP_NAME = "pakru-desktop"
DEFAULT_FILE_NAME = "pakru.sqlite3"


def default_database_path() -> Path:
    """``pakru.sqlite3`` in the user's data folder, e.g. ``~/.local/share/pakru-desktop``."""
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def user_path(path: str | Path) -> Path:
    """``path`` with a leading ``~`` or ``~user`` expanded; a sentence for an unknown user."""
    try:
        return Path(path).expanduser()
    except RuntimeError:  # "~nobody-here/x": no such user, so no home folder to put there
        user = str(path).split("/", 1)[0]
        raise StorageError(
            sentence(
                "{user} names no user of this computer, so the path {path} "
                "cannot be found; write the folder out in full.",
                user=quoted(user),
                path=quoted(str(path)),
            )
        ) from None


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file, with ``~`` expanded and the path made absolute."""
    return f"sqlite:///{user_path(path).resolve()}"


def resolve_database_url(
    db_path: str | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """Choose the database URL: options first, then ``PAKRU_DB``/``PAKRU_DATABASE_URL``, then
    the default file. Giving both a file and a URL is refused rather than guessed.
    """
    env = os.environ if environ is None else environ
    if db_path and database_url:
        raise StorageError(
            sentence("Give either a database file (--db) or a database URL, not both.")
        )
    if db_path:
        return sqlite_url(Path(db_path))
    if database_url:
        return database_url
    if env.get("PAKRU_DB"):
        return sqlite_url(Path(env["PAKRU_DB"]))
    if env.get("PAKRU_DATABASE_URL"):
        return env["PAKRU_DATABASE_URL"]
    return sqlite_url(default_database_path())


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (no driver, no query), else None."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = unquote(url[len(prefix) :])
    if not path or path == ":memory:":
        return None
    return Path(path)
