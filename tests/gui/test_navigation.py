"""Back and Forward (Alt+Left, Alt+Right) after following a link, a search hit or an
overview row, as a browser goes back through pages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.navigation_history import NavigationHistory, Place

ALT = Qt.KeyboardModifier.AltModifier
STEEL_MILL = 12  # a project of the seed
MEETING = 1  # the Beijing meeting


def _selected(window) -> tuple[str, int | None]:
    page = window.current_page()
    selected = page.selected_id() if hasattr(page, "selected_id") else None
    return page.objectName(), selected


def test_alt_left_and_right_walk_back_and_forth_through_jumps(qtbot, window):
    assert not window.back_action.isEnabled() and not window.forward_action.isEnabled()
    events = window.item_pages[Kind.EVENT]
    window.show_page(events)
    events.select_item(MEETING)
    qtbot.waitUntil(lambda: events.selected_id() == MEETING)
    window.show_item(STEEL_MILL)  # as a link in the meeting's detail would
    projects = window.item_pages[Kind.PROJECT]
    qtbot.waitUntil(lambda: projects.selected_id() == STEEL_MILL)
    assert window.back_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: _selected(window) == ("page_events", MEETING))
    assert window.forward_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: _selected(window) == ("page_projects", STEEL_MILL))
    assert not window.forward_action.isEnabled()


def test_back_from_an_overview_row_returns_to_the_overview(qtbot, window):
    window.show_page(window.overview_page)
    window.show_item(STEEL_MILL)
    qtbot.waitUntil(lambda: _selected(window) == ("page_projects", STEEL_MILL))
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    assert window.current_page() is window.overview_page
    assert not window.back_action.isEnabled()


def test_a_new_jump_after_going_back_forgets_what_was_ahead():
    history = NavigationHistory()
    history.went(Place(1, 1))
    assert history.back(Place(3, 12)) == Place(1, 1)
    assert history.can_go_forward()
    history.went(Place(1, 1))
    assert not history.can_go_forward()
    assert history.back(Place(2, 5)) == Place(1, 1) and history.back(Place(1, 1)) is None
