"""The main window as a person uses it: keyboard, clicks, dialogs — checked through services."""

from __future__ import annotations

import csv

import pytest
from gui_helpers import answer_conflict, answer_next_question
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

from pakru_desktop import __version__
from pakru_desktop.domain.errors import NotFoundError
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.main_window import MainWindow, page_of
from pakru_desktop.gui.source_viewer import SourceViewer
from pakru_desktop.services.items import get_item
from pakru_desktop.services.queries import count_items, list_items


def _events(window):
    """The Events page, brought on screen (the window opens on the overview)."""
    page = window.item_pages[Kind.EVENT]
    window.show_page(page)
    return page


def _select(qtbot, page, item_id):
    assert page.select_item(item_id)
    qtbot.waitUntil(lambda: page.detail.item_id() == item_id)


def _dialog(window, name):
    dialogs = [d for d in window.findChildren(QDialog, name) if d.isVisible()]
    assert dialogs, f"no visible {name}"
    return dialogs[-1]


def test_title_status_bar_and_first_page(qtbot, window, db):
    assert "Pakru Desktop" in window.windowTitle() and "pakru.sqlite3" in window.windowTitle()
    assert window.current_page() is window.overview_page  # what needs attention comes first
    qtbot.waitUntil(lambda: window.count_label.text() == "Overview as of 2 Sep 2025")
    total = count_items(db, ItemFilter(Kind.EVENT))
    _events(window)
    assert window.count_label.text() == f"{total} events"
    assert window.path_label.text() == str(db.path)
    assert _events(window).model.rowCount() == total


def test_ctrl_n_type_enter_adds_an_event(qtbot, window, db):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window, "itemDialog")
    title = dialog.findChild(QLineEdit, "title")
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, "Dar meets Lavrov in Moscow")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "dateText"), "Tuesday")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "location"), "Moscow")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Every word is searched: the seed's "Sergey Lavrov meets …" (with Dar in it) matches too.
    found = list_items(db, ItemFilter(Kind.EVENT, text="Dar meets Lavrov"))
    (row,) = [r for r in found if r.title == "Dar meets Lavrov in Moscow"]
    assert (row.date.iso(), row.date.inferred, row.location) == ("2025-09-02", True, "Moscow")
    page = _events(window)
    assert page.model.row_of_id(row.id) is not None
    assert page.detail.item_id() == row.id
    assert window.undo_action.text() == "&Undo Add event “Dar meets Lavrov in Moscow”"


