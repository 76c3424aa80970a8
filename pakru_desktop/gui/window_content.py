"""The main window's pages on a database: what ``MainWindow.attach`` builds.

Kept apart from ``main_window`` because importing it loads the services and SQLAlchemy,
four fifths of start-up: the window's frame is on screen before this module is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.actors_page import ActorsPage
from pakru_desktop.gui.global_search import GlobalSearch, open_hit
from pakru_desktop.gui.item_page import ItemPage
from pakru_desktop.gui.overview_page import OverviewPage
from pakru_desktop.gui.sources_page import SourcesPage
from pakru_desktop.gui.suggestions import Suggestions
from pakru_desktop.gui.timeline_page import TimelinePage
from pakru_desktop.gui.user_preferences import apply_preferences
from pakru_desktop.services.change_feed import ChangeFeed
from pakru_desktop.services.database import Database

if TYPE_CHECKING:
    from pakru_desktop.gui.main_window import MainWindow

# How often the window looks for changes made elsewhere: a cheap look (SQLite's commit
# counter; on a server, a read of the listening socket) on a timer, so a colleague's
# change shows within about a second.
WATCH_INTERVAL_MS = 1000


def build_pages(window: MainWindow, db: Database) -> None:
    """Give ``window`` its pages on ``db``, in the navigation's order, the overview first;
    the search box at the menu bar's end; and the watch for changes made elsewhere."""
    apply_preferences(db, window.settings)
    hub, today = window.hub, window.today
    window.suggestions = Suggestions(db, hub, window)
    window.item_pages = {
        kind: ItemPage(db, hub, window.undo_stack, kind, today, window.suggestions) for kind in Kind
    }
    window.actors_page = ActorsPage(db, hub, window.undo_stack)
    window.sources_page = SourcesPage(db, hub, window.undo_stack, today)
    window.timeline_page = TimelinePage(db, hub, today)
    window.pages = [
        *window.item_pages.values(),
        window.actors_page,
        window.sources_page,
        window.timeline_page,
    ]
    window.overview_page = OverviewPage(
        db, hub, window.settings, today, window.show_item, window.show_list
    )
    for page in (window.overview_page, *window.pages):
        window.stack.addWidget(page)
        page.count_changed.connect(window.update_status)
    for page in window.item_pages.values():
        page.set_navigator(window.show_item)
        page.selection_changed.connect(window.update_actions)
        # Delete only where a list has focus, so the key still deletes text in fields.
        page.table.addAction(window.delete_action)
    hub.changed.connect(window.actors_page.on_changes)
    hub.changed.connect(window.sources_page.on_changes)
    hub.changed.connect(window.timeline_page.on_changes)
    window.timeline_page.open_item.connect(window.show_item)

    window.global_search = GlobalSearch(db, window)
    window.global_search.add_to(window)  # at the menu bar's right end; Ctrl+K focuses it
    window.global_search.chosen.connect(lambda hit: open_hit(window, hit))

    # Changes made elsewhere (pakru, another window, a colleague) reach the views.
    window.change_feed = ChangeFeed(db)
    window.watch_timer = QTimer(window, interval=WATCH_INTERVAL_MS)
    window.watch_timer.timeout.connect(window.load_changes_made_elsewhere)
    window.watch_timer.start()


def new_change_feed(db: Database) -> ChangeFeed:
    """A feed of changes made elsewhere from now on (after a restore, whose history has
    ids of its own)."""
    return ChangeFeed(db)
