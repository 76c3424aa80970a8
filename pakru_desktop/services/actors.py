"""Actors as records of their own: read one with its items, edit, delete, merge, unmerge.

A merge is undone exactly: ``merge_actors`` returns an ``ActorMerge`` that says which
participations moved, which duplicates were dropped and what the kept actor looked like
before, and ``unmerge_actors`` puts all of it back (same ids) unless something changed
since. Participations are moved through the ORM, as a change of the item's participant
list, so every merge and unmerge shows in the items' field history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError, sentence
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.domain.vocabulary import Kind, check_actor_kind
from pakru_desktop.services.convert import actor_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.records import ActorRecord, Changes
from pakru_desktop.store.models import Actor, Item, Participation

MAX_NAME = 200
MAX_COUNTRY = 100
MAX_TITLE = 200


@dataclass(frozen=True)
class ActorItem:
    """One part an actor plays in an item: the item, shortly, and the role."""

    item_id: int
    kind: Kind
    title: str
    date: FuzzyDate
    role: str


@dataclass(frozen=True)
class ActorDetail:
    """An actor with every item it takes part in (date order; one line per role)."""

    actor: ActorRecord
    items: tuple[ActorItem, ...] = ()

    @property
    def id(self) -> int:
        """The actor's id."""
        return self.actor.id

    @property
    def item_count(self) -> int:
        """How many distinct items the actor takes part in."""
        return len({entry.item_id for entry in self.items})


@dataclass(frozen=True)
class ActorPatch:
    """Fields to change on an actor; None leaves a field as it is.

    ``aliases`` replaces the whole list (an empty sequence clears it).
    """

    name: str | None = None
    kind: str | None = None
    country: str | None = None
    title: str | None = None
    aliases: Sequence[str] | None = None


def patch_restoring(record: ActorRecord) -> ActorPatch:
    """A patch that puts every field back as it is in ``record`` (for undo)."""
    return ActorPatch(record.name, record.kind, record.country, record.title, record.aliases)


@dataclass(frozen=True)
class ActorResult:
    """The actor as it is after a change, and what the change touched."""

    actor: ActorDetail
    changes: Changes


@dataclass(frozen=True)
class MovedPart:
    """A participation a merge moved or dropped: its id, item and role."""

    id: int
    item_id: int
    role: str


@dataclass(frozen=True)
class ActorMerge:
    """What a merge did, in enough detail to undo it exactly (see ``unmerge_actors``)."""

    kept_before: ActorRecord
    kept_after: ActorRecord
    removed: ActorRecord
    moved: tuple[MovedPart, ...]
    # The removed actor's parts the kept actor already had (same item and role).
    dropped: tuple[MovedPart, ...]
    changes: Changes

    @property
    def added_aliases(self) -> tuple[str, ...]:
        """Names the kept actor gained as aliases."""
        return tuple(a for a in self.kept_after.aliases if a not in self.kept_before.aliases)


# Validation ------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.split())


def limited(value: str, limit: int, what: str, field: str) -> str:
    """``value`` with spaces tidied; refused when longer than ``limit``."""
    cleaned = _clean(value)
    if len(cleaned) > limit:
        raise ValidationError(
            sentence(
                "The {what} is {length} characters; keep it under {limit}.",
                what=what,
                length=len(cleaned),
                limit=limit,
            ),
            field=field,
        )
    return cleaned


def clean_aliases(aliases: Iterable[str], name: str) -> list[str]:
    """Aliases with spaces tidied, blanks and repeats dropped (ignoring case), never the name."""
    seen = {name.casefold()}
    cleaned: list[str] = []
    for alias in aliases:
        alias = limited(alias, MAX_NAME, sentence("alias"), "aliases")
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            cleaned.append(alias)
    return cleaned


def check_names_free(
    session: Session, actor_id: int | None, names: Iterable[str], field: str
) -> None:
    """Refuse a name or alias another actor already answers to (ignoring case)."""
    wanted = {n.casefold(): n for n in names}
    if not wanted:
        return
    # Compared in Python: case folding in any script, and aliases are a JSON list.
    for other in session.scalars(select(Actor).where(Actor.id != actor_id).order_by(Actor.id)):
        for used in (other.name, *(other.aliases or ())):
            typed = wanted.get(used.casefold())
            if typed is None:
                continue
            if used == other.name:
                message = sentence(
                    "{typed} is already name of {actor} (actor {actor_id}); "
                    "merge the two actors instead.",
                    typed=quoted(typed),
                    actor=other.name,
                    actor_id=other.id,
                )
            else:
                message = sentence(
                    "{typed} is already an alias of {actor} (actor {actor_id}); "
                    "merge the two actors instead.",
                    typed=quoted(typed),
                    actor=other.name,
                    actor_id=other.id,
                )
            raise ValidationError(message, field=field)


