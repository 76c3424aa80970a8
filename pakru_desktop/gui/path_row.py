"""A path typed or chosen with Browse…: the row the export and import dialogs share, and
the file dialog behind Browse that starts in the folder chosen last time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

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


def choose_file(parent: QWidget, caption: str, filters: list[str], folder_key: str,
                start: Path) -> Path | None:  # fmt: skip
    """Ask for a file to open, starting in the folder kept under ``folder_key`` (else
    ``start``); remember the folder of the file chosen. None when cancelled."""
    from pakru_desktop.gui.main_window import SETTINGS_APP, SETTINGS_ORG

    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    folder = settings.value(folder_key, "") or str(start)
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, str(folder), ";;".join(filters))
    if not chosen:
        return None
    settings.setValue(folder_key, str(Path(chosen).parent))
    return Path(chosen)
