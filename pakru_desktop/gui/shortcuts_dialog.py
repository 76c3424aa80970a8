"""Help ▸ Keyboard shortcuts: every shortcut of ``shortcuts.SHORTCUTS``, with its keys as this
platform binds them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.gui.shortcuts import SHORTCUTS

translate = QCoreApplication.translate


class ShortcutsDialog(QDialog):
    """The table of shortcuts, read-only; the list is ``shortcutList``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.list = QTreeWidget(objectName="shortcutList")
        self.list.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.list.setHeaderLabels(
            [translate("ShortcutsDialog", "Keys"), translate("ShortcutsDialog", "Does")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for shortcut in SHORTCUTS:
            self.list.addTopLevelItem(QTreeWidgetItem([shortcut.shown(), shortcut.described()]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 520)
