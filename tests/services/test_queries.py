"""Item lists (filter, sort, page) and the actor, source and follow-up lists, against the seed."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from seed_helpers import SEED, SEED_ITEMS, TODAY, source_file_text

from pakru_desktop.domain.errors import NotFoundError, ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_filter import ItemFilter, SortKey
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.items import ItemDraft, add_item
from pakru_desktop.services.queries import (
    count_items,
    get_source,
    list_actors,
    list_follow_ups,
    list_items,
    list_sources,
)

ACTOR_NAMES = {a["key"]: a["name"] for a in SEED["actors"]}


def seed_of(kind: Kind) -> list[dict]:
    return [item for item in SEED["items"] if item["kind"] == kind.value]


def current_status(item: dict) -> str:
    """The recorded status, or that of the item's latest status-changing seed follow-up."""
    changes = [f for f in SEED["follow_ups"] if f["item"] == item["key"] and f["status"]]
    changes.sort(key=lambda f: FuzzyDate.from_iso(f["date"]).start)
    return changes[-1]["status"] if changes else item["status"]


def searchable(item: dict) -> list[str]:
    people = [ACTOR_NAMES[p["actor"]] for p in item.get("participants", [])]
    return [item["title"], item.get("summary", ""), item.get("location") or "", *people]


def keys(db, ids, flt: ItemFilter, **options) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[row.id] for row in list_items(db, flt, **options)]


@pytest.mark.parametrize("kind", list(Kind))
def test_each_kind_lists_exactly_its_seed_items(db, kind) -> None:
    expected = seed_of(kind)
    assert count_items(db, ItemFilter(kind)) == len(expected)
    rows = list_items(db, ItemFilter(kind))
    assert sorted(row.title for row in rows) == sorted(item["title"] for item in expected)
    assert {row.kind for row in rows} == {kind}


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize(
    "needle", ["beijing", "KARACHI", "Tianjin, China", "Muhammad Shehbaz", "Haroon", "mou", "’s"]
)
def test_text_search_matches_title_summary_location_and_participants(db, ids, kind, needle):
    expected = {item["key"] for item in seed_of(kind) if _every_word_starts_one(needle, item)}
    flt = ItemFilter(kind, text=f"  {needle} ")
    assert set(keys(db, ids, flt)) == expected
    assert count_items(db, flt) == len(expected)


def _every_word_starts_one(needle: str, item: dict) -> bool:
    """How the list filter reads text: every word of it begins a word of the item's fields
    or of a participant's name; text with no word in it is looked for as it is."""
    texts = searchable(item)
    wanted = re.findall(r"[^\W_]+", needle.casefold())
    if not wanted:
        return any(needle.casefold() in text.casefold() for text in texts)
    present = {w for text in texts for w in re.findall(r"[^\W_]+", text.casefold())}
    return all(any(w.startswith(n) for w in present) for n in wanted)


def test_a_participant_name_alone_is_enough_to_match(db, ids) -> None:
    only_by_person = [
        item["key"]
        for item in SEED["items"]
        if "Muhammad Shehbaz" not in " ".join(searchable(item)[:3])
        and "Muhammad Shehbaz Sharif" in searchable(item)
    ]
    assert only_by_person
    for key in only_by_person:
        kind = Kind(SEED_ITEMS[key]["kind"])
        assert key in keys(db, ids, ItemFilter(kind, text="muhammad shehbaz"))


def test_percent_underscore_and_backslash_are_searched_literally(db) -> None:
    titles = ["Trade up 50% in Q1", "Trade up 500 in Q1", "snake_case", "snakeXcase", r"a\b"]
    for title in titles:
        add_item(db, ItemDraft("event", title), today=TODAY)
    # Text with words in it searches for those words (and the words they begin); text with
    # none is looked for as typed.
    for needle, wanted in [
        ("50%", ["Trade up 50% in Q1", "Trade up 500 in Q1"]),
        ("snake_case", ["snake_case"]),
        ("%", ["Trade up 50% in Q1"]),
        ("\\", [r"a\b"]),
        ("_", ["snake_case"]),
    ]:
        found = [row.title for row in list_items(db, ItemFilter(Kind.EVENT, text=needle))]
        assert found == wanted, needle  # fmt: skip


def test_text_search_finds_non_ascii_text_in_any_case(db) -> None:
    """Cyrillic names and titles are searchable as typed and ignoring case."""
    add_item(db, ItemDraft("event", "Встреча в Москве"), today=TODAY)
    for needle in ("Встреча", "встреча", "МОСКВЕ"):
        found = [row.title for row in list_items(db, ItemFilter(Kind.EVENT, text=needle))]
        assert found == ["Встреча в Москве"], needle


@pytest.mark.parametrize("kind", list(Kind))
def test_status_filter_uses_the_current_status(db, ids, kind) -> None:
    for status in {current_status(item) for item in seed_of(kind)}:
        expected = {item["key"] for item in seed_of(kind) if current_status(item) == status}
        label = status.replace("-", " ").upper()
        assert set(keys(db, ids, ItemFilter(kind, status=label))) == expected


