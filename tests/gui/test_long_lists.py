"""Lists read off the window's thread, as long ones are: newest answer wins, nothing lost.

Long lists (more rows than ``background_after``) read their ids on the thread pool; here
that threshold is set to zero so the seed database's short lists take that path too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.items import ItemDraft, add_item
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
