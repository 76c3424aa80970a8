"""Read-only queries behind every list: filtered, sorted and paged in SQL.

Filters and sorting run in the database so a list of 100,000 items is never
loaded whole; callers fetch one page at a time.
"""

from __future__ import annotations

import datetime as dt
import json
from array import array
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Date, Integer, bindparam, column, func, or_, select, text
from sqlalchemy.orm import Session, defer, selectinload

from pakru_desktop.domain.item_filter import ItemFilter, SortKey
from pakru_desktop.services.convert import actor_record, follow_up_record, source_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.item_fields import source_by_id
from pakru_desktop.services.item_rows import (
    Run,
    fetch_item_count,
    fetch_item_rows,
    fetch_rows_by_id,
)
from pakru_desktop.services.records import ActorRecord, FollowUpRecord, ItemRow, SourceRecord
from pakru_desktop.store.item_sql import (
    for_sqlite,
    select_ids,
    select_item_ids,
    select_matching,
    select_sort_values,
)
from pakru_desktop.store.models import Actor, FollowUp, Source

__all__ = ["ItemFilter", "SortKey", "count_items", "list_items"]


def session_runner(session: Session) -> Run:
    """Run ``store.item_sql`` statements in ``session`` (dates adapted for SQLite)."""
    sqlite = _on_sqlite(session)

    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        return session.execute(text(sql), for_sqlite(params) if sqlite else params).all()

    return run


def _on_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def matching_ids(flt: ItemFilter, sqlite: bool) -> Any:
    """A sub-query of the ids of items matching ``flt``, for ``Item.id.in_(...)``."""
    sql, params = select_ids(flt, sqlite)
    # Typed parameters let each dialect store dates its own way.
    binds = [
        bindparam(k, v, type_=Date if isinstance(v, dt.date) else None) for k, v in params.items()
    ]
    return text(sql).bindparams(*binds).columns(column("id", Integer))


def count_items(db: Database, flt: ItemFilter) -> int:
    """How many items match ``flt``."""
    with db.reading() as session:
        return fetch_item_count(session_runner(session), flt, sqlite=_on_sqlite(session))


