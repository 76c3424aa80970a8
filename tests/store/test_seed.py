"""The seed dataset: verbatim quotes at their offsets, complete references, loaded as shipped,
and the readings of the three articles that an analyst relies on."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, func, select

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
from pakru_desktop.store.models import AppMeta, Evidence, FollowUp, Item
from pakru_desktop.store.seed import SEED_VERSION, dataset_version, load_seed, source_text

SEED = json.loads(read_text("seed.json"))
SEED_1 = json.loads(read_text("seed-1.json"))
SOURCES = {s["key"]: s for s in SEED["sources"]}
ITEMS = {i["key"]: i for i in SEED["items"]}
ACTORS = {a["key"]: a for a in SEED["actors"]}


def _quotes(data: dict, label: str):
    for item in data["items"]:
        for n, quote in enumerate(item["evidence"]):
            yield pytest.param(data, quote, id=f"{label}-{item['key']}-{n}")
    for f, follow_up in enumerate(data["follow_ups"]):
        for n, quote in enumerate(follow_up.get("evidence", [])):
            yield pytest.param(data, quote, id=f"{label}-follow-up-{f}-{n}")


@pytest.mark.parametrize(("data", "quote"), [*_quotes(SEED, "seed"), *_quotes(SEED_1, "seed-1")])
def test_every_quote_sits_at_its_offsets_in_its_source(data, quote):
    files = {s["key"]: s["file"] for s in data["sources"]}
    # The text exactly as the loader reads it: offsets index into this string.
    text = source_text(files[quote["source"]])
    assert text[quote["start"] : quote["end"]] == quote["quote"]
    assert quote["quote"].strip() == quote["quote"] and quote["quote"]


def test_the_file_declares_the_version_the_code_expects():
    assert dataset_version(SEED) == SEED_VERSION == 2
    assert dataset_version(SEED_1) == 1  # frozen: the dataset databases were first built from


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
    for follow_up in SEED["follow_ups"]:
        kind = Kind(ITEMS[follow_up["item"]]["kind"])
        assert follow_up["status"] in {None, *(t.code for t in STATUSES[kind])}


def test_keys_and_titles_are_unique():
    for records in (SEED["items"], SEED["actors"], SEED["sources"]):
        keys = [r["key"] for r in records]
        assert len(keys) == len(set(keys))
    titles = [(i["kind"], i["title"]) for i in SEED["items"]]
    assert len(titles) == len(set(titles))


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


# -- the readings of the articles -------------------------------------------------------------


def _links(**match) -> list[dict]:
    return [lk for lk in SEED["links"] if all(lk[k] == v for k, v in match.items())]


def test_the_pilot_cargo_train_is_only_proposed_with_its_planned_launch_as_due():
    train = ITEMS["project-pilot-cargo-train-2025-08"]
    assert (train["status"], train["due"], train["due_inferred"]) == ("proposed", "2025-08", False)
    assert "in August 2025" in train["evidence"][0]["quote"]


def test_project_dates_say_what_they_are():
    for item in SEED["items"]:
        if item["kind"] == "project":
            assert "Dated by" in item["summary"], item["key"]
            assert item["date_inferred"], item["key"]


def test_the_two_mous_are_separate_and_the_lavrov_meeting_points_at_the_one_its_text_names():
    overchuk_dar = ITEMS["mou-overchuk-dar-2024-09"]
    multi_sector = ITEMS["mou-multi-sector-2024"]
    assert {q["source"] for q in overchuk_dar["evidence"]} == {"004"}
    assert {q["source"] for q in multi_sector["evidence"]} == {"002"}
    assert "multi-sector MoU signed last year" in multi_sector["evidence"][0]["quote"]
    assert (multi_sector["date"], multi_sector["date_inferred"]) == ("2024", True)
    lavrov = [lk["to"] for lk in _links(**{"from": "meeting-lavrov-fatemi-2025-06-03"})]
    assert "mou-multi-sector-2024" in lavrov and "mou-overchuk-dar-2024-09" not in lavrov
    assert "separate record" in overchuk_dar["summary"]
    assert "no text says" in ITEMS["meeting-lavrov-fatemi-2025-06-03"]["summary"]


def test_the_heads_of_state_summit_is_where_and_when_the_september_reports_put_it():
    summit = ITEMS["summit-sco-heads-of-state-2025"]
    assert (summit["date"], summit["location"]) == ("2025-09-02", "Beijing")
    assert "Tianjin" not in summit["title"]
    assert "Tainjin" in summit["summary"] and "differ" in summit["summary"]
    assert {q["source"] for q in summit["evidence"]} == {"002", "004"}


def test_putins_expected_august_meeting_is_partly_kept_with_quoted_evidence():
    key = "commitment-putin-meet-shehbaz-sco-2025-08"
    (follow_up,) = [f for f in SEED["follow_ups"] if f["item"] == key]
    assert (follow_up["status"], follow_up["date"]) == ("partly-kept", "2025-09-02")
    assert "Beijing" in follow_up["note"] and "not in August in Tianjin" in follow_up["note"]
    quotes = " ".join(q["quote"] for q in follow_up["evidence"])
    assert "met in Beijing on Tuesday" in quotes
    (fulfils,) = _links(type="fulfils", to=key)
    assert fulfils["note"].startswith("Partly")


def test_the_two_invitations_are_linked_and_say_they_may_be_one():
    visit = "commitment-invitation-official-visit-russia"
    summit = "commitment-invitation-sco-hog-moscow-2025-11"
    between = _links(**{"from": summit, "to": visit}) + _links(**{"from": visit, "to": summit})
    assert [lk["type"] for lk in between] == ["mentions"]
    for key in (visit, summit):
        assert "one invitation reported twice" in ITEMS[key]["summary"]


def test_the_india_clause_stays_with_the_sentence_it_belongs_to():
    summary = ITEMS["commitment-pakistan-enhance-relations-2025-09"]["summary"]
    assert "complementary ties with Moscow, while respecting Russia’s relations with India" in (
        summary
    )
    assert "mutual cooperation, while respecting" not in summary


def test_a_commitments_location_is_where_it_was_made():
    made_at = {
        "meeting-shehbaz-putin-beijing-2025-09": "Beijing",
        "meeting-overchuk-fatemi-haroon-moscow-2025-07": "Moscow",
    }
    for link in _links(type="part-of"):
        commitment = ITEMS[link["from"]]
        if commitment["kind"] == "commitment" and link["to"] in made_at:
            assert commitment["location"] == made_at[link["to"]], link["from"]


def test_calls_made_in_a_meeting_are_commitments_of_their_own_with_their_quote():
    calls = {
        "commitment-institutional-mechanisms-2025-09": "regular engagement of the established "
        "institutional mechanisms",
        "commitment-sco-collaboration-2025-09": "collaboration in organizations such as the SCO",
        "commitment-energy-collaboration-2025-09": "sustained collaboration in energy and "
        "related sectors",
    }
    for key, words in calls.items():
        item = ITEMS[key]
        assert item["kind"] == "commitment" and item["status"] == "not-yet-rated"
        assert any(words in q["quote"] for q in item["evidence"]), key
        assert _links(**{"from": key, "type": "part-of"})


def test_the_organisations_the_articles_name_are_actors():
    names = {a["name"] for a in SEED["actors"]} | {n for a in SEED["actors"] for n in a["aliases"]}
    for name in ("Foreign Office", "PM Office Media Wing", "PID", "UN Security Council"):
        assert name in names
    texts = {key: source_text(s["file"]) for key, s in SOURCES.items()}
    assert "Foreign Office" in texts["004"] and "UN Security Council" in texts["002"]


def test_inferred_offices_and_dates_are_said_to_be_inferred():
    for key in ("visit-overchuk-pakistan-2024-09", "mou-overchuk-dar-2024-09"):
        assert "counterpart" in ITEMS[key]["summary"] and "inferred" in ITEMS[key]["summary"]


# -- the loaded database ----------------------------------------------------------------------


def test_a_new_database_holds_the_whole_dataset(db):
    for kind in Kind:
        expected = sum(1 for item in SEED["items"] if item["kind"] == kind.value)
        assert count_items(db, ItemFilter(kind)) == expected
    assert len(list_actors(db)) == len(SEED["actors"])
    sources = list_sources(db)
    assert sorted(s.text for s in sources) == sorted(
        read_text("sources", s["file"]) for s in SEED["sources"]
    )
    with db.reading() as session:
        assert session.get(AppMeta, "seed_version").value == str(SEED_VERSION)


def test_loaded_items_keep_dates_quotes_and_links(db):
    rows = {r.title: r for kind in Kind for r in list_items(db, ItemFilter(kind))}
    with db.reading() as session:
        for record in SEED["items"]:
            row = rows[record["title"]]
            assert row.date == FuzzyDate.from_iso(
                record["date"], record.get("date_inferred", False)
            )
            quotes = session.scalars(
                select(Evidence.quote)
                .where(Evidence.item_id == row.id, Evidence.follow_up_id.is_(None))
                .order_by(Evidence.id)
            ).all()
            assert quotes == [q["quote"] for q in record["evidence"]]
    linked = sum(len(get_item(db, r.id).links) for r in rows.values())
    assert linked == 2 * len(SEED["links"])  # each link is seen from both ends


def test_follow_up_quotes_are_loaded_onto_their_follow_up(db):
    with db.reading() as session:
        for record in SEED["follow_ups"]:
            item = session.scalars(
                select(Item).where(Item.title == ITEMS[record["item"]]["title"])
            ).one()
            (follow_up,) = [f for f in item.follow_ups if f.note == record["note"]]
            assert [(e.quote, e.start, e.end, e.item_id) for e in follow_up.evidence] == [
                (q["quote"], q["start"], q["end"], item.id) for q in record.get("evidence", [])
            ]


def test_status_follows_the_latest_status_changing_follow_up(db):
    for follow_up in SEED["follow_ups"]:
        if not follow_up.get("status"):
            continue
        title = ITEMS[follow_up["item"]]["title"]
        kind = Kind(ITEMS[follow_up["item"]]["kind"])
        (row,) = [r for r in list_items(db, ItemFilter(kind)) if r.title == title]
        assert row.status == follow_up["status"]


def test_the_loader_still_reads_the_first_version_and_records_no_version_for_it(empty_db):
    with empty_db.transaction() as session:
        session.execute(delete(AppMeta))
        load_seed(session, SEED_1)
    with empty_db.reading() as session:
        assert session.get(AppMeta, "seed_version") is None
        assert session.scalar(select(func.count(Item.id))) == len(SEED_1["items"])
        assert session.scalar(select(func.count(FollowUp.id))) == len(SEED_1["follow_ups"])
