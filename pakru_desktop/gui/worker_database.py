"""The database a background worker opens for itself, on its own thread.

A SQLAlchemy session or SQLite connection is never shared between threads, so each
worker opens its own from the URL. It never creates, fills or seeds a database, even
when the file was moved away since the window opened it; why it cannot open one is
reported as one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import error_text
from pakru_desktop.services.database import Database, open_database

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def open_for_worker(url: str, failed: Callable[[str], None], what: str) -> Database | None:
    """The database at ``url``, or None after calling ``failed`` with the reason."""
    try:
        return open_database(url, seed=False, create=False)
    except PakruError as error:
        failed(error_text(error))
    except Exception as error:  # a bug: log it fully, report one line
        log.exception("Opening the database for %s failed", what)
        failed(translate("WorkerDatabase", "Unexpected error: {error}").format(error=error))
    return None
