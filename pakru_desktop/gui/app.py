"""``pakru-desktop``: start the app on the chosen database."""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pakru_desktop import __version__
from pakru_desktop.domain.errors import PakruError, StorageError
from pakru_desktop.gui.errors import error_text, install_excepthook
from pakru_desktop.logging_setup import configure_logging

if TYPE_CHECKING:
    from pakru_desktop.gui.main_window import MainWindow
    from pakru_desktop.services.database import Database
from pakru_desktop.resource_files import resource

log = logging.getLogger(__name__)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """A database file (``pakru-desktop FILE``, as a file manager passes it), or ``--db PATH``
    or ``--database-url URL`` as for ``pakru``; or the menu entry to install or remove."""
    parser = argparse.ArgumentParser(
        prog="pakru-desktop", description="Pakru Desktop: Pakistan–Russia relations tracker."
    )
    parser.add_argument("--version", action="version", version=f"pakru-desktop {__version__}")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("file", nargs="?", metavar="FILE", help="the SQLite database file to open")
    group.add_argument("--db", metavar="PATH", help="SQLite database file")
    group.add_argument("--database-url", metavar="URL", help="SQLAlchemy database URL")
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", action="store_true",
                       help="add the app to this user's desktop menus, then exit")  # fmt: skip
    entry.add_argument("--remove-desktop-entry", action="store_true",
                       help="take it out of the menus again, then exit")  # fmt: skip
    args = parser.parse_args(argv)
    if args.file:
        args.db = args.file
    return args


def _desktop_entry(args: argparse.Namespace) -> int:
    """Install or remove the menu entry; say what was done, or why not, in one sentence."""
    from pakru_desktop import desktop_entry

    try:
        if args.install_desktop_entry:
            entry, _icon = desktop_entry.install()
            print(f"Added Pakru Desktop to the menus: {entry}")
        else:
            removed = desktop_entry.remove()
            print("Removed " + ", ".join(map(str, removed)) if removed
                  else "Pakru Desktop was not in the menus; nothing to remove.")  # fmt: skip
    except PakruError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with its name and icon (reused if one exists)."""
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("Pakru Desktop")
    app.setOrganizationName("Pakru")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pakru-desktop")
    app.setWindowIcon(QIcon(str(resource("pakru.svg"))))
    return app  # type: ignore[return-value]


def _install_chosen_language(app: QApplication) -> str:
    """The language chosen in the preferences (or the system's), before any window; its
    code ("en", "ru", "ur")."""
    from PySide6.QtCore import QSettings

    from pakru_desktop.gui.i18n import LANGUAGE_KEY, install_language, language_code
    from pakru_desktop.gui.main_window import SETTINGS_APP, SETTINGS_ORG

    chosen = QSettings(SETTINGS_ORG, SETTINGS_APP).value(LANGUAGE_KEY)
    return language_code(install_language(chosen, app))


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
    """Open the database and show the main window until it is closed.

    The window's frame is shown first; the services (SQLAlchemy among them, most of
    start-up) are imported while it is on screen, then the database is opened and the
    pages are built in it.
    """
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry or args.remove_desktop_entry:
        return _desktop_entry(args)
    configure_logging()
    app = create_application(sys.argv[:1])
    install_excepthook()
    language = _install_chosen_language(app)
    # Imported after the application exists: widgets need it.
    from pakru_desktop.gui.main_window import MainWindow

    window = MainWindow()
    window.show_opening(_shown_name(args))
    window.show()
    _quit_on_signals(app, window)
    import_aside(app, SERVICES)
    if not window.isVisible():
        return 0  # closed while it was opening
    db = _open_checked(args)
    if db is None:
        window.close()
        return 2
    window.attach(db)
    _back_up_when_due(db, window)
    # What start-up made (modules, classes, the window's wrappers) lives as long as the
    # window: kept out of the collector's full passes, which would otherwise walk it
    # every time and pause the window for tens of milliseconds.
    gc.freeze()
    log.info("Pakru Desktop %s started on %s, in %s", __version__, db.shown_url, language)
    try:
        return app.exec()
    finally:
        db.close()


# The modules the pages import that need no Qt: read on a thread while the frame is shown.
SERVICES = (
    "sqlalchemy.orm",
    "pakru_desktop.services.database",
    "pakru_desktop.services.actors",
    "pakru_desktop.services.backups",
    "pakru_desktop.services.change_feed",
    "pakru_desktop.services.evidence",
    "pakru_desktop.services.export_csv",
    "pakru_desktop.services.follow_ups",
    "pakru_desktop.services.history",
    "pakru_desktop.services.import_csv",
    "pakru_desktop.services.integrity",
    "pakru_desktop.services.items",
    "pakru_desktop.services.links",
    "pakru_desktop.services.overview",
    "pakru_desktop.services.queries",
    "pakru_desktop.services.restore",
    "pakru_desktop.services.search",
    "pakru_desktop.services.sources",
    "pakru_desktop.services.timeline",
)


def import_aside(app: QApplication, modules: Sequence[str]) -> None:
    """Import ``modules`` on a thread of their own while the window keeps painting.

    Only modules that make no Qt objects: widgets belong to the window's thread.
    """
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for name in modules:
                importlib.import_module(name)
        except BaseException as error:  # handed to the window's thread, raised there
            failures.append(error)

    thread = threading.Thread(target=work, name="import-services", daemon=True)
    thread.start()
    # join() lets go of the interpreter while it waits, so the import runs on; in between,
    # the window repaints and answers the window manager.
    while thread.is_alive():
        app.processEvents()
        thread.join(0.05)
    if failures:
        raise failures[0]


def _shown_name(args: argparse.Namespace) -> str:
    """The database being opened as the frame names it: the file, or "the server"."""
    from pakru_desktop.store.location import plain_sqlite_file, resolve_database_url

    try:
        path = plain_sqlite_file(resolve_database_url(args.db, args.database_url))
    except PakruError:
        return "the database"  # opening it says what is wrong
    return path.name if path is not None else "the database server"


def _open_checked(args: argparse.Namespace) -> Database | None:
    """The database, checked; after offering to restore a backup if it cannot be read."""
    from pakru_desktop.services.database import open_from_options
    from pakru_desktop.services.integrity import check_on_open

    try:
        db = open_from_options(args.db, args.database_url)
    except PakruError as error:
        return _offer_restore(args, error)
    damage = check_on_open(db)
    if damage is not None:
        db.close()
        return _offer_restore(args, StorageError(damage))
    return db


def _back_up_when_due(db: Database, window: MainWindow) -> None:
    """The daily backup, on the thread pool: a copy of a large file takes a while, and the
    window is usable meanwhile (the copy reads one consistent moment of the file)."""
    from pakru_desktop.gui.background import LatestOnly
    from pakru_desktop.gui.user_preferences import backups_to_keep
    from pakru_desktop.services.backups import backup_if_due

    def done(info: object) -> None:
        if info is not None:
            log.info("Made the daily backup %s", getattr(info, "path", info))

    def failed(message: str) -> None:
        log.warning("The daily backup could not be made: %s", message)

    runner = LatestOnly(done, failed, "the daily backup", window)
    keep = backups_to_keep(window.settings)
    runner.start(lambda: backup_if_due(db, keep=keep))


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
    message = f"The database cannot be opened.\n\n{error_text(error)}"
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
            None, "Pakru Desktop", f"The backup could not be restored.\n\n{error_text(failure)}"
        )
        return None


if __name__ == "__main__":
    sys.exit(main())