def list_items(
    db: Database,
    flt: ItemFilter,
    *,
    sort: SortKey = SortKey.DATE,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[ItemRow]:
    """One page of items matching ``flt`` in the given order."""
    with db.reading() as session:
        return fetch_item_rows(
            session_runner(session),
            flt,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
            sqlite=_on_sqlite(session),
        )


def item_ids(
    db: Database, flt: ItemFilter, *, sort: SortKey = SortKey.DATE, descending: bool = False
) -> array[int]:
    """Every id of the items matching ``flt``, in list order: 8 bytes an item, so a list
    of a million holds its whole order and finds any row's position at once."""
    sql, params = select_item_ids(flt, sort, descending, sqlite=db.engine.dialect.name == "sqlite")
    with db.reading() as session:
        if _on_sqlite(session):
            # Straight from the driver's cursor: a million ids without a million Row objects.
            raw = session.connection().connection.driver_connection
            cursor = raw.execute(sql, for_sqlite(params))  # type: ignore[union-attr]
            return array("q", (row[0] for row in cursor))
        return array("q", session.execute(text(sql), params).scalars())


def matching_items(db: Database, flt: ItemFilter, ids: Collection[int]) -> set[int]:
    """Which of the items ``ids`` match ``flt`` now."""
    if not ids:
        return set()
    sql, params = select_matching(flt, sorted(ids), sqlite=db.engine.dialect.name == "sqlite")
    with db.reading() as session:
        return {row[0] for row in session_runner(session)(sql, params)}


# Rows looked at per statement while finding a place: a million ids take four statements.
_PROBES = 64


def list_position(
    db: Database, ids: Sequence[int], item_id: int, *, sort: SortKey, descending: bool
) -> int | None:
    """Where item ``item_id`` belongs in ``ids``, a list in ``sort`` order, found by cutting
    it into 64 parts a statement (four statements for a million ids) rather than by
    reading it again.

    Text compares by code point and NULL first on both back ends (migration 0007), as
    Python compares them here. None when an item of the list is gone, or ``item_id`` is.
    """
    with db.reading() as session:
        run = session_runner(session)

        def keys(of: Sequence[int]) -> dict[int, tuple[Any, ...]]:
            found = {}
            for row in run(*select_sort_values(sort, list(of))):
                # NULL sorts before any value; the id breaks ties.
                values = tuple((0,) if v is None else (1, v) for v in row[1:])
                found[row[0]] = (*values, row[0])
            return found

        wanted = keys([item_id]).get(item_id)
        if wanted is None:
            return None

        def before(key: tuple[Any, ...]) -> bool:  # does ``key`` come before the item's?
            return key > wanted if descending else key < wanted  # type: ignore[operator]

        # Everything before ``low`` comes before the item, nothing from ``high`` on does.
        low, high = 0, len(ids)
        while low < high:
            step = max((high - low) / _PROBES, 1.0)
            places = sorted({q for n in range(_PROBES) if (q := low + int(step * n)) < high})
            probed = keys([ids[n] for n in places])
            if len(probed) < len({ids[n] for n in places}):
                return None  # an item of the list is gone: read the list again
            after = next((n for n in places if not before(probed[ids[n]])), high)
            below = [n for n in places if n < after]
            low, high = (below[-1] + 1 if below else low), after
        return low


def largest_item_id(db: Database) -> int:
    """The largest item id there is: at once, from the primary key, a bound on how many
    items any list can show."""
    with db.reading() as session:
        return int(session.execute(text("SELECT max(id) FROM items")).scalar() or 0)


def item_rows(db: Database, ids: Sequence[int]) -> list[ItemRow]:
    """The items ``ids`` as list rows, in that order (ids of deleted items left out)."""
    with db.reading() as session:
        return fetch_rows_by_id(session_runner(session), ids)


def _actor_query(search: str) -> Any:
    query = select(Actor)
    if search.strip():
        needle = search.strip()
        query = query.where(
            or_(
                Actor.name.icontains(needle, autoescape=True),
                Actor.title.icontains(needle, autoescape=True),
                Actor.country.icontains(needle, autoescape=True),
            )
        )
    return query


def list_actors(
    db: Database, search: str = "", *, offset: int = 0, limit: int | None = None
) -> list[ActorRecord]:
    """Actors by name, optionally those whose name, title or country contains ``search``."""
    query = _actor_query(search).order_by(func.lower(Actor.name), Actor.id)
    with db.reading() as session:
        rows = session.scalars(query.offset(offset).limit(limit))
        return [actor_record(actor) for actor in rows]


def actor_ids(db: Database, search: str = "") -> array[int]:
    """The ids of the actors ``list_actors`` would return, in its order."""
    query = _actor_query(search).with_only_columns(Actor.id)
    return _id_array(db, query.order_by(func.lower(Actor.name), Actor.id))


def actors_by_id(db: Database, ids: Sequence[int]) -> list[ActorRecord]:
    """The actors ``ids`` (any order; those now gone left out)."""
    with db.reading() as session:
        return [actor_record(a) for a in session.scalars(select(Actor).where(Actor.id.in_(ids)))]


def count_actors(db: Database, search: str = "") -> int:
    """How many actors ``list_actors`` would return."""
    query = select(func.count()).select_from(_actor_query(search).subquery())
    with db.reading() as session:
        return session.scalar(query) or 0


def actor_names(db: Database) -> list[str]:
    """Every actor's name and alias, for completing a participant field."""
    with db.reading() as session:
        names: list[str] = []
        # Aliases as stored (JSON text): most actors have none, and decoding "[]" twenty
        # thousand times through the column type is most of the cost.
        rows = session.execute(text("SELECT name, aliases FROM actors"))
        for name, aliases in rows:
            names.append(name)
            if aliases and aliases not in ("[]", []):
                names.extend(json.loads(aliases) if isinstance(aliases, str) else aliases)
    return sorted(set(names), key=str.casefold)


# Each distinct sector found by one index seek past the one before (a "skip scan"): 14
# seeks instead of reading the 1.5 million tags a million items carry.
_SECTORS_IN_USE = text(
    "WITH RECURSIVE found(sector) AS ("
    " SELECT min(sector) FROM item_sectors"
    " UNION ALL"
    " SELECT (SELECT min(s.sector) FROM item_sectors s WHERE s.sector > found.sector)"
    " FROM found WHERE found.sector IS NOT NULL)"
    " SELECT sector FROM found WHERE sector IS NOT NULL"
)


def sectors_in_use(db: Database) -> list[str]:
    """Every sector tag some item carries, in name order."""
    with db.reading() as session:
        return sorted(session.scalars(_SECTORS_IN_USE))


def _source_query(search: str) -> Any:
    query = select(Source)
    if search.strip():
        needle = search.strip()
        query = query.where(
            or_(
                Source.title.icontains(needle, autoescape=True),
                Source.text.icontains(needle, autoescape=True),
                Source.publisher.icontains(needle, autoescape=True),
            )
        )
    return query


def list_sources(
    db: Database,
    search: str = "",
    *,
    offset: int = 0,
    limit: int | None = None,
    with_text: bool = True,
) -> list[SourceRecord]:
    """Sources by publication date, optionally those whose title or text contains ``search``.

    ``with_text=False`` leaves each record's ``text`` empty and never reads it: a list
    shows titles, and thousands of full articles need not cross into it.
    """
    query = _source_query(search).order_by(Source.published_start, Source.id)
    if not with_text:
        query = query.options(defer(Source.text, raiseload=True))
    with db.reading() as session:
        rows = session.scalars(query.offset(offset).limit(limit))
        return [source_record(source, with_text=with_text) for source in rows]



def source_ids(db: Database, search: str = "") -> array[int]:
    """The ids of the sources ``list_sources`` would return, in its order."""
    query = _source_query(search).with_only_columns(Source.id)
    return _id_array(db, query.order_by(Source.published_start, Source.id))


def _id_array(db: Database, query: Any) -> array[int]:
    """The ids ``query`` selects, through Core: no ORM bookkeeping per row."""
    with db.reading() as session:
        return array("q", (row[0] for row in session.connection().execute(query)))


def sources_by_id(db: Database, ids: Sequence[int]) -> list[SourceRecord]:
    """The sources ``ids`` without their texts (any order; those now gone left out)."""
    query = select(Source).where(Source.id.in_(ids)).options(defer(Source.text, raiseload=True))
    with db.reading() as session:
        return [source_record(s, with_text=False) for s in session.scalars(query)]


def count_sources(db: Database, search: str = "") -> int:
    """How many sources ``list_sources`` would return."""
    query = select(func.count()).select_from(_source_query(search).subquery())
    with db.reading() as session:
        return session.scalar(query) or 0


def source_choices(db: Database) -> list[tuple[int, str]]:
    """(id, label) of every source for a chooser, newest first, without loading their texts.

    The label is the title, then the publisher and publication date when known.
    """
    # The composite ``published`` column reads as one FuzzyDate, a span's end included.
    query = select(Source.id, Source.title, Source.publisher, Source.published).order_by(
        Source.published_start.desc().nulls_last(), Source.id.desc()
    )
    choices = []
    with db.reading() as session:
        for source_id, title, publisher, published in session.execute(query):
            extra = " · ".join(p for p in (publisher, published and published.display()) if p)
            choices.append((source_id, f"{title} ({extra})" if extra else title))
    return choices


def get_source(db: Database, source_id: int) -> SourceRecord:
    """One source with its full text."""
    with db.reading() as session:
        return source_record(source_by_id(session, source_id))


def list_follow_ups(
    db: Database, search: str = "", item_id: int | None = None, status: str | None = None
) -> list[FollowUpRecord]:
    """Follow-ups in date order, for one item or all, optionally filtered by text or status."""
    query = (
        select(FollowUp)
        .options(selectinload(FollowUp.item), selectinload(FollowUp.source))
        .order_by(FollowUp.date_start, FollowUp.id)
    )
    if item_id is not None:
        query = query.where(FollowUp.item_id == item_id)
    if status:
        query = query.where(FollowUp.new_status == status.strip().lower().replace("_", "-"))
    if search.strip():
        query = query.where(FollowUp.note.icontains(search.strip(), autoescape=True))
    with db.reading() as session:
        return [follow_up_record(f) for f in session.scalars(query)]
