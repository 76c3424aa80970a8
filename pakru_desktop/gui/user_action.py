"""Every user action the same way: call the service, push its undo step, tell the views.

One action is one service call (one transaction). What it changed goes to every view
through the change hub; its undo step goes on the window's stack. A refusal (a
``PakruError``) is either shown over the widget that asked — for a button — or left to
the caller — for a dialog, which shows it beside the field concerned and stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.errors import show_error

Result = TypeVar("Result")


def perform(
    hub: ChangeHub,
    undo_stack: QUndoStack,
    call: Callable[[], Result],
    undo: Callable[[Result], QUndoCommand] | None,
    *,
    show_refusal: bool = False,
    parent: QWidget | None = None,
) -> Result | None:
    """Run ``call`` (a service), push ``undo(result)``, announce ``result.changes``.

    With ``show_refusal`` a refusal is shown over ``parent`` and None returned; without
    it, the ``PakruError`` propagates.
    """
    try:
        result = call()
    except PakruError as error:
        if not show_refusal:
            raise
        show_error(parent, error)
        return None
    if undo is not None:
        undo_stack.push(undo(result))
    changes: Any = result.changes  # type: ignore[attr-defined]
    hub.announce(changes)
    return result
