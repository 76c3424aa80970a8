"""The seed dataset read straight from its JSON file, for the service tests.

Expectations are derived from ``resources/seed.json`` (not from the app's loader), and
seed keys are mapped to database ids through the services by the items' unique titles.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import Database
from pakru_desktop.services.items import get_item
from pakru_desktop.services.queries import (
    list_actors,
    list_follow_ups,
    list_items,
    list_sources,
)
from pakru_desktop.store.models import Source

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SEED: dict[str, Any] = json.loads((RESOURCES / "seed.json").read_text(encoding="utf-8"))
SEED_ITEMS: dict[str, dict[str, Any]] = {item["key"]: item for item in SEED["items"]}
TODAY = dt.date(2025, 9, 2)


def seed_quote_count(item_keys: object = None) -> int:
    """How many quotes the seed gives the items with these keys (every item if None),
    counting those on the items' follow-ups too."""
    keys = set(SEED_ITEMS) if item_keys is None else set(item_keys)  # type: ignore[arg-type]
    on_items = sum(len(SEED_ITEMS[k]["evidence"]) for k in keys)
    on_follow_ups = sum(len(f.get("evidence", [])) for f in SEED["follow_ups"] if f["item"] in keys)
    return on_items + on_follow_ups


def source_file_text(key: str) -> str:
    """The shipped full text of the seed source with this key."""
    record = next(s for s in SEED["sources"] if s["key"] == key)
    return (RESOURCES / "sources" / record["file"]).read_text(encoding="utf-8")


def all_item_ids(db: Database) -> set[int]:
    """Every item id in the database, across the four kinds."""
    return {row.id for kind in Kind for row in list_items(db, ItemFilter(kind))}


def all_link_ids(db: Database) -> set[int]:
    """Every link id, collected from the items at both ends."""
    return {link.id for item_id in all_item_ids(db) for link in get_item(db, item_id).links}


def snapshot(db: Database) -> tuple[Any, ...]:
    """Everything the services can show, to check that a refused change wrote nothing."""
    details = {item_id: get_item(db, item_id) for item_id in sorted(all_item_ids(db))}
    return details, list_actors(db), list_sources(db), list_follow_ups(db)


def give_source_url(db: Database, key: str, url: str) -> int:
    """Set up a seed source with a URL (seed sources ship without one); return its id.

    The services cannot set a source's URL yet, so this precondition is written straight
    into the real database.
    """
    ref = next(s for s in SEED["sources"] if s["key"] == key)["file"].removesuffix(".txt")
    with db.transaction() as session:
        source = session.scalars(select(Source).where(Source.ref == ref)).one()
        source.url = url
        return source.id
