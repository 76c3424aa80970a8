"""Load the hand-curated seed dataset (``resources/seed.json``) into a session.

The JSON names records by keys (``"shehbaz-sharif"``, ``"000"``) rather than
ids, so the file can be edited by hand; this loader turns keys into rows and
checks that every quote sits at its offsets in its source text.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.resource_files import read_text
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
from pakru_desktop.store.status import refresh_status

SEED_FILE = "seed.json"


def read_seed() -> dict[str, Any]:
    """The seed dataset as parsed JSON."""
    data: dict[str, Any] = json.loads(read_text(SEED_FILE))
    return data


def source_text(file_name: str) -> str:
    """The full text of a seed source, exactly as shipped."""
    return read_text("sources", file_name)


def load_seed(session: Session, data: dict[str, Any] | None = None) -> None:
    """Add every source, actor, item, follow-up and link of the dataset to ``session``."""
    data = read_seed() if data is None else data
    sources = {s["key"]: _source(s) for s in data["sources"]}
    actors = {a["key"]: _actor(a) for a in data["actors"]}
    session.add_all([*sources.values(), *actors.values()])
    items: dict[str, Item] = {}
    for record in data["items"]:
        items[record["key"]] = item = _item(record, actors, sources)
        session.add(item)
    session.flush()
    for record in data["follow_ups"]:
        date = FuzzyDate.from_iso(record["date"], inferred=record.get("date_inferred", False))
        source = sources[record["source"]] if record.get("source") else None
        session.add(
            FollowUp(
                item=items[record["item"]],
                date=date,
                note=record["note"],
                new_status=record.get("status"),
                source=source,
            )
        )
    for record in data["links"]:
        session.add(
            Link(
                from_id=items[record["from"]].id,
                to_id=items[record["to"]].id,
                type=record["type"],
                note=record.get("note", ""),
            )
        )
    session.flush()
    for item in items.values():
        refresh_status(session, item)


def _source(record: dict[str, Any]) -> Source:
    published = (
        FuzzyDate.from_iso(record["published"], inferred=record.get("published_inferred", False))
        if record.get("published")
        else None
    )
    return Source(
        ref=record["file"].removesuffix(".txt"),
        title=record["title"],
        publisher=record.get("publisher") or "",
        url=record.get("url"),
        published=published,
        date_note=record.get("date_note", ""),
        text=source_text(record["file"]),
    )


def _actor(record: dict[str, Any]) -> Actor:
    return Actor(
        name=record["name"],
        kind=record["kind"],
        country=record.get("country") or "",
        title=record.get("title") or "",
        aliases=list(record.get("aliases", [])),
    )


def _item(record: dict[str, Any], actors: dict[str, Actor], sources: dict[str, Source]) -> Item:
    date = FuzzyDate.from_iso(record["date"], inferred=record.get("date_inferred", False))
    due = (
        FuzzyDate.from_iso(record["due"], inferred=record.get("due_inferred", False))
        if record.get("due")
        else None
    )
    item = Item(
        kind=record["kind"],
        type=record.get("type"),
        title=record["title"],
        summary=record.get("summary", ""),
        date=date,
        due=due,
        base_status=record["status"],
        status=record["status"],
        location=record.get("location") or "",
    )
    item.sectors = [ItemSector(sector=s) for s in record.get("sectors", [])]
    item.participants = [
        Participation(actor=actors[p["actor"]], role=p["role"])
        for p in record.get("participants", [])
    ]
    for quote in record["evidence"]:
        source = sources[quote["source"]]
        if source.text[quote["start"] : quote["end"]] != quote["quote"]:
            raise ValidationError(
                f"Seed quote for '{record['key']}' is not at {quote['start']}–{quote['end']} "
                f"in source {quote['source']}."
            )
        item.evidence.append(
            Evidence(source=source, quote=quote["quote"], start=quote["start"], end=quote["end"])
        )
    return item
