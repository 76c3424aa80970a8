"""What the rows of one CSV import share, and the small steps every row takes.

A row's cells are read by ``text_cell`` and the readers of ``csv_cells``; a ``RowCheck``
keeps every cell's problem so a row reports them all; ``identified`` finds the record a
row's id names, and ``new_record``/``assign`` write only the fields the file has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import (
    PakruError,
    Sentence,
    ValidationError,
    message_of,
    sentence,
)
from pakru_desktop.services import csv_cells as cell
from pakru_desktop.services.csv_cells import ABSENT, Cells
from pakru_desktop.store.models import Actor, Item

Outcome = Literal["added", "updated", "unchanged"]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class ImportContext:
    """What rows of one import share: the session, today, and what they touched."""

    session: Session
    today: dt.date
    # Ids given in the file so far → the row that gave them, to catch one id twice.
    ids: dict[int, int] = field(default_factory=dict)
    # Items whose status must be worked out again from their follow-ups at the end.
    status_items: set[int] = field(default_factory=set)
    item_ids: set[int] = field(default_factory=set)
    # Items added by rows without an id, written with the next batch.
    added: list[Item] = field(default_factory=list)
    actors_created: int = 0
    _actors: dict[str, Actor] | None = None

    def claim_id(self, record_id: int, row: int) -> None:
        """Refuse an id a previous row of this file already gave."""
        if record_id in self.ids:
            raise ValidationError(
                sentence(
                    "id {record_id} is also on row {row}; each row must name a different record.",
                    record_id=record_id,
                    row=self.ids[record_id],
                ),
                field="id",
            )
        self.ids[record_id] = row

    def forget_actors(self) -> None:
        """Look actors up afresh from now on (their names or aliases changed)."""
        self._actors = None

    def actor(self, name: str) -> Actor:
        """The actor answering to ``name`` (its name or an alias, in any case); a new one
        (a person) when nobody does, as a name typed into an item's participants makes."""
        if self._actors is None:
            self._actors = {}
            for actor in self.session.scalars(select(Actor).order_by(Actor.id.desc())):
                for known in (*(actor.aliases or ()), actor.name):
                    self._actors[known.casefold()] = actor
        found = self._actors.get(name.casefold())
        if found is None:
            found = Actor(name=name, kind="person", country="", title="", aliases=[])
            self.session.add(found)
            self._actors[name.casefold()] = found
            self.actors_created += 1
        return found


def identified(ctx: ImportContext, row: int, cells: Cells, model: type) -> tuple[Any, Any]:
    """The row's id (None or ``ABSENT`` without one) and the record it names here (or None)."""
    record_id = cell.record_id(cells, "id")
    if not isinstance(record_id, int):
        return record_id, None
    ctx.claim_id(record_id, row)
    return record_id, ctx.session.get(model, record_id)


def item_of(
    ctx: ImportContext, cells: Cells, record: Any, noun: Literal["follow-up", "evidence"]
) -> Item:
    """The item a follow-up's or a quote's row is about; it cannot move to another one."""
    item_id = cell.record_id(cells, "item_id", sentence("item id"))
    if record is not None and isinstance(item_id, int) and item_id != record.item_id:
        if noun == "evidence":
            message = sentence(
                "Evidence {record_id} belongs to item {owner_id}, not item {item_id}; it cannot "
                "move to another item (empty its id to add it there as new).",
                record_id=record.id,
                owner_id=record.item_id,
                item_id=item_id,
            )
        else:
            message = sentence(
                "Follow-up {record_id} belongs to item {owner_id}, not item {item_id}; it cannot "
                "move to another item (empty its id to add it there as new).",
                record_id=record.id,
                owner_id=record.item_id,
                item_id=item_id,
            )
        raise ValidationError(message, field="item_id")
    if record is None:
        what = sentence("piece of evidence") if noun == "evidence" else sentence("follow-up")
        needs(item_id, "item_id", what)
    found: Item | None = reference(ctx, Item, item_id, "item_id", sentence("item"))
    return found if found is not None else record.item


def needs(value: object, column: str, what: Sentence) -> None:
    """Refuse an empty ``column`` for a new record; ``what`` names the record
    (``sentence("link")``)."""
    if value is ABSENT or value is None or value == "":
        raise ValidationError(
            sentence("The {column} is empty; a new {what} needs one.", column=column, what=what),
            field=column,
        )


def assign(record: Any, values: dict[str, object]) -> bool:
    """Set each given field that differs; True if any did."""
    changed = False
    for name, value in values.items():
        if value is ABSENT:
            continue
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed


def given(values: Mapping[str, object]) -> dict[str, object]:
    return {name: value for name, value in values.items() if value is not ABSENT}


def new_record(
    model: type, record_id: object, defaults: Mapping[str, object], values: Mapping[str, object]
) -> Any:
    """A new record of the row's fields over ``defaults``, under the row's id if it has one."""
    record = model(**{**defaults, **given(values)})
    if isinstance(record_id, int):
        record.id = record_id
    return record


def text_cell(cells: Cells, column: str, check: Callable[[str], object]) -> object:
    value = cell.text(cells, column)
    if value is ABSENT:
        return ABSENT
    try:
        return check(str(value))
    except ValidationError as error:
        raise error.for_field(column) from None


def _joined(sentences: list[str]) -> str:
    """Sentences one after another, as one message (each kept whole for translation)."""
    if len(sentences) == 1:
        return sentences[0]
    return sentence("{first} {rest}", first=sentences[0], rest=_joined(sentences[1:]))


class RowProblems(PakruError):
    """Several cells of one row are wrong; ``errors`` has a sentence for each."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(_joined([message_of(e) for e in errors]))
        self.errors = errors


class RowCheck:
    """Reads a row's cells and keeps every cell's problem, so a row reports them all."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def __call__(self, read: Callable[..., Any], *args: Any) -> Any:
        """``read(*args)``, or ``ABSENT`` after noting its problem."""
        try:
            return read(*args)
        except ValidationError as error:
            self.errors.append(error)
            return ABSENT

    def done(self) -> None:
        """Raise the problems found so far, if any."""
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise RowProblems(self.errors)


def reference(
    ctx: ImportContext, model: type, record_id: object, column: str, what: Sentence
) -> Any:
    if not isinstance(record_id, int):
        return None
    found = ctx.session.get(model, record_id)
    if found is None:
        raise ValidationError(
            sentence("There is no {what} with id {record_id}.", what=what, record_id=record_id),
            field=column,
        )
    return found
