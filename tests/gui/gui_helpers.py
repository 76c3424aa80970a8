"""Small helpers the GUI tests share: find a named child, read a dialog's error line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def child(dialog: QWidget, kind: type, name: str):
    """The child of ``dialog`` called ``name``; fails the test if there is none."""
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def error_text(dialog: QWidget) -> str:
    """The sentence in the dialog's inline error line, or "" when it is hidden."""
    label = child(dialog, QLabel, "errorLabel")
    return label.text() if label.isVisible() else ""