def test_a_bad_date_keeps_the_new_event_dialog_open(qtbot, window, db):
    before = count_items(db, ItemFilter(Kind.EVENT))
    dialog = window.new_item(Kind.EVENT)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "title"), "Something")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "dateText"), "the other day")
    qtbot.keyClick(dialog.findChild(QLineEdit, "title"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "the other day" in dialog.findChild(QWidget, "errorLabel").text()
    assert count_items(db, ItemFilter(Kind.EVENT)) == before


def test_edit_a_field_then_revert_then_save(qtbot, window, db):
    page = _events(window)
    _select(qtbot, page, 1)
    form = page.detail.form
    form.location.clear()
    qtbot.keyClicks(form.location, "Beijing, China")
    assert form.is_dirty() and form.save_button.isEnabled()
    qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)
    assert form.location.text() == "Beijing" and not form.is_dirty()
    qtbot.keyClick(form.location, Qt.Key.Key_End)
    qtbot.keyClicks(form.location, " (Great Hall)")
    qtbot.keyClick(form.location, Qt.Key.Key_Return)
    assert get_item(db, 1).row.location == "Beijing (Great Hall)"
    assert get_item(db, 1).row.date.inferred  # untouched dates keep their flags
    window.undo_stack.undo()
    assert get_item(db, 1).row.location == "Beijing"
    window.undo_stack.redo()
    assert get_item(db, 1).row.location == "Beijing (Great Hall)"


def test_enter_in_the_date_field_saves_a_span(qtbot, window, db):
    page = _events(window)
    _select(qtbot, page, 8)
    date_text = page.detail.form.date.lineEdit()
    date_text.selectAll()
    qtbot.keyClicks(date_text, "17-18 Nov 2025")
    qtbot.keyClick(date_text, Qt.Key.Key_Return)
    row = get_item(db, 8).row
    assert (row.date.iso(), row.date.display()) == ("2025-11-17", "17–18 Nov 2025")
    assert not page.detail.form.is_dirty()


def _choose_status(qtbot, page, code: str) -> QDialog:
    """Pick a status in the detail pane as a person does; return the follow-up form it opens."""
    combo = page.detail.status
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    target = view.visualRect(view.model().index(combo.findData(code), 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    dialog = _dialog(page.detail, "followUpDialog")
    assert dialog.status_code() == code
    return dialog


def test_status_change_asks_for_a_dated_follow_up_and_is_undoable(qtbot, window, db):
    page = window.item_pages[Kind.COMMITMENT]
    window.show_page(page)
    item_id = next(
        r.id for r in list_items(db, ItemFilter(Kind.COMMITMENT)) if r.status == "not-yet-rated"
    )
    _select(qtbot, page, item_id)
    combo = page.detail.status

    # Cancelling the form leaves the status (and the box) as they were.
    dialog = _choose_status(qtbot, page, "stalled")
    assert dialog.windowTitle() == "Change status to stalled"
    assert combo.currentData() == "not-yet-rated"
    dialog.reject()
    assert get_item(db, item_id).row.status == "not-yet-rated"
    assert combo.currentData() == "not-yet-rated"

    dialog = _choose_status(qtbot, page, "in-the-works")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "dateText"), "18 Nov 2025")
    qtbot.keyClicks(dialog.findChild(QWidget, "note"), "Talks resumed in Moscow.")
    dialog.save()
    assert not dialog.isVisible()
    detail = get_item(db, item_id)
    assert detail.row.status == "in-the-works"
    assert detail.follow_ups[-1].new_status == "in-the-works"
    assert detail.follow_ups[-1].date.iso() == "2025-11-18"
    assert detail.follow_ups[-1].note == "Talks resumed in Moscow."
    qtbot.waitUntil(lambda: combo.currentData() == "in-the-works")
    window.undo_stack.undo()
    assert get_item(db, item_id).row.status == "not-yet-rated"
    qtbot.waitUntil(lambda: combo.currentData() == "not-yet-rated")
    window.undo_stack.redo()
    assert get_item(db, item_id).row.status == "in-the-works"


def test_add_follow_up_in_its_dialog_then_undo(qtbot, window, db):
    page = _events(window)
    _select(qtbot, page, 8)  # the SCO summit in Moscow, scheduled
    qtbot.mouseClick(page.detail.findChild(QWidget, "addFollowUp"), Qt.MouseButton.LeftButton)
    dialog = _dialog(page.detail, "followUpDialog")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "dateText"), "Nov 2025")
    note = dialog.findChild(QWidget, "note")
    qtbot.keyClicks(note, "The summit took place in Moscow.")
    status = dialog.findChild(QWidget, "status")
    status.setCurrentIndex(status.findData("held"))
    dialog.save()
    detail = get_item(db, 8)
    assert detail.row.status == "held" and detail.follow_ups[-1].note.startswith("The summit")
    assert page.detail.follow_up_model.record(0).note.startswith("The summit")  # newest first
    window.undo_stack.undo()
    assert get_item(db, 8).row.status == "scheduled" and not get_item(db, 8).follow_ups


def test_delete_asks_and_undo_restores_everything(qtbot, window, db, monkeypatch):
    page = _events(window)
    _select(qtbot, page, 1)
    before = get_item(db, 1)
    asked: list[str] = []
    answer_next_question("yesButton", asked)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and before.row.title in asked[0]
    assert page.model.row_of_id(1) is None
    with pytest.raises(NotFoundError):
        get_item(db, 1)
    window.undo_stack.undo()
    restored = get_item(db, 1)
    assert restored.evidence == before.evidence and restored.links == before.links
    assert page.model.row_of_id(1) is not None
    window.undo_stack.redo()
    assert page.model.row_of_id(1) is None


