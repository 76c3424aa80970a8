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

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from pakru_desktop.domain.errors import PakruError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.change_hub import ChangeHub
from pakru_desktop.gui.date_words import shown_date
from pakru_desktop.gui.errors import show_error
from pakru_desktop.gui.form_dialog import fit_to_screen
from pakru_desktop.gui.icons import clear_cache, icon
from pakru_desktop.gui.navigation_history import NavigationHistory, Place
from pakru_desktop.gui.page_names import PAGE_ENTRIES, PAGE_ICONS, PAGES, item_count
from pakru_desktop.gui.shortcuts import keys_for
from pakru_desktop.gui.theme import THEME_KEY, apply_theme
from pakru_desktop.gui.vocabulary_names import kind_names
from pakru_desktop.gui.widgets.marks import mark_hint
from pakru_desktop.gui.window_commands import WindowCommands

if TYPE_CHECKING:
    from pakru_desktop.gui.preferences_dialog import PreferencesDialog
    from pakru_desktop.services.database import Database

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

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
        # What shows which icon, to draw them again in the colours of a new palette.
        self._icons: list[tuple[QAction, str]] = []
        self.setWindowTitle(translate("MainWindow", "Pakru Desktop"))

        self.stack = QStackedWidget(objectName="pages")
        # Where the overview will be, until the database is open.
        self.opening = QLabel(objectName="opening", alignment=Qt.AlignmentFlag.AlignCenter)
        mark_hint(self.opening)
        self.stack.addWidget(self.opening)
        self.nav = QListWidget(objectName="navigation")
        self.nav.setAccessibleName(translate("MainWindow", "Pages"))
        for name, icon_name in zip(PAGES, PAGE_ICONS, strict=True):
            self.nav.addItem(translate("MainWindow", name))
            self.nav.item(self.nav.count() - 1).setIcon(icon(icon_name))
        # The sidebar keeps its labels whole, in every language; the pages give way.
        self.nav.setMinimumWidth(
            self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 2 * self.nav.spacing() + 6
        )
        self.nav.setMaximumWidth(max(200, self.nav.minimumWidth()))
        self.nav.setSpacing(3)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.setCollapsible(0, False)
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
        self.opening.setText(translate("MainWindow", "Opening {name}…").format(name=name))
        self.path_label.setText(name)

    def attach(self, db: Database) -> None:
        """Build the pages on ``db`` and show the overview, which reads its figures on the
        thread pool; every other page reads its records the first time it is shown, so a
        window on a million items opens without reading them."""
        # Imported here: this is what loads the services and SQLAlchemy (see the docstring).
        from pakru_desktop.gui.window_content import build_pages

        self.db = db
        self.setWindowTitle(
            translate("MainWindow", "Pakru Desktop — {database}").format(database=db.display_name)
        )
        self.path_label.setText(str(db.path) if db.path else db.display_name)
        build_pages(self, db)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self._restore_page_settings()
        self._enable_commands(True)
        self.backups_action.setEnabled(db.path is not None)
        if db.read_only:
            from pakru_desktop.gui.read_only_mode import enter_read_only

            enter_read_only(self)
        self.remember_database(db)
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
                icon_name: str | None = None) -> QAction:  # fmt: skip
        """An action; ``keys`` names its row of ``shortcuts.SHORTCUTS``, ``icon_name`` one
        of ``icons.ICON_NAMES``."""
        action = QAction(text, self)
        if keys is not None:
            action.setShortcuts(keys_for(keys))
        if icon_name is not None:
            self._set_icon(action, icon_name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_actions = {
            Kind.EVENT: self._action(
                translate("MainWindow", "New &event…"),
                lambda: self.new_item(Kind.EVENT),
                "new_event",
                "new-event",
            ),
            Kind.AGREEMENT: self._action(
                translate("MainWindow", "New &agreement…"),
                lambda: self.new_item(Kind.AGREEMENT),
                icon_name="new-agreement",
            ),
            Kind.PROJECT: self._action(
                translate("MainWindow", "New &project…"),
                lambda: self.new_item(Kind.PROJECT),
                icon_name="new-project",
            ),
            Kind.COMMITMENT: self._action(
                translate("MainWindow", "New &commitment…"),
                lambda: self.new_item(Kind.COMMITMENT),
                icon_name="new-commitment",
            ),
        }
        self.new_database_action = self._action(
            translate("MainWindow", "&New database…"), self.new_database, icon_name="new-database"
        )
        self.open_database_action = self._action(
            translate("MainWindow", "&Open database…"), self.open_database, "open_database",
            "open-database",
        )  # fmt: skip
        self.export_action = self._action(
            translate("MainWindow", "&Export CSV…"), self.export_csv, "export", "export"
        )
        self.quit_action = self._action(
            translate("MainWindow", "&Quit"), self.close, "quit", "quit"
        )
        self.undo_action = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts(keys_for("undo"))
        self._set_icon(self.undo_action, "undo")
        self.redo_action = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts(keys_for("redo"))
        self._set_icon(self.redo_action, "redo")
        self.find_action = self._action(translate("MainWindow", "&Find"), self.focus_filter, "find",
                                        "find")  # fmt: skip
        self.delete_action = self._action(
            translate("MainWindow", "&Delete item…"), self.delete_selected, "delete", "delete"
        )
        # Delete only where a list has focus, so the key still deletes text in fields.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.refresh_action = self._action(
            translate("MainWindow", "&Refresh"), self.refresh, "refresh", "refresh"
        )
        self.page_actions = [
            self._action(
                translate("MainWindow", entry),
                lambda n=n: self.nav.setCurrentRow(n),
                f"page_{n + 1}",
                PAGE_ICONS[n],
            )  # fmt: skip
            for n, entry in enumerate(PAGE_ENTRIES)
        ]
        self.back_action = self._action(
            translate("MainWindow", "&Back"), self.go_back, "back", "back"
        )
        self.forward_action = self._action(translate("MainWindow", "&Forward"), self.go_forward,
                                           "forward", "forward")  # fmt: skip
        self.about_action = self._action(
            translate("MainWindow", "&About Pakru Desktop"), self.about, icon_name="about"
        )
        self.shortcuts_action = self._action(translate("MainWindow", "&Keyboard shortcuts"),
                                             self.show_shortcuts, "shortcuts",
                                             "shortcuts")  # fmt: skip
        self.import_action = self._action(
            translate("MainWindow", "&Import CSV…"), self.import_csv, icon_name="import-csv"
        )
        self.import_article_action = self._action(
            translate("MainWindow", "Import &article…"), self.import_article, "import_article",
            "import-article",
        )  # fmt: skip
        self.backups_action = self._action(
            translate("MainWindow", "&Backups…"), self.show_backups, icon_name="backups"
        )
        # The platform's key where it has one (macOS), Ctrl+, elsewhere, as most apps do.
        self.preferences_action = self._action(
            translate("MainWindow", "&Preferences…"), self.edit_preferences, "preferences",
            "preferences",
        )  # fmt: skip
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

    def _set_icon(self, action: QAction, name: str) -> None:
        action.setIcon(icon(name))
        self._icons.append((action, name))

    def refresh_icons(self) -> None:
        """Draw every icon again in the palette's colours (after a theme change)."""
        clear_cache()
        for action, name in self._icons:
            action.setIcon(icon(name))
        for row, name in enumerate(PAGE_ICONS):
            self.nav.item(row).setIcon(icon(name))
        for toolbar_action, source in self._toolbar_copies:
            toolbar_action.setIcon(source.icon())
        for page in getattr(self, "item_pages", {}).values():
            page.detail.refresh_icons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # The system's colours changed (a desktop switching to dark), or ours did.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.refresh_icons()
        super().changeEvent(event)

    def edit_preferences(self) -> PreferencesDialog:
        """Open Edit ▸ Preferences (window-modal; applied when saved)."""
        from pakru_desktop.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.db, self.settings, self)
        dialog.applied.connect(self.apply_preferences)
        dialog.open()
        return dialog

    def apply_preferences(self) -> None:
        """Show what the preferences change at once: the overview's windows."""
        from pakru_desktop.gui.user_preferences import due_soon_days, stale_days

        if self.db is None:
            return
        self.overview_page.due_soon_days.setValue(due_soon_days(self.settings))
        self.overview_page.stale_days.setValue(stale_days(self.settings))

    def _build_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions(list(self.new_actions.values()))
        file_menu.addSeparator()
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        self.recent_menu = file_menu.addMenu(
            icon("recent"), translate("MainWindow", "Open &recent")
        )
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_article_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menu.addMenu(translate("MainWindow", "&View"))
        view_menu.addActions(self.page_actions)
        view_menu.addSeparator()
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.forward_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(translate("MainWindow", "Main toolbar"), objectName="mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_actions[Kind.EVENT])
        for kind in (Kind.AGREEMENT, Kind.PROJECT, Kind.COMMITMENT):
            toolbar.addAction(self.new_actions[kind])
        toolbar.addSeparator()
        self._toolbar_copies: list[tuple[QAction, QAction]] = []
        # Short labels on the toolbar; the menu entries say what will be undone.
        for action, name, word, can, text in (
            (
                self.undo_action,
                "Undo",
                translate("MainWindow", "Undo"),
                self.undo_stack.canUndoChanged,
                self.undo_stack.undoTextChanged,
            ),
            (
                self.redo_action,
                "Redo",
                translate("MainWindow", "Redo"),
                self.undo_stack.canRedoChanged,
                self.undo_stack.redoTextChanged,
            ),
        ):
            button = QAction(action.icon(), word, self, objectName=f"toolbar{name}")
            button.setEnabled(False)
            self._toolbar_copies.append((button, action))
            button.triggered.connect(action.trigger)
            can.connect(button.setEnabled)
            text.connect(lambda what, b=button: b.setToolTip(what))
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
            when = shown_date(FuzzyDate.of_day(shown.as_of)) if shown else "…"
            self.count_label.setText(
                translate("MainWindow", "Overview as of {date}").format(date=when)
            )
            return
        if page is self.timeline_page:
            self.count_label.setText(page.status_text())
            return
        total = page.model.total()
        if self._is_item_page(page) and page.is_loading():
            self.count_label.setText(
                translate("MainWindow", "Reading the list of {kinds}…").format(
                    kinds=kind_names(page.kind).lower()
                )
            )
        elif self._is_item_page(page):
            filtered = page.current_filter() != type(page.current_filter())(page.kind)
            self.count_label.setText(item_count(page.kind, total, filtered))
        elif page.objectName() == "page_actors":
            self.count_label.setText(translate("MainWindow", "%Ln actor(s)", None, total))
        else:
            self.count_label.setText(translate("MainWindow", "%Ln source(s)", None, total))

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
