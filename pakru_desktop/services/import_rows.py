"""Apply one imported CSV row to the session: check every cell, then add or update a record.

One function per file the export writes. Each checks the whole row before it changes
anything, raising a ``ValidationError`` that names the column at fault, and returns
what it did (``added``, ``updated`` or ``unchanged``). A row with an id updates that
record; a row whose id is unknown here adds the record under that id (the way back of
an export); a row without an id adds a new record. A column the file lacks leaves that
field as it is, so a file of ``id,status`` changes statuses only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ConflictError, PakruError, ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.vocabulary import (
    DEFAULT_STATUS,
    TYPES,
    Kind,
    check_actor_kind,
    check_link_type,
    check_role,
    check_status,
    normalise_sector,
    status_label,
)
from pakru_desktop.services import csv_cells as cell
from pakru_desktop.services.actors import (
    MAX_COUNTRY,
    MAX_NAME,
    check_names_free,
    clean_aliases,
    limited,
)
from pakru_desktop.services.actors import MAX_TITLE as MAX_OFFICE
from pakru_desktop.services.csv_cells import ABSENT, Cells
from pakru_desktop.services.evidence import reanchor
from pakru_desktop.services.item_fields import clean_title
from pakru_desktop.services.items import kind_type
from pakru_desktop.services.quote_matching import locate
from pakru_desktop.services.sources import (
    MAX_PUBLISHER,
    check_url_free,
    clean_language,
    clean_text,
    one_line,
)
from pakru_desktop.services.sources import MAX_TITLE as MAX_SOURCE_TITLE
from pakru_desktop.services.web_address import clean_url
from pakru_desktop.store.models import (
    Actor,
    Evidence,
    FollowUp,
    Item,
    ItemSector,
    Link,
    Participation,
    Source,
)

Outcome = Literal["added", "updated", "unchanged"]
# The note of the follow-up that records a status changed by an import, as a status
# typed in the window is recorded.
IMPORT_NOTE = "Status set by CSV import."
# Columns that list one role's participants; ``participants`` lists them all.
_ROLE_COLUMNS = {
    "signatories": "signatory",
    "committed_by": "committed-by",
    "committed_to": "committed-to",
}


def _now() -> dt.datetime:
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
    actors_created: int = 0
    _actors: dict[str, Actor] | None = None

    def claim_id(self, record_id: int, row: int) -> None:
        """Refuse an id a previous row of this file already gave."""
        if record_id in self.ids:
            raise ValidationError(
                f"id {record_id} is also on row {self.ids[record_id]}; each row must name "
                "a different record.",
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


def _identified(ctx: ImportContext, row: int, cells: Cells, model: type) -> tuple[Any, Any]:
    """The row's id (None or ``ABSENT`` without one) and the record it names here (or None)."""
    record_id = cell.record_id(cells, "id")
    if not isinstance(record_id, int):
        return record_id, None
    ctx.claim_id(record_id, row)
    return record_id, ctx.session.get(model, record_id)


def _item_of(ctx: ImportContext, cells: Cells, record: Any, noun: str) -> Item:
    """The item a follow-up's or a quote's row is about; it cannot move to another one."""
    item_id = cell.record_id(cells, "item_id", "item id")
    if record is not None and isinstance(item_id, int) and item_id != record.item_id:
        raise ValidationError(
            f"{noun.capitalize()} {record.id} belongs to item {record.item_id}, not item "
            f"{item_id}; it cannot move to another item (empty its id to add it there as new).",
            field="item_id",
        )
    if record is None:
        _needs(item_id, "item_id", "piece of evidence" if noun == "evidence" else noun)
    found: Item | None = _reference(ctx, Item, item_id, "item_id", "item")
    return found if found is not None else record.item


def _needs(value: object, column: str, what: str) -> None:
    if value is ABSENT or value is None or value == "":
        raise ValidationError(f"The {column} is empty; a new {what} needs one.", field=column)


