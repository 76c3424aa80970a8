"""The toolbar's search box: Ctrl+K, type, pick a hit with the keyboard or the mouse, and
the hit is shown where it lives; the index follows undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.global_search import GlobalSearch, hit_html
from pakru_desktop.gui.source_viewer import SourceViewer
from pakru_desktop.services.items import ItemDraft
from pakru_desktop.services.search import HitKind, search


def _box(window) -> GlobalSearch:
    return window.findChild(GlobalSearch, "globalSearch")


def _type(qtbot, window, text: str) -> GlobalSearch:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = _box(window)
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(box.hits_shown, timeout=3000)
    return box


def _viewers(window) -> list[SourceViewer]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SourceViewer) and w.isVisible()
    ]


def test_ctrl_k_type_and_enter_opens_the_best_item(qtbot, window, db):
    box = _type(qtbot, window, "steel mill")
    best = search(db, "steel mill")[0]
    assert best.kind is HitKind.ITEM
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.hits_shown()
    page = window.item_pages[best.item_kind]
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.detail.item_id() == best.id)


def test_down_moves_to_the_next_hit_and_escape_closes_then_empties(qtbot, window, db):
    box = _type(qtbot, window, "steel")
    second = search(db, "steel")[1]
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.popup.currentIndex().row() == 1
    assert box.hits[box.popup.currentIndex().row()] == second
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.hits_shown() and box.text() == "steel"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""


def test_a_click_opens_a_quote_in_the_source_viewer_at_that_quote(qtbot, window, db):
    box = _type(qtbot, window, "steel")
    row = next(n for n, hit in enumerate(box.hits) if hit.kind is HitKind.EVIDENCE)
    hit = box.hits[row]
    rect = box.popup.visualRect(box.model.index(row))
    qtbot.mouseClick(box.popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(_viewers(window)))
    (viewer,) = _viewers(window)
    try:
        cursor = viewer.findChild(object, "sourceText").textCursor()
        assert cursor.selectionStart() == hit.quote_start
        page = window.item_pages[hit.item_kind]
        assert window.current_page() is page and page.detail.item_id() == hit.item_id
    finally:
        viewer.close()


def _click_hit(qtbot, box, hit) -> None:
    rect = box.popup.visualRect(box.model.index(box.hits.index(hit)))
    qtbot.mouseClick(box.popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_an_actor_opens_on_the_actors_page_and_a_source_in_the_viewer(qtbot, window, db):
    window.actors_page.filter_text.setText("nobody at all")
    box = _type(qtbot, window, "overchuk")
    actor = next(h for h in box.hits if h.kind is HitKind.ACTOR)
    _click_hit(qtbot, box, actor)
    assert window.current_page() is window.actors_page
    assert window.actors_page.selected_id() == actor.id
    box = _type(qtbot, window, "overchuk")
    source = next(h for h in box.hits if h.kind is HitKind.SOURCE)
    _click_hit(qtbot, box, source)
    qtbot.waitUntil(lambda: bool(_viewers(window)))
    try:
        assert window.current_page() is window.sources_page
        assert window.sources_page.selected_id() == source.id
    finally:
        for viewer in _viewers(window):
            viewer.close()


def test_stored_markup_is_shown_as_text(db):
    from pakru_desktop.services.items import add_item

    add_item(db, ItemDraft("event", "<i>Shrike</i> & co", date="2025"))
    (hit,) = search(db, "shrike")
    shown = hit_html(hit)
    assert "&lt;i&gt;" in shown and "<i>" not in shown and "<b>Shrike</b>" in shown


def test_after_undo_the_search_no_longer_finds_the_item(qtbot, window, db):
    dialog = window.new_item(Kind.EVENT)
    qtbot.keyClicks(dialog.findChild(object, "title"), "Pelican talks")
    qtbot.keyClicks(dialog.findChild(object, "dateText"), "2 Sep 2025")
    qtbot.keyClick(dialog.findChild(object, "title"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [h.title for h in search(db, "pelican")] == ["Pelican talks"]
    window.undo_stack.undo()
    assert search(db, "pelican") == []
    window.undo_stack.redo()
    assert [h.title for h in search(db, "pelican")] == ["Pelican talks"]


def test_typing_searches_in_the_background_and_only_the_newest_search_is_shown(
    qtbot, window, db
):
    box = _box(window)
    box.setText("steel")
    box.search_in_background()
    box.setText("Lavrov")
    box.search_in_background()  # typed on before the first answer came back
    expected = [(h.kind, h.id) for h in search(db, "Lavrov", limit=30)]
    qtbot.waitUntil(lambda: [(h.kind, h.id) for h in box.hits] == expected, timeout=5000)
    qtbot.wait(200)  # the older search's answer, if late, must not replace these
    assert [(h.kind, h.id) for h in box.hits] == expected
    assert all("steel" not in h.title.lower() or "lavrov" in h.title.lower() for h in box.hits)