@pytest.mark.parametrize("answer", ["noButton", None])
def test_declining_delete_keeps_the_item(qtbot, window, db, answer):
    page = _events(window)
    _select(qtbot, page, 2)
    before = window.undo_stack.count()
    asked: list[str] = []
    if answer is None:  # Escape, as a person closes the box without choosing
        QTimer.singleShot(0, lambda: _press_escape_in_question(asked))
    else:
        answer_next_question(answer, asked)
    window.delete_action.trigger()
    assert asked and "Delete" in asked[0]
    assert get_item(db, 2).row.title and page.model.row_of_id(2) is not None
    assert window.undo_stack.count() == before


def _press_escape_in_question(asked: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: _press_escape_in_question(asked))
        return
    asked.append(box.text())
    QTest.keyClick(box, Qt.Key.Key_Escape)


def test_link_added_removed_undone_and_followed(qtbot, window, db):
    page = window.item_pages[Kind.PROJECT]
    window.show_page(page)
    (train,) = list_items(db, ItemFilter(Kind.PROJECT, text="cargo train"))
    (railway,) = list_items(db, ItemFilter(Kind.PROJECT, text="railway connectivity"))
    _select(qtbot, page, train.id)
    page.detail.add_link()
    dialog = _dialog(page.detail, "linkDialog")
    combo = dialog.findChild(QWidget, "linkType")
    combo.setCurrentIndex(combo.findData("part-of"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "targetSearch"), "Railway connectivity")
    targets = dialog.findChild(QWidget, "targets")
    qtbot.waitUntil(lambda: targets.model().rowCount() > 0)
    assert dialog.select_target(railway.id)
    dialog.submit()
    links = get_item(db, train.id).links
    assert any(lk.type == "part-of" and lk.other_id == railway.id for lk in links)
    window.undo_stack.undo()
    assert not any(lk.other_id == railway.id for lk in get_item(db, train.id).links)
    window.undo_stack.redo()
    assert any(lk.other_id == railway.id for lk in get_item(db, train.id).links)
    # Follow a link to an item of another kind: the window switches page.
    _select(qtbot, page, train.id)
    links_view = page.detail.links
    model = page.detail.link_model
    [row] = [r for r in range(model.rowCount()) if model.record(r).other_kind is Kind.EVENT]
    page.detail.tabs.setCurrentWidget(links_view.parentWidget())
    links_view.setFocus()
    links_view.setCurrentIndex(model.index(row))
    event_id = model.record(row).other_id
    qtbot.keyClick(links_view, Qt.Key.Key_Return)
    assert window.current_page() is _events(window)
    assert _events(window).detail.item_id() == event_id


def test_filter_by_text_and_status(qtbot, window, db):
    page = _events(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_bar.text.hasFocus()
    qtbot.keyClicks(page.filter_bar.text, "putin")
    expected = {r.id for r in list_items(db, ItemFilter(Kind.EVENT, text="putin"))}
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected))
    assert {page.model.id_at(n) for n in range(page.model.rowCount())} == expected
    status = page.filter_bar.status
    status.setCurrentIndex(status.findData("scheduled"))
    wanted = {
        r.id for r in list_items(db, ItemFilter(Kind.EVENT, text="putin", status="scheduled"))
    }
    qtbot.waitUntil(lambda: page.model.rowCount() == len(wanted))
    verb = "matches" if len(wanted) == 1 else "match"
    noun = "event" if len(wanted) == 1 else "events"
    assert window.count_label.text() == f"{len(wanted)} {noun} {verb} the filter"
    page.filter_bar.clear()
    assert page.model.rowCount() == count_items(db, ItemFilter(Kind.EVENT))


def test_source_viewer_opens_on_a_quote(qtbot, window, db):
    page = _events(window)
    _select(qtbot, page, 1)
    viewer = page.detail.open_first_evidence()
    assert isinstance(viewer, SourceViewer)
    qtbot.waitExposed(viewer)
    evidence = get_item(db, 1).evidence[0]
    assert viewer.highlighted_range() == (evidence.start, evidence.end)
    assert viewer.quote_visible()
    viewer.close()


