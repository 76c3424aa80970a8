"""The Export CSV dialog: choose a folder and what to export, then export in the background.

The export itself runs in an ``ExportWorker`` on the global thread pool with its own
database connection; this dialog only lays out the choices, shows a cancellable
progress dialog and reports the outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool, QUrl, Signal
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
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.export_worker import ExportWorker
from pakru_desktop.gui.path_row import path_row
from pakru_desktop.services.database import Database
from pakru_desktop.services.export_csv import ALL_FILES, ExportResult
from pakru_desktop.services.queries import count_items

translate = QCoreApplication.translate

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


def _current_view(kind: Kind, count: int) -> str:
    """The text of the choice to export only the ``count`` rows of the current view."""
    return {
        Kind.EVENT: translate(
            "ExportDialog", "Only the rows in the &current view (%n event(s))", None, count
        ),
        Kind.AGREEMENT: translate(
            "ExportDialog", "Only the rows in the &current view (%n agreement(s))", None, count
        ),
        Kind.PROJECT: translate(
            "ExportDialog", "Only the rows in the &current view (%n project(s))", None, count
        ),
        Kind.COMMITMENT: translate(
            "ExportDialog", "Only the rows in the &current view (%n commitment(s))", None, count
        ),
    }[kind]


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
        self.setWindowTitle(translate("ExportDialog", "Export CSV"))
        self._db = db
        self._filter = current_filter
        self._confirm = confirm
        self._worker: ExportWorker | None = None
        self._progress: QProgressDialog | None = None
        self._names: tuple[str, ...] = ()

        self._folder = QLineEdit(str(default_folder()))
        self._folder.setObjectName("folder")
        self._folder.setMinimumWidth(360)
        folder_label, folder_row, browse = path_row(
            self._folder, translate("ExportDialog", "&Folder:"), self._browse
        )
        form = QFormLayout()
        form.addRow(folder_label, folder_row)

        self._scope_current = QRadioButton()
        self._scope_current.setObjectName("scopeCurrent")
        self._scope_all = QRadioButton(
            translate("ExportDialog", "&Everything (all tables, one file each)")
        )
        self._scope_all.setObjectName("scopeAll")
        if current_filter is None:
            self._scope_current.setText(
                translate("ExportDialog", "Only the rows in the &current view")
            )
            self._scope_current.setEnabled(False)
        else:
            kind = current_filter.kind
            count = count_items(db, current_filter)
            self._scope_current.setText(_current_view(kind, count))
            self._scope_current.setToolTip(
                translate(
                    "ExportDialog",
                    "Writes {file} with these rows, and follow_ups.csv, evidence.csv"
                    " and links.csv restricted to them.",
                ).format(file=f"{kind.plural}.csv")
            )
        # The full export is the documented contract, so it is what Enter does by default.
        self._scope_all.setChecked(True)
        scope_box = QGroupBox(translate("ExportDialog", "Rows"))
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self._scope_current)
        scope_layout.addWidget(self._scope_all)

        self._excel = QCheckBox(
            translate("ExportDialog", "For a &spreadsheet app (UTF-8 with BOM)")
        )
        self._excel.setObjectName("excel")
        self._excel.setToolTip(
            translate(
                "ExportDialog", "Adds a byte-order mark so Excel reads the accents and dashes."
            )
        )

        self._error = QLabel()
        self._error.setObjectName("errorLabel")
        self._error.setWordWrap(True)
        self._error.hide()

        buttons = QDialogButtonBox()
        self._export_button = buttons.addButton(
            translate("ExportDialog", "E&xport"), QDialogButtonBox.ButtonRole.AcceptRole
        )
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
        chosen = QFileDialog.getExistingDirectory(
            self, translate("ExportDialog", "Export to folder"), self._folder.text()
        )
        if chosen:
            self._folder.setText(chosen)

    # --- running --------------------------------------------------------------------------

    def start_export(self) -> None:
        """Check the choices and start the export in the background (what Export does)."""
        if self._worker is not None:
            return
        if not self._folder.text().strip():
            self._show_inline(translate("ExportDialog", "Choose a folder to export to."))
            return
        folder = self.folder()
        if folder.exists() and not folder.is_dir():
            self._show_inline(
                translate(
                    "ExportDialog", "{folder} is a file, not a folder; choose a folder."
                ).format(folder=folder)
            )
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
                self._progress.setLabelText(translate("ExportDialog", "Cancelling…"))

    def done(self, result: int) -> None:
        """Closing the dialog (Esc, Close) also cancels a running export."""
        self.cancel_export()
        super().done(result)

    def _show_progress(self) -> None:
        progress = QProgressDialog(
            translate("ExportDialog", "Starting the export…"),
            translate("ExportDialog", "Cancel"),
            0,
            len(self._names),
            self,
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(translate("ExportDialog", "Exporting CSV"))
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
        writing = translate(
            "ExportDialog", "Writing {file} ({number} of {total}): %Ln row(s)", None, rows
        )
        self._progress.setLabelText(
            writing.format(file=f"{name}.csv", number=index + 1, total=len(self._names))
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
            show_error(self, PakruError(message), translate("ExportDialog", "Export failed"))

    def _on_cancelled(self) -> None:
        self._finish_running()
        self._show_inline(
            translate("ExportDialog", "The export was cancelled; no files were written.")
        )
        self.export_cancelled.emit()

    # --- messages -------------------------------------------------------------------------

    def _show_inline(self, message: str) -> None:
        self._error.setText(message)
        self._error.show()

    def _confirm_replace(self, folder: Path, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            translate("ExportDialog", "Replace files?"),
            translate(
                "ExportDialog",
                "{folder} already holds %n of these CSV file(s). Replace them?",
                None,
                count,
            ).format(folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _report_success(self, result: ExportResult) -> None:
        count = len(result.files)
        box = QMessageBox(self)
        box.setObjectName("exportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("ExportDialog", "Export finished"))
        box.setText(
            translate("ExportDialog", "Exported %n file(s) to {folder}", None, count).format(
                folder=result.folder
            )
        )
        open_folder = box.addButton(
            translate("ExportDialog", "&Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))
