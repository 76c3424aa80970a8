"""Run a read on the thread pool and hand its answer back to the window, newest only.

A read that may scan a table (a long list's ids, a count) must not hold the window's
thread. ``LatestOnly`` numbers each request; an answer that arrives for an older one —
the user typed on, sorted again — is dropped, so what is shown is always what was asked
last. The work shares the window's ``Database``: each read opens a session of its own,
and the engine hands each thread its own connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import error_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def _unexpected(what: str, error: Exception) -> str:
    # One whole sentence per thing read (``what`` is also the log's word for it).
    sentences = {
        "the list": translate("Background", "Unexpected error while reading the list: {error}"),
        "the article": translate(
            "Background", "Unexpected error while reading the article: {error}"
        ),
        "the daily backup": translate(
            "Background", "Unexpected error while reading the daily backup: {error}"
        ),
    }
    sentence = sentences.get(what)
    if sentence is None:
        sentence = translate("Background", "Unexpected error while reading {what}: {error}")
    return sentence.format(what=what, error=error)


class _Signals(QObject):
    finished = Signal(int, object)
    """The request's number and its result, or the exception it raised."""


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], ticket: int, what: str) -> None:
        super().__init__()
        # Owned by the application, so it lives in (and is deleted on) the GUI thread.
        self.signals = _Signals(QCoreApplication.instance())
        self.work, self.ticket, self.what = work, ticket, what

    def run(self) -> None:
        try:
            try:
                result: Any = self.work()
            except PakruError as error:
                result = error
            except Exception as error:  # a bug: log it fully, report one line
                log.exception("Reading %s failed", self.what)
                result = error
            self.signals.finished.emit(self.ticket, result)
        finally:
            self.signals.deleteLater()


class LatestOnly(QObject):
    """Starts reads; delivers the newest one's result (or one sentence saying why it failed)."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        deliver: Callable[[Any], None],
        failed: Callable[[str], None],
        what: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._deliver, self._failed, self._what = deliver, failed, what
        self._ticket = 0
        self._waiting = False

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work`` on the pool; whatever an earlier call is still doing is now moot."""
        self._ticket += 1
        task = _Task(work, self._ticket, self._what)
        task.signals.finished.connect(self._finished)
        self._set_waiting(True)
        QThreadPool.globalInstance().start(task)

    def cancel(self) -> None:
        """Drop the answer of the read under way, if any."""
        self._ticket += 1
        self._set_waiting(False)

    def busy(self) -> bool:
        """True while the newest read has not answered."""
        return self._waiting

    def _finished(self, ticket: int, result: Any) -> None:
        if ticket != self._ticket:
            return  # an older request's answer
        self._set_waiting(False)
        if isinstance(result, PakruError):
            self._failed(error_text(result))
        elif isinstance(result, Exception):
            self._failed(_unexpected(self._what, result))
        else:
            self._deliver(result)

    def _set_waiting(self, waiting: bool) -> None:
        if waiting != self._waiting:
            self._waiting = waiting
            self.busy_changed.emit(waiting)