def test_export_from_the_window(qtbot, window, db, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    dialog = window.export_csv()
    out = tmp_path / "csv"
    folder = dialog.findChild(QLineEdit, "folder")
    folder.setText(str(out))
    with qtbot.waitSignal(dialog.finished_export, timeout=15000):
        dialog.start_export()
    with open(out / "events.csv", encoding="utf-8", newline="") as handle:
        ids = {int(row["id"]) for row in csv.DictReader(handle)}
    assert ids == {r.id for r in list_items(db, ItemFilter(Kind.EVENT))}
    qtbot.waitUntil(lambda: bool(messages))
    assert str(out) in messages[-1]


def test_every_table_model_passes_the_model_tester(qtmodeltester, window):
    for page in window.pages:
        if page is not window.timeline_page:  # drawn, not a table
            qtmodeltester.check(page.model, force_py=True)


def test_unsaved_edits_are_never_lost_silently(qtbot, window, db):
    page = _events(window)
    _select(qtbot, page, 1)
    qtbot.keyClick(page.detail.form.title, Qt.Key.Key_End)
    qtbot.keyClicks(page.detail.form.title, " (draft)")
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    page.select_item(2)
    assert asked and page.detail.item_id() == 1  # cancelled: still on 1, edits kept
    assert page.detail.form.is_dirty() and page.detail.form.title.text().endswith("(draft)")
    answer_next_question(QMessageBox.StandardButton.Save, asked)
    page.select_item(2)
    qtbot.waitUntil(lambda: page.detail.item_id() == 2)
    assert get_item(db, 1).row.title.endswith("(draft)")


def test_window_state_is_remembered_and_each_launch_opens_on_the_overview(
    qtbot, db, today, tmp_path
):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.overview_page.overview is not None)
    first.resize(760, 600)  # within the offscreen screen, 800 × 800
    _events(first)
    first.item_pages[Kind.EVENT].splitter.setSizes([350, 250])
    sizes = first.item_pages[Kind.EVENT].splitter.sizes()
    first.show_page(page_of(first, "sources"))
    first.close()
    second = MainWindow(db, today=lambda: today, settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page() is second.overview_page
    qtbot.waitUntil(lambda: second.overview_page.overview is not None)
    # The layout settles once the overview's lists are filled.
    qtbot.waitUntil(lambda: second.size() == first.size(), timeout=3000)
    _events(second)
    # The list's width as the person left it; the detail pane takes what the window gives.
    assert second.item_pages[Kind.EVENT].splitter.sizes()[0] == sizes[0]


def test_about_names_version_and_database(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert f"Pakru Desktop {__version__}" in shown[0] and str(window.db.path) in shown[0]


def _commitment(db, status="not-yet-rated"):
    return next(r.id for r in list_items(db, ItemFilter(Kind.COMMITMENT)) if r.status == status)


def test_a_status_change_during_an_edit_does_not_block_saving_it(qtbot, window, db):
    page = window.item_pages[Kind.COMMITMENT]
    window.show_page(page)
    item_id = _commitment(db)
    _select(qtbot, page, item_id)
    qtbot.keyClicks(page.detail.form.location, "Islamabad")
    _choose_status(qtbot, page, "kept").save()
    assert page.detail.form.location.text() == "Islamabad"  # the typing survives
    page.detail.form.save()
    detail = get_item(db, item_id)
    assert (detail.row.location, detail.row.status) == ("Islamabad", "kept")
    assert not page.detail.form.is_dirty()


def test_an_edited_item_leaving_the_filter_keeps_its_edits(qtbot, window, db, monkeypatch):
    page = window.item_pages[Kind.COMMITMENT]
    window.show_page(page)
    status = page.filter_bar.status
    status.setCurrentIndex(status.findData("not-yet-rated"))
    item_id = _commitment(db)
    _select(qtbot, page, item_id)
    qtbot.keyClicks(page.detail.form.location, "Lahore")
    _choose_status(qtbot, page, "stalled").save()
    assert page.model.row_of_id(item_id) is None  # filtered out now
    assert page.detail.item_id() == item_id and page.detail.form.is_dirty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    window.show_page(_events(window))
    assert get_item(db, item_id).row.location == "Lahore"


def test_undo_does_not_overwrite_an_edit_made_elsewhere(qtbot, window, db, monkeypatch):
    from pakru_desktop.services.items import ItemPatch, edit_item

    page = _events(window)
    _select(qtbot, page, 1)
    qtbot.keyClick(page.detail.form.location, Qt.Key.Key_End)
    qtbot.keyClicks(page.detail.form.location, " city")
    page.detail.form.save()
    edit_item(db, 1, ItemPatch(title="Renamed by a colleague"))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.undo_stack.undo()
    assert get_item(db, 1).row.title == "Renamed by a colleague"
    assert get_item(db, 1).row.location == "Beijing city"
    assert "changed elsewhere" in warnings[0]


def test_the_mouse_wheel_never_changes_a_status(qtbot, window, db):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    page = _events(window)
    _select(qtbot, page, 8)
    combo = page.detail.status
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(combo.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentData() == "scheduled"
    assert get_item(db, 8).follow_ups == ()


def test_a_source_opens_from_the_sources_page(qtbot, window):
    page = page_of(window, "sources")
    window.show_page(page)
    assert window.count_label.text() == f"{page.model.total()} sources"
    page.filter_text.setText("UrduPoint")
    qtbot.waitUntil(lambda: page.model.total() == 1)
    assert window.count_label.text() == "1 source"
    page.filter_text.clear()
    qtbot.waitUntil(lambda: page.model.total() > 1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    viewers = [v for v in page.findChildren(SourceViewer) if v.isVisible()]
    assert len(viewers) == 1
    assert viewers[0].windowTitle() == page.model.row_at(0).title
    viewers[0].close()


def test_sources_added_and_quoted_from_the_sources_page_share_the_window_undo_and_views(
    qtbot, window, db
):
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton

    from pakru_desktop.gui.evidence_dialog import EvidenceDialog
    from pakru_desktop.services.queries import list_sources

    events = _events(window)
    _select(qtbot, events, 8)
    before = len(get_item(db, 8).evidence)
    page = page_of(window, "sources")
    window.show_page(page)
    dialog = page.add_source()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "title"), "Dar at the SCO meeting")
    dialog.findChild(QPlainTextEdit, "sourceText").insertPlainText(
        "Ishaq Dar led Pakistan at the meeting in Moscow."
    )
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    (added,) = [s for s in list_sources(db) if s.title == "Dar at the SCO meeting"]
    assert page.selected_id() == added.id
    assert "Dar at the SCO meeting" in window.undo_action.text()

    viewer = page.read_selected()
    text = viewer.findChild(QPlainTextEdit, "sourceText")
    text.select(0, len("Ishaq Dar led Pakistan"))
    quote = viewer.quote_selection()
    assert isinstance(quote, EvidenceDialog)
    assert quote.choose_item(8)
    quote.save()
    # The events page hears of it: the open item shows the new quote at once.
    assert events.detail.evidence_model.rowCount() == before + 1
    window.undo_stack.undo()
    assert len(get_item(db, 8).evidence) == before
    assert events.detail.evidence_model.rowCount() == before
    viewer.close()
    window.undo_stack.undo()
    assert all(s.title != "Dar at the SCO meeting" for s in list_sources(db))


def _add_event_in_the_window(qtbot, window, title: str) -> int:
    dialog = window.new_item(Kind.EVENT)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "title"), title)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "dateText"), "2 Sep 2025")
    qtbot.keyClick(dialog.findChild(QLineEdit, "title"), Qt.Key.Key_Return)
    # The search finds every item with all the words; the new one is the one of this title.
    found = list_items(window.db, ItemFilter(Kind.EVENT, text=title))
    (row,) = [r for r in found if r.title == title]
    return row.id


