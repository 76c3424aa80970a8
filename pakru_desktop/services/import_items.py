"""Import one row of ``events.csv``, ``agreements.csv``, ``projects.csv`` or ``commitments.csv``.

The row is checked whole before anything changes: a row with an id updates that item if
it is the same record (``created_at``) at the same ``version``; a row whose id is not
here adds the item under that id (the way back of an export); a row without an id adds
a new item. A status that changes is recorded as a follow-up dated the day of the import.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.vocabulary import (
    DEFAULT_STATUS,
    TYPES,
    Kind,
    check_role,
    check_status,
    normalise_sector,
)
from pakru_desktop.services import csv_cells as cell
from pakru_desktop.services.actors import MAX_NAME, limited
from pakru_desktop.services.csv_cells import ABSENT, Cells
from pakru_desktop.services.import_context import (
    ImportContext,
    Outcome,
    RowCheck,
    assign,
    identified,
    needs,
    new_record,
    text_cell,
    utc_now,
)
from pakru_desktop.services.item_fields import clean_title
from pakru_desktop.services.items import kind_type
from pakru_desktop.store.models import Actor, FollowUp, Item, ItemSector, Participation

# The note of the follow-up that records a status changed by an import, as a status
# typed in the window is recorded.
IMPORT_NOTE = "Status set by CSV import."
# Columns that list one role's participants; ``participants`` lists them all.
_ROLE_COLUMNS = {
    "signatories": "signatory",
    "committed_by": "committed-by",
    "committed_to": "committed-to",
}


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
        name = limited(name, MAX_NAME, sentence("participant's name"), "participants")
        if not name:
            raise ValidationError(sentence("A participant has no name."), field="participants")
        try:
            pairs.append((name, check_role(role)))
        except ValidationError as error:
            raise error.for_field("participants") from None
    for role, names in by_role.items():
        listed = [n for n, r in pairs if r == role]
        if [n.casefold() for n in names] != [n.casefold() for n in listed]:
            column = next(c for c, r in _ROLE_COLUMNS.items() if r == role)
            raise ValidationError(
                sentence(
                    "{column} ({names}) disagrees with the participants with the role {role} "
                    "({listed}); change the participants column, which the role columns are "
                    "taken from.",
                    column=column,
                    names=quoted(cell.joined(names)),
                    role=role,
                    listed=quoted(cell.joined(listed)),
                ),
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
            sentence(
                "Item {item_id} is {stored}, not {wanted}; import it with its own file ({file}).",
                item_id=item.id,
                stored=_a_kind(item.kind),
                wanted=kind.with_article,
                file=f"{item.kind}s",
            ),
            field="id",
        )
    created = cell.moment(cells, "created_at")
    if created is not None and created != item.created_at.replace(microsecond=0):
        raise ValidationError(
            sentence(
                "Item {item_id} here was created {stored}, not {given}: it is another record. "
                "Empty the id cell to add the row as a new item.",
                item_id=item.id,
                stored=f"{item.created_at:%Y-%m-%d %H:%M:%S}",
                given=f"{created:%Y-%m-%d %H:%M:%S}",
            ),
            field="id",
        )
    version = cell.number(cells, "version")
    if isinstance(version, int) and version != item.version:
        raise ValidationError(
            sentence(
                "Item {item_id} was changed after this file was written (it is at version "
                "{stored} here, the file has {given}); export it again and redo the change there.",
                item_id=item.id,
                stored=item.version,
                given=version,
            ),
            field="version",
        )


def _a_kind(code: str) -> str:
    """A stored kind after "a" or "an" (``an event``)."""
    try:
        return Kind(code).with_article
    except ValueError:  # not a kind this release knows: the code as it is
        return f"{'an' if code[0] in 'aeiou' else 'a'} {code}"


def import_item(ctx: ImportContext, row: int, cells: Cells, kind: Kind) -> Outcome:
    """One row of ``events.csv``, ``agreements.csv``, ``projects.csv`` or ``commitments.csv``."""
    item_id, item = identified(ctx, row, cells, Item)
    if item is not None:
        _item_identity(item, kind, cells)
    type_column = _type_column(kind)
    check = RowCheck()
    values: dict[str, object] = {
        "title": check(text_cell, cells, "title", clean_title),
        "summary": check(text_cell, cells, "summary", str.strip),
        "location": check(text_cell, cells, "location", str.strip),
        "type": (
            check(text_cell, cells, type_column, lambda v: kind_type(kind, v) or "")
            if type_column
            else ABSENT
        ),
        "date": check(cell.fuzzy_date, cells, "date", ctx.today),
        "due": (
            check(cell.fuzzy_date, cells, "due", ctx.today) if kind is not Kind.EVENT else ABSENT
        ),
    }
    status = check(text_cell, cells, "status", lambda v: check_status(kind, v) if v.strip() else "")
    sectors, people = check(_sectors, cells), check(_participants, cells)
    if kind is Kind.EVENT and cells.get("due", "").strip():
        check.errors.append(
            ValidationError(
                sentence("An event has no due date; use its date instead."), field="due"
            )
        )
    check.done()
    if type_column and values["type"] is not ABSENT:
        values["type"] = values["type"] or None
    if values["date"] is None or (item is None and values["date"] is ABSENT):
        raise ValidationError(sentence("The date cannot be empty."), field="date")
    if item is None:
        needs(values["title"], "title", kind.word)
        return _add_item(ctx, cells, kind, item_id, values, status, sectors, people)
    changed = assign(item, values)
    if sectors is not ABSENT and [s.sector for s in item.sectors] != sectors:
        existing = {s.sector: s for s in item.sectors}
        item.sectors = [existing.get(tag) or ItemSector(sector=tag) for tag in sectors]
        changed = True
    if people is not ABSENT and _set_people(ctx, item, people):
        changed = True
    if changed:
        item.updated_at = utc_now()
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
    created = cell.moment(cells, "created_at") or utc_now()
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
    item: Item = new_record(Item, item_id, defaults, values)
    item.sectors = [ItemSector(sector=tag) for tag in (sectors if sectors is not ABSENT else ())]
    if people is not ABSENT:
        _set_people(ctx, item, people)
    ctx.session.add(item)
    if isinstance(version, int) and version > 1:
        # The ORM numbers a new row's version 1; the way back of an export keeps its own.
        ctx.session.flush()
        ctx.session.execute(
            update(Item).where(Item.id == item.id).values(version=version),
            execution_options={"synchronize_session": False},
        )
        ctx.session.expire(item, ["version"])
    ctx.added.append(item)  # its id is known once the batch is written
    return "added"
