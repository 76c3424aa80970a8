"""The timeline's queries off the window's thread, latest request first, stale ones dropped.

One worker thread (a one-thread ``QThreadPool``) runs the requests in order with its own
``Database`` opened from the URL (STYLE.md point 7). A request superseded before it
starts is skipped, so fast panning costs one query per pause, not one per frame. Results
come back by signals, queued to the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import error_text
from pakru_desktop.gui.worker_database import open_for_worker
from pakru_desktop.services import timeline
from pakru_desktop.services.database import Database
from pakru_desktop.services.timeline import TimelineExtent, TimelineFilter

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


@dataclass(frozen=True)
class WindowRequest:
    """A window of days to read, with the filter, as-of day and data version it is for."""

    first: dt.date
    last: dt.date
    flt: TimelineFilter
    as_of: dt.date
    version: int
    buckets: int


class LoaderSignals(QObject):
    """What the worker reports (owned by the application, see ``ExportWorker``)."""

    extent_loaded = Signal(object, object)
    """``(TimelineFilter, data version)`` and the ``TimelineExtent`` read for them."""
    window_loaded = Signal(object, object)
    """The ``WindowRequest`` and its ``TimelineSlice``."""
    links_loaded = Signal(int, object)
    """An item id and its ``TimelineLink`` tuple."""
    failed = Signal(str)
    """One sentence saying why a read did not happen."""
    finished = Signal()
    """A request is done (after its results, if any, so they are delivered first)."""


class TimelineLoader(QObject):
    """Queues reads of extents, windows and links; emits their results in the GUI thread."""

    def __init__(self, db_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.signals = LoaderSignals(QCoreApplication.instance())
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._latest: dict[str, int] = {}
        self._pending = 0
        self._lock = threading.Lock()
        self._worker_db: Database | None = None
        self._extents: dict[tuple[TimelineFilter, int], TimelineExtent] = {}
        self.signals.finished.connect(self._done)

    def busy(self) -> bool:
        """True while a request is queued or running (or its result not yet delivered)."""
        return self._pending > 0

    def _done(self, *_args: object) -> None:
        self._pending = max(self._pending - 1, 0)

    def request_window(self, request: WindowRequest) -> None:
        """Read ``request``'s window (and its filter's extent first, if not yet known)."""
        self._submit("window", lambda: self._window(request))

    def request_extent(self, flt: TimelineFilter, version: int) -> None:
        """Read the extent of ``flt``'s items (emitted by ``extent_loaded``)."""
        self._submit("extent", lambda: self._extent_only(flt, version))

    def request_links(self, item_id: int, as_of: dt.date) -> None:
        """Read the links of ``item_id``."""
        self._submit("links", lambda: self._links(item_id, as_of))

    def extent(self, flt: TimelineFilter, version: int) -> TimelineExtent | None:
        """The extent already read for this filter and data version, if any."""
        with self._lock:
            return self._extents.get((flt, version))

    def _submit(self, channel: str, work) -> None:
        number = self._latest.get(channel, 0) + 1
        self._latest[channel] = number
        self._pending += 1
        self.pool.start(_Job(self, channel, number, work))

    def is_latest(self, channel: str, number: int) -> bool:
        """Whether request ``number`` is still the newest of its channel."""
        return self._latest.get(channel) == number

    def database(self) -> Database | None:
        """The worker's own database (opened on first use, in the worker thread)."""
        if self._worker_db is None:
            self._worker_db = open_for_worker(self.db_url, self.signals.failed.emit, "timeline")
        return self._worker_db

    def _extent_for(self, db: Database, flt: TimelineFilter, version: int) -> TimelineExtent:
        key = (flt, version)
        with self._lock:
            known = self._extents.get(key)
        if known is not None:
            return known
        extent = timeline.timeline_extent(db, flt)
        with self._lock:
            # Extents of older versions can never be asked for again.
            self._extents = {k: v for k, v in self._extents.items() if k[1] == version}
            self._extents[key] = extent
        self.signals.extent_loaded.emit(key, extent)
        return extent

    def _extent_only(self, flt: TimelineFilter, version: int) -> None:
        db = self.database()
        if db is not None:
            self._extent_for(db, flt, version)

    def _window(self, request: WindowRequest) -> None:
        db = self.database()
        if db is None:
            return
        extent = self._extent_for(db, request.flt, request.version)
        result = timeline.timeline_window(
            db,
            request.first,
            request.last,
            flt=request.flt,
            as_of=request.as_of,
            extent=extent,
            buckets=request.buckets,
        )
        self.signals.window_loaded.emit(request, result)

    def _links(self, item_id: int, as_of: dt.date) -> None:
        db = self.database()
        if db is not None:
            self.signals.links_loaded.emit(item_id, timeline.item_links(db, item_id, as_of=as_of))

    def shutdown(self) -> None:
        """Wait for the running read, then close the worker's database."""
        self._latest = {k: -1 for k in self._latest}  # what has not started is skipped
        self.pool.waitForDone()
        if self._worker_db is not None:
            self._worker_db.close()
            self._worker_db = None


class _Job(QRunnable):
    """One request; skipped if a newer one of its channel came in before it started."""

    def __init__(self, loader: TimelineLoader, channel: str, number: int, work) -> None:
        super().__init__()
        self.loader, self.channel, self.number, self.work = loader, channel, number, work

    def run(self) -> None:
        signals = self.loader.signals
        try:
            if self.loader.is_latest(self.channel, self.number):
                self.work()
        except PakruError as error:
            signals.failed.emit(error_text(error))
        except Exception as error:  # a bug: log it fully, report one line
            log.exception("A timeline read failed")
            signals.failed.emit(
                translate("TimelineLoader", "Unexpected error: {error}").format(error=error)
            )
        finally:
            signals.finished.emit()
