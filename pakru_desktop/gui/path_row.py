"""A path typed or chosen with Browse…: the row the export and import dialogs share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

translate = QCoreApplication.translate

PathRow = tuple[QLabel, QHBoxLayout, QPushButton]


def path_row(edit: QLineEdit, label: str, browse: Callable[[], None]) -> PathRow:
    """The label (with ``edit`` as its buddy), the row of ``edit`` and a Browse… button
    that calls ``browse`` (for a form's ``addRow``), and the button (for the tab order)."""
    button = QPushButton(translate("PathRow", "&Browse…"))
    button.setObjectName("browseButton")
    button.setAutoDefault(False)  # Enter in the dialog runs its default action, not Browse
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    caption = QLabel(label)
    caption.setBuddy(edit)
    return caption, row, button