def test_undo_never_deletes_a_colleagues_record(qtbot, window, db, monkeypatch):
    from pakru_desktop.services.items import ItemDraft, add_item, delete_item

    mine = _add_event_in_the_window(qtbot, window, "Dar meets Lavrov")
    delete_item(db, mine)  # a colleague: pakru delete
    theirs = add_item(db, ItemDraft("event", "Colleague's event", date="2025")).item.id
    assert theirs != mine  # a deleted record's id is never handed out again
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.undo_stack.undo()
    assert get_item(db, theirs).row.title == "Colleague's event"
    assert warnings and "no item with id" in warnings[0].lower()


def test_after_a_refused_undo_the_next_undo_is_refused_too(qtbot, window, db, monkeypatch):
    from pakru_desktop.services.items import ItemPatch, edit_item

    mine = _add_event_in_the_window(qtbot, window, "Dar meets Lavrov")
    page = _events(window)
    _select(qtbot, page, mine)
    qtbot.keyClicks(page.detail.form.location, "Moscow")
    page.detail.form.save()
    edit_item(db, mine, ItemPatch(title="Dar meets Lavrov in Moscow"))  # a colleague
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.undo_stack.undo()  # the edit: refused
    window.undo_stack.undo()  # the add: refused as well, nothing deleted
    assert len(warnings) == 2 and all("changed elsewhere" in w for w in warnings)
    row = get_item(db, mine).row
    assert (row.title, row.location) == ("Dar meets Lavrov in Moscow", "Moscow")


