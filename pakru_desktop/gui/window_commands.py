"""What the main window's menu commands open and do: new items, deleting, export and
import (CSV and articles), backups, refreshing, and the Help menu; a part of ``MainWindow``.

Each dialog's module is imported when the command is first used, so start-up does not
load them (see ``main_window``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pakru_desktop import __version__
from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.errors import show_error
from pakru_desktop.services.records import Changes

if TYPE_CHECKING:
    from pakru_desktop.gui.article_import_dialog import ArticleImportDialog
    from pakru_desktop.gui.backups_dialog import BackupsDialog
    from pakru_desktop.gui.export_dialog import ExportDialog
    from pakru_desktop.gui.import_dialog import ImportDialog
    from pakru_desktop.gui.item_dialog import ItemDialog
    from pakru_desktop.gui.shortcuts_dialog import ShortcutsDialog
    from pakru_desktop.services.import_csv import ImportResult
    from pakru_desktop.services.items import ItemDraft

ALL_TABLES = ("items", "follow_ups", "evidence", "links", "sources", "actors")
log = logging.getLogger(__name__)


class WindowCommands:
    """The commands of ``MainWindow`` (a part of it: it uses the window's pages, database,
    undo stack and change hub)."""

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
        answer = QMessageBox.question(
            self,
            f"Delete {detail.row.kind.value}",
            f"Delete “{detail.row.title}” with its evidence, follow-ups and links?\n"
            "You can undo this with Ctrl+Z.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
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
        dialog.imported.connect(lambda done: self.statusBar().showMessage(done.summary(), 15000))
        dialog.open()
        return dialog

    def after_import(self, result: ImportResult) -> None:
        """Show the imported records in every view that has them (unsaved edits are kept:
        saving them checks the version)."""
        self.hub.announce(result.changes)
        message = result.summary()
        if result.backup is not None:
            message += f" The database as it was is kept in {result.backup.name}."
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
        self.statusBar().showMessage("Loaded changes made elsewhere.", 5000)
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
        self.statusBar().showMessage("Backup restored.", 8000)

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
            "About Pakru Desktop",
            f"<h3>Pakru Desktop {__version__}</h3>"
            "<p>A tracker of Pakistan–Russia meetings, agreements, projects and commitments, "
            "with the sentences they came from.</p>"
            f"<p>Database: <code>{self.path_label.text()}</code></p>",
        )