def _assign(record: Any, values: dict[str, object]) -> bool:
    """Set each given field that differs; True if any did."""
    changed = False
    for name, value in values.items():
        if value is ABSENT:
            continue
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed


def _given(values: Mapping[str, object]) -> dict[str, object]:
    return {name: value for name, value in values.items() if value is not ABSENT}


def _new(
    model: type, record_id: object, defaults: Mapping[str, object], values: Mapping[str, object]
) -> Any:
    """A new record of the row's fields over ``defaults``, under the row's id if it has one."""
    record = model(**{**defaults, **_given(values)})
    if isinstance(record_id, int):
        record.id = record_id
    return record


def _text(cells: Cells, column: str, check: Callable[[str], object]) -> object:
    value = cell.text(cells, column)
    if value is ABSENT:
        return ABSENT
    try:
        return check(str(value))
    except ValidationError as error:
        raise error.for_field(column) from None


class RowProblems(PakruError):
    """Several cells of one row are wrong; ``errors`` has a sentence for each."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(" ".join(str(e) for e in errors))
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


def _reference(ctx: ImportContext, model: type, record_id: object, column: str, what: str) -> Any:
    if not isinstance(record_id, int):
        return None
    found = ctx.session.get(model, record_id)
    if found is None:
        raise ValidationError(f"There is no {what} with id {record_id}.", field=column)
    return found


# Items ------------------------------------------------------------------------------------


def _type_column(kind: Kind) -> str | None:
    if not TYPES[kind]:
        return None
    return "legal_nature" if kind is Kind.AGREEMENT else "type"


def _participants(cells: Cells) -> list[tuple[str, str]] | Any:
    """(name, role) pairs: the ``participants`` column, which the role columns must agree
    with; without it, the role columns alone."""
    everyone = cell.participants(cells, "participants")
    by_role: dict[str, list[str]] = {}
    for column, role in _ROLE_COLUMNS.items():
        names = cell.listed(cells, column)
        if isinstance(names, list):
            by_role[role] = names
    if not isinstance(everyone, list):
        if not by_role:
            return ABSENT
        return [(name, role) for role, names in by_role.items() for name in names]
    pairs: list[tuple[str, str]] = []
    for name, role in everyone:
        name = limited(name, MAX_NAME, "participant's name", "participants")
        if not name:
            raise ValidationError("A participant has no name.", field="participants")
        try:
            pairs.append((name, check_role(role)))
        except ValidationError as error:
            raise error.for_field("participants") from None
    for role, names in by_role.items():
        listed = [n for n, r in pairs if r == role]
        if [n.casefold() for n in names] != [n.casefold() for n in listed]:
            column = next(c for c, r in _ROLE_COLUMNS.items() if r == role)
            raise ValidationError(
                f"{column} ({quoted(cell.joined(names))}) disagrees with the participants "
                f"with the role {role} ({quoted(cell.joined(listed))}); change the "
                "participants column, which the role columns are taken from.",
                field=column,
            )
    return pairs


def _sectors(cells: Cells) -> list[str] | Any:
    tags = cell.listed(cells, "sectors")
    if not isinstance(tags, list):
        return ABSENT
    try:
        return sorted({normalise_sector(tag) for tag in tags})
    except ValidationError as error:
        raise error.for_field("sectors") from None


def _item_identity(item: Item, kind: Kind, cells: Cells) -> None:
    """Refuse a row whose id names another kind, another record, or an older version."""
    if item.kind != kind.value:
        raise ValidationError(
            f"Item {item.id} is {'an' if item.kind[0] in 'aeiou' else 'a'} {item.kind}, not "
            f"{'an' if kind.value[0] in 'aeiou' else 'a'} {kind.value}; import it with its "
            f"own file ({item.kind}s).",
            field="id",
        )
    created = cell.moment(cells, "created_at")
    if created is not None and created != item.created_at.replace(microsecond=0):
        raise ValidationError(
            f"Item {item.id} here was created {item.created_at:%Y-%m-%d %H:%M:%S}, not "
            f"{created:%Y-%m-%d %H:%M:%S}: it is another record. Empty the id cell to add "
            "the row as a new item.",
            field="id",
        )
    version = cell.number(cells, "version")
    if isinstance(version, int) and version != item.version:
        raise ValidationError(
            f"Item {item.id} was changed after this file was written (it is at version "
            f"{item.version} here, the file has {version}); export it again and redo "
            "the change there.",
            field="version",
        )


def import_item(ctx: ImportContext, row: int, cells: Cells, kind: Kind) -> Outcome:
    """One row of ``events.csv``, ``agreements.csv``, ``projects.csv`` or ``commitments.csv``."""
    item_id, item = _identified(ctx, row, cells, Item)
    if item is not None:
        _item_identity(item, kind, cells)
    type_column = _type_column(kind)
    check = RowCheck()
    values: dict[str, object] = {
        "title": check(_text, cells, "title", clean_title),
        "summary": check(_text, cells, "summary", str.strip),
        "location": check(_text, cells, "location", str.strip),
        "type": (
            check(_text, cells, type_column, lambda v: kind_type(kind, v) or "")
            if type_column
            else ABSENT
        ),
        "date": check(cell.fuzzy_date, cells, "date", ctx.today),
        "due": (
            check(cell.fuzzy_date, cells, "due", ctx.today) if kind is not Kind.EVENT else ABSENT
        ),
    }
    status = check(_text, cells, "status", lambda v: check_status(kind, v) if v.strip() else "")
    sectors, people = check(_sectors, cells), check(_participants, cells)
    if kind is Kind.EVENT and cells.get("due", "").strip():
        check.errors.append(
            ValidationError("An event has no due date; use its date instead.", field="due")
        )
    check.done()
    if type_column and values["type"] is not ABSENT:
        values["type"] = values["type"] or None
    if values["date"] is None or (item is None and values["date"] is ABSENT):
        raise ValidationError("The date cannot be empty.", field="date")
    if item is None:
        _needs(values["title"], "title", kind.value)
        return _add_item(ctx, cells, kind, item_id, values, status, sectors, people)
    changed = _assign(item, values)
    if sectors is not ABSENT and [s.sector for s in item.sectors] != sectors:
        existing = {s.sector: s for s in item.sectors}
        item.sectors = [existing.get(tag) or ItemSector(sector=tag) for tag in sectors]
        changed = True
    if people is not ABSENT and _set_people(ctx, item, people):
        changed = True
    if changed:
        item.updated_at = _now()
    if status not in (ABSENT, "") and status != item.status:
        ctx.session.add(
            FollowUp(
                item=item,
                date=FuzzyDate.of_day(ctx.today),
                note=IMPORT_NOTE,
                new_status=status,
            )
        )
        ctx.status_items.add(item.id)
        changed = True
    ctx.item_ids.add(item.id)
    return "updated" if changed else "unchanged"


def _set_people(ctx: ImportContext, item: Item, people: list[tuple[str, str]]) -> bool:
    current = [(p.actor.name.casefold(), p.role) for p in item.participants]
    wanted: list[tuple[Actor, str]] = []
    for name, role in people:
        actor = ctx.actor(name)
        if not any(a is actor and r == role for a, r in wanted):
            wanted.append((actor, role))
    if current == [(a.name.casefold(), r) for a, r in wanted]:
        return False
    existing = {(p.actor_id, p.role): p for p in item.participants}
    item.participants = [
        existing.get((a.id, r)) or Participation(actor=a, role=r) for a, r in wanted
    ]
    return True


def _add_item(
    ctx: ImportContext,
    cells: Cells,
    kind: Kind,
    item_id: Any,
    values: dict[str, object],
    status: object,
    sectors: Any,
    people: Any,
) -> Outcome:
    code = status if isinstance(status, str) and status else DEFAULT_STATUS[kind]
    created = cell.moment(cells, "created_at") or _now()
    version = cell.number(cells, "version")
    defaults: dict[str, object] = {
        "kind": kind.value,
        "base_status": code,
        "status": code,
        "created_at": created,
        "updated_at": cell.moment(cells, "updated_at") or created,
        "summary": "",
        "location": "",
        "type": kind_type(kind, None),
    }
    item: Item = _new(Item, item_id, defaults, values)
    item.sectors = [ItemSector(sector=tag) for tag in (sectors if sectors is not ABSENT else ())]
    if people is not ABSENT:
        _set_people(ctx, item, people)
    ctx.session.add(item)
    ctx.session.flush()
    if isinstance(version, int) and version > 1:
        # The ORM numbers a new row's version 1; the way back of an export keeps its own.
        ctx.session.execute(
            update(Item).where(Item.id == item.id).values(version=version),
            execution_options={"synchronize_session": False},
        )
        ctx.session.expire(item, ["version"])
    ctx.item_ids.add(item.id)
    return "added"


# Follow-ups -------------------------------------------------------------------------------


def import_follow_up(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``follow_ups.csv``; a new status becomes the item's status as of its date."""
    follow_up_id, follow_up = _identified(ctx, row, cells, FollowUp)
    item = _item_of(ctx, cells, follow_up, "follow-up")
    kind = Kind(item.kind)
    check = RowCheck()
    date = check(cell.fuzzy_date, cells, "date", ctx.today)
    new_status = check(
        _text, cells, "new_status", lambda v: check_status(kind, v) if v.strip() else ""
    )
    source_id = check(cell.record_id, cells, "source_id", "source id")
    check(_reference, ctx, Source, source_id, "source_id", "source")
    note = check(_text, cells, "note", str.strip)
    check.done()
    if date is None or (follow_up is None and date is ABSENT):
        raise ValidationError("The date cannot be empty.", field="date")
    values: dict[str, object] = {
        "date": date,
        "note": note,
        "new_status": None if new_status == "" else new_status,
        "source_id": source_id,
    }
    after = {**_given(values)}
    final_note = after.get("note", follow_up.note if follow_up else "")
    final_status = after.get("new_status", follow_up.new_status if follow_up else None)
    if not final_note and final_status is None:
        raise ValidationError("A follow-up needs a note or a new status.", field="note")
    if not final_note:
        values["note"] = f"Status: {status_label(kind, str(final_status))}."
    ctx.item_ids.add(item.id)
    if follow_up is None:
        record = _new(FollowUp, follow_up_id, {"item": item}, values)
        ctx.session.add(record)
        if record.new_status is not None:
            ctx.status_items.add(item.id)
        return "added"
    status_before = follow_up.new_status
    date_before = follow_up.date
    if not _assign(follow_up, values):
        return "unchanged"
    if status_before is not None or follow_up.new_status is not None or date_before != date:
        ctx.status_items.add(item.id)
    return "updated"


