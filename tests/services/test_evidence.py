"""Evidence: quotes located in their source whatever the spacing and typography."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from pakru_desktop.services.database import Database
from pakru_desktop.services.evidence import (
    add_evidence,
    get_evidence,
    remove_evidence,
    restore_evidence,
)
from pakru_desktop.services.follow_ups import add_follow_up
from pakru_desktop.services.items import ItemDraft, add_item, get_item
from pakru_desktop.services.quote_matching import find_quote
from pakru_desktop.services.sources import add_source, edit_source
from pakru_desktop.store.models import Evidence

TEXT = (
    "ISLAMABAD: Pakistan\u2019s Foreign Office said on Tuesday that the two sides\n"
    "had agreed to \u201cfast-track\u201d the Karachi\u00a0steel mill \u2014 "
    "a flagship project.\n\n"
    "The pilot cargo train is expected to run in August. The pilot cargo train was discussed."
)


@pytest.fixture
def item_id(empty_db: Database) -> int:
    return add_item(empty_db, ItemDraft(kind="project", title="Steel mill", date="2025")).item.id


@pytest.fixture
def source_id(empty_db: Database) -> int:
    return add_source(empty_db, title="FO briefing", text=TEXT).source.id


def _count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Evidence)) or 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the two sides had agreed", "the two sides\nhad agreed"),
        ("Karachi steel mill", "Karachi\u00a0steel mill"),
        ("  Pakistan's Foreign Office  ", "Pakistan\u2019s Foreign Office"),
        ('agreed to "fast-track" the', "agreed to \u201cfast-track\u201d the"),
        ("steel mill - a flagship", "steel mill \u2014 a flagship"),
        ("flagship project. The pilot", "flagship project.\n\nThe pilot"),
        ("\u201cflagship project\u201d", "flagship project"),
    ],
)
def test_whitespace_and_typography_tolerant_matching_stores_the_sources_words(
    empty_db, item_id, source_id, typed, expected
):
    result = add_evidence(empty_db, item_id, source_id, typed)

    record = result.evidence
    assert record.quote == expected
    assert TEXT[record.start : record.end] == expected
    assert get_item(empty_db, item_id).evidence == (record,)
    assert result.changes.tables == frozenset({"evidence"})
    assert result.changes.item_ids == frozenset({item_id})


def test_a_quote_not_in_the_source_is_refused_and_nothing_is_written(empty_db, item_id, source_id):
    with pytest.raises(ValidationError) as caught:
        add_evidence(empty_db, item_id, source_id, "the two sides signed a treaty")
    assert str(caught.value).startswith("“the two sides signed a treaty” does not appear in source")
    assert caught.value.field == "quote"
    assert _count(empty_db) == 0


def test_case_and_other_words_still_matter():
    assert find_quote(TEXT, "PILOT CARGO TRAIN") is None
    assert find_quote(TEXT, "steel  mills") is None
    assert find_quote(TEXT, "") is None


def test_the_occurrence_nearest_the_selection_is_chosen():
    first = TEXT.find("The pilot cargo train")
    second = TEXT.find("The pilot cargo train", first + 1)
    assert find_quote(TEXT, "The pilot cargo train") == (first, first + 21)
    assert find_quote(TEXT, "The pilot cargo train", near=second) == (second, second + 21)
    assert find_quote(TEXT, "The pilot cargo train", near=len(TEXT)) == (second, second + 21)


def test_near_is_passed_through_add_evidence(empty_db, item_id, source_id):
    second = TEXT.rfind("The pilot cargo train")
    record = add_evidence(empty_db, item_id, source_id, "The pilot cargo train", near=second)
    assert record.evidence.start == second


def test_a_source_without_text_keeps_the_quote_without_offsets(empty_db, item_id):
    bare = add_source(empty_db, title="Radio report", url="https://radio.gov.pk/1").source.id

    record = add_evidence(empty_db, item_id, bare, "  Work will start next year. ").evidence
    assert (record.quote, record.start, record.end) == ("Work will start next year.", None, None)


def test_evidence_on_a_follow_up_of_the_item(empty_db, item_id, source_id):
    follow_up = add_follow_up(empty_db, item_id, date="Nov 2025", note="Fast-tracked").follow_up

    record = add_evidence(empty_db, item_id, source_id, "fast-track", follow_up.id).evidence
    assert record.follow_up_id == follow_up.id
    assert get_evidence(empty_db, record.id).item_id == item_id


def test_a_follow_up_of_another_item_is_refused(empty_db, item_id, source_id):
    other = add_item(empty_db, ItemDraft(kind="event", title="Other", date="2025")).item.id
    follow_up = add_follow_up(empty_db, other, date="Nov 2025", note="Elsewhere").follow_up

    with pytest.raises(ValidationError, match=f"belongs to item {other}, not to item {item_id}"):
        add_evidence(empty_db, item_id, source_id, "fast-track", follow_up.id)
    assert _count(empty_db) == 0


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("item", "There is no item with id 999."),
        ("source", "There is no source with id 999."),
        ("follow_up", "There is no follow-up with id 999."),
    ],
)
def test_unknown_ids_are_named(empty_db, item_id, source_id, which, message):
    ids = {"item": item_id, "source": source_id, "follow_up": None} | {which: 999}
    with pytest.raises(NotFoundError, match=message):
        add_evidence(empty_db, ids["item"], ids["source"], "fast-track", ids["follow_up"])


def test_the_same_quote_twice_is_refused(empty_db, item_id, source_id):
    first = add_evidence(empty_db, item_id, source_id, "fast-track").evidence
    message = rf"already evidence for item {item_id} \(evidence {first.id}\)"
    with pytest.raises(ConflictError, match=message):
        add_evidence(empty_db, item_id, source_id, "fast-track")
    assert _count(empty_db) == 1


def test_over_long_and_empty_quotes_are_refused(empty_db, item_id, source_id):
    with pytest.raises(ValidationError, match="quote at most 5,000"):
        add_evidence(empty_db, item_id, source_id, "word " * 2000)
    with pytest.raises(ValidationError, match="The quote cannot be empty."):
        add_evidence(empty_db, item_id, source_id, "  \n ")


def test_remove_then_restore_brings_back_the_same_evidence(empty_db, item_id, source_id):
    follow_up = add_follow_up(empty_db, item_id, date="Nov 2025", note="Fast-tracked").follow_up
    added = add_evidence(empty_db, item_id, source_id, "fast-track", follow_up.id).evidence

    removed = remove_evidence(empty_db, added.id)
    assert removed.evidence == added and removed.item_id == item_id
    assert get_item(empty_db, item_id).evidence == ()
    with pytest.raises(NotFoundError, match=f"There is no evidence with id {added.id}."):
        remove_evidence(empty_db, added.id)

    restored = restore_evidence(empty_db, item_id, removed.evidence)
    assert restored.evidence == added
    with pytest.raises(ConflictError, match="already exists"):
        restore_evidence(empty_db, item_id, removed.evidence)


def test_restore_follows_a_changed_text_or_says_why_it_cannot(empty_db, item_id, source_id):
    added = add_evidence(empty_db, item_id, source_id, "fast-track").evidence
    remove_evidence(empty_db, added.id)

    edit_source(empty_db, source_id, text="Preface.\n" + TEXT)
    moved = restore_evidence(empty_db, item_id, added).evidence
    assert moved.start == added.start + len("Preface.\n")

    remove_evidence(empty_db, added.id)
    edit_source(empty_db, source_id, text="A different report.")
    with pytest.raises(ConflictError, match="no longer holds the quote"):
        restore_evidence(empty_db, item_id, added)
    assert _count(empty_db) == 0
