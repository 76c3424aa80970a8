"""A question with its answers on the buttons ("Delete" / "Keep it"), in the window's
language: Qt's standard Yes and No have no Urdu words, and a verb says more anyway."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, *, yes: str, no: str,
        cancel: str | None = None) -> bool | None:  # fmt: skip
    """True for ``yes``, False for ``no``; None for ``cancel`` (or Escape) when offered.

    Without ``cancel``, Escape answers ``no``: the answer that changes nothing.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    box.setObjectName("question")
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    yes_button.setObjectName("yesButton")
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    no_button.setObjectName("noButton")
    cancel_button = None
    if cancel is not None:
        cancel_button = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
        cancel_button.setObjectName("cancelButton")
    box.setDefaultButton(no_button if cancel is None else yes_button)
    box.setEscapeButton(cancel_button or no_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is yes_button:
        return True
    if clicked is no_button:
        return False
    return None if cancel is not None else False
