"""Read the cells of an imported CSV row back into values: ids, dates, flags, lists, times.

Each reader takes the row's cells and a column name and either returns the value or
raises a ``ValidationError`` naming that column. ``ABSENT`` means the file has no such
column at all, which an update reads as "leave this field as it is".
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.record_ids import ID, parse_id
from pakru_desktop.services.csv_columns import LIST_SEPARATOR


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()

Cells = dict[str, str]

_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0", ""}


def text(cells: Cells, column: str) -> str | _Absent:
    """The cell as it is, or ``ABSENT``."""
    return cells.get(column, ABSENT)


def record_id(cells: Cells, column: str, what: str = ID) -> int | None | _Absent:
    """A record id; None for an empty cell. ``what`` names it in a sentence (a
    ``sentence("item id")``)."""
    if column not in cells:
        return ABSENT
    value = cells[column].strip()
    if not value:
        return None
    try:
        return parse_id(value, what)
    except ValidationError as error:
        raise error.for_field(column) from None


def number(cells: Cells, column: str) -> int | None | _Absent:
    """A whole number from 0 up (a quote's offset); None for an empty cell."""
    if column not in cells:
        return ABSENT
    value = cells[column].strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
        raise ValidationError(
            sentence("{value} is not a whole number from 0 up.", value=quoted(value)),
            field=column,
        )
    return int(value)


def yes_no(cells: Cells, column: str) -> bool:
    """``yes``/``no`` (also true/false, 1/0); an empty or missing cell is no."""
    value = cells.get(column, "").strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValidationError(
        sentence("{value} is neither yes nor no.", value=quoted(cells[column])), field=column
    )


def listed(cells: Cells, column: str) -> list[str] | _Absent:
    """A ``; ``-separated list (``;`` alone also separates); blanks dropped."""
    if column not in cells:
        return ABSENT
    return [part.strip() for part in cells[column].split(";") if part.strip()]


def moment(cells: Cells, column: str) -> dt.datetime | None:
    """A UTC time in ISO 8601 (``2025-09-02T10:15:00``); None for an empty or missing cell."""
    value = cells.get(column, "").strip()
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            sentence("{value} is not a time such as 2025-09-02T10:15:00.", value=quoted(value)),
            field=column,
        ) from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


def _one_date(cells: Cells, column: str, inferred: bool, today: dt.date) -> FuzzyDate | None:
    value = cells.get(column, "").strip()
    if not value:
        return None
    try:
        date = FuzzyDate.from_iso(value, inferred)
    except ValidationError:
        # Typed by hand in a spreadsheet: "2 Sep 2025", "Q1 2026", "September 2024".
        try:
            date = parse_fuzzy_date(value, today)
        except ValidationError as error:
            raise error.for_field(column) from None
        date = FuzzyDate(date.start, date.precision, inferred or date.inferred)
    precision = cells.get(f"{column}_precision", "").strip().lower()
    if precision and precision != date.precision.value:
        raise ValidationError(
            sentence(
                "{column}_precision says {given} but {value} is a date of {precision} precision.",
                column=column,
                given=quoted(precision),
                value=quoted(value),
                precision=date.precision.word,
            ),
            field=f"{column}_precision",
        )
    return date


def fuzzy_date(cells: Cells, name: str, today: dt.date) -> FuzzyDate | None | _Absent:
    """The date of columns ``name``, ``name_precision``, ``name_inferred``, ``name_end`` and
    ``name_end_precision``: ISO of its precision as exported, or a date typed by hand."""
    if name not in cells:
        return ABSENT
    inferred = yes_no(cells, f"{name}_inferred")
    head = _one_date(cells, name, inferred, today)
    end = _one_date(cells, f"{name}_end", inferred, today)
    if head is None:
        if end is not None:
            raise ValidationError(
                sentence("{column}_end is given but {column} is empty.", column=name), field=name
            )
        return None
    if end is None:
        return head
    try:
        return head.spanning(end)
    except ValidationError as error:
        raise error.for_field(f"{name}_end") from None


def participants(cells: Cells, column: str) -> list[tuple[str, str]] | _Absent:
    """``Name (role); Name (role)`` as exported into (name, role) pairs; a bare name is a
    participant."""
    entries = listed(cells, column)
    if isinstance(entries, _Absent):
        return ABSENT
    pairs = []
    for entry in entries:
        name, opening, role = entry.rpartition(" (")
        if opening and role.endswith(")"):
            pairs.append((name.strip(), role[:-1].strip()))
        else:
            pairs.append((entry, "participant"))
    return pairs


def joined(values: list[str]) -> str:
    """A list as the export writes it."""
    return LIST_SEPARATOR.join(values)