# Actors -----------------------------------------------------------------------------------


def import_actor(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``actors.csv``; a name or alias another actor answers to is refused."""
    actor_id, actor = _identified(ctx, row, cells, Actor)
    name = _text(cells, "name", lambda v: limited(v, MAX_NAME, "name", "name"))
    if name == "" or (actor is None and name is ABSENT):
        raise ValidationError("The name cannot be empty.", field="name")

    def kind_of(value: str) -> str:
        try:
            return check_actor_kind(value) if value.strip() else "person"
        except ValidationError as error:
            raise error.for_field("kind") from None

    final_name = str(name if name is not ABSENT else actor.name)  # type: ignore[union-attr]
    aliases = cell.listed(cells, "aliases")
    check = RowCheck()
    values: dict[str, object] = {
        "name": name,
        "kind": check(_text, cells, "kind", kind_of),
        "country": check(
            _text, cells, "country", lambda v: limited(v, MAX_COUNTRY, "country", "country")
        ),
        "title": check(_text, cells, "title", lambda v: limited(v, MAX_OFFICE, "office", "title")),
        "aliases": (
            ABSENT if not isinstance(aliases, list) else check(clean_aliases, aliases, final_name)
        ),
    }
    check.done()
    own_id = actor.id if actor is not None else None
    old_names = {n.casefold() for n in (actor.name, *(actor.aliases or ()))} if actor else set()
    aliases_now = values["aliases"]
    new_names = [final_name, *(aliases_now if isinstance(aliases_now, list) else ())]
    check_names_free(
        ctx.session, own_id, [n for n in new_names if n.casefold() not in old_names], "name"
    )
    ctx.forget_actors()  # names changed: items imported later look them up afresh
    if actor is None:
        defaults = {"kind": "person", "country": "", "title": "", "aliases": []}
        ctx.session.add(_new(Actor, actor_id, defaults, values))
        return "added"
    return "updated" if _assign(actor, values) else "unchanged"


# Sources ----------------------------------------------------------------------------------


def import_source(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``sources.csv``; a new text must still hold every quote taken from it."""
    source_id, source = _identified(ctx, row, cells, Source)

    def url_of(value: str) -> str | None:
        try:
            return clean_url(value)
        except ValidationError as error:
            raise error.for_field("url") from None

    def ref_of(value: str) -> str | None:
        return one_line(value, "ref", "ref", 100, required=False) or None

    check = RowCheck()
    values: dict[str, object] = {
        "ref": check(_text, cells, "ref", ref_of),
        "title": check(
            _text,
            cells,
            "title",
            lambda v: one_line(v, "title", "title", MAX_SOURCE_TITLE, required=True),
        ),
        "publisher": check(
            _text,
            cells,
            "publisher",
            lambda v: one_line(v, "publisher", "publisher", MAX_PUBLISHER, required=False),
        ),
        "url": check(_text, cells, "url", url_of),
        "published": check(cell.fuzzy_date, cells, "published", ctx.today),
        "date_note": check(_text, cells, "date_note", str.strip),
        "text": check(_text, cells, "text", clean_text),
        "language": check(_text, cells, "language", clean_language),
    }
    check.done()
    if source is None:
        _needs(values["title"], "title", "source")
    own_id = source.id if source is not None else None
    if isinstance(values["url"], str):
        try:
            check_url_free(ctx.session, values["url"], own_id)
        except ConflictError as error:
            raise ValidationError(str(error), field="url") from None
    if isinstance(values["ref"], str):
        other = ctx.session.scalar(
            select(Source.id).where(Source.ref == values["ref"], Source.id != own_id)
        )
        if other is not None:
            raise ValidationError(
                f"Source {other} already has the ref {quoted(values['ref'])}.", field="ref"
            )
    if source is None:
        defaults = {"publisher": "", "date_note": "", "text": "", "language": ""}
        ctx.session.add(_new(Source, source_id, defaults, values))
        return "added"
    new_text = values["text"]
    if isinstance(new_text, str) and new_text != source.text:
        try:
            ctx.item_ids |= reanchor(ctx.session, source, new_text)
        except ValidationError as error:
            raise error.for_field("text") from None
    return "updated" if _assign(source, values) else "unchanged"


# Evidence ---------------------------------------------------------------------------------


def import_evidence(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``evidence.csv``: the quote must be in its source's text (when stored)."""
    evidence_id, evidence = _identified(ctx, row, cells, Evidence)
    item = _item_of(ctx, cells, evidence, "evidence")
    if evidence is None:
        _needs(cell.text(cells, "source_id"), "source_id", "piece of evidence")
        _needs(cell.text(cells, "quote"), "quote", "piece of evidence")
    source_id = cell.record_id(cells, "source_id", "source id")
    if source_id is None:
        raise ValidationError("The source_id cannot be empty.", field="source_id")
    source: Source = _reference(ctx, Source, source_id, "source_id", "source") or evidence.source  # type: ignore[union-attr]
    follow_up_id = cell.record_id(cells, "follow_up_id", "follow-up id")
    follow_up = _reference(ctx, FollowUp, follow_up_id, "follow_up_id", "follow-up")
    if follow_up is not None and follow_up.item_id != item.id:
        raise ValidationError(
            f"Follow-up {follow_up.id} is on item {follow_up.item_id}, not item {item.id}.",
            field="follow_up_id",
        )
    quote = cell.text(cells, "quote")
    if quote is ABSENT:
        quote = evidence.quote  # type: ignore[union-attr]
    placed = _place(source, str(quote), cell.number(cells, "start"), cell.number(cells, "end"))
    values: dict[str, object] = {
        "source_id": source.id,
        "follow_up_id": follow_up_id,
        "quote": placed[0],
        "start": placed[1],
        "end": placed[2],
    }
    duplicate = ctx.session.scalar(
        select(Evidence.id).where(
            Evidence.item_id == item.id,
            Evidence.source_id == source.id,
            Evidence.follow_up_id.is_(None)
            if follow_up is None
            else Evidence.follow_up_id == follow_up.id,
            Evidence.quote == placed[0],
            Evidence.start.is_(None) if placed[1] is None else Evidence.start == placed[1],
            Evidence.id != (evidence.id if evidence is not None else -1),
        )
    )
    if duplicate is not None:
        raise ValidationError(
            f"This quote is already evidence {duplicate} for item {item.id}.", field="quote"
        )
    ctx.item_ids.add(item.id)
    if evidence is None:
        ctx.session.add(_new(Evidence, evidence_id, {"item_id": item.id}, values))
        return "added"
    return "updated" if _assign(evidence, values) else "unchanged"


def _place(
    source: Source, quote: str, start: object, end: object
) -> tuple[str, int | None, int | None]:
    """The quote as its source has it, with offsets: as given when they hold the quote."""
    if not quote.strip():
        raise ValidationError("The quote cannot be empty.", field="quote")
    if not source.text:
        return quote.strip(), None, None
    if isinstance(start, int) and isinstance(end, int) and source.text[start:end] == quote:
        return quote, start, end
    try:
        return locate(source, quote, start if isinstance(start, int) else None)
    except ValidationError as error:
        raise error.for_field("quote") from None


# Links ------------------------------------------------------------------------------------


def import_link(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``links.csv``: both items must exist, and differ."""
    link_id, link = _identified(ctx, row, cells, Link)
    ends = {column: cell.record_id(cells, column, "item id") for column in ("from_id", "to_id")}
    for column, value in ends.items():
        if link is None:
            _needs(value, column, "link")
        elif isinstance(value, int) and value != getattr(link, column):
            raise ValidationError(
                f"Link {link.id} joins items {link.from_id} and {link.to_id}; a link cannot "
                "be moved (empty its id to add a new one).",
                field=column,
            )
        _reference(ctx, Item, value, column, "item")

    def type_of(value: str) -> str:
        try:
            return check_link_type(value)
        except ValidationError as error:
            raise error.for_field("type") from None

    link_type = _text(cells, "type", type_of)
    if link is None:
        _needs(link_type, "type", "link")
    from_id = link.from_id if link is not None else ends["from_id"]
    to_id = link.to_id if link is not None else ends["to_id"]
    if from_id == to_id:
        raise ValidationError("An item cannot be linked to itself.", field="to_id")
    final_type = link_type if link_type is not ABSENT else link.type  # type: ignore[union-attr]
    duplicate = ctx.session.scalar(
        select(Link.id).where(
            Link.from_id == from_id,
            Link.to_id == to_id,
            Link.type == final_type,
            Link.id != (link.id if link is not None else -1),
        )
    )
    if duplicate is not None:
        raise ValidationError(
            f"Item {from_id} already {final_type} item {to_id} (link {duplicate}).", field="type"
        )
    values = {"type": link_type, "note": _text(cells, "note", str.strip)}
    ctx.item_ids |= {v for v in (from_id, to_id) if isinstance(v, int)}
    if link is None:
        defaults = {"from_id": from_id, "to_id": to_id, "note": ""}
        ctx.session.add(_new(Link, link_id, defaults, values))
        return "added"
    return "updated" if _assign(link, values) else "unchanged"
