"""Month names in Russian and Urdu, so a date typed as ``17 ноября 2025`` or
``17 نومبر 2025`` reads like ``17 Nov 2025``.

The names are ``dateutil`` ``parserinfo`` tables, one per language, with every form a
person types: Russian declines its months ("ноябрь", "ноября", "в ноябре") and
abbreviates them with or without a dot; Urdu is written with Persian or Arabic letter
forms alike. Digits of any script (Urdu's ``۱۷``) read as ASCII digits, and the
Russian year word ("2025 г.", "2025 года") is dropped. What comes out goes through the
English parser, so every other form (spans, quarters, relative days) works the same.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# Fixed English abbreviations, the parser's own words.
_ENGLISH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_RUSSIAN: tuple[tuple[str, ...], ...] = (
    ("январь", "января", "январе", "янв"),
    ("февраль", "февраля", "феврале", "фев", "февр"),
    ("март", "марта", "марте", "мар"),
    ("апрель", "апреля", "апреле", "апр"),
    ("май", "мая", "мае"),
    ("июнь", "июня", "июне", "июн"),
    ("июль", "июля", "июле", "июл"),
    ("август", "августа", "августе", "авг"),
    ("сентябрь", "сентября", "сентябре", "сен", "сент"),
    ("октябрь", "октября", "октябре", "окт"),
    ("ноябрь", "ноября", "ноябре", "ноя", "нояб"),
    ("декабрь", "декабря", "декабре", "дек"),
)

_URDU: tuple[tuple[str, ...], ...] = (
    ("جنوری",),
    ("فروری",),
    ("مارچ",),
    ("اپریل",),
    ("مئی", "مئ"),
    ("جون",),
    ("جولائی", "جولائ", "جولای"),
    ("اگست",),
    ("ستمبر",),
    ("اکتوبر",),
    ("نومبر",),
    ("دسمبر",),
)

# Arabic letter forms people type for Urdu's (Arabic keyboards): yeh, kaf, heh.
_URDU_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ"})
_WORD = re.compile(r"[^\W\d_]+\.?")
# "2025 г.", "2025 г", "2025 года", "в 2025 году": the year word after four digits.
_RUSSIAN_YEAR_WORD = re.compile(r"(?<=\d)\s*(?:г\.|г\b|года\b|году\b|год\b)", re.IGNORECASE)
_RUSSIAN_PREPOSITION = re.compile(r"(?:^|(?<=\s))[вс]\s+(?=\S)", re.IGNORECASE)


@cache
def _tables() -> tuple[Any, ...]:
    """The ``parserinfo`` of each language, made on first use (see ``fuzzy_date._names``)."""
    from dateutil.parser import parserinfo

    class Russian(parserinfo):
        MONTHS = list(_RUSSIAN)  # type: ignore[arg-type]  # noqa: RUF012 - dateutil's attribute

    class Urdu(parserinfo):
        MONTHS = list(_URDU)  # type: ignore[arg-type]  # noqa: RUF012 - dateutil's attribute

    return Russian(), Urdu()


def month_number(word: str) -> int | None:
    """The month (1–12) a Russian or Urdu word names, in any of its forms, else None."""
    key = word.removesuffix(".").translate(_URDU_LETTERS)
    for table in _tables():
        number = table.month(key)
        if number is not None:
            return int(number)
    return None


# Urdu's digits (and Arabic's, which Urdu keyboards also type) as 0–9; other scripts'
# digits stay unread, as before.
_DIGITS = str.maketrans({chr(base + n): str(n) for base in (0x0660, 0x06F0) for n in range(10)})


def _ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


def in_english(text: str) -> str:
    """``text`` with Russian and Urdu month names as English abbreviations, digits as ASCII
    and the Russian year word dropped; text without them comes back unchanged."""
    if text.isascii():
        return text
    text = _ascii_digits(text).replace("،", ",")  # Urdu's comma
    text = _RUSSIAN_YEAR_WORD.sub("", text)

    def english(match: re.Match[str]) -> str:
        word = match[0]
        if word.isascii():
            return word
        number = month_number(word)
        return _ENGLISH[number - 1] if number is not None else word

    text = _WORD.sub(english, text)
    # "в ноябре 2025", "с 17 по 18 ноября": Russian prepositions around an English date.
    text = _RUSSIAN_PREPOSITION.sub("", text)
    return re.sub(r"(?<=\d)\s+по\s+(?=\d)", "-", text).strip()
