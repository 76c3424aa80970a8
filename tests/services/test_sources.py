"""Adding, editing, deleting and restoring sources."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.services.database import Database
from pakru_desktop.services.evidence import add_evidence, remove_evidence
from pakru_desktop.services.follow_ups import add_follow_up
from pakru_desktop.services.items import ItemDraft, add_item
from pakru_desktop.services.queries import count_sources, get_source
from pakru_desktop.services.sources import (
    MAX_TEXT,
    add_source,
    clean_language,
    delete_source,
    edit_source,
    fields_of,
    get_source_detail,
    restore_source,
)
from pakru_desktop.store.models import HistoryEntry

TODAY = dt.date(2025, 11, 20)
TEXT = "MOSCOW: The 10th session of the commission opened.\n\nBoth sides signed a protocol."


def _item(db: Database, title: str = "Commission meets") -> int:
    return add_item(db, ItemDraft(kind="event", title=title, date="Nov 2025")).item.id


def test_add_source_stores_every_field(empty_db):
    result = add_source(
        empty_db,
        title="  Pakistan,  Russia hold   commission ",
        publisher="Dawn",
        url="https://www.dawn.com/news/1",
        published="Tuesday",
        language="EN-gb",
        text="\ufeff" + TEXT.replace("\n", "\r\n") + "\r\n\r\n",
        today=TODAY,
    )

    detail = get_source_detail(empty_db, result.source.id)
    record = detail.record
    assert (record.title, record.publisher, record.url) == (
        "Pakistan, Russia hold commission",
        "Dawn",
        "https://www.dawn.com/news/1",
    )
    assert record.published == FuzzyDate.of_day(dt.date(2025, 11, 18), inferred=True)
    assert detail.language == "en-GB"
    assert record.text == TEXT
    assert detail.quotes == ()
    assert result.changes.tables == frozenset({"sources"})


def test_a_title_is_required_and_empty_fields_stay_empty(empty_db):
    with pytest.raises(ValidationError, match="title cannot be empty") as caught:
        add_source(empty_db, title="   ")
    assert caught.value.field == "title"
    assert count_sources(empty_db) == 0

    record = add_source(empty_db, title="Only a title").source
    assert record.record.url is None and record.record.published is None
    assert record.language == "" and record.record.text == ""


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("title", "x" * 301, "keep it under 300"),
        ("publisher", "p" * 201, "keep it under 200"),
        ("url", "not a web address", "is not a web address"),
        ("url", "ftp://example.org/a", "is not a web address"),
        ("published", "the day after never", "Bad publication date"),
        ("language", "English (UK)", "is not a language code"),
        ("text", "x" * (MAX_TEXT + 1), "split a long document"),
    ],
)
def test_bad_fields_are_refused_with_a_sentence_naming_the_field(empty_db, field, value, words):
    values = {"title": "A source", field: value}
    with pytest.raises(ValidationError) as caught:
        add_source(empty_db, **values)
    assert words in str(caught.value)
    assert caught.value.field == field
    assert count_sources(empty_db) == 0


def test_language_names_and_codes_are_normalised():
    assert clean_language("Russian") == "ru"
    assert clean_language("ur") == "ur"
    assert clean_language("zh_hant_tw") == "zh-Hant-TW"
    assert clean_language("") == ""


def test_a_bare_address_gains_https_and_a_duplicate_is_refused(empty_db):
    first = add_source(empty_db, title="One", url="dawn.com/news/7").source
    assert first.record.url == "https://dawn.com/news/7"

    with pytest.raises(ConflictError, match=f"Source {first.id} .* already has this web address"):
        add_source(empty_db, title="Two", url="https://dawn.com/news/7")
    assert count_sources(empty_db) == 1


def test_edit_changes_only_what_is_given_and_clears_with_empty_values(empty_db):
    source_id = add_source(
        empty_db,
        title="Old",
        publisher="APP",
        url="https://app.com.pk/1",
        published="2025-11-18",
        language="en",
        text=TEXT,
    ).source.id

    edit_source(empty_db, source_id, title="New title", published="17-18 Nov 2025")
    record = get_source(empty_db, source_id)
    assert record.title == "New title" and record.publisher == "APP"
    assert record.published is not None and record.published.display() == "17–18 Nov 2025"

    edit_source(empty_db, source_id, url="", published="", language="")
    detail = get_source_detail(empty_db, source_id)
    assert detail.record.url is None and detail.record.published is None
    assert detail.language == "" and detail.record.text == TEXT


def test_edit_of_an_unknown_source_says_so(empty_db):
    with pytest.raises(NotFoundError, match="There is no source with id 99."):
        edit_source(empty_db, 99, title="x")


def test_new_text_moves_the_quotes_offsets_with_it(empty_db):
    item_id = _item(empty_db)
    source_id = add_source(empty_db, title="S", text=TEXT).source.id
    added = add_evidence(empty_db, item_id, source_id, "Both sides signed a protocol.")

    new_text = "Updated 19 Nov.\n\n" + TEXT.replace("signed a protocol", "signed  a\nprotocol")
    result = edit_source(empty_db, source_id, text=new_text)

    (quote,) = get_source_detail(empty_db, source_id).quotes
    assert quote.evidence_id == added.evidence.id
    assert quote.quote == "Both sides signed  a\nprotocol."
    assert new_text[quote.start : quote.end] == quote.quote
    assert item_id in result.changes.item_ids and "evidence" in result.changes.tables


def test_new_text_without_a_quoted_passage_is_refused(empty_db):
    item_id = _item(empty_db)
    source_id = add_source(empty_db, title="S", text=TEXT).source.id
    added = add_evidence(empty_db, item_id, source_id, "Both sides signed a protocol.")

    with pytest.raises(ValidationError, match=r"no longer contains 1 quote .*evidence \d+"):
        edit_source(empty_db, source_id, title="Renamed", text="Something else entirely.")
    record = get_source(empty_db, source_id)
    assert record.text == TEXT and record.title == "S"  # nothing half-written

    remove_evidence(empty_db, added.evidence.id)
    edit_source(empty_db, source_id, text="Something else entirely.")
    assert get_source(empty_db, source_id).text == "Something else entirely."


def test_removing_the_text_keeps_quotes_without_offsets_and_adding_it_places_them(empty_db):
    item_id = _item(empty_db)
    source_id = add_source(empty_db, title="S", text=TEXT).source.id
    add_evidence(empty_db, item_id, source_id, "the commission opened")

    edit_source(empty_db, source_id, text="")
    (quote,) = get_source_detail(empty_db, source_id).quotes
    assert (quote.quote, quote.start, quote.end) == ("the commission opened", None, None)

    edit_source(empty_db, source_id, text=TEXT)
    (quote,) = get_source_detail(empty_db, source_id).quotes
    assert TEXT[quote.start : quote.end] == "the commission opened"


def test_delete_is_refused_while_evidence_quotes_the_source(empty_db):
    item_id = _item(empty_db)
    source_id = add_source(empty_db, title="S", text=TEXT).source.id
    for quote in ("The 10th session", "commission opened", "signed a protocol"):
        add_evidence(empty_db, item_id, source_id, quote)

    with pytest.raises(ConflictError) as caught:
        delete_source(empty_db, source_id)
    assert str(caught.value) == (
        f"Source {source_id} is quoted by 3 pieces of evidence; remove them first."
    )
    assert get_source(empty_db, source_id).title == "S"


def test_delete_is_refused_while_a_follow_up_cites_the_source(empty_db):
    item_id = _item(empty_db)
    source_id = add_source(empty_db, title="S", text=TEXT).source.id
    add_follow_up(
        empty_db, item_id, date="19 Nov 2025", note="Protocol signed.", source_id=source_id
    )

    with pytest.raises(ConflictError, match=f"Source {source_id} is cited by 1 follow-up;"):
        delete_source(empty_db, source_id)


def test_delete_then_restore_gives_the_same_source_back(db):
    source_id = add_source(
        db, title="To go", publisher="TASS", published="Q4 2025", language="ru", text=TEXT
    ).source.id
    before = get_source_detail(db, source_id)

    deleted = delete_source(db, source_id)
    assert deleted.source == before
    with pytest.raises(NotFoundError):
        get_source(db, source_id)

    restore_source(db, deleted.source)
    assert get_source_detail(db, source_id) == before
    with pytest.raises(ConflictError, match="already exists"):
        restore_source(db, deleted.source)


def test_fields_of_puts_an_edit_back(empty_db):
    source_id = add_source(empty_db, title="A", publisher="P", language="ur", text=TEXT).source.id
    before = get_source_detail(empty_db, source_id)
    edit_source(empty_db, source_id, title="B", publisher="", language="en", text="")

    edit_source(empty_db, source_id, **fields_of(before))
    assert get_source_detail(empty_db, source_id) == before


def test_every_change_is_in_the_field_history(empty_db):
    source_id = add_source(empty_db, title="A", text=TEXT).source.id
    edit_source(empty_db, source_id, title="B")

    with empty_db.reading() as session:
        fields = session.execute(
            select(HistoryEntry.field, HistoryEntry.old, HistoryEntry.new).where(
                HistoryEntry.table_name == "sources",
                HistoryEntry.row_id == source_id,
                HistoryEntry.action == "update",
            )
        ).all()
    assert [(f, o, n) for f, o, n in fields] == [("title", '"A"', '"B"')]


def test_the_source_chooser_labels_a_span_as_read_and_lists_newest_first(db):
    from pakru_desktop.services.queries import source_choices

    span = add_source(db, title="Wire", publisher="TASS", published="17–18 Nov 2025").source.id
    undated = add_source(db, title="Undated note").source.id
    choices = dict(source_choices(db))
    assert choices[span] == "Wire (TASS · 17–18 Nov 2025)"
    assert choices[undated] == "Undated note"
    assert [source_id for source_id, _ in source_choices(db)][0] == span


@pytest.mark.parametrize(
    "url", ["http://[bad", "javascript:alert(1)", "not a url at all", "https://a.org/x\ny"]
)
def test_addresses_that_are_not_web_addresses_are_refused_everywhere(db, url):
    with pytest.raises(ValidationError, match="is not a web address") as caught:
        add_source(db, title="T", url=url)
    assert "\n" not in str(caught.value)
    with pytest.raises(ValidationError, match="is not a web address") as caught:
        add_follow_up(db, 1, date="2025", note="n", source_url=url)
    assert caught.value.field == "source_url"


def test_an_address_is_recognised_however_its_scheme_and_host_are_written(db):
    first = add_source(db, title="A", url="HTTPS://WWW.Dawn.com/news/1").source
    assert first.record.url == "https://www.dawn.com/news/1"
    with pytest.raises(ConflictError):
        add_source(db, title="B", url="https://www.dawn.com/news/1")


def test_text_that_no_file_could_hold_is_refused(db):
    for text in ("a\x00b", "a\ud800b"):
        with pytest.raises(ValidationError, match="not text"):
            add_source(db, title="T", text=text)


def test_an_edit_over_a_colleagues_change_to_the_source_is_refused_naming_them(empty_db):
    from pakru_desktop.services.database import open_database

    opened = get_source_detail(empty_db, add_source(empty_db, title="Dawn report").source.record.id)
    colleague = open_database(empty_db.url)
    colleague.set_author("Bilal")
    try:
        edit_source(colleague, opened.record.id, publisher="Dawn")
    finally:
        colleague.close()
    with pytest.raises(ConflictError) as refused:
        edit_source(empty_db, opened.record.id, title="Mine", unchanged_since=opened)
    assert "was changed by Bilal at " in str(refused.value) and "(publisher)" in str(refused.value)
    now = get_source_detail(empty_db, opened.record.id)
    assert (now.record.title, now.record.publisher) == ("Dawn report", "Dawn")
    assert edit_source(empty_db, now.record.id, title="Mine", unchanged_since=now).source
