"""How errors reach people: one message helper for user errors, a crash dialog for bugs.

A ``PakruError`` carries a sentence the user can act on and is shown as such.
Anything else is a bug: it is logged with its traceback and shown in a dialog
whose details can be copied into a report; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pakru_desktop.domain.errors import PakruError

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show a user error as a sentence (titled ``title``, else the app's name), or a bug as
    a crash dialog."""
    if isinstance(error, PakruError):
        QMessageBox.warning(parent, title or translate("Errors", "Pakru Desktop"), str(error))
    else:
        show_crash(parent, type(error), error, error.__traceback__)


def show_crash(
    parent: QWidget | None,
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
) -> None:
    """Log an unexpected exception and show it with copyable details."""
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("Unexpected error:\n%s", details)
    box = QMessageBox(parent)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Errors", "Unexpected error"))
    box.setText(
        translate(
            "Errors",
            "Something went wrong inside Pakru Desktop. Your data was not changed by it.",
        )
    )
    box.setInformativeText(
        translate(
            "Errors",
            "The details below were written to the log. "
            "Copy them into a report if it happens again.",
        )
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    # Qt has no Urdu words for its standard buttons: the app gives its own.
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Errors", "OK"))
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions (e.g. in slots) to the crash dialog instead of aborting."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, PakruError):
            show_error(QApplication.activeWindow(), error)
            return
        show_crash(QApplication.activeWindow(), kind, error, tb)

    sys.excepthook = hook
