"""The Export CSV dialog: choose a folder and what to export, then export in the background.

The export itself runs in an ``ExportWorker`` on the global thread pool with its own
database connection; this dialog only lays out the choices, shows a cancellable
progress dialog and reports the outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.export_worker import ExportWorker
from pakru_desktop.gui.path_row import path_row
from pakru_desktop.services.database import Database
from pakru_desktop.services.export_csv import ALL_FILES, ExportResult
from pakru_desktop.services.queries import count_items

SETTINGS_ORG = "Pakru"
SETTINGS_APP = "Pakru Desktop"
FOLDER_KEY = "export/folder"


def default_folder() -> Path:
    """The last folder exported to, else ~/Documents if it exists, else the home folder."""
    remembered = QSettings(SETTINGS_ORG, SETTINGS_APP).value(FOLDER_KEY, "")
    if isinstance(remembered, str) and remembered:
        return Path(remembered)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def _rows(count: int, kind_singular: str, kind_plural: str) -> str:
    return f"{count} {kind_singular if count == 1 else kind_plural}"


class ExportDialog(QDialog):
    """Choose where and what to export as CSV, then run the export with a progress dialog."""

    finished_export = Signal(object)
    """Emitted with the ``ExportResult`` when every file is written."""
    failed = Signal(str)
    """Emitted with the sentence when the export could not be done."""
    export_cancelled = Signal()
    """Emitted when the user cancelled a running export (no files were left)."""

    def __init__(
        self,
        db: Database,
        *,
        current_filter: ItemFilter | None,
        confirm: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export CSV")
        self._db = db
        self._filter = current_filter
        self._confirm = confirm
        self._worker: ExportWorker | None = None
        self._progress: QProgressDialog | None = None
        self._names: tuple[str, ...] = ()

        self._folder = QLineEdit(str(default_folder()))
        self._folder.setObjectName("folder")
        self._folder.setMinimumWidth(360)
        folder_label, folder_row, browse = path_row(self._folder, "&Folder:", self._browse)
        form = QFormLayout()
        form.addRow(folder_label, folder_row)

        self._scope_current = QRadioButton()
        self._scope_current.setObjectName("scopeCurrent")
        self._scope_all = QRadioButton("&Everything (all tables, one file each)")
        self._scope_all.setObjectName("scopeAll")
        if current_filter is None:
            self._scope_current.setText("Only the rows in the &current view")
            self._scope_current.setEnabled(False)
        else:
            kind = current_filter.kind
            count = count_items(db, current_filter)
            shown = _rows(count, kind.value, kind.plural)
            self._scope_current.setText(f"Only the rows in the &current view ({shown})")
            self._scope_current.setToolTip(
                f"Writes {kind.plural}.csv with these rows, and follow_ups.csv, evidence.csv"
                " and links.csv restricted to them."
            )
        # The full export is the documented contract, so it is what Enter does by default.
        self._scope_all.setChecked(True)
        scope_box = QGroupBox("Rows")
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self._scope_current)
        scope_layout.addWidget(self._scope_all)

        self._excel = QCheckBox("For a &spreadsheet app (UTF-8 with BOM)")
        self._excel.setObjectName("excel")
        self._excel.setToolTip("Adds a byte-order mark so Excel reads the accents and dashes.")

        self._error = QLabel()
        self._error.setObjectName("errorLabel")
        self._error.setWordWrap(True)
        self._error.hide()

        buttons = QDialogButtonBox()
        self._export_button = buttons.addButton("E&xport", QDialogButtonBox.ButtonRole.AcceptRole)
        self._export_button.setObjectName("exportButton")
        self._export_button.setDefault(True)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        # accepted is not connected to accept(): the dialog closes only once the export is done.
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scope_box)
        layout.addWidget(self._excel)
        layout.addWidget(self._error)
        layout.addWidget(buttons)

        self.setTabOrder(self._folder, browse)
        self.setTabOrder(browse, self._scope_current)
        self.setTabOrder(self._scope_current, self._scope_all)
        self.setTabOrder(self._scope_all, self._excel)
        self._folder.setFocus()

    # --- choices --------------------------------------------------------------------------

    def folder(self) -> Path:
        """The folder typed or chosen, with ``~`` expanded."""
        return Path(self._folder.text().strip()).expanduser()

    def names(self) -> tuple[str, ...]:
        """The files (without ``.csv``) the chosen scope writes."""
        if self._filter is not None and self._scope_current.isChecked():
            return (self._filter.kind.plural, "follow_ups", "evidence", "links")
        return ALL_FILES

    def is_running(self) -> bool:
        """Whether an export is under way."""
        return self._worker is not None

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Export to folder", self._folder.text())
        if chosen:
            self._folder.setText(chosen)

    # --- running --------------------------------------------------------------------------

    def start_export(self) -> None:
        """Check the choices and start the export in the background (what Export does)."""
        if self._worker is not None:
            return
        if not self._folder.text().strip():
            self._show_inline("Choose a folder to export to.")
            return
        folder = self.folder()
        if folder.exists() and not folder.is_dir():
            self._show_inline(f"{folder} is a file, not a folder; choose a folder.")
            return
        names = self.names()
        existing = [n for n in names if (folder / f"{n}.csv").exists()]
        if existing and self._confirm and not self._confirm_replace(folder, len(existing)):
            return
        self._error.hide()
        QSettings(SETTINGS_ORG, SETTINGS_APP).setValue(FOLDER_KEY, str(folder))

        self._names = names
        item_filter = self._filter if self._scope_current.isChecked() else None
        excel = self._excel.isChecked()
        worker = ExportWorker(
            self._db.url, folder, names=names, item_filter=item_filter, excel=excel
        )
        worker.signals.progressed.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self._export_button.setEnabled(False)
        self._show_progress()
        QThreadPool.globalInstance().start(worker)

    def cancel_export(self) -> None:
        """Ask a running export to stop; its files are removed."""
        if self._worker is not None:
            self._worker.cancel()
            if self._progress is not None:
                self._progress.setLabelText("Cancelling…")

    def done(self, result: int) -> None:
        """Closing the dialog (Esc, Close) also cancels a running export."""
        self.cancel_export()
        super().done(result)

    def _show_progress(self) -> None:
        progress = QProgressDialog("Starting the export…", "Cancel", 0, len(self._names), self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle("Exporting CSV")
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        progress.canceled.connect(self.cancel_export)
        progress.show()
        self._progress = progress

    def _on_progress(self, name: str, rows: int) -> None:
        if self._progress is None or self._worker is None or self._worker.is_cancelled():
            return
        index = self._names.index(name) if name in self._names else 0
        self._progress.setLabelText(
            f"Writing {name}.csv ({index + 1} of {len(self._names)}): {rows:,} rows"
        )
        self._progress.setValue(index + 1)

    def _finish_running(self) -> None:
        self._worker = None
        self._export_button.setEnabled(True)
        if self._progress is not None:
            # hide(), not close(): closing a progress dialog emits canceled.
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None

    def _on_finished(self, result: ExportResult) -> None:
        self._finish_running()
        self.finished_export.emit(result)
        if self._confirm:
            self._report_success(result)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._finish_running()
        self._show_inline(message)
        self.failed.emit(message)
        if self._confirm:
            show_error(self, PakruError(message), "Export failed")

    def _on_cancelled(self) -> None:
        self._finish_running()
        self._show_inline("The export was cancelled; no files were written.")
        self.export_cancelled.emit()

    # --- messages -------------------------------------------------------------------------

    def _show_inline(self, message: str) -> None:
        self._error.setText(message)
        self._error.show()

    def _confirm_replace(self, folder: Path, count: int) -> bool:
        files = "file" if count == 1 else "files"
        answer = QMessageBox.question(
            self,
            "Replace files?",
            f"{folder} already holds {count} of these CSV {files}. Replace them?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _report_success(self, result: ExportResult) -> None:
        count = len(result.files)
        box = QMessageBox(self)
        box.setObjectName("exportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Export finished")
        box.setText(f"Exported {count} {'file' if count == 1 else 'files'} to {result.folder}")
        open_folder = box.addButton("&Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))
