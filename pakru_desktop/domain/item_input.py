"""What a person typed for an item, checked and put in the form it is stored in.

Shared by every path that writes items (the services, and the quick path of
``pakru add-event`` that writes with the standard library), so each accepts
exactly the same input and refuses it with the same sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pakru_desktop.domain.errors import ValidationError, message_of, sentence
from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.vocabulary import (
    DEFAULT_STATUS,
    DEFAULT_TYPE,
    Kind,
    check_role,
    check_status,
    check_type,
    normalise_sector,
    parse_kind,
)

MAX_TITLE = 300


@dataclass(frozen=True)
class ItemDraft:
    """What a person typed for a new item; text fields are checked by ``check_draft``."""

    kind: Kind | str
    title: str
    date: str | FuzzyDate | None = None
    type: str | None = None
    summary: str = ""
    location: str = ""
    status: str | None = None
    due: str | FuzzyDate | None = None
    sectors: Sequence[str] = ()
    participants: Sequence[str | tuple[str, str]] = ()
    source_url: str | None = None
    quote: str | None = None


@dataclass(frozen=True)
class NewItem:
    """A draft that passed every check, with each field as it is stored.

    ``participants`` are (name, role) pairs without repeats, in the order typed;
    ``sectors`` are normalised tags in name order.
    """

    kind: Kind
    title: str
    date: FuzzyDate
    type: str | None
    summary: str
    location: str
    status: str
    due: FuzzyDate | None
    sectors: tuple[str, ...]
    participants: tuple[tuple[str, str], ...]


def check_draft(draft: ItemDraft, today: dt.date) -> NewItem:
    """``draft`` checked field by field; a ``ValidationError`` naming the field if not."""
    kind = draft.kind if isinstance(draft.kind, Kind) else parse_kind(draft.kind)
    title = clean_title(draft.title)
    date = read_date(draft.date, today)
    due = read_optional_date(draft.due, today, sentence("due date"))
    check_due(kind, due)
    try:
        status = check_status(kind, draft.status) if draft.status else DEFAULT_STATUS[kind]
    except ValidationError as error:
        raise error.for_field("status") from None
    item_type = kind_type(kind, draft.type)
    if draft.quote and not draft.source_url:
        raise ValidationError(
            sentence("A quote needs the URL of the source it comes from."), field="source_url"
        )
    if draft.source_url and not draft.quote:
        raise ValidationError(sentence("Give the quote that this source supports."), field="quote")
    pairs: list[tuple[str, str]] = []
    for entry in draft.participants:
        pair = parse_participant(entry) if isinstance(entry, str) else entry
        if pair not in pairs:
            pairs.append(pair)
    return NewItem(
        kind=kind,
        title=title,
        date=date,
        type=item_type,
        summary=draft.summary.strip(),
        location=draft.location.strip(),
        status=status,
        due=due,
        sectors=tuple(clean_sectors(draft.sectors)),
        participants=tuple(pairs),
    )


def clean_title(title: str) -> str:
    """A title with outer spaces removed; empty or over-long titles are refused."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise ValidationError(sentence("The title cannot be empty."), field="title")
    if len(cleaned) > MAX_TITLE:
        raise ValidationError(
            sentence(
                "The title is {length} characters; keep it under {limit}.",
                length=len(cleaned),
                limit=MAX_TITLE,
            ),
            field="title",
        )
    return cleaned


def read_date(value: str | FuzzyDate | None, today: dt.date, *, what: str = "date") -> FuzzyDate:
    """A FuzzyDate from typed text (relative phrases resolve against ``today``).

    An empty value means today, as a person adding an event by hand expects.
    """
    if isinstance(value, FuzzyDate):
        return value
    if value is None or not value.strip():
        return FuzzyDate.of_day(today)
    try:
        return parse_fuzzy_date(value, today)
    except ValidationError as error:
        if what == "date":
            raise error.for_field("date") from None
        raise ValidationError(
            sentence("Bad {what}: {error}", what=what, error=message_of(error)), field="due"
        ) from error


def read_optional_date(
    value: str | FuzzyDate | None, today: dt.date, what: str
) -> FuzzyDate | None:
    """Like ``read_date``, but empty means no date at all (a due date left blank)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return read_date(value, today, what=what)


def parse_participant(text: str) -> tuple[str, str]:
    """``"NAME[:ROLE]"`` into a name and a role code (``participant`` when none is given)."""
    name, sep, role = text.rpartition(":")
    if not sep:
        name, role = text, "participant"
    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            sentence("Participant {text} has no name; write NAME or NAME:ROLE.", text=quoted(text)),
            field="participants",
        )
    try:
        return name, check_role(role)
    except ValidationError as error:
        raise error.for_field("participants") from None


def clean_sectors(sectors: Iterable[str]) -> list[str]:
    """Sector tags normalised, repeats dropped, in name order (as the database returns them,
    so a fresh record reads like a reloaded one)."""
    try:
        return sorted(set(normalise_sector(s) for s in sectors))
    except ValidationError as error:
        raise error.for_field("sectors") from None


def kind_type(kind: Kind, value: str | None) -> str | None:
    """The type code for ``kind`` (its default when blank); a sentence for an unknown one."""
    if value is None or not value.strip():
        return DEFAULT_TYPE[kind]
    try:
        return check_type(kind, value)
    except ValidationError as error:
        raise error.for_field("type") from None


def check_due(kind: Kind, due: FuzzyDate | None) -> None:
    """Refuse a due date on an event, which has only its own date."""
    if due is not None and kind is Kind.EVENT:
        raise ValidationError(
            sentence("An event has no due date; use its date instead."), field="due"
        )
