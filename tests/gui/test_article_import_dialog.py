"""File ▸ Import article…: read an article, review its proposals beside it, correct one,
accept some and reject one, then undo the whole import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.gui.article_proposals_model import Column
from pakru_desktop.gui.source_text_view import QUOTE_BACKGROUND
from pakru_desktop.services.items import get_item
from pakru_desktop.services.queries import count_items, list_items, list_sources

NEWS = """date 2025-12-01 Islamabad: The pilot cargo train between Pakistan and Russia has \
been delayed again, officials said on Monday.

On November 28, Pakistan and Russia signed a protocol on wheat exports.

Deputy Prime Minister Ishaq Dar met Foreign Minister Sergey Lavrov in Moscow on November 29."""

TRAIN = 14  # the seed's pilot cargo train project


def _read(qtbot, window, tmp_path):
    article = tmp_path / "news.txt"
    article.write_text(NEWS, encoding="utf-8")
    dialog = window.import_article()
    qtbot.keyClicks(dialog.file, str(article))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    return dialog


def _row(dialog, kind: Kind) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.proposal(r).candidate.kind is kind)


def test_accept_two_reject_one_correct_a_title_then_undo(qtbot, window, db, tmp_path):
    dialog = _read(qtbot, window, tmp_path)
    model = dialog.model
    assert model.rowCount() == 3
    train = _row(dialog, Kind.PROJECT)
    assert model.proposal(train).action == f"add as follow-up to #{TRAIN} (delayed)"
    # Choosing a proposal marks its sentence in the article.
    dialog.table.selectRow(train)
    marks = dialog.article.extraSelections()
    strong = [m.cursor.selectedText() for m in marks if m.format.background().color().name()
              == QUOTE_BACKGROUND.name()]  # fmt: skip
    assert len(strong) == 1 and "delayed again" in strong[0]
    # The other proposals' sentences are marked too, more lightly.
    assert len(marks) == 3
    # The protocol is rejected; the meeting's title corrected by typing.
    protocol, meeting = _row(dialog, Kind.AGREEMENT), _row(dialog, Kind.EVENT)
    checkbox = dialog.table.visualRect(model.index(protocol, Column.ACCEPT))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=checkbox.center())  # fmt: skip
    assert len(model.chosen()) == 2
    dialog.table.selectRow(meeting)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Dar meets Lavrov in Moscow")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    dialog.people.clear()
    qtbot.keyClicks(dialog.people, "Sergey Lavrov (host); Ishaq Dar (guest)")
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
    assert dialog.accept_button.text() == "&Accept 2"
    events_before = count_items(db, ItemFilter(Kind.EVENT))
    agreements_before = count_items(db, ItemFilter(Kind.AGREEMENT))
    sources_before = len(list_sources(db))
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    # Through the services: what was accepted is there, what was rejected is not.
    assert get_item(db, TRAIN).row.status == "delayed"
    events = [e for e in list_items(db, ItemFilter(Kind.EVENT, text="Lavrov"))
              if e.date.iso() == "2025-11-29"]  # fmt: skip
    assert [e.title for e in events] == ["Dar meets Lavrov in Moscow"]
    assert events[0].date.iso() == "2025-11-29"
    people = get_item(db, events[0].id).row.participants
    assert [(p.name, p.role) for p in people] == [("Sergey Lavrov", "host"), ("Ishaq Dar", "guest")]
    assert count_items(db, ItemFilter(Kind.AGREEMENT)) == agreements_before
    assert len(list_sources(db)) == sources_before + 1
    assert "Stored the article" in window.statusBar().currentMessage()
    # One step to undo: the follow-up, the new event and the source go.
    assert window.undo_stack.undoText().startswith("Import article")
    window.undo_stack.undo()
    assert get_item(db, TRAIN).row.status != "delayed"
    assert count_items(db, ItemFilter(Kind.EVENT)) == events_before
    assert len(list_sources(db)) == sources_before
    window.undo_stack.redo()
    assert get_item(db, TRAIN).row.status == "delayed"
    assert count_items(db, ItemFilter(Kind.EVENT)) == events_before + 1


def test_an_article_stored_already_is_said_so_and_nothing_is_proposed(qtbot, window, tmp_path):
    dialog = _read(qtbot, window, tmp_path)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    again = window.import_article()
    qtbot.keyClicks(again.file, str(tmp_path / "news.txt"))
    qtbot.mouseClick(again.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(again.message.isVisible, timeout=10000)
    assert "stored already" in again.message.text() and again.pages.currentIndex() == 0


def test_a_file_that_cannot_be_read_is_said_in_the_dialog(qtbot, window, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff" * 100)
    dialog = window.import_article()
    qtbot.keyClicks(dialog.file, str(bad))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=10000)
    assert "bad.txt" in dialog.message.text() and dialog.pages.currentIndex() == 0


def test_a_participant_with_an_unknown_role_is_said_inline(qtbot, window, tmp_path):
    dialog = _read(qtbot, window, tmp_path)
    dialog.table.selectRow(_row(dialog, Kind.EVENT))
    dialog.people.clear()
    qtbot.keyClicks(dialog.people, "Ishaq Dar (emperor)")
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
    assert dialog.message.isVisible() and "role" in dialog.message.text()
