"""How the field history writes its values and names who made a change.

Kept apart from ``store.history`` (which listens to SQLAlchemy sessions) so that the
writers that use the standard library alone record history rows in the same form.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from typing import Any

from pakru_desktop.domain.fuzzy_date import FuzzyDate

# The environment variable that names the person in the history instead of the system user.
AUTHOR_VARIABLE = "PAKRU_USER"
MAX_AUTHOR = 100


def clean_author(name: str) -> str:
    """``name`` as the history records it: one line, at most ``MAX_AUTHOR`` characters."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    return flat[:MAX_AUTHOR]


def default_user() -> str:
    """``$PAKRU_USER`` if set, else the operating-system user name, else a plain word."""
    chosen = clean_author(os.environ.get(AUTHOR_VARIABLE, ""))
    if chosen:
        return chosen
    try:
        return clean_author(getpass.getuser()) or "unknown user"
    except (OSError, KeyError, ImportError):
        return "unknown user"


# Marks an inferred date in the history, as EDTF (ISO 8601-2) marks an approximate one.
INFERRED_MARK = "~"


def encode(value: Any) -> str | None:
    """A value as stored in ``history.old``/``new``: JSON text, dates in their ISO form
    (``2025-11``, ``2025-11-17/2025-11-18``), with ``~`` at the end when inferred, so that
    correcting only whether a date was inferred is a recorded change too."""
    if value is None:
        return None
    if isinstance(value, FuzzyDate):
        value = value.iso_span() + (INFERRED_MARK if value.inferred else "")
    elif isinstance(value, dt.date | dt.datetime):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def decode(text: str | None) -> Any:
    """The value ``encode`` stored (dates stay ISO text)."""
    return None if text is None else json.loads(text)


def decode_date(text: str) -> FuzzyDate:
    """The date ``encode`` stored as ``text``; a ``ValidationError`` if it is not one."""
    inferred = text.endswith(INFERRED_MARK)
    return FuzzyDate.from_iso(text.removesuffix(INFERRED_MARK), inferred)
