"""The input widgets: fuzzy date edit, sector tag edit and participants list, driven by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QToolButton, QWidget

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.vocabulary import ROLES, SECTORS
from pakru_desktop.gui.widgets.fuzzy_date_edit import FuzzyDateEdit, is_marked
from pakru_desktop.gui.widgets.participants_edit import ParticipantsEdit
from pakru_desktop.gui.widgets.tag_edit import TagEdit, split_tags
from pakru_desktop.services.queries import actor_names

# Completer popups on the offscreen platform report what it cannot do (raise, grab the
# keyboard); those are limits of the headless test platform, not of the widgets.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def activate(qtbot, widget: QWidget) -> None:
    """Show ``widget`` as the active window, so completers attach to focused line edits."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def choose_first_completion(qtbot, edit: QLineEdit) -> None:
    """Pick the first suggestion of ``edit``'s open completer with Down and Enter."""
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


# -- FuzzyDateEdit ------------------------------------------------------------------------


@pytest.fixture
def date_edit(qtbot, today) -> FuzzyDateEdit:
    edit = FuzzyDateEdit("date", empty_means_today=True, today=today)
    qtbot.addWidget(edit)
    return edit


def preview(edit: FuzzyDateEdit) -> str:
    return edit.findChild(QWidget, f"{edit.objectName()}Preview").text()


def test_date_edit_names_its_parts_after_its_own_name(qtbot, today) -> None:
    edit = FuzzyDateEdit("due", empty_means_today=False, today=today)
    qtbot.addWidget(edit)
    assert edit.objectName() == "due"
    assert edit.findChild(QLineEdit, "dueText") is edit.lineEdit()
    assert edit.findChild(QWidget, "duePreview") is not None


@pytest.mark.parametrize(
    ("typed", "understood"),
    [
        ("2nd Sep 2025", "2nd Sep 2025 → 2 Sep 2025 · day"),
        ("last year", "last year → 2024 · year, inferred"),
        ("Tuesday", "Tuesday → 2 Sep 2025 · day, inferred"),
        ("Q1 2026", "Q1 2026 → Q1 2026 · quarter"),
        ("in November", "in November → Nov 2025 · month, inferred"),
    ],
)
def test_preview_shows_what_the_typed_date_became(qtbot, date_edit, typed, understood) -> None:
    qtbot.keyClicks(date_edit.lineEdit(), typed)
    assert preview(date_edit) == understood
    assert date_edit.isValid()
    assert not is_marked(date_edit.findChild(QWidget, "datePreview"))


def test_preview_explains_in_red_what_it_cannot_read(qtbot, date_edit) -> None:
    qtbot.keyClicks(date_edit.lineEdit(), "the day after the summit")
    sentence = preview(date_edit)
    assert sentence.startswith("Cannot read 'the day after the summit' as a date")
    assert is_marked(date_edit.findChild(QWidget, "datePreview"))
    assert not date_edit.isValid()
    with pytest.raises(ValidationError) as caught:
        date_edit.value()
    assert caught.value.field == "date"
    assert str(caught.value) == sentence


def test_empty_date_means_today_or_nothing(qtbot, date_edit, today) -> None:
    assert preview(date_edit) == "empty → today (2 Sep 2025)"
    assert date_edit.value() == FuzzyDate.of_day(today)
    optional = FuzzyDateEdit("due", empty_means_today=False, today=today)
    qtbot.addWidget(optional)
    assert preview(optional) == "no date"
    assert optional.value() is None
    assert optional.isValid()


def test_date_value_resolves_relative_text_against_today(qtbot, date_edit) -> None:
    qtbot.keyClicks(date_edit.lineEdit(), "last year")
    assert date_edit.text() == "last year"
    assert date_edit.value() == FuzzyDate(dt.date(2024, 1, 1), Precision.YEAR, inferred=True)


def test_set_date_shows_the_reading_form(date_edit) -> None:
    date_edit.setDate(FuzzyDate(dt.date(2026, 1, 1), Precision.QUARTER))
    assert date_edit.text() == "Q1 2026"
    assert date_edit.value() == FuzzyDate(dt.date(2026, 1, 1), Precision.QUARTER)
    date_edit.setDate(None)
    assert date_edit.text() == ""


def test_changed_fires_on_each_keystroke(qtbot, date_edit) -> None:
    seen: list[None] = []
    date_edit.changed.connect(lambda: seen.append(None))
    qtbot.keyClicks(date_edit.lineEdit(), "2024")
    assert len(seen) == 4


def test_set_error_marks_the_field_until_it_is_edited(qtbot, date_edit) -> None:
    line = date_edit.lineEdit()
    date_edit.setError("That day is in the future.")
    assert is_marked(line)
    assert preview(date_edit) == "That day is in the future."
    qtbot.keyClicks(line, "2024")
    assert not is_marked(line)
    assert preview(date_edit) == "2024 → 2024 · year"
    date_edit.setError("Again.")
    date_edit.setError(None)
    assert not is_marked(line)
    assert preview(date_edit) == "2024 → 2024 · year"


