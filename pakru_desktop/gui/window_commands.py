"""What the main window's menu commands open and do: new items, deleting, export and
import (CSV and articles), backups, refreshing, and the Help menu; a part of ``MainWindow``.

Each dialog's module is imported when the command is first used, so start-up does not
load them (see ``main_window``).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pakru_desktop import __version__
from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.questions import ask
from pakru_desktop.gui.recent_databases import forget, recent_databases, remember
from pakru_desktop.gui.result_words import article_import_summary, csv_import_summary
from pakru_desktop.gui.vocabulary_names import kind_name
from pakru_desktop.gui.window_launcher import launch_window
from pakru_desktop.services.records import Changes

if TYPE_CHECKING:
    from pakru_desktop.gui.article_import_dialog import ArticleImportDialog
    from pakru_desktop.gui.backups_dialog import BackupsDialog
    from pakru_desktop.gui.export_dialog import ExportDialog
    from pakru_desktop.gui.import_dialog import ImportDialog
    from pakru_desktop.gui.item_dialog import ItemDialog
    from pakru_desktop.gui.shortcuts_dialog import ShortcutsDialog
    from pakru_desktop.services.database import Database
    from pakru_desktop.services.import_csv import ImportResult
    from pakru_desktop.services.items import ItemDraft

ALL_TABLES = ("items", "follow_ups", "evidence", "links", "sources", "actors")
log = logging.getLogger(__name__)
translate = QCoreApplication.translate
DATABASE_FILES = QT_TRANSLATE_NOOP(
    "WindowCommands", "Pakru databases (*.sqlite3 *.sqlite *.db);;All files (*)"
)


class WindowCommands:
    """The commands of ``MainWindow`` (a part of it: it uses the window's pages, database,
    undo stack and change hub)."""

    # How another database gets its window (a process of its own; replaced in tests).
    launcher = staticmethod(launch_window)

    def new_item(self, kind: Kind) -> ItemDialog:
        """Open the dialog for a new item of ``kind``; saving adds it (undoable)."""
        from pakru_desktop.gui.item_dialog import ItemDialog
        from pakru_desktop.gui.undo_commands import AddItemCommand
        from pakru_desktop.gui.user_action import perform
        from pakru_desktop.services import items

        page = self.item_pages[kind]
        current = self.current_page()
        if self._is_item_page(current) and not current.keep_edits():
            return None  # type: ignore[return-value]

        def submit(draft: ItemDraft) -> object:
            result = perform(
                self.hub,
                self.undo_stack,
                lambda: items.add_item(self.db, draft, today=self.today()),
                lambda added: AddItemCommand(self.db, self.hub, added.item),
            )
            assert result is not None  # a refusal propagates to the dialog
            self.show_page(page)
            page.select_item(result.item.id)
            return result

        dialog = ItemDialog(
            kind,
            submit,
            actor_names=self.suggestions.actor_names(),
            sectors=self.suggestions.sectors(),
            today=self.today(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        """Delete the selected item after confirmation (undoable)."""
        from pakru_desktop.gui.undo_commands import DeleteItemCommand
        from pakru_desktop.services import items

        page = self.current_page()
        if not self._is_item_page(page) or page.selected_id() is None:
            return
        detail = items.get_item(self.db, page.selected_id())  # type: ignore[arg-type]
        confirmed = ask(
            self,
            translate("WindowCommands", "Delete {kind}").format(kind=kind_name(detail.row.kind)),
            translate(
                "WindowCommands",
                "Delete “{title}” with its evidence, follow-ups and links?\n"
                "You can undo this with Ctrl+Z.",
            ).format(title=detail.row.title),
            yes=translate("WindowCommands", "Delete"),
            no=translate("WindowCommands", "Keep it"),
        )
        if not confirmed:
            return
        page.detail.form.revert()  # the edits go with the item
        try:
            result = items.delete_item(self.db, detail.id)
        except PakruError as error:
            show_error(self, error)
            return
        self.undo_stack.push(DeleteItemCommand(self.db, self.hub, result.item))
        self.hub.announce(result.changes)

    def export_csv(self) -> ExportDialog:
        """Open the export dialog for the current view or everything."""
        from pakru_desktop.gui.export_dialog import ExportDialog

        page = self.current_page()
        current = page.current_filter() if self._is_item_page(page) else None
        dialog = ExportDialog(self.db, current_filter=current, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_csv(self) -> ImportDialog:
        """Open File ▸ Import CSV… (window-modal)."""
        from pakru_desktop.gui.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self.after_import, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_article(self) -> ArticleImportDialog:
        """Open File ▸ Import article… (window-modal); what it stores is one step to undo."""
        from pakru_desktop.gui.article_import_dialog import ArticleImportDialog

        dialog = ArticleImportDialog(self.db, self.hub, self.undo_stack, self.today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(
            lambda done: self.statusBar().showMessage(article_import_summary(done), 15000)
        )
        dialog.open()
        return dialog

    def after_import(self, result: ImportResult) -> None:
        """Show the imported records in every view that has them (unsaved edits are kept:
        saving them checks the version)."""
        self.hub.announce(result.changes)
        message = csv_import_summary(result)
        if result.backup is not None:
            message += " " + translate(
                "WindowCommands", "The database as it was is kept in {file}."
            ).format(file=result.backup.name)
        self.statusBar().showMessage(message, 15000)

    def focus_filter(self) -> None:
        """Put the cursor in the current page's filter (Ctrl+F)."""
        page = self.current_page()
        if self._is_item_page(page) or page is self.timeline_page:
            edit = page.filter_bar.text
        elif page in (self.actors_page, self.sources_page):
            edit = page.filter_text
        else:
            return  # the overview has no list to filter
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def load_changes_made_elsewhere(self) -> bool:
        """Show what was changed in the database elsewhere since the last look; True if
        anything was. Unsaved edits in a form are kept (saving them checks the version)."""
        try:
            changes = self.change_feed.poll()
        except PakruError as error:
            log.warning("Could not look for changes made elsewhere: %s", error)
            return False
        if changes is None:
            return False
        self.hub.announce(changes)
        self.statusBar().showMessage(
            translate("WindowCommands", "Loaded changes made elsewhere."), 5000
        )
        return True

    def show_backups(self) -> BackupsDialog:
        """Open File ▸ Backups… (window-modal)."""
        from pakru_desktop.gui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.db, self.after_restore, self)
        dialog.open()
        return dialog

    def after_restore(self) -> None:
        """Every record may differ now: forget undo steps and reload every view."""
        self.undo_stack.clear()
        self.db.engine.dispose()
        self.change_feed.close()
        from pakru_desktop.gui.window_content import new_change_feed

        self.change_feed = new_change_feed(self.db)  # the restored history has its own ids
        for page in self.item_pages.values():
            page.detail.form.revert()  # the person chose to replace every record
        self.hub.announce(Changes(frozenset(ALL_TABLES)))
        for page in self.item_pages.values():
            page.detail.refresh()
        self.statusBar().showMessage(translate("WindowCommands", "Backup restored."), 8000)

    def refresh(self) -> None:
        """Re-read every list from the database (F5), e.g. after `pakru` changed it."""
        page = self.current_page()
        if self._is_item_page(page) and not page.keep_edits():
            return
        for each in self.pages:
            if not each.loaded:
                continue  # read afresh when first shown anyway
            if each is self.timeline_page:
                each.view.data_changed()
            else:
                each.model.reload(keep=each.model.rowCount())
        self.overview_page.load()
        if self._is_item_page(page):
            page.detail.refresh()

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard shortcuts (F1)."""
        from pakru_desktop.gui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self) -> None:
        """Version and database location."""
        QMessageBox.about(
            self,
            translate("WindowCommands", "About Pakru Desktop"),
            translate(
                "WindowCommands",
                "<h3>Pakru Desktop {version}</h3>"
                "<p>A tracker of Pakistan–Russia meetings, agreements, projects and "
                "commitments, with the sentences they came from.</p>"
                "<p>Database: <code>{database}</code></p>",
            ).format(version=__version__, database=html.escape(self.path_label.text())),
        )

    # Databases ---------------------------------------------------------------------
    def remember_database(self, db: Database) -> None:
        """Put the database this window shows at the top of File ▸ Open recent."""
        if db.path is not None:
            remember(self.settings, db.path)

    def _current_path(self) -> Path | None:
        return self.db.path.resolve() if self.db is not None and self.db.path else None

    def _folder(self) -> str:
        # Dialogs start where this window's database is.
        current = self._current_path()
        return str(current.parent) if current is not None else str(Path.home())

    def fill_recent_menu(self) -> None:
        """List the recent databases in File ▸ Open recent (this window's one greyed)."""
        menu = self.recent_menu
        menu.clear()
        paths = recent_databases(self.settings)
        current = self._current_path()
        for number, path in enumerate(paths, 1):
            text = (
                translate("WindowCommands", "&{number} {file}")
                if number < 10
                else translate("WindowCommands", "{number} {file}")
            ).format(number=number, file=path.name.replace("&", "&&"))  # "&" is a mnemonic
            if path == current:
                text = translate("WindowCommands", "{entry} (this window)").format(entry=text)
            action = menu.addAction(text)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.setEnabled(path != current)
            action.triggered.connect(lambda _checked=False, p=path: self.open_database_file(p))
        if not paths:
            menu.addAction(translate("WindowCommands", "No databases opened yet")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(translate("WindowCommands", "&Clear the list"))
        clear.setObjectName("clearRecent")
        clear.setEnabled(any(path != current for path in paths))
        clear.triggered.connect(lambda: self._clear_recent())

    def _clear_recent(self) -> None:
        forget(self.settings)
        if self.db is not None:
            self.remember_database(self.db)  # this window's database stays listed

    def new_database(self) -> Path | None:
        """File ▸ New database…: a new file, empty or with the bundled articles' records,
        opened in a window of its own."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("WindowCommands", "New database"),
            str(Path(self._folder()) / "pakru-new.sqlite3"),
            translate("WindowCommands", DATABASE_FILES),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".sqlite3")
        if path.exists():
            # The file dialog asked about replacing it; a new database never does.
            show_error(self, PakruError(translate(
                "WindowCommands",
                "There is already a file at {path}; a new database never replaces one. "
                "Choose another name.",
            ).format(path=path)))  # fmt: skip
            return None
        seeded = ask(
            self,
            translate("WindowCommands", "New database"),
            translate(
                "WindowCommands",
                "Start {file} with the records of the three bundled articles, or empty?",
            ).format(file=path.name),
            yes=translate("WindowCommands", "With the articles' records"),
            no=translate("WindowCommands", "Empty"),
            cancel=translate("WindowCommands", "Cancel"),
        )
        if seeded is None:
            return None
        from pakru_desktop.services.database import init_database
        from pakru_desktop.services.paths import resolve_database_url

        try:
            init_database(resolve_database_url(str(path), None), seed=seeded).close()
        except PakruError as error:
            show_error(self, error)
            return None
        self.open_database_file(path)
        return path

    def open_database(self) -> None:
        """File ▸ Open database… (Ctrl+O): a database file, in a window of its own."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("WindowCommands", "Open database"),
            self._folder(),
            translate("WindowCommands", DATABASE_FILES),
        )
        if chosen:
            self.open_database_file(Path(chosen))

    def open_database_file(self, path: Path) -> bool:
        """Open ``path`` in a new window (the one showing it already, if this is it)."""
        path = path.resolve()
        if not path.is_file():
            forget(self.settings, path)
            show_error(self, PakruError(translate(
                "WindowCommands", "{path} is no longer there; it was taken off the recent list."
            ).format(path=path)))  # fmt: skip
            return False
        if path == self._current_path():
            self.statusBar().showMessage(
                translate("WindowCommands", "{file} is the database of this window.").format(
                    file=path.name
                ),
                8000,
            )
            return True
        if not self.launcher(path):
            show_error(self, PakruError(translate(
                "WindowCommands", "Could not start a new window for {path}."
            ).format(path=path)))  # fmt: skip
            return False
        remember(self.settings, path)
        if self.db is not None:
            self.remember_database(self.db)  # this window's stays first while it is open
        self.statusBar().showMessage(
            translate("WindowCommands", "Opening {file} in a new window…").format(file=path.name),
            8000,
        )
        return True
