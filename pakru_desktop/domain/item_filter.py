"""What an item list shows: the filter and sort order people choose, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from pakru_desktop.domain.vocabulary import Kind


class SortKey(StrEnum):
    """Columns an item list can be sorted by."""

    DATE = "date"
    TITLE = "title"
    STATUS = "status"
    LOCATION = "location"
    TYPE = "type"
    DUE = "due"
    ID = "id"


@dataclass(frozen=True)
class ItemFilter:
    """Items of one kind matching text, status, sector and a range of earliest days.

    ``text`` matches title, summary, location or a participant's name, ignoring case.
    """

    kind: Kind
    text: str = ""
    status: str | None = None
    sector: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    # Only items overdue on this day (see ``domain.overdue``): a passed due date while
    # still open, or a scheduled event whose date has passed.
    overdue_on: dt.date | None = None
