"""File ▸ Backups…: the backups beside the database (date, size, items), a backup made now,
and a chosen one restored after the current state is backed up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import show_error
from pakru_desktop.services import backups
from pakru_desktop.services.database import Database

translate = QCoreApplication.translate


def _columns() -> list[str]:
    return [
        translate("BackupsDialog", "Taken"),
        translate("BackupsDialog", "Size"),
        translate("BackupsDialog", "Items"),
        translate("BackupsDialog", "File"),
    ]


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BackupsDialog(QDialog):
    """The list of backups with "Back up now" (``backupNow``) and "Restore…" (``restore``).

    ``restored`` is called after a restore, so the window can reload everything. A handful
    of rows, read once: a table widget is enough here.
    """

    def __init__(
        self, db: Database, restored: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        """Build the dialog and list the backups."""
        super().__init__(parent)
        self.db, self._restored = db, restored
        self.setObjectName("backupsDialog")
        self.setWindowTitle(translate("BackupsDialog", "Backups"))
        self.resize(760, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "BackupsDialog",
                "A backup is made when the app starts if the newest is more than a day old, "
                "and before every upgrade or restore; the newest ten are kept beside the "
                "database. Restoring one first backs up the current state.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = _columns()
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(translate("BackupsDialog", "Backups"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(
            translate("BackupsDialog", "&Back up now"), self, objectName="backupNow"
        )
        self.restore_button = QPushButton(
            translate("BackupsDialog", "&Restore…"), self, objectName="restore"
        )
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.table.itemSelectionChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        """List the backups, newest first."""
        try:
            found = backups.list_backups(self.db)
        except PakruError as error:
            show_error(self, error)
            found = []
        self._found = found
        self.table.setRowCount(len(found))
        for row, backup in enumerate(found):
            cells = (
                f"{backup.taken_at:%d %b %Y %H:%M:%S}",
                translate("BackupsDialog", "{size} KB").format(size=f"{backup.size / 1024:,.0f}"),
                "?" if backup.items is None else f"{backup.items:,}",
                backup.path.name,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        if found:
            # Through the selection model: QTableView.selectRow finds no column to start
            # from in a right-to-left layout (Urdu) and selects nothing.
            first = self.table.model().index(0, 0)
            self.table.setCurrentIndex(first)
            self.table.selectionModel().select(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def back_up_now(self) -> None:
        """Make a backup and show it at the top."""
        try:
            backups.make_backup(self.db)
        except PakruError as error:
            show_error(self, error)
        self.reload()

    def restore_selected(self, *, confirm: bool = True) -> bool:
        """Restore the selected backup after asking; True if it was restored."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        chosen = self._found[rows[0].row()]
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("BackupsDialog", "Restore backup"),
                translate(
                    "BackupsDialog",
                    "Replace every record with those of the backup of {taken}? The current "
                    "state is backed up first, so this can be taken back by restoring that "
                    "backup.",
                ).format(taken=f"{chosen.taken_at:%d %b %Y %H:%M}"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            backups.restore_backup(self.db.url, chosen.path)
        except PakruError as error:
            show_error(self, error)
            return False
        self._restored()
        self.reload()
        return True
