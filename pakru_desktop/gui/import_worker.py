"""CSV import off the GUI thread: a ``QRunnable`` that reports only through signals.

Like the export's worker it opens its own ``Database`` from the URL (a SQLAlchemy session
or SQLite connection is never shared between threads) and touches no widget. The history
names the window's author, and the window learns the change numbers the import wrote, so
it does not take its own import for a change made elsewhere.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.worker_database import open_for_worker
from pakru_desktop.services.import_csv import ImportRefused, import_csv

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ImportSignals(QObject):
    """What an import reports; emitted from the worker thread, delivered queued to the GUI."""

    finished = Signal(object, object)
    """The ``ImportResult`` and the set of history change numbers it wrote."""
    refused = Signal(object)
    """The ``ImportRefused`` listing every problem (nothing was written)."""
    failed = Signal(str)
    """One sentence saying why the import did not happen."""


class ImportWorker(QRunnable):
    """Run ``import_csv`` once (a dry run, or for real) on a thread pool."""

    def __init__(self, db_url: str, path: Path, kind: str, *, dry_run: bool, author: str) -> None:
        super().__init__()
        # Owned by the application and deleted in the GUI thread (see ``ExportWorker``).
        self.signals = ImportSignals(QCoreApplication.instance())
        self.db_url = db_url
        self.path = path
        self.kind = kind
        self.dry_run = dry_run
        self.author = author

    def run(self) -> None:
        """Import, then emit exactly one of ``finished``, ``refused`` or ``failed``."""
        try:
            self._import()
        finally:
            self.signals.deleteLater()

    def _import(self) -> None:
        db = open_for_worker(self.db_url, self.signals.failed.emit, "import")
        if db is None:
            return
        db.set_author(self.author)
        try:
            result = import_csv(db, self.path, self.kind, dry_run=self.dry_run)
        except ImportRefused as refused:
            self.signals.refused.emit(refused)
        except PakruError as error:
            self.signals.failed.emit(error_text(error))
        except Exception as error:  # a bug: log it fully, report one line
            log.exception("CSV import failed")
            self.signals.failed.emit(
                translate("ImportWorker", "Unexpected error: {error}").format(error=error)
            )
        else:
            self.signals.finished.emit(result, set(db.own_changes))
        finally:
            db.close()