# Reading ---------------------------------------------------------------------------------


def load_actor(session: Session, actor_id: int) -> Actor:
    """The ORM actor with this id, or a sentence saying there is none."""
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise NotFoundError(sentence("There is no actor with id {actor_id}.", actor_id=actor_id))
    return actor


def _actor_items(session: Session, actor_id: int) -> tuple[ActorItem, ...]:
    rows = session.execute(
        select(Item, Participation.role)
        .join(Participation, Participation.item_id == Item.id)
        .where(Participation.actor_id == actor_id)
        .order_by(Item.date_start, Item.id, Participation.id)
    ).all()
    return tuple(ActorItem(i.id, Kind(i.kind), i.title, i.date, role) for i, role in rows)


def _detail(session: Session, actor: Actor) -> ActorDetail:
    return ActorDetail(actor_record(actor), _actor_items(session, actor.id))


def get_actor(db: Database, actor_id: int) -> ActorDetail:
    """One actor with the items it takes part in and its role in each."""
    with db.reading() as session:
        return _detail(session, load_actor(session, actor_id))


def _item_ids(session: Session, actor_id: int) -> frozenset[int]:
    query = select(Participation.item_id).where(Participation.actor_id == actor_id)
    return frozenset(session.scalars(query))


# Changing --------------------------------------------------------------------------------


def edit_actor(
    db: Database, actor_id: int, patch: ActorPatch, *, expected: ActorRecord | None = None
) -> ActorResult:
    """Change the fields given in ``patch``, in one transaction.

    The name must not be empty nor be another actor's name or alias (ignoring case);
    new aliases likewise. With ``expected``, refuse if the actor no longer looks like it
    (an undo must not overwrite a change made elsewhere).
    """
    with db.transaction() as session:
        actor = load_actor(session, actor_id)
        if expected is not None and actor_record(actor) != expected:
            raise ConflictError(
                sentence(
                    "{actor} (actor {actor_id}) was changed elsewhere since; "
                    "reload it and try again.",
                    actor=actor.name,
                    actor_id=actor_id,
                )
            )
        if patch.name is not None:
            name = limited(patch.name, MAX_NAME, sentence("name"), "name")
            if not name:
                raise ValidationError(sentence("The name cannot be empty."), field="name")
            if name.casefold() != actor.name.casefold():
                check_names_free(session, actor.id, [name], "name")
            actor.name = name
        if patch.kind is not None:
            try:
                actor.kind = check_actor_kind(patch.kind)
            except ValidationError as error:
                raise error.for_field("kind") from None
        if patch.country is not None:
            actor.country = limited(patch.country, MAX_COUNTRY, sentence("country"), "country")
        if patch.title is not None:
            actor.title = limited(patch.title, MAX_TITLE, sentence("office"), "title")
        old = list(actor.aliases or ())
        aliases = clean_aliases(old if patch.aliases is None else patch.aliases, actor.name)
        known = {a.casefold() for a in old}
        check_names_free(
            session, actor.id, [a for a in aliases if a.casefold() not in known], "aliases"
        )
        if aliases != old:
            actor.aliases = aliases  # a new list: JSON columns do not track changes in place
        session.flush()
        detail = _detail(session, actor)
    items = frozenset(entry.item_id for entry in detail.items)
    return ActorResult(detail, Changes(frozenset({"actors"}), items))


def delete_actor(db: Database, actor_id: int) -> ActorResult:
    """Delete an actor that takes part in no item; return it as it was (for undo)."""
    with db.transaction() as session:
        actor = load_actor(session, actor_id)
        count = len(_item_ids(session, actor_id))
        if count:
            if count == 1:
                message = sentence(
                    "{actor} takes part in {count} item; merge it into another actor "
                    "or remove it from those items first.",
                    actor=actor.name,
                    count=count,
                )
            else:
                message = sentence(
                    "{actor} takes part in {count} items; merge it into another actor "
                    "or remove it from those items first.",
                    actor=actor.name,
                    count=count,
                )
            raise ConflictError(message)
        detail = _detail(session, actor)
        session.delete(actor)
    return ActorResult(detail, Changes(frozenset({"actors"})))


def restore_actor(db: Database, record: ActorRecord) -> ActorResult:
    """Re-create a deleted actor with its id and fields (undo of ``delete_actor``)."""
    with db.transaction() as session:
        if session.get(Actor, record.id) is not None:
            raise ConflictError(
                sentence(
                    "Actor {actor_id} already exists; it cannot be restored twice.",
                    actor_id=record.id,
                )
            )
        check_names_free(session, None, [record.name, *record.aliases], "name")
        actor = _new_actor(record)
        session.add(actor)
        session.flush()
        detail = _detail(session, actor)
    return ActorResult(detail, Changes(frozenset({"actors"})))


