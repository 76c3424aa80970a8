"""The errors of the domain, services and store layers reach the window in its language:
their sentences are listed for the catalogues (``service_messages.py``, generated from the
code), and ``error_text`` translates a sentence and the words nested in it, while the
command line keeps the English ``str(error)``."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest
import translation_catalogues as catalogues  # tests/translation_catalogues.py
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QMessageBox

from pakru_desktop.domain.errors import (
    NotFoundError,
    PakruError,
    Sentence,
    ValidationError,
    message_of,
    sentence,
)
from pakru_desktop.domain.fuzzy_date import parse_fuzzy_date
from pakru_desktop.domain.item_input import read_optional_date
from pakru_desktop.gui.errors import error_text, sentence_text, show_error
from pakru_desktop.gui.i18n import install_language
from pakru_desktop.gui.widgets.fuzzy_date_edit import FuzzyDateEdit

translate = QCoreApplication.translate
DAY = dt.date(2025, 9, 2)
NO_DAY = "Cannot read {text} as a date: {month} {year} has no day {day}."


class _Translator(QTranslator):
    """A catalogue of a few "Messages" made up for a test."""

    def __init__(self, words: dict[str, str]) -> None:
        super().__init__()
        self.words = words

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's
        return self.words.get(source) if context == "Messages" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's naming
        return False


@pytest.fixture
def messages(qapp):
    """Install made-up translations of some messages for one test."""
    installed = []

    def install(words: dict[str, str]) -> None:
        translator = _Translator(words)
        assert qapp.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def language(qapp):
    yield lambda code: install_language(code, qapp)
    install_language("en", qapp)


def _no_such_day() -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        parse_fuzzy_date("30 Feb 2025", DAY)
    return raised.value


def test_the_listed_messages_are_those_of_the_code():
    assert catalogues.SERVICE_MESSAGES.read_text(encoding="utf-8") == (
        catalogues.service_messages_text()
    ), "service_messages.py is out of date: run python tests/translation_catalogues.py"


def test_the_catalogues_hold_the_messages_for_translation():
    listed = catalogues.message_templates()
    assert NO_DAY in listed and "Feb" in listed and "There is no item with id {item_id}." in listed
    shipped = {m.source for m in catalogues.read(catalogues.catalogue("ru"))
               if m.context == "Messages"}  # fmt: skip
    assert shipped == set(listed)


def test_every_message_names_its_placeholders_and_formats_nothing():
    # Translators move named placeholders about; a format spec or a position could not be.
    for template in catalogues.message_templates():
        for _text, name, spec, conversion in string.Formatter().parse(template):
            if name is None:
                continue
            assert re.fullmatch(r"[a-z_]+", name), template
            assert not spec and conversion is None, template


@pytest.mark.parametrize(
    "code",
    [
        'sentence(f"There is no item {item_id}.")',
        'sentence("There is no " + what)',
        "sentence(TEMPLATE, item_id=1)",
        "sentence()",
        'from pakru_desktop.domain.errors import sentence as s\ns("x")',
        'from pakru_desktop.domain.errors import Sentence\nSentence("x {a}", {"a": 1})',
    ],
)
def test_a_message_the_catalogues_could_not_hold_is_refused(tmp_path, monkeypatch, code):
    (tmp_path / "module.py").write_text(f"{code}\n", encoding="utf-8")
    monkeypatch.setattr(catalogues, "MESSAGE_LAYERS", [tmp_path])
    with pytest.raises(ValueError, match="module.py:"):
        catalogues.message_templates()


def test_a_sentence_is_its_english_and_keeps_how_it_was_made():
    error = _no_such_day()
    assert str(error) == "Cannot read '30 Feb 2025' as a date: Feb 2025 has no day 30."
    message = error.args[0]
    assert isinstance(message, Sentence) and message.template == NO_DAY
    assert message.values["month"].template == "Feb"
    assert message_of(error) is message
    assert sentence("A date is required.") == "A date is required."


def test_in_english_the_window_says_what_the_command_line_prints(language):
    language("en")
    error = _no_such_day()
    assert error_text(error) == str(error)
    assert error_text(NotFoundError("Not a sentence.")) == "Not a sentence."
    assert error_text(PakruError()) == ""
    assert sentence_text("plain") == "plain"


def test_in_russian_the_window_translates_the_sentence_and_its_words(language):
    language("ru")
    error = _no_such_day()
    expected = translate("Messages", NO_DAY).format(
        text="'30 Feb 2025'", month=translate("Messages", "Feb"), year=2025, day=30
    )
    assert error_text(error) == expected
    assert str(error) == "Cannot read '30 Feb 2025' as a date: Feb 2025 has no day 30."


def test_a_translated_message_is_filled_in_with_translated_words(messages):
    messages({
        NO_DAY: "Дата {text} не читается: в {month} {year} нет {day}-го числа.",
        "Feb": "феврале",
        "due date": "срок",
        "Bad {what}: {error}": "Неверный {what}: {error}",
    })  # fmt: skip
    error = _no_such_day()
    assert error_text(error) == "Дата '30 Feb 2025' не читается: в феврале 2025 нет 30-го числа."
    assert str(error) == "Cannot read '30 Feb 2025' as a date: Feb 2025 has no day 30."
    with pytest.raises(ValidationError) as raised:
        read_optional_date("30 Feb 2025", DAY, sentence("due date"))
    assert error_text(raised.value) == (
        "Неверный срок: Дата '30 Feb 2025' не читается: в феврале 2025 нет 30-го числа."
    )
    assert str(raised.value) == (
        "Bad due date: Cannot read '30 Feb 2025' as a date: Feb 2025 has no day 30."
    )


def test_a_translation_that_names_another_placeholder_falls_back_to_english(messages):
    messages({"Feb": "{nonsense}"})
    assert "Feb 2025 has no day 30" in error_text(_no_such_day())


def test_the_window_shows_errors_and_inline_hints_translated(qtbot, messages, monkeypatch):
    messages({"A date is required.": "Нужна дата.", NO_DAY: "{text}: нет {day} {month}.",
              "Feb": "февраля"})  # fmt: skip
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    show_error(None, ValidationError(sentence("A date is required.")))
    assert shown == ["Нужна дата."]
    edit = FuzzyDateEdit("date", empty_means_today=False, today=DAY)
    qtbot.addWidget(edit)
    edit.setText("30 Feb 2025")
    assert edit.findChild(QLabel, "datePreview").text() == "'30 Feb 2025': нет 30 февраля."
    with pytest.raises(ValidationError) as raised:
        edit.value()
    assert raised.value.field == "date"
    assert error_text(raised.value) == "'30 Feb 2025': нет 30 февраля."