def test_undo_of_a_follow_up_changed_elsewhere_keeps_it(qtbot, window, db, monkeypatch):
    from pakru_desktop.services.follow_ups import edit_follow_up

    page = _events(window)
    _select(qtbot, page, 8)
    qtbot.mouseClick(page.detail.findChild(QWidget, "addFollowUp"), Qt.MouseButton.LeftButton)
    dialog = _dialog(page.detail, "followUpDialog")
    qtbot.keyClicks(dialog.findChild(QWidget, "note"), "Dates announced.")
    dialog.save()
    (added,) = get_item(db, 8).follow_ups
    edit_follow_up(db, added.id, note="Dates announced: 17-18 November.")  # a colleague
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.undo_stack.undo()
    assert [f.note for f in get_item(db, 8).follow_ups] == ["Dates announced: 17-18 November."]
    assert warnings and "changed elsewhere" in warnings[0]


def test_changes_made_elsewhere_appear_without_touching_unsaved_edits(qtbot, window, db):
    from pakru_desktop.services.database import open_database
    from pakru_desktop.services.follow_ups import set_status
    from pakru_desktop.services.items import ItemPatch, edit_item

    announced = []
    window.hub.changed.connect(announced.append)
    page = _events(window)
    _select(qtbot, page, 1)
    assert not window.load_changes_made_elsewhere()  # nothing yet
    # The window's own change is not announced a second time.
    qtbot.keyClicks(page.detail.form.location, " (Great Hall)")
    page.detail.form.save()
    count = len(announced)
    assert not window.load_changes_made_elsewhere() and len(announced) == count

    colleague = open_database(db.url)
    try:
        edit_item(colleague, 6, ItemPatch(title="Lavrov receives Fatemi in Moscow"))
        set_status(colleague, 8, "held", date="18 Nov 2025")
    finally:
        colleague.close()
    qtbot.keyClicks(page.detail.form.summary, " Edited here, not saved.")
    qtbot.waitUntil(lambda: len(announced) > count, timeout=5000)  # the timer noticed
    titles = {page.model.row_at(r).title for r in range(page.model.rowCount())}
    assert "Lavrov receives Fatemi in Moscow" in titles
    assert "Edited here, not saved." in page.detail.form.summary.toPlainText()
    assert "elsewhere" in window.statusBar().currentMessage()
    assert page.model.row_at(page.model.row_of_id(8)).status == "held"
    page.detail.form.revert()  # closing the window would ask about the unsaved edit


