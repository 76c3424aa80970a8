"""File ▸ Import CSV…: choose a file, see every problem in it or what it would change, import.

Choosing a file checks it at once (a dry run, in an ``ImportWorker`` off the GUI thread);
the problems are listed by row and column, and Import is offered only when there are
none. Importing checks every row again and writes them all, or none, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.gui.errors import error_text, sentence_text
from pakru_desktop.gui.export_dialog import default_folder
from pakru_desktop.gui.import_worker import ImportWorker
from pakru_desktop.gui.path_row import choose_file, path_row
from pakru_desktop.gui.result_words import csv_import_summary
from pakru_desktop.services.database import Database
from pakru_desktop.services.export_csv import ALL_FILES
from pakru_desktop.services.import_csv import ImportRefused, ImportResult, kind_of_file

translate = QCoreApplication.translate

FILE_KEY = "import/folder"


def _label(name: str) -> str:
    """What the file ``name`` (``events``, ``follow_ups`` …) holds, and its name."""
    labels = {
        "events": translate("ImportDialog", "Events (events.csv)"),
        "agreements": translate("ImportDialog", "Agreements (agreements.csv)"),
        "projects": translate("ImportDialog", "Projects (projects.csv)"),
        "commitments": translate("ImportDialog", "Commitments (commitments.csv)"),
        "follow_ups": translate("ImportDialog", "Follow-ups (follow_ups.csv)"),
        "actors": translate("ImportDialog", "Actors (actors.csv)"),
        "sources": translate("ImportDialog", "Sources (sources.csv)"),
        "evidence": translate("ImportDialog", "Evidence (evidence.csv)"),
        "links": translate("ImportDialog", "Links (links.csv)"),
    }
    return labels.get(name) or f"{name.replace('_', '-').capitalize()} ({name}.csv)"


class ImportDialog(QDialog):
    """Check a CSV file against the database, list its problems, and import it."""

    checked = Signal(object)
    """Emitted with the dry run's ``ImportResult``, or the ``ImportRefused``."""
    imported = Signal(object)
    """Emitted with the ``ImportResult`` once the rows are written."""
    failed = Signal(str)
    """Emitted with the sentence when the file could not be checked or imported."""

    def __init__(
        self,
        db: Database,
        on_imported: Callable[[ImportResult], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(translate("ImportDialog", "Import CSV"))
        self._db = db
        self._on_imported = on_imported
        self._ready: tuple[Path, str] | None = None  # what the last clean check was of
        self._busy = False

        self._file = QLineEdit()
        self._file.setObjectName("file")
        self._file.setMinimumWidth(520)
        self._file.setPlaceholderText(
            translate("ImportDialog", "A CSV file the export wrote, or one edited from it")
        )
        self._file.editingFinished.connect(self._file_typed)
        file_label, file_row, _browse_button = path_row(
            self._file, translate("ImportDialog", "&File:"), self._browse
        )

        self._kind = QComboBox()
        self._kind.setObjectName("kind")
        for name in ALL_FILES:
            self._kind.addItem(_label(name), name)
        self._kind.currentIndexChanged.connect(lambda _index: self._forget_check())
        kind_label = QLabel(translate("ImportDialog", "&Holds:"))
        kind_label.setBuddy(self._kind)
        form = QFormLayout()
        form.addRow(file_label, file_row)
        form.addRow(kind_label, self._kind)

        self._status = QLabel(translate("ImportDialog", "Choose a file to check."))
        self._status.setObjectName("status")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # busy: how long a check takes is not known
        self._progress.setTextVisible(False)
        self._progress.hide()

        self._problems = QTableWidget(0, 3)
        self._problems.setObjectName("problems")
        self._problems.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Row"),
                translate("ImportDialog", "Column"),
                translate("ImportDialog", "Problem"),
            ]
        )
        self._problems.verticalHeader().hide()
        self._problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._problems.setWordWrap(True)
        header = self._problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._problems.setMinimumHeight(160)
        self._problems.hide()

        hint = QLabel(
            translate(
                "ImportDialog",
                "Every row is checked before anything is written, and the database is backed up "
                "just before an import. Import sources and actors before the items that name "
                "them, and items before their follow-ups, evidence and links.",
            )
        )
        hint.setWordWrap(True)

        buttons = QDialogButtonBox()
        self._check_button = buttons.addButton(
            translate("ImportDialog", "&Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self._check_button.setObjectName("checkButton")
        self._check_button.clicked.connect(self.check)
        self._import_button = buttons.addButton(
            translate("ImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._import_button.setObjectName("importButton")
        self._import_button.clicked.connect(self.start_import)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        self._update_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._status)
        layout.addWidget(self._progress)
        layout.addWidget(self._problems, 1)
        layout.addSpacing(6)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(buttons)

    # Choosing ------------------------------------------------------------------------------

    def set_file(self, path: Path) -> None:
        """Take ``path`` as the file, guess what it holds from its name, and check it."""
        self._file.setText(str(path))
        self._file_typed()

    def _file_typed(self) -> None:
        path = self._path()
        if self._busy or (self._ready is not None and self._ready[0] == path):
            return  # already checked (focus left the field without a change)
        if path is None:
            self._forget_check()
            return
        try:
            guessed = kind_of_file(path, None)
        except PakruError:
            guessed = None
        if guessed is not None:
            self._kind.blockSignals(True)
            self._kind.setCurrentIndex(self._kind.findData(guessed))
            self._kind.blockSignals(False)
        self._forget_check()
        self.check()

    def _browse(self) -> None:
        filters = [
            translate("ImportDialog", "CSV files (*.csv)"),
            translate("ImportDialog", "All files (*)"),
        ]
        chosen = choose_file(self, translate("ImportDialog", "Import CSV"), filters, FILE_KEY,
                             default_folder())  # fmt: skip
        if chosen is not None:
            self.set_file(chosen)

    def _path(self) -> Path | None:
        text = self._file.text().strip()
        return Path(text).expanduser() if text else None

    def _choice(self) -> tuple[Path, str] | None:
        path = self._path()
        return None if path is None else (path, str(self._kind.currentData()))

    def _forget_check(self) -> None:
        self._ready = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self._check_button.setEnabled(not self._busy and self._path() is not None)
        ready = not self._busy and self._ready is not None and self._ready == self._choice()
        self._import_button.setEnabled(ready)
        self._import_button.setDefault(ready)

    # Checking and importing ----------------------------------------------------------------

    def check(self) -> None:
        """Check the chosen file (a dry run off the GUI thread); list what it finds."""
        self._run(dry_run=True)

    def start_import(self) -> None:
        """Import the checked file; the dialog closes once every row is written."""
        if self._ready is not None and self._ready == self._choice():
            self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        choice = self._choice()
        if choice is None or self._busy:
            return
        path, kind = choice
        self._busy = True
        doing = (
            translate("ImportDialog", "Checking {file}…")
            if dry_run
            else translate("ImportDialog", "Importing {file}…")
        )
        self._status.setText(doing.format(file=path.name))
        self._progress.show()
        if self._problems.isVisible():
            self._problems.hide()
            self.adjustSize()  # no empty space where the list of problems was
        self._update_buttons()
        worker = ImportWorker(self._db.url, path, kind, dry_run=dry_run, author=self._db.who)
        worker.signals.finished.connect(
            lambda result, changes: self._finished(choice, result, changes)
        )
        worker.signals.refused.connect(self._refused)
        worker.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(worker)

    def _idle(self) -> None:
        self._busy = False
        self._progress.hide()

    def _finished(self, choice: tuple[Path, str], result: ImportResult, changes: set[int]) -> None:
        self._idle()
        if result.dry_run:
            self._ready = choice if result.rows else None
            self._status.setText(
                csv_import_summary(result)
                if result.rows
                else translate("ImportDialog", "The file has no rows.")
            )
            self._update_buttons()
            self.checked.emit(result)
            return
        self._db.own_changes |= changes  # our import, not a change made elsewhere
        self._on_imported(result)
        self.imported.emit(result)
        self.accept()

    def _refused(self, refused: ImportRefused) -> None:
        self._idle()
        self._ready = None
        shown = len(refused.problems)
        if refused.total > shown:
            text = translate(
                "ImportDialog",
                "{refused} The first %n are listed. Fix the file and check it again.",
                None,
                shown,
            )
        else:
            text = translate("ImportDialog", "{refused} Fix the file and check it again.")
        self._status.setText(text.format(refused=error_text(refused)))
        self._problems.setRowCount(shown)
        for row, problem in enumerate(refused.problems):
            cells = (str(problem.row), problem.column or "", sentence_text(problem.message))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self._problems.setItem(row, column, cell)
        self._problems.resizeRowsToContents()
        self._problems.show()
        self.resize(max(self.width(), 760), max(self.height(), 440))
        self._update_buttons()
        self.checked.emit(refused)

    def _failed(self, message: str) -> None:
        self._idle()
        self._ready = None
        self._status.setText(message)
        self._update_buttons()
        self.failed.emit(message)