def test_an_unknown_status_filter_is_refused(db) -> None:
    with pytest.raises(ValidationError, match="kept"):
        list_items(db, ItemFilter(Kind.EVENT, status="kept"))


@pytest.mark.parametrize("sector", ["Iron and Steel", "people_to_people", "ENERGY", "industry"])
def test_sector_filter_is_normalised(db, ids, sector) -> None:
    tag = sector.lower().replace("_", " ").replace(" ", "-")
    for kind in Kind:
        expected = {item["key"] for item in seed_of(kind) if tag in item["sectors"]}
        assert set(keys(db, ids, ItemFilter(kind, sector=sector))) == expected


@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [(dt.date(2025, 7, 10), dt.date(2025, 9, 1)), (None, dt.date(2024, 12, 31)),
     (dt.date(2025, 9, 2), None), (dt.date(2025, 5, 1), dt.date(2025, 5, 13))],
)  # fmt: skip
def test_date_range_is_inclusive_on_the_earliest_day(db, ids, date_from, date_to) -> None:
    for kind in Kind:
        expected = {
            item["key"]
            for item in seed_of(kind)
            if (date_from is None or FuzzyDate.from_iso(item["date"]).start >= date_from)
            and (date_to is None or FuzzyDate.from_iso(item["date"]).start <= date_to)
        }
        found = keys(db, ids, ItemFilter(kind, date_from=date_from, date_to=date_to))
        assert set(found) == expected


def sort_value(item: dict, key: SortKey, item_id: int) -> tuple:
    date = FuzzyDate.from_iso(item["date"])
    due = FuzzyDate.from_iso(item["due"]) if item.get("due") else None
    value = {
        SortKey.DATE: date.sort_key(),
        SortKey.TITLE: item["title"].lower(),
        SortKey.STATUS: current_status(item),
        SortKey.LOCATION: (item.get("location") or "").lower(),
        SortKey.TYPE: (item["type"] is not None, item["type"] or ""),
        SortKey.DUE: (due is not None, due.sort_key() if due else ()),
        SortKey.ID: (),
    }[key]
    return (value, item_id)


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("key", list(SortKey))
def test_sorting_by_each_key_in_both_directions(db, ids, kind, key) -> None:
    items = seed_of(kind)
    expected = [i["key"] for i in sorted(items, key=lambda i: sort_value(i, key, ids[i["key"]]))]
    assert keys(db, ids, ItemFilter(kind), sort=key) == expected
    assert keys(db, ids, ItemFilter(kind), sort=key, descending=True) == expected[::-1]


@pytest.mark.parametrize(("key", "field"), [(SortKey.DATE, "date"), (SortKey.DUE, "due")])
def test_same_earliest_day_sorts_finer_precision_first(db, key, field) -> None:
    typed = [
        "2026",
        "Q1 2026",
        "Jan 2026",
        "2026-01-01",
    ]  # coarsest first, so ids run the other way
    for text in typed:
        add_item(db, ItemDraft("project", text, **{field: text}), today=TODAY)
    flt = ItemFilter(Kind.PROJECT, text="2026")
    assert [row.title for row in list_items(db, flt, sort=key)] == typed[::-1]


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_cover_every_row_once(db, key, descending) -> None:
    flt = ItemFilter(Kind.COMMITMENT)
    whole = [row.id for row in list_items(db, flt, sort=key, descending=descending)]
    pages = [
        [row.id for row in list_items(db, flt, sort=key, descending=descending, offset=o, limit=4)]
        for o in range(0, len(whole) + 4, 4)
    ]
    assert [len(page) for page in pages[:-1]] == [4] * (len(pages) - 2) + [len(whole) % 4 or 4]
    assert pages[-1] == [] and sum(pages, []) == whole
    assert len(set(whole)) == len(whole) == count_items(db, flt)
    tail = list_items(db, flt, sort=key, descending=descending, offset=3)
    assert [row.id for row in tail] == whole[3:]


@pytest.mark.parametrize("search", ["", "russia", "MINISTER", "pakistan", "sco", "%", "zzz"])
def test_list_actors_by_name_with_search(db, search) -> None:
    expected = sorted(
        (a["name"] for a in SEED["actors"]
         if any(search.lower() in (a.get(f) or "").lower() for f in ("name", "title", "country"))),
        key=str.lower,
    )  # fmt: skip
    assert [actor.name for actor in list_actors(db, search)] == expected


def test_actor_search_ignores_case_of_non_ascii_names(db) -> None:
    add_item(db, ItemDraft("event", "Звонок", participants=["Сергей Лавров"]), today=TODAY)
    for needle in ("Лавров", "лавров", "ЛАВРОВ"):
        assert [a.name for a in list_actors(db, needle)] == ["Сергей Лавров"], needle


