"""Dates typed with Russian and Urdu month names read as the same dates in English."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import parse_fuzzy_date
from pakru_desktop.domain.month_names import in_english, month_number

TODAY = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("17 ноября 2025", "17 Nov 2025"),
        ("17 ноября 2025 г.", "17 Nov 2025"),
        ("17 ноября 2025 года", "17 Nov 2025"),
        ("Ноябрь 2025", "Nov 2025"),
        ("в ноябре 2025", "Nov 2025"),
        ("17 нояб. 2025", "17 Nov 2025"),
        ("2 сент 2025", "2 Sep 2025"),
        ("17–18 ноября 2025", "17–18 Nov 2025"),
        ("с 17 по 18 ноября 2025", "17–18 Nov 2025"),
        ("июнь–август 2025", "June–August 2025"),
        ("17 نومبر 2025", "17 Nov 2025"),
        ("۱۷ نومبر ۲۰۲۵", "17 Nov 2025"),
        ("17 نومبر، 2025", "17 Nov 2025"),
        ("مئی 2024", "May 2024"),
        ("جولاي 2024", "Jul 2024"),  # an Arabic yeh typed for the Urdu one
    ],
)
def test_a_russian_or_urdu_date_reads_as_its_english_twin(typed, english):
    assert parse_fuzzy_date(typed, TODAY) == parse_fuzzy_date(english, TODAY)


def test_every_month_has_its_number_in_both_languages():
    russian = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
               "сентября", "октября", "ноября", "декабря"]  # fmt: skip
    urdu = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
            "اکتوبر", "نومبر", "دسمبر"]  # fmt: skip
    assert [month_number(w) for w in russian] == list(range(1, 13))
    assert [month_number(w) for w in urdu] == list(range(1, 13))
    assert month_number("понедельник") is None


def test_a_wrong_day_is_still_refused_with_the_words_typed():
    with pytest.raises(ValidationError, match="31 июня 2025"):
        parse_fuzzy_date("31 июня 2025", TODAY)
    with pytest.raises(ValidationError, match="ноябряя"):
        parse_fuzzy_date("17 ноябряя 2025", TODAY)


def test_english_text_is_left_exactly_as_it_was():
    assert in_english("17 Nov 2025") == "17 Nov 2025"


@given(st.text())
def test_any_text_is_either_read_or_refused_with_a_sentence(text):
    try:
        parse_fuzzy_date(text, TODAY)
    except ValidationError as error:
        assert str(error)
