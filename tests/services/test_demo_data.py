"""Generated demo data: realistic, consistent, indexed, and only into an empty database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.demo_data import fill_demo_data
from pakru_desktop.services.integrity import check_database
from pakru_desktop.services.items import ItemDraft, add_item
from pakru_desktop.services.queries import count_items
from pakru_desktop.services.search import search

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def filled(empty_db):
    fill_demo_data(empty_db, 700, seed=4, today=TODAY)
    return empty_db


def _scalar(db, sql: str):
    with db.reading() as session:
        return session.execute(text(sql)).scalar()


def test_every_kind_with_participants_quotes_and_follow_ups(filled) -> None:
    assert sum(count_items(filled, ItemFilter(kind)) for kind in Kind) == 700
    assert all(count_items(filled, ItemFilter(kind)) > 30 for kind in Kind)
    per_item = "SELECT min(n), max(n) FROM (SELECT count(p.id) AS n FROM items i LEFT JOIN"
    with filled.reading() as session:
        low, high = session.execute(
            text(per_item + " participations p ON p.item_id = i.id GROUP BY i.id) AS counts")
        ).one()
        quotes = session.execute(
            text(
                "SELECT min(n) FROM (SELECT count(e.id) AS n FROM items i LEFT JOIN evidence e"
                " ON e.item_id = i.id GROUP BY i.id) AS counts"
            )
        ).scalar()
        summary = session.execute(text("SELECT avg(length(summary)) FROM items")).scalar()
        follow_ups = session.execute(text("SELECT count(*) FROM follow_ups")).scalar()
    assert (low, high) == (1, 3) and quotes >= 1
    assert 380 <= summary <= 520  # a paragraph
    assert 1.5 * 700 <= follow_ups <= 4 * 700
    unkeyed = "SELECT count(*) FROM items WHERE title_key = '' OR location_key = ''"
    assert _scalar(filled, unkeyed) == 0


def test_quotes_are_at_their_offsets_in_article_length_sources(filled) -> None:
    with filled.reading() as session:
        rows = session.execute(
            text(
                'SELECT e.quote, e.start, e."end", s.text FROM evidence e'
                " JOIN sources s ON s.id = e.source_id"
            )
        ).all()
        shortest = session.execute(text("SELECT min(length(text)) FROM sources")).scalar()
    assert rows and all(body[start:end] == quote for quote, start, end, body in rows)
    assert shortest > 1000


def test_statuses_follow_the_latest_status_change_and_nothing_is_dated_after_today(filled):
    wrong = _scalar(
        filled,
        (
            "SELECT count(*) FROM items i WHERE i.status <> COALESCE((SELECT f.new_status FROM"
            " follow_ups f WHERE f.item_id = i.id AND f.new_status IS NOT NULL"
            " ORDER BY f.date_start DESC, f.id DESC LIMIT 1), i.base_status)"
        ),
    )
    assert wrong == 0
    assert str(_scalar(filled, "SELECT max(date_start) FROM follow_ups")) <= TODAY.isoformat()
    assert str(_scalar(filled, "SELECT max(date_start) FROM items")) <= TODAY.isoformat()


def test_the_database_checks_out_and_search_finds_old_and_new_records(filled) -> None:
    assert check_database(filled) == []
    found = {hit.kind.value for hit in search(filled, "pipeline", limit=500)}
    assert {"item", "evidence", "follow_up", "source"} <= found
    person = _scalar(filled, "SELECT name FROM actors WHERE kind = 'person' ORDER BY id LIMIT 1")
    assert any(hit.kind.value == "actor" and hit.title == person for hit in search(filled, person))
    # The index's triggers are back: what is added after the fill is found too.
    add_item(filled, ItemDraft(kind="event", title="Quokka summit", date="2026"))
    assert [hit.title for hit in search(filled, "quokka")] == ["Quokka summit"]


def test_the_same_seed_gives_the_same_records(tmp_path) -> None:
    from pakru_desktop.services.database import open_database
    from pakru_desktop.store.location import sqlite_url

    titles = []
    for name in ("a", "b"):
        db = open_database(sqlite_url(tmp_path / f"{name}.sqlite3"), seed=False)
        fill_demo_data(db, 50, seed=9, today=TODAY)
        with db.reading() as session:
            titles.append(session.execute(text("SELECT title FROM items ORDER BY id")).all())
        db.close()
    assert titles[0] == titles[1] and len(titles[0]) == 50


def test_a_database_with_records_is_refused_and_left_as_it_was(db) -> None:
    before = sum(count_items(db, ItemFilter(kind)) for kind in Kind)
    with pytest.raises(ValidationError, match="already holds records"):
        fill_demo_data(db, 10)
    assert sum(count_items(db, ItemFilter(kind)) for kind in Kind) == before


@pytest.mark.parametrize("count", [0, -1, 10**9])
def test_a_count_out_of_range_is_refused(empty_db, count) -> None:
    with pytest.raises(ValidationError, match="out of range"):
        fill_demo_data(empty_db, count)
