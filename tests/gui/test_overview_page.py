"""The Overview page as a person uses it: first on launch, as of a day, rows open items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.filter_bar import OVERDUE
from pakru_desktop.services.queries import count_items, list_items

CARGO_TRAIN = "Pilot cargo train between Pakistan and Russia"


def _as_of(qtbot, window, day: dt.date):
    page = window.overview_page
    page.as_of.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.as_of == day)
    return page.overview


def _rows(tree) -> list[list[str]]:
    return [
        [tree.topLevelItem(n).text(c) for c in range(tree.columnCount())]
        for n in range(tree.topLevelItemCount())
    ]


def test_the_overview_opens_first_and_shows_the_cargo_train_overdue(qtbot, window, db):
    assert window.current_page() is window.overview_page
    assert window.nav.item(0).text() == "Overview"
    overview = _as_of(qtbot, window, dt.date(2025, 11, 23))
    rows = _rows(window.overview_page.overdue)
    (train,) = [r for r in rows if r[1] == CARGO_TRAIN]
    assert train[2:] == ["Project", "proposed", "Aug 2025", "3 months overdue"]
    assert window.overview_page.boxes["overdue"].title() == f"Overdue ({len(overview.overdue)})"
    assert window.count_label.text() == "Overview as of 23 Nov 2025"
    entry = window.overview_page.overdue.topLevelItem([r[1] for r in rows].index(CARGO_TRAIN))
    assert not entry.icon(5).isNull() and "Due Aug 2025" in entry.toolTip(5)


def test_a_row_opens_its_item_and_the_detail_says_why_it_is_overdue(qtbot, window, db):
    _as_of(qtbot, window, dt.date(2025, 11, 23))
    tree = window.overview_page.overdue
    entry = next(
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).text(1) == CARGO_TRAIN
    )
    tree.setCurrentItem(entry)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    page = window.item_pages[Kind.PROJECT]
    assert window.current_page() is page
    train_id = int(entry.text(0))
    qtbot.waitUntil(lambda: page.detail.item_id() == train_id)
    # The window's today is 2 Sep 2025 in tests: the train (due Aug 2025) is late by then.
    assert page.detail.overdue_note.isVisible()
    assert "Due Aug 2025 (by 31 Aug 2025)" in page.detail.overdue_text.text()


def test_as_of_the_first_of_august_leaves_out_what_came_after(qtbot, window, db):
    overview = _as_of(qtbot, window, dt.date(2025, 8, 1))
    for row in [*overview.overdue, *overview.due_soon, *overview.stale]:
        assert row.date.start <= dt.date(2025, 8, 1)
    assert _rows(window.overview_page.recent) == [["", "none", "", ""]]
    soon = [r[1] for r in _rows(window.overview_page.due_soon)]
    assert CARGO_TRAIN in soon  # due that very month


def test_a_count_opens_the_list_filtered_by_that_status(qtbot, window, db):
    _as_of(qtbot, window, dt.date(2030, 1, 1))
    label = window.overview_page.findChild(type(window.count_label), "counts_project")
    assert "proposed 3" in label.text()
    assert label.text().index("project:proposed") < label.text().index("project:", 20)
    # The keyboard reaches the links: Tab to the first (proposed), Enter follows it.
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(label, Qt.Key.Key_Tab)
    qtbot.keyClick(label, Qt.Key.Key_Return)
    page = window.item_pages[Kind.PROJECT]
    assert window.current_page() is page
    expected = count_items(db, ItemFilter(Kind.PROJECT, status="proposed"))
    qtbot.waitUntil(lambda: page.model.rowCount() == expected)
    assert page.filter_bar.status.currentData() == "proposed"


def test_the_overdue_filter_and_marks_in_a_list(qtbot, window, db, today):
    page = window.item_pages[Kind.PROJECT]
    window.show_page(page)
    status = page.filter_bar.status
    status.setCurrentIndex(status.findData(OVERDUE))
    expected = {r.id for r in list_items(db, ItemFilter(Kind.PROJECT, overdue_on=today))}
    assert expected, "the cargo train is overdue on 2 Sep 2025"
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected))
    model = page.model
    column = model.column_headers().index("Status")
    index = model.index(0, column)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "overdue" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert window.item_pages[Kind.AGREEMENT].filter_bar.status.findData(OVERDUE) == -1


def test_changing_the_windows_and_a_new_follow_up_rebuild_it(qtbot, window, db):
    overview = _as_of(qtbot, window, dt.date(2025, 11, 23))
    assert overview.due_soon_days == 90
    page = window.overview_page
    page.due_soon_days.setValue(400)
    qtbot.waitUntil(lambda: page.overview.due_soon_days == 400)
    assert page.boxes["due_soon"].title().startswith("Due within 400 days")
    assert window.settings.value("overview/due_soon_days") in (400, "400")


def test_a_follow_up_recorded_elsewhere_updates_the_overview(qtbot, window, db):
    from pakru_desktop.services.follow_ups import set_status

    _as_of(qtbot, window, dt.date(2025, 11, 23))
    page = window.overview_page
    train = next(r for r in page.overview.overdue if r.title == CARGO_TRAIN)
    result = set_status(db, train.id, "completed", date="1 Nov 2025")
    window.hub.announce(result.changes)
    qtbot.waitUntil(lambda: CARGO_TRAIN not in {r.title for r in page.overview.overdue})
    assert CARGO_TRAIN not in [row[1] for row in _rows(page.overdue)]


def test_every_list_has_a_header_for_each_cell(qtbot, window, db):
    overview = _as_of(qtbot, window, dt.date(2026, 12, 1))
    page = window.overview_page
    assert overview.stale, "the seed has open items unheard of for 180 days by then"
    for tree in (page.overdue, page.due_soon, page.stale, page.recent):
        headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
        first = tree.topLevelItem(0)
        assert all(headers)
        assert first.text(1) == "none" or first.columnCount() == len(headers), headers
    row = next(r for r in overview.stale if r.last_heard is not None)
    entry = next(
        page.stale.topLevelItem(n)
        for n in range(page.stale.topLevelItemCount())
        if page.stale.topLevelItem(n).text(0) == str(row.id)
    )
    assert entry.text(5) == FuzzyDate.of_day(row.last_heard).display()
