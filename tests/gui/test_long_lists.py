"""Lists read off the window's thread, as long ones are, and changed items put in place.

Long lists (more rows than ``background_after``) read their ids on the thread pool; here
that threshold is set to zero so the seed database's short lists take that path too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pakru_desktop.domain.item_filter import ItemFilter, SortKey
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.table_models import ItemTableModel
from pakru_desktop.services.follow_ups import set_status
from pakru_desktop.services.items import ItemDraft, ItemPatch, add_item, delete_item, edit_item
from pakru_desktop.services.queries import item_ids, list_items


@pytest.fixture
def page(window, qtbot):
    page = window.item_pages[Kind.COMMITMENT]
    page.model.background_after = 0
    window.show_page(page)
    qtbot.waitUntil(lambda: not page.is_loading())
    return page


def titles_shown(page) -> list[str]:
    model = page.model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_typing_a_filter_reads_in_the_background_and_keeps_only_the_last_answer(
    page, qtbot, db
) -> None:
    everything = page.model.total()
    page.filter_bar.text.setText("Putin")
    page.filter_bar.apply_now()
    assert page.is_loading()
    assert page.model.total() == everything  # the old list stays until the new one is in
    page.filter_bar.text.setText("Shehbaz")
    page.filter_bar.apply_now()
    qtbot.waitUntil(lambda: not page.is_loading())
    expected = [r.title for r in list_items(db, ItemFilter(Kind.COMMITMENT, "Shehbaz"),
                                            descending=True)]  # fmt: skip
    assert titles_shown(page) == expected and 0 < len(expected) < everything
    assert page.table.viewport().cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_hit_chosen_while_the_list_is_read_is_shown_then_selected(page, qtbot, window, db):
    page.filter_bar.text.setText("no such words at all")
    page.filter_bar.apply_now()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.model.total() == 0
    target = list_items(db, ItemFilter(Kind.COMMITMENT))[-1]
    window.show_item(target.id)  # clears the filter, which reads the whole list again
    assert page.detail.item_id() == target.id
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.selected_id() == target.id
    row = page.table.selectionModel().currentIndex().row()
    assert page.model.id_at(row) == target.id


def test_an_item_added_elsewhere_appears_when_the_list_is_read_again(page, qtbot, db) -> None:
    added = add_item(db, ItemDraft(kind="commitment", title="Quokka pledge", date="2026"))
    page.model.reload()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.model.row_of_id(added.item.id) is not None
    assert list(page.model.ids()) == list(
        item_ids(db, ItemFilter(Kind.COMMITMENT), descending=True)
    )


@pytest.mark.parametrize(
    "sort", [SortKey.DATE, SortKey.TITLE, SortKey.STATUS, SortKey.DUE, SortKey.LOCATION]
)
@pytest.mark.parametrize("descending", [False, True])
def test_changed_items_are_placed_where_a_fresh_read_puts_them(qtbot, db, sort, descending):
    model = ItemTableModel(db, Kind.PROJECT)
    model.sort_key, model.descending = sort, descending
    model.reload()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    rows = list_items(db, ItemFilter(Kind.PROJECT))
    moved = rows[1].id
    set_status(db, moved, "completed", date="1 Oct 2025")
    edit_item(db, rows[2].id, ItemPatch(title="Aardvark railway", due="Q2 1999",
                                        location="Zürich"))  # fmt: skip
    added = add_item(db, ItemDraft(kind="project", title="Ёлка terminal", date="Mar 2024",
                                   location="Астана")).item.id  # fmt: skip
    deleted = rows[0].id
    delete_item(db, deleted)
    assert model.place({moved, rows[2].id, added, deleted})
    fresh = item_ids(db, ItemFilter(Kind.PROJECT), sort=sort, descending=descending)
    assert list(model.ids()) == list(fresh) and resets == []
    assert model.row_at(model.row_of_id(moved)).status == "completed"  # read afresh


def test_an_item_leaving_the_filter_is_dropped_and_one_entering_is_added(qtbot, db) -> None:
    model = ItemTableModel(db, Kind.COMMITMENT)
    model.filter = ItemFilter(Kind.COMMITMENT, status="not-yet-rated")
    model.reload()
    before = list(model.ids())
    set_status(db, before[0], "kept", date="1 Oct 2025")
    assert model.place({before[0]})
    assert list(model.ids()) == before[1:]
    set_status(db, before[0], "not-yet-rated", date="2 Oct 2025")
    assert model.place({before[0]}) and list(model.ids()) == before


def test_a_status_change_in_the_window_moves_one_row_and_keeps_the_item_shown(
    page, qtbot, window, db
) -> None:
    page.model.background_after = 10**9  # short lists read at once, as in use
    page.model.sort(page.model.column_headers().index("Status"), Qt.SortOrder.AscendingOrder)
    target = page.model.id_at(0)
    page.select_item(target)
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    result = set_status(db, target, "uncheckable", date="1 Oct 2025")
    window.hub.announce(result.changes)
    assert resets == [] and page.selected_id() == target
    fresh = item_ids(db, ItemFilter(Kind.COMMITMENT), sort=SortKey.STATUS)
    assert list(page.model.ids()) == list(fresh)
    current = page.table.selectionModel().currentIndex().row()
    assert page.model.id_at(current) == target


def test_one_status_change_refreshes_the_window_in_a_few_statements(window, qtbot, db):
    from sqlalchemy import event

    page = window.item_pages[Kind.COMMITMENT]
    window.show_page(page)
    target = page.model.id_at(3)
    page.select_item(target)
    result = set_status(db, target, "kept", date="1 Oct 2025")
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        window.hub.announce(result.changes)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    # Four lists: one look each at whether the item is theirs, its place in its own; the
    # item shown again in the detail pane; the sectors and names offered, read once.
    lists = [s for s in statements if "FROM items WHERE" in s and "history" not in s]
    assert len(lists) <= 8, lists
    every_actor = [s for s in statements if "FROM actors" in s and "WHERE" not in s]
    assert len(every_actor) <= 1, every_actor
    assert len(statements) <= 30, statements
    assert page.model.row_at(page.model.row_of_id(target)).status == "kept"


def test_the_row_of_an_id_is_never_read_across_two_ids(qtbot, db) -> None:
    from array import array

    model = ItemTableModel(db, Kind.EVENT)
    # 256 then 0 holds the bytes of 1 one byte in: not a row of 1.
    model.apply_ids(array("q", [256, 0]))
    assert model.row_of_id(1) is None and model.row_of_id(0) == 1
    model.apply_ids(array("q", [256, 0, 1]))
    assert model.row_of_id(1) == 2 and model.row_of_id(256) == 0
    assert model.row_of_id(2**70) is None