def _new_actor(record: ActorRecord) -> Actor:
    return Actor(
        id=record.id,
        name=record.name,
        kind=record.kind,
        country=record.country,
        title=record.title,
        aliases=list(record.aliases),
    )


def _put_fields(actor: Actor, record: ActorRecord) -> None:
    actor.name, actor.kind = record.name, record.kind
    actor.country, actor.title = record.country, record.title
    if list(actor.aliases or ()) != list(record.aliases):
        actor.aliases = list(record.aliases)


# Merging ---------------------------------------------------------------------------------


def _parts(session: Session, actor_id: int) -> list[Participation]:
    return list(
        session.scalars(
            select(Participation)
            .options(selectinload(Participation.item).selectinload(Item.participants))
            .where(Participation.actor_id == actor_id)
            .order_by(Participation.id)
        )
    )


def _switch(part: Participation, actor: Actor) -> None:
    """Give ``part`` to ``actor`` as a change of its item's participant list.

    The replacement keeps the row's id, so SQLAlchemy turns the remove-and-add into one
    UPDATE (the participant order is kept) while the item still records the change.
    """
    item = part.item
    position = item.participants.index(part)
    item.participants[position] = Participation(id=part.id, actor=actor, role=part.role)


def merge_actors(db: Database, keep_id: int, other_id: int) -> ActorMerge:
    """Merge actor ``other_id`` into ``keep_id``, in one transaction.

    Participations move to the kept actor (a part it already plays in the same item is
    dropped instead), the other's name and aliases join the kept actor's aliases, its
    country and office fill the kept actor's if those are empty, and the other actor is
    deleted.
    """
    if keep_id == other_id:
        raise ValidationError(
            sentence("An actor cannot be merged with itself; choose another actor.")
        )
    with db.transaction() as session:
        keep, other = load_actor(session, keep_id), load_actor(session, other_id)
        before, removed = actor_record(keep), actor_record(other)
        held = {(p.item_id, p.role) for p in _parts(session, keep_id)}
        moved: list[MovedPart] = []
        dropped: list[MovedPart] = []
        for part in _parts(session, other_id):
            entry = MovedPart(part.id, part.item_id, part.role)
            if (part.item_id, part.role) in held:
                dropped.append(entry)
                part.item.participants.remove(part)  # delete-orphan removes the row
            else:
                moved.append(entry)
                _switch(part, keep)
        keep.aliases = clean_aliases(
            [*(keep.aliases or ()), other.name, *(other.aliases or ())], keep.name
        )
        keep.country = keep.country or other.country
        keep.title = keep.title or other.title
        session.flush()  # the participations leave the other actor before it is deleted
        session.delete(other)
        session.flush()
        after = actor_record(keep)
    items = frozenset(p.item_id for p in (*moved, *dropped))
    return ActorMerge(
        before, after, removed, tuple(moved), tuple(dropped), Changes(frozenset({"actors"}), items)
    )


def unmerge_actors(db: Database, merge: ActorMerge) -> ActorResult:
    """Undo ``merge`` exactly: the removed actor comes back with its id, fields and parts.

    Refused with a sentence if the kept actor or the moved participations changed since
    the merge, or if the removed actor's id or name has been taken meanwhile.
    """
    kept, removed = merge.kept_after, merge.removed
    changed = ConflictError(
        sentence(
            "{kept} or its items changed since {removed} was merged into it; "
            "the merge was not undone.",
            kept=kept.name,
            removed=removed.name,
        )
    )
    with db.transaction() as session:
        keep = session.get(Actor, kept.id)
        if keep is None or actor_record(keep) != kept:
            raise changed
        if session.get(Actor, removed.id) is not None:
            raise ConflictError(
                sentence(
                    "Actor {actor_id} exists again; the merge of {removed} was not undone.",
                    actor_id=removed.id,
                    removed=removed.name,
                )
            )
        _put_fields(keep, merge.kept_before)
        session.flush()  # the kept actor lets go of the names before the other takes them
        check_names_free(session, None, [removed.name, *removed.aliases], "name")
        other = _new_actor(removed)
        session.add(other)
        session.flush()
        for entry in merge.moved:
            part = session.get(Participation, entry.id)
            if part is None or (part.actor_id, part.item_id, part.role) != (
                keep.id,
                entry.item_id,
                entry.role,
            ):
                raise changed
            _switch(part, other)
        for entry in merge.dropped:
            item = session.get(Item, entry.item_id)
            if item is None or session.get(Participation, entry.id) is not None:
                raise changed
            item.participants.append(Participation(id=entry.id, actor=other, role=entry.role))
        session.flush()
        detail = _detail(session, other)
    return ActorResult(detail, merge.changes)
