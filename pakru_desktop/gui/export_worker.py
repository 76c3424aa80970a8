"""CSV export off the GUI thread: a ``QRunnable`` that reports only through signals.

The worker opens its own ``Database`` (engine and sessions) from the URL, because a
SQLAlchemy session or SQLite connection must never be shared between threads. It
never touches a widget; the export dialog listens to its signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.worker_database import open_for_worker
from pakru_desktop.services.export_csv import ALL_FILES, ExportCancelled, export_csv

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ExportSignals(QObject):
    """What an export reports; emitted from the worker thread, delivered queued to the GUI."""

    progressed = Signal(str, int)
    """A file name (without ``.csv``) and how many of its rows are written so far."""
    finished = Signal(object)
    """The ``ExportResult``."""
    failed = Signal(str)
    """One sentence saying why the export did not happen."""
    cancelled = Signal()
    """The export stopped on request; no files were left behind."""


class ExportWorker(QRunnable):
    """Run ``export_csv`` once on a thread pool; ``cancel()`` may be called from any thread."""

    def __init__(
        self,
        db_url: str,
        folder: Path,
        *,
        names: Sequence[str] = ALL_FILES,
        item_filter: ItemFilter | None = None,
        excel: bool = False,
    ) -> None:
        super().__init__()
        # The pool deletes the runnable in its own thread once run() returns, which would
        # take a Python-owned QObject with it, in the wrong thread. So the signals object
        # is owned by the application instead and deleted in the GUI thread by deleteLater()
        # once run() has emitted its last signal. cancel() touches no C++ state, so callers
        # may keep the Python object after that.
        self.signals = ExportSignals(QCoreApplication.instance())
        self.db_url = db_url
        self.folder = folder
        self.names = tuple(names)
        self.item_filter = item_filter
        self.excel = excel
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop at its next progress report and remove what it wrote."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether ``cancel()`` has been called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Export, then emit exactly one of ``finished``, ``failed`` or ``cancelled``."""
        try:
            self._export()
        finally:
            # Queued deliveries of the signals above are already posted; this comes after.
            self.signals.deleteLater()

    def _export(self) -> None:
        if self._cancel.is_set():
            self.signals.cancelled.emit()
            return
        db = open_for_worker(self.db_url, self.signals.failed.emit, "export")
        if db is None:
            return
        try:
            result = export_csv(
                db,
                self.folder,
                names=self.names,
                item_filter=self.item_filter,
                excel=self.excel,
                progress=self._progress,
            )
        except ExportCancelled:
            self.signals.cancelled.emit()
        except PakruError as error:
            self.signals.failed.emit(error_text(error))
        except Exception as error:  # a bug: log it fully, report one line
            log.exception("CSV export failed")
            self.signals.failed.emit(
                translate("ExportWorker", "Unexpected error: {error}").format(error=error)
            )
        else:
            self.signals.finished.emit(result)
        finally:
            db.close()

    def _progress(self, name: str, rows: int) -> bool:
        self.signals.progressed.emit(name, rows)
        return self._cancel.is_set()
