"""Bring a database built from an older seed dataset up to the shipped one, sparing user work.

``app_meta['seed_version']`` says which seed a database's records were brought to; a
database without it predates versioning and was built from seed 1 (or empty). When it is
older than ``SEED_VERSION`` the frozen old seed (``seed-<n>.json``, the *base*) and the
current one (the *target*) are merged into the database, three-way, in the caller's one
transaction:

- Records are matched to the base by natural key: sources by ``ref``; actors by name; items
  by kind, title and date (failing that, by kind and holding every quote of the base item,
  when that picks exactly one); follow-ups by item, date and note; links by both ends and
  type. Evidence, sectors and participants are elements of their item or follow-up.
- A field (or a collection element) changes only where the database still holds the base
  value: a user's edit always wins, and a record the user edited keeps every edited field.
  Quotes, sectors and participants added by the target are added and those it dropped are
  removed, unless the user already did or undid the same.
- A base record that no longer matches anything was deleted or rewritten by the user and
  is never re-created; nor is a target record carved out of it (a new item whose linked base
  items, or the base item it was split from, are gone; a link that replaces a deleted link).
- Records new in the target are added only if the database was seeded: every base source is
  there and at least one base item. So a database created empty, or whose seed items the user
  deleted, gets nothing added; it only has its seed version recorded.
- A follow-up or link the target dropped is deleted only while it is untouched; records of
  other kinds that a target drops are left alone (seed 2 drops none).

Running it again changes nothing: the version is recorded, and even without it every change
has already been made or is recognised as a value that is no longer the base's.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.store.errors import storage_error
from pakru_desktop.store.history import WHO_KEY
from pakru_desktop.store.models import (
    Actor,
    AppMeta,
    Evidence,
    FollowUp,
    Item,
    ItemSector,
    Link,
    Participation,
    Source,
)
from pakru_desktop.store.seed import (
    SEED_VERSION,
    SEED_VERSION_KEY,
    actor_values,
    item_values,
    new_actor,
    new_evidence,
    new_follow_up,
    new_item,
    new_link,
    new_source,
    read_seed,
    record_date,
    record_seed_version,
    seed_file,
    source_values,
    stored_seed_version,
)
from pakru_desktop.store.status import refresh_status

log = logging.getLogger(__name__)

WHO = "seed dataset update"

LinkKey = tuple[str, str, str]  # (from item key, type, to item key)
Quote = tuple[int, str, int | None, int | None]  # (source id, quote, start, end)

# Seed keys are stable across versions. Target items carved out of a base item, and target
# links that replace a base link: added only while what they come from is still there.
SPLIT_FROM: dict[str, tuple[str, ...]] = {
    # Seed 1 merged the "multi-sector MoU signed last year" (002) into the Overchuk–Dar MoU.
    "mou-multi-sector-2024": ("mou-overchuk-dar-2024-09",),
}
REPLACES_LINK: dict[LinkKey, LinkKey] = {
    ("meeting-lavrov-fatemi-2025-06-03", "follows-up", "mou-multi-sector-2024"): (
        "meeting-lavrov-fatemi-2025-06-03",
        "follows-up",
        "mou-overchuk-dar-2024-09",
    ),
}

_UNKNOWN = object()  # a base value that cannot be compared (it names a record that is gone)


def apply_if_needed(engine: Engine, *, enabled: bool = True) -> bool:
    """Upgrade the seed records of ``engine``'s database in one transaction, if they are old.

    ``enabled=False`` (a caller that must not write) does nothing. Returns True if the
    database was brought to the current seed version.
    """
    if not enabled:
        return False
    try:
        with Session(engine) as session, session.begin():
            session.info[WHO_KEY] = WHO
            return upgrade_seed(session)
    except DBAPIError as error:
        raise storage_error(error) from error


def upgrade_seed(session: Session) -> bool:
    """Merge the current seed into the session's database if its seed version is older.

    Returns False (and writes nothing) when the database is already at ``SEED_VERSION`` or
    newer. Never commits: the caller's transaction holds every change.
    """
    stored = stored_seed_version(session)
    if stored is not None and stored >= SEED_VERSION:
        return False
    # Take the write lock, then read the version again: two programs opening one old
    # database at once must not both merge the seed (the second waits, then finds it done).
    session.execute(
        update(AppMeta).where(AppMeta.key == SEED_VERSION_KEY).values(value=AppMeta.value)
    )
    session.expire_all()
    stored = stored_seed_version(session)
    if stored is not None and stored >= SEED_VERSION:
        return False
    base = read_seed(seed_file(stored or 1))
    changes = _Merge(session, base, read_seed()).run()
    record_seed_version(session, SEED_VERSION)
    log.info(
        "Seed records brought from version %s to %s: %d changes", stored or 1, SEED_VERSION, changes
    )
    return True


def _date_key(date: FuzzyDate | None) -> Any:
    """A date without its inferred flag: what identifies a record, not how it was read."""
    if date is None:
        return None
    until = date.until
    return (date.start, date.precision, until and (until.start, until.precision))


class _Merge:
    """One three-way merge of a base seed, a target seed and the database."""

    def __init__(self, session: Session, base: dict[str, Any], target: dict[str, Any]) -> None:
        self.session = session
        self.base = base
        self.target = target
        self.base_items = {r["key"]: r for r in base["items"]}
        self.changes = 0
        self.sources: dict[str, Source] = {}
        self.actors: dict[str, Actor] = {}
        self.items: dict[str, Item] = {}
        self.touched: set[Item] = set()

    def run(self) -> int:
        """Apply the merge; return how many fields and records it changed."""
        self._match_sources()
        self._match_actors()
        self._match_items()
        base_refs = {r["file"].removesuffix(".txt") for r in self.base["sources"]}
        matched_refs = {s.ref for s in self.sources.values()}
        seeded = base_refs <= matched_refs and bool(self.items)
        self._merge_sources(seeded)
        self._merge_actors(seeded)
        self.session.flush()  # new sources and actors get their ids
        for key, item in list(self.items.items()):
            record = next((r for r in self.target["items"] if r["key"] == key), None)
            if record is not None:
                self._merge_item(item, self.base_items[key], record)
        if seeded:
            self._add_items()
        self.session.flush()
        self._merge_follow_ups(seeded)
        self._merge_links(seeded)
        self.session.flush()
        for item in self.touched:
            refresh_status(self.session, item)
            item.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        return self.changes

    # -- matching ----------------------------------------------------------------------------

    def _match_sources(self) -> None:
        for record in [*self.base["sources"], *self.target["sources"]]:
            ref = record["file"].removesuffix(".txt")
            source = self.session.scalar(select(Source).where(Source.ref == ref))
            if source is not None:
                self.sources[record["key"]] = source

    def _match_actors(self) -> None:
        for record in self.base["actors"]:
            actor = self.session.scalar(select(Actor).where(Actor.name == record["name"]))
            if actor is not None:
                self.actors[record["key"]] = actor

    def _match_items(self) -> None:
        claimed: set[int] = set()
        unmatched = []
        for record in self.base["items"]:
            date = record_date(record)
            assert date is not None
            rows = self.session.scalars(
                select(Item)
                .where(
                    Item.kind == record["kind"],
                    Item.title == record["title"],
                    Item.date_start == date.start,
                    Item.date_precision == date.precision.value,
                )
                .order_by(Item.id)
            )
            item = next((i for i in rows if _date_key(i.date) == _date_key(date)), None)
            if item is None or item.id in claimed:
                unmatched.append(record)
                continue
            self.items[record["key"]] = item
            claimed.add(item.id)
        for record in unmatched:
            item = self._match_by_quotes(record, claimed)
            if item is not None:
                self.items[record["key"]] = item
                claimed.add(item.id)

    def _match_by_quotes(self, record: dict[str, Any], claimed: set[int]) -> Item | None:
        """The one item of the record's kind holding all its quotes, when the seed has no twin."""
        quotes = self._quotes(record["evidence"])
        if not quotes:
            return None
        twins = [
            r
            for r in self.base["items"]
            if r["kind"] == record["kind"] and self._quotes(r["evidence"]) == quotes
        ]
        if len(twins) != 1:
            return None
        first = next(iter(quotes))
        candidates = self.session.scalars(
            select(Item)
            .join(Evidence, Evidence.item_id == Item.id)
            .where(
                Item.kind == record["kind"],
                Evidence.follow_up_id.is_(None),
                Evidence.source_id == first[0],
                Evidence.start == first[2],
                Evidence.end == first[3],
            )
            .distinct()
        ).all()
        holding = [c for c in candidates if c.id not in claimed and quotes <= _item_quotes(c)]
        return holding[0] if len(holding) == 1 else None

    def _quotes(self, records: Iterable[dict[str, Any]]) -> set[Quote] | None:
        """Seed quotes as database elements; None if one names a source that is gone."""
        if any(q["source"] not in self.sources for q in records):
            return None
        return set(self._quote_list(records))

    def _quote_list(self, records: Iterable[dict[str, Any]]) -> list[Quote]:
        """Seed quotes of sources the database holds, in order, as database elements."""
        return [
            (self.sources[q["source"]].id, q["quote"], q["start"], q["end"])
            for q in records
            if q["source"] in self.sources
        ]

    # -- sources and actors ------------------------------------------------------------------

    def _merge_sources(self, seeded: bool) -> None:
        base = {r["key"]: r for r in self.base["sources"]}
        for record in self.target["sources"]:
            source = self.sources.get(record["key"])
            if record["key"] in base and source is not None:
                self._merge_fields(
                    source, source_values(base[record["key"]]), source_values(record)
                )
            elif record["key"] not in base and source is None and seeded:
                self.sources[record["key"]] = source = new_source(record)
                self.session.add(source)
                self.changes += 1

    def _merge_actors(self, seeded: bool) -> None:
        base = {r["key"]: r for r in self.base["actors"]}
        for record in self.target["actors"]:
            actor = self.actors.get(record["key"])
            if record["key"] in base:
                if actor is not None:
                    old, new = actor_values(base[record["key"]]), actor_values(record)
                    if new["name"] != old["name"] and self._actor_named([new["name"]]):
                        new["name"] = old["name"]  # the name is taken: keep the old one
                    self._merge_fields(actor, old, new)
                continue
            # New in the target: reuse an actor the user already has under one of its names.
            existing = self._actor_named([record["name"], *record.get("aliases", [])])
            if existing is not None:
                self.actors[record["key"]] = existing
            elif seeded:
                self.actors[record["key"]] = actor = new_actor(record)
                self.session.add(actor)
                self.changes += 1

    def _actor_named(self, names: list[str]) -> Actor | None:
        return self.session.scalar(select(Actor).where(Actor.name.in_(names)).limit(1))

    # -- items -------------------------------------------------------------------------------

    def _merge_item(self, item: Item, old: dict[str, Any], new: dict[str, Any]) -> None:
        before = self.changes
        self._merge_fields(item, item_values(old), item_values(new))
        self._merge_elements(
            item.sectors,
            lambda row: row.sector,
            old.get("sectors", []),
            new.get("sectors", []),
            lambda sector: item.sectors.append(ItemSector(sector=sector)),
            item.sectors.remove,
        )
        self._merge_elements(
            item.participants,
            lambda row: (row.actor_id, row.role),
            self._parts(old),
            self._parts(new),
            lambda part: item.participants.append(
                Participation(actor=self.session.get(Actor, part[0]), role=part[1])
            ),
            item.participants.remove,
        )
        self._merge_quotes(item, None, old["evidence"], new["evidence"])
        if self.changes != before:
            self.touched.add(item)

    def _parts(self, record: dict[str, Any]) -> list[tuple[int, str]]:
        """A record's participants as (actor id, role), skipping actors the database lacks."""
        return [
            (self.actors[p["actor"]].id, p["role"])
            for p in record.get("participants", [])
            if p["actor"] in self.actors
        ]

    def _merge_quotes(
        self, item: Item, follow_up: FollowUp | None, old: list[dict], new: list[dict]
    ) -> None:
        """Add the target's new quotes and drop those it dropped, for an item or a follow-up."""
        old_quotes, new_quotes = self._quotes(old), self._quotes(new)
        if old_quotes is None or new_quotes is None:
            return
        records = dict(zip(self._quote_list(new), new, strict=True))
        if follow_up is not None:
            rows = follow_up.evidence
        else:
            rows = [e for e in item.evidence if e.follow_up_id is None and e.follow_up is None]

        def add(quote: Quote) -> None:
            evidence = new_evidence(records[quote], self.sources, item.title)
            item.evidence.append(evidence)
            if follow_up is not None:
                follow_up.evidence.append(evidence)

        def drop(row: Evidence) -> None:
            if follow_up is not None:
                follow_up.evidence.remove(row)
            item.evidence.remove(row)  # delete-orphan: the row goes at the next flush

        self._merge_elements(rows, _quote_of, self._quote_list(old), list(records), add, drop)

    def _merge_elements(
        self,
        rows: list[Any],
        key: Callable[[Any], Any],
        old: list[Any],
        new: list[Any],
        add: Callable[[Any], Any],
        drop: Callable[[Any], Any],
    ) -> None:
        """Three-way merge of a collection: add what the target added, drop what it dropped.

        An element the user already added, or already removed, is left as it is.
        """
        rows = list(rows)
        have = {key(row) for row in rows}
        for element in new:
            if element not in old and element not in have:
                add(element)
                have.add(element)
                self.changes += 1
        gone = (set(old) - set(new)) & have
        for row in [r for r in rows if key(r) in gone]:
            drop(row)
            self.changes += 1

    def _add_items(self) -> None:
        """Add target items that are new, unless what they come from was deleted."""
        for record in self.target["items"]:
            key = record["key"]
            if key in self.base_items or key in self.items:
                continue
            if not all(origin in self.items for origin in self._origins(key)):
                continue
            exists = self.session.scalar(
                select(Item.id).where(Item.kind == record["kind"], Item.title == record["title"])
            )
            if exists is not None:
                continue
            present = [p for p in record.get("participants", []) if p["actor"] in self.actors]
            item = new_item({**record, "participants": present}, self.actors, self.sources)
            self.session.add(item)
            self.items[key] = item
            self.changes += 1

    def _origins(self, key: str) -> set[str]:
        """The base items a new target item hangs on: those it links to, and its split source."""
        linked = {
            other
            for link in self.target["links"]
            for end, other in ((link["from"], link["to"]), (link["to"], link["from"]))
            if end == key and other in self.base_items
        }
        return linked | set(SPLIT_FROM.get(key, ()))

    # -- follow-ups --------------------------------------------------------------------------

    def _merge_follow_ups(self, seeded: bool) -> None:
        def pair_key(record: dict[str, Any]) -> tuple[str, Any]:
            return record["item"], _date_key(record_date(record))

        base = {pair_key(r): r for r in self.base["follow_ups"]}
        paired = set()
        for record in self.target["follow_ups"]:
            item = self.items.get(record["item"])
            if item is None:
                continue
            old = base.get(pair_key(record))
            if old is not None:
                paired.add(pair_key(record))
                row = _follow_up_of(item, old)
                if row is not None:
                    self._merge_follow_up(item, row, old, record)
            elif _follow_up_of(item, record) is None and seeded:
                self.session.add(new_follow_up(record, item, self.sources))
                self.touched.add(item)
                self.changes += 1
        for key, old in base.items():
            item = self.items.get(old["item"])
            row = _follow_up_of(item, old) if item is not None and key not in paired else None
            if row is not None and self._untouched_follow_up(row, old):
                self.session.delete(row)
                self.touched.add(row.item)
                self.changes += 1

    def _merge_follow_up(
        self, item: Item, row: FollowUp, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        before = self.changes
        self._merge_fields(row, self._follow_up_fields(old), self._follow_up_fields(new))
        self._merge_quotes(item, row, old.get("evidence", []), new.get("evidence", []))
        if self.changes != before:
            self.touched.add(item)

    def _follow_up_fields(self, record: dict[str, Any]) -> dict[str, Any]:
        source = record.get("source")
        return {
            "date": record_date(record),
            "note": record["note"],
            "new_status": record.get("status"),
            "source_id": None if not source else getattr(self.sources.get(source), "id", _UNKNOWN),
        }

    def _untouched_follow_up(self, row: FollowUp, old: dict[str, Any]) -> bool:
        fields = self._follow_up_fields(old)
        same = all(_same(getattr(row, name), value) for name, value in fields.items())
        return same and {_quote_of(e) for e in row.evidence} == self._quotes(
            old.get("evidence", [])
        )

    # -- links -------------------------------------------------------------------------------

    def _merge_links(self, seeded: bool) -> None:
        base = {_link_key(r): r for r in self.base["links"]}
        found = {key: self._link(key) for key in base}
        for record in self.target["links"]:
            key = _link_key(record)
            if key in base:
                row = found[key]
                if row is not None:
                    self._merge_fields(
                        row, {"note": base[key].get("note", "")}, {"note": record.get("note", "")}
                    )
                continue
            ends = (self.items.get(record["from"]), self.items.get(record["to"]))
            replaced = REPLACES_LINK.get(key)
            if not seeded or None in ends or self._link(key) is not None:
                continue
            if replaced is not None and found.get(replaced) is None:
                continue  # the link it replaces was deleted by the user
            self.session.add(new_link(record, self.items))
            self.changes += 1
        kept = {_link_key(r) for r in self.target["links"]}
        for key, old in base.items():
            row = found[key]
            if key not in kept and row is not None and _same(row.note, old.get("note", "")):
                self.session.delete(row)
                self.changes += 1

    def _link(self, key: LinkKey) -> Link | None:
        start, type_code, end = key
        if start not in self.items or end not in self.items:
            return None
        return self.session.scalar(
            select(Link).where(
                Link.from_id == self.items[start].id,
                Link.to_id == self.items[end].id,
                Link.type == type_code,
            )
        )

    # -- fields ------------------------------------------------------------------------------

    def _merge_fields(self, row: Any, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Set each field the target changed, where the row still holds the base value."""
        for name, value in new.items():
            base_value = old.get(name, value)
            if base_value is _UNKNOWN or value is _UNKNOWN or _same(base_value, value):
                continue
            if _same(getattr(row, name), base_value):
                setattr(row, name, value)
                self.changes += 1


def _same(a: Any, b: Any) -> bool:
    """Equal, counting None and an empty text (or list) as the same absence."""
    if isinstance(a, FuzzyDate) or isinstance(b, FuzzyDate):
        return a == b
    return (a or None) == (b or None)


def _quote_of(evidence: Evidence) -> Quote:
    return (evidence.source_id, evidence.quote, evidence.start, evidence.end)


def _item_quotes(item: Item) -> set[Quote]:
    return {_quote_of(e) for e in item.evidence if e.follow_up_id is None}


def _follow_up_of(item: Item, record: dict[str, Any]) -> FollowUp | None:
    """The item's follow-up with the record's date and note, the earliest if several."""
    date = _date_key(record_date(record))
    rows = sorted(item.follow_ups, key=lambda f: f.id or 0)
    return next((f for f in rows if _date_key(f.date) == date and f.note == record["note"]), None)


def _link_key(record: dict[str, Any]) -> LinkKey:
    return record["from"], record["type"], record["to"]
