"""How errors reach people: one message helper for user errors, a crash dialog for bugs.

A ``PakruError`` carries a sentence the user can act on and is shown as such, in the
window's language: ``error_text`` translates its ``Sentence`` (catalogue context
``Messages``, listed by ``service_messages.py``). The command line and the logs print the
English ``str(error)``. Anything else is a bug: it is logged with its traceback and shown
in a dialog whose details can be copied into a report; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pakru_desktop.domain.errors import PakruError, Sentence

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

# The context of the sentences the domain, services and store layers write.
MESSAGES = "Messages"


def sentence_text(text: str) -> str:
    """``text`` in the window's language: a ``Sentence``'s template translated and filled
    with its values (nested sentences translated too); any other string as it is."""
    if not isinstance(text, Sentence):
        return text
    values = {
        name: sentence_text(value) if isinstance(value, Sentence) else value
        for name, value in text.values.items()
    }
    translated = translate(MESSAGES, text.template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a placeholder the template lacks: the English, not a crash.
        log.warning("Bad translation of %r: %r", text.template, translated)
        return text.template.format(**values)


def error_text(error: BaseException) -> str:
    """What the window says for ``error``: its sentence in the window's language when it
    was raised with a ``Sentence``, else ``str(error)`` (the English the CLI prints)."""
    message = error.args[0] if len(error.args) == 1 else None
    if isinstance(message, Sentence):
        return sentence_text(message)
    return str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show a user error as a sentence (titled ``title``, else the app's name), or a bug as
    a crash dialog."""
    if isinstance(error, PakruError):
        QMessageBox.warning(
            parent, title or translate("Errors", "Pakru Desktop"), error_text(error)
        )
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