@pytest.mark.parametrize("choice", ["keepMine", "takeTheirs", "keepEditing"])
def test_a_save_over_a_change_made_elsewhere_shows_both_and_asks(qtbot, window, db, choice):
    from pakru_desktop.services.database import open_database
    from pakru_desktop.services.items import ItemPatch, edit_item

    page = _events(window)
    _select(qtbot, page, 1)
    form = page.detail.form
    form.location.clear()
    qtbot.keyClicks(form.location, "Great Hall of the People")
    colleague = open_database(db.url)
    try:
        edit_item(colleague, 1, ItemPatch(title="Shehbaz and Putin meet", location="Tianjin"))
    finally:
        colleague.close()
    window.load_changes_made_elsewhere()
    assert "changed elsewhere" in page.detail.findChild(QWidget, "detailError").text()
    assert form.location.text() == "Great Hall of the People"  # the edit is kept

    seen: list[str] = []
    answer_conflict(qtbot, choice, seen)
    form.save()
    (text,) = seen
    assert "yours “Great Hall of the People”, theirs “Tianjin”" in text
    assert "Title: changed elsewhere to “Shehbaz and Putin meet”" in text
    row = get_item(db, 1).row
    if choice == "keepMine":
        # Only what was edited here goes over their version: their title stays.
        assert (row.title, row.location) == ("Shehbaz and Putin meet", "Great Hall of the People")
        assert not form.is_dirty()
    elif choice == "takeTheirs":
        assert (row.title, row.location) == ("Shehbaz and Putin meet", "Tianjin")
        assert form.location.text() == "Tianjin" and not form.is_dirty()
    else:
        assert row.location == "Tianjin" and form.is_dirty()
        assert "Not saved" in page.detail.findChild(QWidget, "detailError").text()
        form.revert()


def test_backups_are_listed_made_and_restored_from_the_window(qtbot, window, db, monkeypatch):
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtWidgets import QPushButton

    from pakru_desktop.services.items import ItemPatch, edit_item

    dialog = window.show_backups()
    table = dialog.findChild(QWidget, "backupList")
    assert table.rowCount() == 0
    qtbot.mouseClick(dialog.findChild(QPushButton, "backupNow"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1 and table.item(0, 2).text() == "28"
    _select(qtbot, _events(window), 1)
    edit_item(db, 1, ItemPatch(title="Changed after the backup"))
    window.undo_stack.push(QUndoCommand("an earlier step"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    table.selectRow(0)
    assert dialog.restore_selected()
    assert get_item(db, 1).row.title == "Shehbaz Sharif meets Vladimir Putin in Beijing"
    assert _events(window).detail.form.title.text() == get_item(db, 1).row.title
    assert window.undo_stack.count() == 0
    assert table.rowCount() == 2  # the state replaced was backed up first
    dialog.close()


def test_the_window_opens_without_reading_the_lists_it_does_not_show(qtbot, db, tmp_path):
    import threading

    from sqlalchemy import event

    from pakru_desktop.services.items import ItemDraft, add_item

    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:
        if threading.current_thread() is threading.main_thread():
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        win = MainWindow(db, settings=settings)
        qtbot.addWidget(win)
        win.show()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert not [s for s in statements if "FROM sources" in s or "FROM items WHERE" in s]
    # A change while a list was never shown: it is read, fresh, when it is.
    added = add_item(db, ItemDraft(kind="project", title="Quokka bridge", date="2026"))
    win.hub.announce(added.changes)
    page = win.item_pages[Kind.PROJECT]
    assert page.model.total() == 0
    win.show_page(page)
    assert page.model.row_of_id(added.item.id) is not None
    from pakru_desktop.services.queries import count_sources

    win.show_page(win.sources_page)
    assert win.sources_page.model.total() == count_sources(db) > 0


def test_every_menu_entry_and_toolbar_action_has_an_icon(window):
    def entries(menu):
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                yield action
                yield from entries(action.menu())
            else:
                yield action

    missing = []
    for top in window.menuBar().actions():
        for action in entries(top.menu()):
            if action.icon().isNull():
                missing.append(action.text())
    missing += [a.text() for a in window.toolbar.actions()
                if not a.isSeparator() and a.icon().isNull()]  # fmt: skip
    assert missing == []
    # The detail pane's buttons too.
    detail = window.item_pages[Kind.EVENT].detail
    for name in detail.BUTTON_ICONS:
        assert not detail.findChild(QWidget, name).icon().isNull(), name
