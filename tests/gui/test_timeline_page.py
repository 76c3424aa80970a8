"""The Timeline page over the seed data: bars where their dates are, click, zoom, export."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolButton

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.timeline_scale import span_days
from pakru_desktop.services import items, timeline

AS_OF = dt.date(2025, 11, 23)
TRAIN = 14  # the pilot cargo train: a project due Aug 2025, still proposed


def wait_idle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.is_loading() and view.slice is not None, timeout=10000)


@pytest.fixture
def page(window, qtbot):
    """The Timeline page shown in the main window, as of 23 Nov 2025, fitted to all items."""
    window.show_page(window.timeline_page)
    page = window.timeline_page
    page.set_as_of(AS_OF)
    wait_idle(qtbot, page.view)
    page.view.fit_all()
    wait_idle(qtbot, page.view)
    return page


def all_seed_ids(db) -> set[int]:
    rows = timeline.timeline_window(db, dt.date(1000, 1, 1), dt.date(9999, 1, 1), as_of=AS_OF)
    return {row.id for row in rows.rows}


def on_screen(view) -> set[int]:
    """The items whose whole bar is inside the plot."""
    frame, _ = view.current_frame()
    return {
        item_id
        for item_id, rect in view.placements().items()
        if frame.plot_left <= rect.left() and rect.right() <= frame.width
    }


def click(qtbot, view, point: QPointF, **kwargs) -> None:
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint(), **kwargs)


def test_every_dated_seed_item_has_a_bar_covering_its_date(page, db):
    view = page.view
    placed = view.placements()
    assert set(placed) == all_seed_ids(db) and len(placed) == 28
    frame, _ = view.current_frame()
    rows = {r.id: r for r in view.slice.rows}
    for item_id, rect in placed.items():
        first, last = span_days(rows[item_id].date)
        assert rect.left() == pytest.approx(frame.x_of_day(first), abs=0.01)
        assert rect.right() >= frame.x_of_day(last) - 0.01
        assert frame.plot_left <= rect.left() and rect.right() <= view.width()
        lane = frame.lanes[rows[item_id].kind]
        assert lane.top <= rect.top() and rect.bottom() <= lane.bottom
    # Year-long "2024" items are a year wide; a day is a narrow bar.
    assert placed[2].width() > 50 * placed[1].width() / 4
    assert page.window().count_label.text() == "28 items on the timeline"


def test_bars_of_one_lane_never_overlap(page):
    placed = page.view.placements()
    rects = list(placed.values())
    for n, a in enumerate(rects):
        for b in rects[n + 1 :]:
            assert not a.intersects(b)


def test_clicking_a_bar_selects_its_item_and_shows_it(page, qtbot):
    view = page.view
    rect = view.placements()[TRAIN]
    with qtbot.waitSignal(view.item_selected) as signal:
        click(qtbot, view, rect.center())
    assert signal.args == [TRAIN]
    assert page.selected_id() == TRAIN
    text = page.summary.toPlainText()
    assert "Pilot cargo train between Pakistan and Russia" in text
    assert "3 months overdue" in text
    qtbot.waitUntil(lambda: bool(view.links))
    assert {link.other.id for link in view.links} == {7}
    # An empty spot clears the selection.
    with qtbot.waitSignal(view.item_selected) as signal:
        click(qtbot, view, QPointF(view.width() - 5, view.height() - 5))
    assert signal.args == [None]


def test_open_in_list_shows_the_item_on_its_kind_page(page, qtbot, window):
    click(qtbot, page.view, page.view.placements()[TRAIN].center())
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    projects = window.item_pages[Kind.PROJECT]
    assert window.current_page() is projects
    assert projects.selected_id() == TRAIN


def test_hovering_a_bar_tells_title_date_status_and_lateness(page):
    view = page.view
    text = view.tooltip_at(view.placements()[TRAIN].center())
    assert text.splitlines() == [
        "Pilot cargo train between Pakistan and Russia",
        "Project · 10 Jul 2025 (inferred)",
        "Status: proposed",
        "Due Aug 2025 · 3 months overdue",
    ]
    assert view.tooltip_at(QPointF(view.width() - 3, view.height() - 3)) == ""


def test_an_overdue_item_is_flagged_and_a_settled_one_is_not(page, qtbot):
    rows = {r.id: r for r in page.view.slice.rows}
    assert rows[TRAIN].late is not None
    assert rows[18].late is None  # a commitment due Aug 2025 but partly kept
    # Judged as of a day before its deadline passed, the train is not late.
    page.set_as_of(dt.date(2025, 8, 15))
    qtbot.waitUntil(lambda: page.view.slice.rows and page.view._slice_for.as_of.month == 8)
    wait_idle(qtbot, page.view)
    assert {r.id: r for r in page.view.slice.rows}[TRAIN].late is None


def test_zoom_in_and_out_change_the_visible_range(page, qtbot):
    view = page.view
    first, last = view.visible_range()
    qtbot.mouseClick(page.findChild(QToolButton, "zoomIn"), Qt.MouseButton.LeftButton)
    narrower = view.visible_range()
    assert first < narrower[0] and narrower[1] < last
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    wider = view.visible_range()
    assert wider[0] < first and last < wider[1]
    # Zooming with the wheel keeps the day under the pointer in place.
    x = view.plot_width() / 2 + view._frame().plot_left
    day_before = view._scale().day_at(x - view._frame().plot_left)
    qtbot.wait(1)
    view.zoom(2.0, x - view._frame().plot_left)
    assert view._scale().day_at(x - view._frame().plot_left) == pytest.approx(day_before)


def test_zooming_goes_from_decades_to_days(page):
    from pakru_desktop.gui.timeline_scale import tick_level

    view = page.view
    for _ in range(40):
        view.zoom(0.5)
    first, last = view.visible_range()
    assert (last - first).days > 20 * 365
    assert tick_level(view._scale().px_per_day) in ("decade", "20 years", "50 years", "century")
    for _ in range(60):
        view.zoom(2.0)
    first, last = view.visible_range()
    assert (last - first).days < 7
    assert tick_level(view._scale().px_per_day) == "day"


def test_panning_with_keys_and_dragging_moves_the_range(page, qtbot):
    view = page.view
    first, _ = view.visible_range()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_range()[0] > first
    moved = view.visible_range()[0]
    y = view.height() - 4
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    qtbot.mouseMove(view, QPoint(600, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    assert view.visible_range()[0] < moved
    assert page.selected_id() is None  # a drag is not a click


def test_fit_all_brings_back_every_item_after_zooming_in(page, qtbot, db):
    view = page.view
    view.zoom(50.0)
    wait_idle(qtbot, view)
    assert on_screen(view) != all_seed_ids(db)
    qtbot.mouseClick(page.findChild(QToolButton, "fitAll"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert on_screen(view) == all_seed_ids(db)


def test_the_filter_bar_narrows_the_timeline(page, qtbot):
    qtbot.keyClicks(page.filter_bar.text, "pilot cargo train")
    page.filter_bar.apply_now()
    qtbot.waitUntil(lambda: set(page.view.placements()) == {7, 14}, timeout=10000)
    page.filter_bar.clear()
    kinds = page.filter_bar.kinds
    kinds.setCurrentIndex(kinds.findData("agreement"))
    qtbot.waitUntil(lambda: set(page.view.placements()) == {10, 11, 25}, timeout=10000)


def test_png_and_svg_exports_load(page, tmp_path):
    png = page.export(tmp_path / "timeline.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= page.view.width()
    svg = page.export(tmp_path / "timeline.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = "".join(root.itertext())
    assert "Pilot cargo train" in text and "Events" in text


def test_a_new_item_appears_after_it_is_announced(page, qtbot, window):
    result = items.add_item(
        window.db, items.ItemDraft(Kind.EVENT, "Dar meets Lavrov", "15 Oct 2025"), today=AS_OF
    )
    window.hub.announce(result.changes)
    qtbot.waitUntil(lambda: result.item.id in page.view.placements(), timeout=10000)