# -- TagEdit ------------------------------------------------------------------------------


def test_tags_accept_either_separator_normalise_and_drop_duplicates(qtbot) -> None:
    edit = TagEdit()
    qtbot.addWidget(edit)
    changes: list[None] = []
    edit.changed.connect(lambda: changes.append(None))
    qtbot.keyClicks(edit, "Trade, energy;; trade ; Iron and steel,")
    assert edit.tags() == ["trade", "energy", "iron-and-steel"]
    assert changes


def test_tags_round_trip(qtbot) -> None:
    edit = TagEdit()
    qtbot.addWidget(edit)
    edit.setTags(["trade", "people-to-people"])
    assert edit.text() == "trade; people-to-people"
    assert edit.tags() == ["trade", "people-to-people"]
    assert split_tags(" ; , ") == []


def test_tag_suggestions_default_to_the_standard_sectors(qtbot) -> None:
    edit = TagEdit()
    qtbot.addWidget(edit)
    assert edit.suggestions() == list(SECTORS)
    edit.setSuggestions(["space", "trade", "space"])
    assert edit.suggestions() == ["space", "trade"]


def test_completion_replaces_only_the_tag_being_typed(qtbot) -> None:
    edit = TagEdit()
    qtbot.addWidget(edit)
    activate(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, "trade; STEEL")
    choose_first_completion(qtbot, edit)
    assert edit.text() == "trade; iron-and-steel"
    assert edit.tags() == ["trade", "iron-and-steel"]


# -- ParticipantsEdit ---------------------------------------------------------------------


@pytest.fixture
def participants(qtbot, db) -> ParticipantsEdit:
    edit = ParticipantsEdit()
    qtbot.addWidget(edit)
    edit.setActorNames(actor_names(db))
    return edit


def test_participants_round_trip_skipping_blank_names(participants) -> None:
    participants.setParticipants(
        [("Vladimir Putin", "host"), ("", "guest"), ("  Muhammad   Shehbaz Sharif ", "guest")]
    )
    assert participants.rowCount() == 3
    assert participants.participants() == [
        ("Vladimir Putin", "host"),
        ("Muhammad Shehbaz Sharif", "guest"),
    ]
    participants.setParticipants([])
    assert participants.rowCount() == 0
    assert participants.participants() == []


def test_unknown_role_is_refused(participants) -> None:
    with pytest.raises(ValidationError):
        participants.setParticipants([("Putin", "emperor")])


def test_role_combo_shows_labels_and_keeps_codes(participants) -> None:
    participants.setParticipants([("Putin", "Committed by")])
    combo = participants.findChild(QComboBox, "participantRole0")
    assert [combo.itemText(i) for i in range(combo.count())] == [t.label for t in ROLES]
    assert combo.currentData() == "committed-by"


def test_add_button_adds_named_rows_and_remove_renumbers(qtbot, participants) -> None:
    add = participants.findChild(QPushButton, "addParticipant")
    changes: list[None] = []
    participants.changed.connect(lambda: changes.append(None))
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert participants.rowCount() == 2
    qtbot.keyClicks(participants.findChild(QLineEdit, "participantName0"), "Lavrov")
    qtbot.keyClicks(participants.findChild(QLineEdit, "participantName1"), "Dar")
    role = participants.findChild(QComboBox, "participantRole1")
    role.setCurrentIndex(role.findData("guest"))
    assert participants.participants() == [("Lavrov", "participant"), ("Dar", "guest")]
    assert changes

    remove = participants.findChild(QToolButton, "participantRemove0")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert participants.rowCount() == 1
    assert participants.findChild(QLineEdit, "participantName0").text() == "Dar"
    assert participants.findChild(QLineEdit, "participantName1") is None
    assert participants.participants() == [("Dar", "guest")]


def test_name_completes_known_actors_anywhere_ignoring_case(qtbot, participants) -> None:
    participants.addRow()
    activate(qtbot, participants)
    name = participants.nameEdit(0)
    name.setFocus()
    qtbot.keyClicks(name, "ERGEY L")
    assert name.completer().completionCount() == 1
    choose_first_completion(qtbot, name)
    assert name.text() == "Sergey Lavrov"
    assert participants.participants() == [("Sergey Lavrov", "participant")]


def test_tab_moves_through_rows_in_visual_order(participants) -> None:
    participants.setParticipants([("A", "host"), ("B", "guest")])
    participants.addRow()
    order = [participants.inputs()[0]]
    while len(order) < len(participants.inputs()):
        widget = order[-1].nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert [w.objectName() for w in order] == [
        "participantName0",
        "participantRole0",
        "participantRemove0",
        "participantName1",
        "participantRole1",
        "participantRemove1",
        "participantName2",
        "participantRole2",
        "participantRemove2",
        "addParticipant",
    ]


def test_focus_target_follows_the_first_row(participants) -> None:
    assert participants.focusTarget() is participants.addButton()
    name = participants.addRow("Putin", "host")
    assert participants.focusTarget() is name
