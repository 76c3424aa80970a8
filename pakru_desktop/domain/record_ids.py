"""Record ids as people type them: whole numbers from 1 to the largest the database holds."""

from __future__ import annotations

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.quoting import quoted

# SQLite and PostgreSQL store ids as signed 64-bit integers.
MAX_ID = 2**63 - 1


def parse_id(text: str, what: str = "id") -> int:
    """``text`` as an id; a ``ValidationError`` for anything but plain digits in range.

    Only ASCII digits count: ``int()`` would also take ``1_0`` (ten), ``+3``, `` 7 `` or
    Arabic-Indic digits, and an id typed by mistake must not name another record.
    """
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_ID:
        raise ValidationError(
            f"{quoted(text)} is not {_article(what)} {what}: ids are whole numbers from 1 up."
        )
    return int(text)


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
