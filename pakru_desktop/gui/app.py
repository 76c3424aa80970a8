"""``pakru-desktop``: start the app on the chosen database."""

from __future__ import annotations

import argparse
import gc
import logging
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pakru_desktop import __version__
from pakru_desktop.domain.errors import PakruError, StorageError
from pakru_desktop.gui.errors import install_excepthook
from pakru_desktop.gui.widgets.fuzzy_date_edit import ERROR_STYLE_SHEET
from pakru_desktop.logging_setup import configure_logging

if TYPE_CHECKING:
    from pakru_desktop.services.database import Database
from pakru_desktop.resource_files import resource

log = logging.getLogger(__name__)

# Fields in error get a red border (see ``mark_error``); hints are quieter text.
STYLE_SHEET = (
    ERROR_STYLE_SHEET
    + """
QLabel[role="hint"] { color: palette(placeholder-text); }
"""
)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """``--db PATH`` or ``--database-url URL``, as for ``pakru``."""
    parser = argparse.ArgumentParser(
        prog="pakru-desktop", description="Pakru Desktop: Pakistan–Russia relations tracker."
    )
    parser.add_argument("--version", action="version", version=f"pakru-desktop {__version__}")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--db", metavar="PATH", help="SQLite database file")
    group.add_argument("--database-url", metavar="URL", help="SQLAlchemy database URL")
    return parser.parse_args(argv)


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with name, icon and style sheet (reused if one exists)."""
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("Pakru Desktop")
    app.setOrganizationName("Pakru")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pakru-desktop")
    app.setWindowIcon(QIcon(str(resource("pakru.svg"))))
    app.setStyleSheet(STYLE_SHEET)
    return app  # type: ignore[return-value]


def _quit_on_signals(app: QApplication, window: QWidget) -> None:
    """Close the window (saving settings, asking about edits) on SIGTERM or Ctrl+C."""

    def close(_signum: int, _frame: object) -> None:
        window.close()
        if not window.isVisible():
            app.quit()

    signal.signal(signal.SIGTERM, close)
    signal.signal(signal.SIGINT, close)
    # Python runs signal handlers only when it holds control; a timer hands it back
    # periodically while Qt's event loop runs.
    timer = QTimer(window, interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()


def main(argv: Sequence[str] | None = None) -> int:
    """Open the database and show the main window until it is closed."""
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    configure_logging()
    app = create_application(sys.argv[:1])
    install_excepthook()
    # Imported after the application exists: widgets need it.
    from pakru_desktop.gui.main_window import MainWindow
    from pakru_desktop.services.backups import backup_if_due
    from pakru_desktop.services.database import open_from_options
    from pakru_desktop.services.integrity import check_on_open

    try:
        db = open_from_options(args.db, args.database_url)
    except PakruError as error:
        db = _offer_restore(args, error)
        if db is None:
            return 2
    damage = check_on_open(db)
    if damage is not None:
        db.close()
        db = _offer_restore(args, StorageError(damage))
        if db is None:
            return 2
    try:
        backup_if_due(db)
    except PakruError as error:
        log.warning("The daily backup could not be made: %s", error)
    window = MainWindow(db)
    window.show()
    # What start-up made (modules, classes, the window's wrappers) lives as long as the
    # window: kept out of the collector's full passes, which would otherwise walk it
    # every time and pause the window for tens of milliseconds.
    gc.freeze()
    _quit_on_signals(app, window)
    log.info("Pakru Desktop %s started on %s", __version__, db.url)
    try:
        return app.exec()
    finally:
        db.close()


def _offer_restore(args: argparse.Namespace, error: PakruError) -> Database | None:
    """The database cannot be opened: say why and, if it has backups, offer the newest.

    Restoring keeps the unreadable file aside first; declining leaves it untouched.
    """
    from pakru_desktop.services.backups import describe, restore_backup
    from pakru_desktop.services.database import open_from_options
    from pakru_desktop.store.backup import backups_of
    from pakru_desktop.store.engine import sqlite_file
    from pakru_desktop.store.location import resolve_database_url

    try:
        url = resolve_database_url(args.db, args.database_url)
        path = sqlite_file(url)
        found = backups_of(path) if path is not None else []
    except PakruError:
        found = []
    message = f"The database cannot be opened.\n\n{error}"
    if not found:
        QMessageBox.critical(None, "Pakru Desktop", message)
        return None
    newest = describe(found[-1])
    items = "" if newest.items is None else f", {newest.items:,} items"
    box = QMessageBox(QMessageBox.Icon.Critical, "Pakru Desktop", message)
    box.setObjectName("openFailed")
    box.setInformativeText(
        f"Restore the newest backup, of {newest.taken_at:%d %b %Y %H:%M}{items}? The file as "
        "it is now is kept aside first."
    )
    restore = box.addButton("Restore backup", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        restore_backup(url, newest.path)
        return open_from_options(args.db, args.database_url)
    except PakruError as failure:
        QMessageBox.critical(
            None, "Pakru Desktop", f"The backup could not be restored.\n\n{failure}"
        )
        return None


if __name__ == "__main__":
    sys.exit(main())
