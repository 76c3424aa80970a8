"""Record ids as people type them: whole numbers from 1 to the largest the database holds."""

from __future__ import annotations

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.quoting import quoted

# The largest id either back end holds: PostgreSQL's INTEGER keys are 32-bit (SQLite's
# are 64-bit), and a database must copy from one to the other whole.
MAX_ID = 2**31 - 1
ID = sentence("id")


def parse_id(text: str, what: str = ID) -> int:
    """``text`` as an id; a ``ValidationError`` for anything but plain digits in range.

    Only ASCII digits count: ``int()`` would also take ``1_0`` (ten), ``+3``, `` 7 `` or
    Arabic-Indic digits, and an id typed by mistake must not name another record.
    ``what`` names the id in the sentence (a ``sentence("item id")``, say).
    """
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_ID:
        if what[:1] in "aeiou":
            raise ValidationError(
                sentence(
                    "{text} is not an {what}: ids are whole numbers from 1 up.",
                    text=quoted(text),
                    what=what,
                )
            )
        raise ValidationError(
            sentence(
                "{text} is not a {what}: ids are whole numbers from 1 up.",
                text=quoted(text),
                what=what,
            )
        )
    return int(text)
