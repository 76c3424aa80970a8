"""No record is written with text a person cannot have meant: control characters (ESC,
NUL, backspace …) or lone surrogates (undecodable bytes smuggled in from the system).

Every service validates its own fields; this check runs on every flush, whichever service
or path wrote the value, so stored text can always be printed, exported and encoded.
Line breaks and tabs are allowed: summaries, notes, quotes and article texts have them.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ValidationError, sentence

# Unicode's control characters (category Cc: C0, DEL, C1) but line breaks and tabs, and
# the surrogates (Cs); one regular expression, so a whole article is checked at C speed.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# The columns people type into, as a sentence names them (others by their column name).
_LABELS = {
    "title": sentence("title"),
    "summary": sentence("summary"),
    "location": sentence("location"),
    "name": sentence("name"),
    "country": sentence("country"),
    "publisher": sentence("publisher"),
    "url": sentence("url"),
    "date_note": sentence("date note"),
    "language": sentence("language"),
    "text": sentence("text"),
    "quote": sentence("quote"),
    "note": sentence("note"),
    "ref": sentence("ref"),
    "sector": sentence("sector"),
}


def bad_character(text: str) -> str | None:
    """The first character of ``text`` that no record may hold, or None."""
    found = _NOT_TEXT.search(text)
    return found.group() if found else None


def _check(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.attrs[attr.key].value
            if isinstance(value, str) and (ch := bad_character(value)) is not None:
                shown = ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                label = _LABELS.get(attr.key) or attr.key.replace("_", " ")
                raise ValidationError(
                    sentence(
                        "The {label} holds a character that is not text ({character}); "
                        "remove it or type the text again.",
                        label=label,
                        character=shown,
                    ),
                    field=attr.key,
                )


event.listen(Session, "before_flush", _check)
