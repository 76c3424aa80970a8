"""Load the hand-curated seed dataset (``resources/seed.json``) into a session.

The JSON names records by keys (``"shehbaz-sharif"``, ``"000"``) rather than
ids, so the file can be edited by hand; this loader turns keys into rows and
checks that every quote sits at its offsets in its source text.

The file carries ``"seed_version"`` (a file without it is version 1). Earlier
versions ship frozen beside it as ``seed-<version>.json`` so that
``seed_upgrade`` can tell which records of a database still hold what an older
seed said; this loader reads every version. Dates are ISO strings of their
precision with an optional ``<field>_end`` for a span and ``<field>_inferred``;
follow-ups may carry ``evidence`` lists like items.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.resource_files import read_text
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
from pakru_desktop.store.schema_version import SEED_VERSION, SEED_VERSION_KEY
from pakru_desktop.store.status import refresh_status

SEED_FILE = "seed.json"


def seed_file(version: int) -> str:
    """The resource file holding seed ``version`` (the current one, or a frozen older one)."""
    return SEED_FILE if version == SEED_VERSION else f"seed-{version}.json"


def read_seed(file_name: str = SEED_FILE) -> dict[str, Any]:
    """A seed dataset as parsed JSON (the current one unless another file is named)."""
    data: dict[str, Any] = json.loads(read_text(file_name))
    return data


def dataset_version(data: dict[str, Any]) -> int:
    """The version a parsed seed file declares; files from before versioning are 1."""
    return int(data.get("seed_version", 1))


def source_text(file_name: str) -> str:
    """The full text of a seed source, exactly as shipped."""
    return read_text("sources", file_name)


def record_date(record: dict[str, Any], field: str = "date") -> FuzzyDate | None:
    """The fuzzy date stored under ``field`` (with ``field_end``, ``field_inferred``), or None."""
    if not record.get(field):
        return None
    inferred = bool(record.get(f"{field}_inferred", False))
    date = FuzzyDate.from_iso(record[field], inferred=inferred)
    if record.get(f"{field}_end"):
        date = date.spanning(FuzzyDate.from_iso(record[f"{field}_end"], inferred=inferred))
    return date


def stored_seed_version(session: Session) -> int | None:
    """The seed version recorded in the database, or None when none was recorded."""
    value = session.scalar(select(AppMeta.value).where(AppMeta.key == SEED_VERSION_KEY))
    return int(value) if value else None


def record_seed_version(session: Session, version: int) -> None:
    """Record in ``app_meta`` that the database's seed records are at ``version``."""
    meta = session.get(AppMeta, SEED_VERSION_KEY)
    if meta is None:
        session.add(AppMeta(key=SEED_VERSION_KEY, value=str(version)))
    else:
        meta.value = str(version)


def load_seed(session: Session, data: dict[str, Any] | None = None) -> None:
    """Add every source, actor, item, follow-up and link of the dataset to ``session``.

    A dataset that declares its version (2 onwards) records it in ``app_meta``.
    """
    data = read_seed() if data is None else data
    sources = {s["key"]: new_source(s) for s in data["sources"]}
    actors = {a["key"]: new_actor(a) for a in data["actors"]}
    session.add_all([*sources.values(), *actors.values()])
    items: dict[str, Item] = {}
    for record in data["items"]:
        items[record["key"]] = item = new_item(record, actors, sources)
        session.add(item)
    session.flush()
    for record in data["follow_ups"]:
        session.add(new_follow_up(record, items[record["item"]], sources))
    for record in data["links"]:
        session.add(new_link(record, items))
    session.flush()
    for item in items.values():
        refresh_status(session, item)
    if "seed_version" in data:
        record_seed_version(session, dataset_version(data))


def source_values(record: dict[str, Any]) -> dict[str, Any]:
    """The editable fields of a source as its seed record gives them."""
    return {
        "title": record["title"],
        "publisher": record.get("publisher") or "",
        "url": record.get("url"),
        "published": record_date(record, "published"),
        "date_note": record.get("date_note", ""),
        "language": record.get("language") or "",
    }


def actor_values(record: dict[str, Any]) -> dict[str, Any]:
    """The fields of an actor as its seed record gives them."""
    return {
        "name": record["name"],
        "kind": record["kind"],
        "country": record.get("country") or "",
        "title": record.get("title") or "",
        "aliases": list(record.get("aliases", [])),
    }


def item_values(record: dict[str, Any]) -> dict[str, Any]:
    """The editable fields of an item as its seed record gives them (``status`` is the base)."""
    return {
        "type": record.get("type"),
        "title": record["title"],
        "summary": record.get("summary", ""),
        "date": record_date(record, "date"),
        "due": record_date(record, "due"),
        "base_status": record["status"],
        "location": record.get("location") or "",
    }


def new_source(record: dict[str, Any]) -> Source:
    """A source row from its seed record, with the shipped text of its file."""
    ref = record["file"].removesuffix(".txt")
    return Source(ref=ref, text=source_text(record["file"]), **source_values(record))


def new_actor(record: dict[str, Any]) -> Actor:
    """An actor row from its seed record."""
    return Actor(**actor_values(record))


def new_item(record: dict[str, Any], actors: dict[str, Actor], sources: dict[str, Source]) -> Item:
    """An item row with its sectors, participants and quotes, from its seed record."""
    item = Item(kind=record["kind"], status=record["status"], **item_values(record))
    item.sectors = [ItemSector(sector=s) for s in record.get("sectors", [])]
    item.participants = [
        Participation(actor=actors[p["actor"]], role=p["role"])
        for p in record.get("participants", [])
    ]
    for quote in record["evidence"]:
        item.evidence.append(new_evidence(quote, sources, record["key"]))
    return item


def new_follow_up(record: dict[str, Any], item: Item, sources: dict[str, Source]) -> FollowUp:
    """A follow-up row of ``item`` with its quotes, from its seed record."""
    follow_up = FollowUp(
        item=item,
        date=record_date(record, "date"),
        note=record["note"],
        new_status=record.get("status"),
        source=sources[record["source"]] if record.get("source") else None,
    )
    for quote in record.get("evidence", []):
        evidence = new_evidence(quote, sources, f"a follow-up of {record['item']}")
        # Forward appends: SQLAlchemy 2 cascades into the session only along them.
        follow_up.evidence.append(evidence)
        item.evidence.append(evidence)
    return follow_up


def new_link(record: dict[str, Any], items: dict[str, Item]) -> Link:
    """A link row between two items that already have ids."""
    return Link(
        from_id=items[record["from"]].id,
        to_id=items[record["to"]].id,
        type=record["type"],
        note=record.get("note", ""),
    )


def new_evidence(quote: dict[str, Any], sources: dict[str, Source], owner: str) -> Evidence:
    """An evidence row, refused unless the quote sits exactly at its offsets in its source."""
    source = sources[quote["source"]]
    if source.text[quote["start"] : quote["end"]] != quote["quote"]:
        raise ValidationError(
            f"Seed quote for '{owner}' is not at {quote['start']}–{quote['end']} "
            f"in source {quote['source']}."
        )
    return Evidence(source=source, quote=quote["quote"], start=quote["start"], end=quote["end"])
