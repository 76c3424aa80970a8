"""Small helpers the GUI tests share: find a named child, read a dialog's error line,
answer a question box or the conflict dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)


def child(dialog: QWidget, kind: type, name: str):
    """The child of ``dialog`` called ``name``; fails the test if there is none."""
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def error_text(dialog: QWidget) -> str:
    """The sentence in the dialog's inline error line, or "" when it is hidden."""
    label = child(dialog, QLabel, "errorLabel")
    return label.text() if label.isVisible() else ""


def answer_next_question(
    button: str | QMessageBox.StandardButton, asked: list[str] | None = None
) -> None:
    """Click ``button`` (``yesButton``, ``noButton``, ``cancelButton``, or one of Qt's
    standard buttons) of the next question box as soon as it is open, as a person would;
    its text goes into ``asked``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        if asked is not None:
            asked.append(box.text())
        if isinstance(button, str):
            box.findChild(QAbstractButton, button).click()
        else:
            box.button(button).click()

    QTimer.singleShot(0, click)


def answer_conflict(qtbot, button: str, seen: list[str]) -> None:
    """Click ``button`` (``keepMine``, ``takeTheirs``, ``keepEditing``) of the conflict
    dialog as soon as it is up, noting its text in ``seen``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "conflictDialog":
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