@pytest.mark.parametrize("search", ["", "natural allies", "urdupoint", "Beijing", "nothing-here"])
def test_list_sources_in_date_order_with_search(db, search) -> None:
    def matches(s: dict) -> bool:
        texts = [s["title"], s.get("publisher") or "", source_file_text(s["key"])]
        return any(search.lower() in text.lower() for text in texts)

    chosen = [s for s in SEED["sources"] if matches(s)]
    chosen.sort(key=lambda s: FuzzyDate.from_iso(s["published"]).start)  # stable: seed order
    assert [s.title for s in list_sources(db, search)] == [s["title"] for s in chosen]


def test_get_source_returns_its_full_text(db) -> None:
    for record in list_sources(db):
        seed = next(s for s in SEED["sources"] if s["title"] == record.title)
        source = get_source(db, record.id)
        assert source.text == source_file_text(seed["key"]) and len(source.text) > 1000
        published = FuzzyDate.from_iso(seed["published"], seed["published_inferred"])
        assert (source.published, source.date_note) == (published, seed["date_note"])
    with pytest.raises(NotFoundError):
        get_source(db, 99999)


def test_list_follow_ups_filters(db, ids) -> None:
    seeded = sorted(SEED["follow_ups"], key=lambda f: FuzzyDate.from_iso(f["date"]).start)
    assert [f.note for f in list_follow_ups(db)] == [f["note"] for f in seeded]
    for f in seeded:
        assert [r.note for r in list_follow_ups(db, item_id=ids[f["item"]])] == [f["note"]]
        if f["status"]:
            found = list_follow_ups(db, status=f["status"].upper())
            assert [r.note for r in found] == [
                g["note"] for g in seeded if g["status"] == f["status"]
            ]
    assert [r.note for r in list_follow_ups(db, search="FLAGSHIP")] == [
        f["note"] for f in seeded if "flagship" in f["note"].lower()
    ]
    assert list_follow_ups(db, search="%") == []


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_the_id_list_is_the_order_pages_are_listed_in(db, sort, descending) -> None:
    from pakru_desktop.services.queries import item_ids

    for kind in Kind:
        flt = ItemFilter(kind)
        paged = [r.id for r in list_items(db, flt, sort=sort, descending=descending)]
        assert list(item_ids(db, flt, sort=sort, descending=descending)) == paged


def test_rows_by_id_come_in_the_order_asked_and_leave_out_deleted_items(db) -> None:
    from pakru_desktop.services.items import delete_item
    from pakru_desktop.services.queries import item_rows

    rows = list_items(db, ItemFilter(Kind.COMMITMENT))
    wanted = [rows[3].id, rows[0].id, rows[5].id]
    assert [r.id for r in item_rows(db, wanted)] == wanted
    assert item_rows(db, wanted)[1] == rows[0]  # participants and sectors included
    delete_item(db, rows[0].id)
    assert [r.id for r in item_rows(db, wanted)] == [rows[3].id, rows[5].id]


@pytest.mark.parametrize("copies", [0, 1, 7, 8, 30, 700])
@pytest.mark.parametrize("descending", [False, True])
def test_a_place_in_a_sorted_list_is_found_at_any_length(db, copies, descending) -> None:
    from pakru_desktop.services.queries import item_ids, list_position

    ids = list(item_ids(db, ItemFilter(Kind.EVENT), sort=SortKey.TITLE, descending=descending))
    for probe in (ids[0], ids[len(ids) // 2], ids[-1]):
        others = [i for i in ids if i != probe]
        # Each other row repeated: a list of up to 6,000 ids, still in title order.
        long = [i for i in others for _ in range(copies)]
        expected = copies * ids.index(probe)
        place = list_position(db, long, probe, sort=SortKey.TITLE, descending=descending)
        assert place == expected, (probe, copies)


def test_a_list_of_sources_can_leave_their_texts_unread(db) -> None:
    from dataclasses import replace

    from pakru_desktop.services.queries import list_sources

    full = list_sources(db)
    short = list_sources(db, with_text=False)
    assert any(s.text for s in full) and all(s.text == "" for s in short)
    assert short == [replace(s, text="") for s in full]


@pytest.mark.parametrize("search", ["", "Putin", "Russia", "no such actor"])
def test_actor_and_source_id_lists_are_the_listed_order(db, search) -> None:
    from pakru_desktop.services.queries import (
        actor_ids,
        actors_by_id,
        list_actors,
        list_sources,
        source_ids,
        sources_by_id,
    )

    actors = list_actors(db, search)
    assert list(actor_ids(db, search)) == [a.id for a in actors]
    assert sorted(actors_by_id(db, [a.id for a in actors]), key=actors.index) == actors
    sources = list_sources(db, search, with_text=False)
    assert list(source_ids(db, search)) == [s.id for s in sources]
    assert sorted(sources_by_id(db, [s.id for s in sources]), key=sources.index) == sources
