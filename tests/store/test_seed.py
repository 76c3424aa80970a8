"""The seed dataset: verbatim quotes at their offsets, complete references, loaded as shipped."""

from __future__ import annotations

import json

import pytest

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import (
    ACTOR_KINDS,
    LINK_TYPES,
    ROLES,
    STATUSES,
    TYPES,
    Kind,
)
from pakru_desktop.resource_files import read_text
from pakru_desktop.services.items import get_item
from pakru_desktop.services.queries import count_items, list_actors, list_items, list_sources

SEED = json.loads(read_text("seed.json"))
SOURCES = {s["key"]: s for s in SEED["sources"]}
ITEMS = {i["key"]: i for i in SEED["items"]}


def _quotes():
    for item in SEED["items"]:
        for n, quote in enumerate(item["evidence"]):
            yield pytest.param(item["key"], quote, id=f"{item['key']}-{n}")


@pytest.mark.parametrize(("item_key", "quote"), list(_quotes()))
def test_every_quote_sits_at_its_offsets_in_its_source(item_key, quote):
    text = read_text("sources", SOURCES[quote["source"]]["file"])
    assert text[quote["start"] : quote["end"]] == quote["quote"], item_key


def test_every_item_has_evidence_and_valid_codes():
    for item in SEED["items"]:
        kind = Kind(item["kind"])
        assert item["evidence"], item["key"]
        assert item["status"] in {t.code for t in STATUSES[kind]}, item["key"]
        if item.get("type"):
            assert item["type"] in {t.code for t in TYPES[kind]}, item["key"]
        FuzzyDate.from_iso(item["date"])
        if item.get("due"):
            FuzzyDate.from_iso(item["due"])
        for part in item["participants"]:
            assert part["role"] in {t.code for t in ROLES}


def test_references_between_records_resolve():
    actors = {a["key"] for a in SEED["actors"]}
    assert all(a["kind"] in {t.code for t in ACTOR_KINDS} for a in SEED["actors"])
    for item in SEED["items"]:
        assert {p["actor"] for p in item["participants"]} <= actors
    for follow_up in SEED["follow_ups"]:
        assert follow_up["item"] in ITEMS
        assert follow_up.get("source") in (None, *SOURCES)
    for link in SEED["links"]:
        assert link["from"] in ITEMS and link["to"] in ITEMS
        assert link["type"] in {t.code for t in LINK_TYPES}


def test_every_kind_and_article_is_represented():
    kinds = {item["kind"] for item in SEED["items"]}
    assert kinds == {k.value for k in Kind}
    cited = {q["source"] for item in SEED["items"] for q in item["evidence"]}
    assert cited == set(SOURCES)


def test_the_undated_article_says_how_its_date_was_established():
    undated = [s for s in SEED["sources"] if s.get("published_inferred")]
    assert undated, "one article carries no date of its own"
    assert all(len(s["date_note"]) > 40 for s in undated)


def test_a_new_database_holds_the_whole_dataset(db):
    for kind in Kind:
        expected = sum(1 for item in SEED["items"] if item["kind"] == kind.value)
        assert count_items(db, ItemFilter(kind)) == expected
    assert len(list_actors(db)) == len(SEED["actors"])
    sources = list_sources(db)
    assert sorted(s.text for s in sources) == sorted(
        read_text("sources", s["file"]) for s in SEED["sources"]
    )


def test_loaded_items_keep_dates_quotes_and_links(db):
    rows = {r.title: r for kind in Kind for r in list_items(db, ItemFilter(kind))}
    for record in SEED["items"]:
        row = rows[record["title"]]
        assert row.date == FuzzyDate.from_iso(record["date"], record.get("date_inferred", False))
        detail = get_item(db, row.id)
        assert [e.quote for e in detail.evidence] == [q["quote"] for q in record["evidence"]]
    linked = sum(len(get_item(db, r.id).links) for r in rows.values())
    assert linked == 2 * len(SEED["links"])  # each link is seen from both ends


def test_status_follows_the_latest_status_changing_follow_up(db):
    for follow_up in SEED["follow_ups"]:
        if not follow_up.get("status"):
            continue
        title = ITEMS[follow_up["item"]]["title"]
        kind = Kind(ITEMS[follow_up["item"]]["kind"])
        (row,) = [r for r in list_items(db, ItemFilter(kind)) if r.title == title]
        assert row.status == follow_up["status"]
