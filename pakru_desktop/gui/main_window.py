"""The main window: navigation, one page per list, menus, toolbar, status bar.

It comes up in two steps, so that it is on screen before the slow part of start-up: the
frame (menus, toolbar, navigation, status bar, the saved geometry) needs Qt alone, and
``attach`` then builds the pages on a database, importing the services, SQLAlchemy and the
page modules only then (``window_content``). ``MainWindow(db)`` does both at once. What
its menu commands open and do is in ``window_commands``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.form_dialog import fit_to_screen
from pakru_desktop.gui.navigation_history import NavigationHistory, Place
from pakru_desktop.gui.shortcuts import keys_for
from pakru_desktop.gui.theme import THEME_KEY, apply_theme
from pakru_desktop.gui.widgets.marks import mark_hint
from pakru_desktop.gui.window_commands import WindowCommands

if TYPE_CHECKING:
    from pakru_desktop.gui.preferences_dialog import PreferencesDialog
    from pakru_desktop.services.database import Database

log = logging.getLogger(__name__)

PAGES = ("Overview", "Events", "Agreements", "Projects", "Commitments", "Actors", "Sources",
         "Timeline")  # fmt: skip
SETTINGS_ORG, SETTINGS_APP = "Pakru", "Pakru Desktop"


class MainWindow(QMainWindow, WindowCommands):
    """The window an analyst works in: lists on the left, the selected record on the right."""

    def __init__(
        self,
        db: Database | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        settings=None,
    ) -> None:
        """The frame; with ``db``, its pages too (else ``attach`` builds them later)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.db: Database | None = None
        self.today = today
        self.settings = settings or QSettings(SETTINGS_ORG, SETTINGS_APP)
        apply_theme(self.settings.value(THEME_KEY))
        self.hub = ChangeHub(self)
        self.undo_stack = QUndoStack(self)
        self.places = NavigationHistory()
        self.setWindowTitle("Pakru Desktop")

        self.stack = QStackedWidget(objectName="pages")
        # Where the overview will be, until the database is open.
        self.opening = QLabel(objectName="opening", alignment=Qt.AlignmentFlag.AlignCenter)
        mark_hint(self.opening)
        self.stack.addWidget(self.opening)
        self.nav = QListWidget(objectName="navigation")
        self.nav.setAccessibleName("Pages")
        self.nav.addItems(PAGES)
        self.nav.setMaximumWidth(200)
        self.nav.setSpacing(3)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(objectName="rowCount")
        # Its text changes with the page; it must never widen the window's minimum size.
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.path_label = QLabel(objectName="databasePath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.path_label)

        self._build_actions()
        self._build_menus_and_toolbar()
        self._restore_geometry()
        self._enable_commands(False)
        self._update_history_actions()
        if db is not None:
            self.attach(db)

    def show_opening(self, name: str) -> None:
        """Say, where the overview will be, which database is being opened."""
        self.opening.setText(f"Opening {name}…")
        self.path_label.setText(name)

    def attach(self, db: Database) -> None:
        """Build the pages on ``db`` and show the overview, which reads its figures on the
        thread pool; every other page reads its records the first time it is shown, so a
        window on a million items opens without reading them."""
        # Imported here: this is what loads the services and SQLAlchemy (see the docstring).
        from pakru_desktop.gui.window_content import build_pages

        self.db = db
        self.setWindowTitle(f"Pakru Desktop — {db.display_name}")
        self.path_label.setText(str(db.path) if db.path else db.display_name)
        build_pages(self, db)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self._restore_page_settings()
        self._enable_commands(True)
        self.backups_action.setEnabled(db.path is not None)
        # Every launch opens on the overview: what needs attention today comes first.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self._page_chosen(0)
        self.overview_page.load()

    def _enable_commands(self, enabled: bool) -> None:
        # Until the pages exist there is nothing to act on; undo and redo follow their stack.
        for action in self._commands:
            action.setEnabled(enabled)

    # Actions, menus, toolbar -------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], keys: str | None = None,
                icon=None) -> QAction:  # fmt: skip
        """An action; ``keys`` names its row of ``shortcuts.SHORTCUTS``."""
        action = QAction(text, self)
        if keys is not None:
            action.setShortcuts(keys_for(keys))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_actions = {
            Kind.EVENT: self._action(
                "New &event…",
                lambda: self.new_item(Kind.EVENT),
                "new_event",
                sp.SP_FileIcon,
            ),
            Kind.AGREEMENT: self._action("New &agreement…", lambda: self.new_item(Kind.AGREEMENT)),
            Kind.PROJECT: self._action("New &project…", lambda: self.new_item(Kind.PROJECT)),
            Kind.COMMITMENT: self._action(
                "New &commitment…", lambda: self.new_item(Kind.COMMITMENT)
            ),
        }
        self.export_action = self._action(
            "&Export CSV…", self.export_csv, "export", sp.SP_DialogSaveButton
        )
        self.quit_action = self._action("&Quit", self.close, "quit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(keys_for("undo"))
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(keys_for("redo"))
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.find_action = self._action("&Find", self.focus_filter, "find")
        self.delete_action = self._action(
            "&Delete item…", self.delete_selected, "delete", sp.SP_TrashIcon
        )
        # Delete only where a list has focus, so the key still deletes text in fields.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.refresh_action = self._action(
            "&Refresh", self.refresh, "refresh", sp.SP_BrowserReload
        )
        self.page_actions = [
            self._action(f"&{n + 1} {name}", lambda n=n: self.nav.setCurrentRow(n), f"page_{n + 1}")
            for n, name in enumerate(PAGES)
        ]
        self.back_action = self._action("&Back", self.go_back, "back", sp.SP_ArrowLeft)
        self.forward_action = self._action("&Forward", self.go_forward, "forward",
                                           sp.SP_ArrowRight)  # fmt: skip
        self.about_action = self._action("&About Pakru Desktop", self.about)
        self.shortcuts_action = self._action("&Keyboard shortcuts", self.show_shortcuts,
                                             "shortcuts")  # fmt: skip
        self.import_action = self._action("&Import CSV…", self.import_csv)
        self.import_article_action = self._action(
            "Import &article…", self.import_article, "import_article"
        )
        self.backups_action = self._action("&Backups…", self.show_backups)
        # The platform's key where it has one (macOS), Ctrl+, elsewhere, as most apps do.
        self.preferences_action = self._action(
            "&Preferences…", self.edit_preferences, "preferences"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        # What needs the pages (and so waits for ``attach``).
        self._commands = [
            *self.new_actions.values(),
            self.export_action,
            self.import_action,
            self.import_article_action,
            self.backups_action,
            self.find_action,
            self.delete_action,
            self.refresh_action,
            self.preferences_action,
            *self.page_actions,
        ]

    def edit_preferences(self) -> PreferencesDialog:
        """Open Edit ▸ Preferences (window-modal; applied when saved)."""
        from pakru_desktop.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.db, self.settings, self)
        dialog.open()
        return dialog

    def _build_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addActions(list(self.new_actions.values()))
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_article_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menu.addMenu("&View")
        view_menu.addActions(self.page_actions)
        view_menu.addSeparator()
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.forward_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Main", objectName="mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_actions[Kind.EVENT])
        for kind in (Kind.AGREEMENT, Kind.PROJECT, Kind.COMMITMENT):
            toolbar.addAction(self.new_actions[kind])
        toolbar.addSeparator()
        # Short labels on the toolbar; the menu entries say what will be undone.
        for action, word, can, text in (
            (
                self.undo_action,
                "Undo",
                self.undo_stack.canUndoChanged,
                self.undo_stack.undoTextChanged,
            ),
            (
                self.redo_action,
                "Redo",
                self.undo_stack.canRedoChanged,
                self.undo_stack.redoTextChanged,
            ),
        ):
            button = QAction(action.icon(), word, self, objectName=f"toolbar{word}")
            button.setEnabled(False)
            button.triggered.connect(action.trigger)
            can.connect(button.setEnabled)
            text.connect(lambda what, b=button, w=word: b.setToolTip(f"{w} {what}".strip()))
            toolbar.addAction(button)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.refresh_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    # Pages -------------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        """The page on screen."""
        return self.stack.currentWidget()

    def show_page(self, page: QWidget) -> None:
        """Bring ``page`` on screen, as choosing it in the navigation does."""
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def show_list(self, kind: Kind, status: str | None) -> None:
        """The list of ``kind``, filtered by ``status`` (``OVERDUE`` for overdue items)."""
        page = self.item_pages[kind]
        self.show_page(page)
        if self.current_page() is page:
            page.filter_bar.show_status(status)

    def _is_item_page(self, page: QWidget) -> bool:
        return self.db is not None and page in self.item_pages.values()

    def _page_chosen(self, row: int) -> None:
        if row < 0 or self.db is None:
            return
        current = self.current_page()
        leaving = self._is_item_page(current) and current is not self.stack.widget(row)
        if leaving and not current.keep_edits():  # type: ignore[attr-defined]
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        chosen = self.stack.widget(row)
        if chosen in self.pages:
            chosen.ensure_loaded()  # type: ignore[attr-defined]
        self.stack.setCurrentIndex(row)
        self.update_status()
        self.update_actions()

    def show_item(self, item_id: int, *, remember: bool = True) -> None:
        """Switch to the page of ``item_id``'s kind and select it; Back returns to where
        the window was (unless ``remember`` is False: going back itself)."""
        from pakru_desktop.services import items

        try:
            detail = items.get_item(self.db, item_id)
        except PakruError as error:
            show_error(self, error)
            return
        here = self._place()
        page = self.item_pages[detail.row.kind]
        self.show_page(page)
        if self.current_page() is page:
            page.select_item(item_id)
            if remember and here != self._place():
                self.places.went(here)
        self._update_history_actions()

    def _place(self) -> Place:
        page = self.current_page()
        selected = page.selected_id() if self._is_item_page(page) else None
        return Place(self.stack.currentIndex(), selected)

    def _go(self, place: Place | None) -> None:
        if place is not None:
            if place.item_id is not None:
                self.show_item(place.item_id, remember=False)
            else:
                self.nav.setCurrentRow(place.page)
        self._update_history_actions()

    def go_back(self) -> None:
        """Back to where the window was before the last jump (Alt+Left)."""
        self._go(self.places.back(self._place()))

    def go_forward(self) -> None:
        """Forward again after going back (Alt+Right)."""
        self._go(self.places.forward(self._place()))

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.db is not None and self.places.can_go_back())
        self.forward_action.setEnabled(self.db is not None and self.places.can_go_forward())

    def update_status(self) -> None:
        """The status bar's count (or date) for the page on screen."""
        page = self.current_page()
        if self.db is None:
            return
        if page is self.overview_page:
            shown = page.overview
            when = FuzzyDate.of_day(shown.as_of).display() if shown else "…"
            self.count_label.setText(f"Overview as of {when}")
            return
        if page is self.timeline_page:
            self.count_label.setText(page.status_text())
            return
        total = page.model.total()
        if self._is_item_page(page) and page.is_loading():
            self.count_label.setText(f"Reading the list of {page.kind.plural}…")
        elif self._is_item_page(page):
            noun = page.kind.plural if total != 1 else page.kind.value
            filtered = page.current_filter() != type(page.current_filter())(page.kind)
            suffix = (" matches" if total == 1 else " match") + " the filter" if filtered else ""
            self.count_label.setText(f"{total:,} {noun}{suffix}")
        else:
            plural = page.objectName().removeprefix("page_")  # "actors", "sources"
            self.count_label.setText(f"{total:,} {plural if total != 1 else plural[:-1]}")

    def update_actions(self) -> None:
        """Delete is there when an item is selected."""
        page = self.current_page()
        self.delete_action.setEnabled(self._is_item_page(page) and page.selected_id() is not None)

    # Settings and closing ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        s = self.settings
        if s.value("window/geometry"):
            self.restoreGeometry(s.value("window/geometry"))
        else:
            fit_to_screen(self, 1400, 860)
        if s.value("window/state"):
            self.restoreState(s.value("window/state"))
        if s.value("window/splitter"):
            self.splitter.restoreState(s.value("window/splitter"))
        else:
            self.splitter.setSizes([150, 1250])

    def _restore_page_settings(self) -> None:
        for kind, page in self.item_pages.items():
            state = self.settings.value(f"splitter/{kind.value}")
            if state:
                page.splitter.restoreState(state)
            else:
                page.splitter.setSizes([760, 560])

    def save_settings(self) -> None:
        """Remember geometry, splitters and the page shown."""
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        for kind, page in getattr(self, "item_pages", {}).items():
            s.setValue(f"splitter/{kind.value}", page.splitter.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.db is None:  # closed while the database was being opened
            self.save_settings()
            event.accept()
            return
        for page in self.item_pages.values():
            if page.detail.form.is_dirty():
                self.show_page(page)
                if not page.keep_edits():
                    event.ignore()
                    return
        self.save_settings()
        self.watch_timer.stop()
        self.change_feed.close()
        event.accept()


def page_of(window: MainWindow, name: str) -> QWidget:
    """The page called ``name`` (``"events"``, ``"sources"`` …), for tests and scripts."""
    return window.findChild(QWidget, f"page_{name}")
