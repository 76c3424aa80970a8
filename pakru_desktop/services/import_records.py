"""Import one row of the files beside the items: follow-ups, actors, sources, evidence, links.

Each function checks the whole row before it changes anything and returns what it did.
A record cannot move: a follow-up or a quote stays on its item, a link between its two
items; a row naming another item is refused with the way to add it there as new.
"""

from __future__ import annotations

from sqlalchemy import select

from pakru_desktop.domain.errors import ConflictError, ValidationError, message_of, sentence
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.vocabulary import (
    Kind,
    check_actor_kind,
    check_link_type,
    check_status,
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
from pakru_desktop.services.import_context import (
    ImportContext,
    Outcome,
    RowCheck,
    assign,
    given,
    identified,
    item_of,
    needs,
    new_record,
    reference,
    text_cell,
)
from pakru_desktop.services.quote_matching import locate
from pakru_desktop.services.sources import (
    MAX_PUBLISHER,
    PUBLISHER,
    REF,
    TITLE,
    check_url_free,
    clean_language,
    clean_text,
    one_line,
)
from pakru_desktop.services.sources import MAX_TITLE as MAX_SOURCE_TITLE
from pakru_desktop.services.web_address import clean_url
from pakru_desktop.store.models import Actor, Evidence, FollowUp, Item, Link, Source

# Follow-ups -------------------------------------------------------------------------------


def import_follow_up(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``follow_ups.csv``; a new status becomes the item's status as of its date."""
    follow_up_id, follow_up = identified(ctx, row, cells, FollowUp)
    item = item_of(ctx, cells, follow_up, "follow-up")
    kind = Kind(item.kind)
    check = RowCheck()
    date = check(cell.fuzzy_date, cells, "date", ctx.today)
    new_status = check(
        text_cell, cells, "new_status", lambda v: check_status(kind, v) if v.strip() else ""
    )
    source_id = check(cell.record_id, cells, "source_id", sentence("source id"))
    check(reference, ctx, Source, source_id, "source_id", sentence("source"))
    note = check(text_cell, cells, "note", str.strip)
    check.done()
    if date is None or (follow_up is None and date is ABSENT):
        raise ValidationError(sentence("The date cannot be empty."), field="date")
    values: dict[str, object] = {
        "date": date,
        "note": note,
        "new_status": None if new_status == "" else new_status,
        "source_id": source_id,
    }
    after = {**given(values)}
    final_note = after.get("note", follow_up.note if follow_up else "")
    final_status = after.get("new_status", follow_up.new_status if follow_up else None)
    if not final_note and final_status is None:
        raise ValidationError(sentence("A follow-up needs a note or a new status."), field="note")
    if not final_note:
        values["note"] = f"Status: {status_label(kind, str(final_status))}."
    ctx.item_ids.add(item.id)
    if follow_up is None:
        record = new_record(FollowUp, follow_up_id, {"item": item}, values)
        ctx.session.add(record)
        if record.new_status is not None:
            ctx.status_items.add(item.id)
        return "added"
    status_before = follow_up.new_status
    date_before = follow_up.date
    if not assign(follow_up, values):
        return "unchanged"
    if status_before is not None or follow_up.new_status is not None or date_before != date:
        ctx.status_items.add(item.id)
    return "updated"


# Actors -----------------------------------------------------------------------------------


def import_actor(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``actors.csv``; a name or alias another actor answers to is refused."""
    actor_id, actor = identified(ctx, row, cells, Actor)
    name = text_cell(cells, "name", lambda v: limited(v, MAX_NAME, sentence("name"), "name"))
    if name == "" or (actor is None and name is ABSENT):
        raise ValidationError(sentence("The name cannot be empty."), field="name")

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
        "kind": check(text_cell, cells, "kind", kind_of),
        "country": check(
            text_cell,
            cells,
            "country",
            lambda v: limited(v, MAX_COUNTRY, sentence("country"), "country"),
        ),
        "title": check(
            text_cell, cells, "title", lambda v: limited(v, MAX_OFFICE, sentence("office"), "title")
        ),
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
        ctx.session.add(new_record(Actor, actor_id, defaults, values))
        return "added"
    return "updated" if assign(actor, values) else "unchanged"


# Sources ----------------------------------------------------------------------------------


def import_source(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``sources.csv``; a new text must still hold every quote taken from it."""
    source_id, source = identified(ctx, row, cells, Source)

    def url_of(value: str) -> str | None:
        try:
            return clean_url(value)
        except ValidationError as error:
            raise error.for_field("url") from None

    def ref_of(value: str) -> str | None:
        return one_line(value, REF, "ref", 100, required=False) or None

    check = RowCheck()
    values: dict[str, object] = {
        "ref": check(text_cell, cells, "ref", ref_of),
        "title": check(
            text_cell,
            cells,
            "title",
            lambda v: one_line(v, TITLE, "title", MAX_SOURCE_TITLE, required=True),
        ),
        "publisher": check(
            text_cell,
            cells,
            "publisher",
            lambda v: one_line(v, PUBLISHER, "publisher", MAX_PUBLISHER, required=False),
        ),
        "url": check(text_cell, cells, "url", url_of),
        "published": check(cell.fuzzy_date, cells, "published", ctx.today),
        "date_note": check(text_cell, cells, "date_note", str.strip),
        "text": check(text_cell, cells, "text", clean_text),
        "language": check(text_cell, cells, "language", clean_language),
    }
    check.done()
    if source is None:
        needs(values["title"], "title", sentence("source"))
    own_id = source.id if source is not None else None
    if isinstance(values["url"], str):
        try:
            check_url_free(ctx.session, values["url"], own_id)
        except ConflictError as error:
            raise ValidationError(message_of(error), field="url") from None
    if isinstance(values["ref"], str):
        other = ctx.session.scalar(
            select(Source.id).where(Source.ref == values["ref"], Source.id != own_id)
        )
        if other is not None:
            raise ValidationError(
                sentence(
                    "Source {source_id} already has the ref {ref}.",
                    source_id=other,
                    ref=quoted(values["ref"]),
                ),
                field="ref",
            )
    if source is None:
        defaults = {"publisher": "", "date_note": "", "text": "", "language": ""}
        ctx.session.add(new_record(Source, source_id, defaults, values))
        return "added"
    new_text = values["text"]
    if isinstance(new_text, str) and new_text != source.text:
        try:
            ctx.item_ids |= reanchor(ctx.session, source, new_text)
        except ValidationError as error:
            raise error.for_field("text") from None
    return "updated" if assign(source, values) else "unchanged"


# Evidence ---------------------------------------------------------------------------------


def import_evidence(ctx: ImportContext, row: int, cells: Cells) -> Outcome:
    """One row of ``evidence.csv``: the quote must be in its source's text (when stored)."""
    evidence_id, evidence = identified(ctx, row, cells, Evidence)
    item = item_of(ctx, cells, evidence, "evidence")
    if evidence is None:
        needs(cell.text(cells, "source_id"), "source_id", sentence("piece of evidence"))
        needs(cell.text(cells, "quote"), "quote", sentence("piece of evidence"))
    source_id = cell.record_id(cells, "source_id", sentence("source id"))
    if source_id is None:
        raise ValidationError(sentence("The source_id cannot be empty."), field="source_id")
    named = reference(ctx, Source, source_id, "source_id", sentence("source"))
    source: Source = named or evidence.source  # type: ignore[union-attr]
    follow_up_id = cell.record_id(cells, "follow_up_id", sentence("follow-up id"))
    follow_up = reference(ctx, FollowUp, follow_up_id, "follow_up_id", sentence("follow-up"))
    if follow_up is not None and follow_up.item_id != item.id:
        raise ValidationError(
            sentence(
                "Follow-up {follow_up_id} is on item {owner_id}, not item {item_id}.",
                follow_up_id=follow_up.id,
                owner_id=follow_up.item_id,
                item_id=item.id,
            ),
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
            sentence(
                "This quote is already evidence {evidence_id} for item {item_id}.",
                evidence_id=duplicate,
                item_id=item.id,
            ),
            field="quote",
        )
    ctx.item_ids.add(item.id)
    if evidence is None:
        ctx.session.add(new_record(Evidence, evidence_id, {"item_id": item.id}, values))
        return "added"
    return "updated" if assign(evidence, values) else "unchanged"


def _place(
    source: Source, quote: str, start: object, end: object
) -> tuple[str, int | None, int | None]:
    """The quote as its source has it, with offsets: as given when they hold the quote."""
    if not quote.strip():
        raise ValidationError(sentence("The quote cannot be empty."), field="quote")
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
    link_id, link = identified(ctx, row, cells, Link)
    item_id = sentence("item id")
    ends = {column: cell.record_id(cells, column, item_id) for column in ("from_id", "to_id")}
    for column, value in ends.items():
        if link is None:
            needs(value, column, sentence("link"))
        elif isinstance(value, int) and value != getattr(link, column):
            raise ValidationError(
                sentence(
                    "Link {link_id} joins items {from_id} and {to_id}; a link cannot "
                    "be moved (empty its id to add a new one).",
                    link_id=link.id,
                    from_id=link.from_id,
                    to_id=link.to_id,
                ),
                field=column,
            )
        reference(ctx, Item, value, column, sentence("item"))

    def type_of(value: str) -> str:
        try:
            return check_link_type(value)
        except ValidationError as error:
            raise error.for_field("type") from None

    link_type = text_cell(cells, "type", type_of)
    if link is None:
        needs(link_type, "type", sentence("link"))
    from_id = link.from_id if link is not None else ends["from_id"]
    to_id = link.to_id if link is not None else ends["to_id"]
    if from_id == to_id:
        raise ValidationError(sentence("An item cannot be linked to itself."), field="to_id")
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
            sentence(
                "Item {from_id} already {link_type} item {to_id} (link {link_id}).",
                from_id=from_id,
                link_type=final_type,
                to_id=to_id,
                link_id=duplicate,
            ),
            field="type",
        )
    values = {"type": link_type, "note": text_cell(cells, "note", str.strip)}
    ctx.item_ids |= {v for v in (from_id, to_id) if isinstance(v, int)}
    if link is None:
        defaults = {"from_id": from_id, "to_id": to_id, "note": ""}
        ctx.session.add(new_record(Link, link_id, defaults, values))
        return "added"
    return "updated" if assign(link, values) else "unchanged"
