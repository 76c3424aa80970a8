"""One search across everything: ranking, snippets, the seed, the index kept in step with
every change, and any text a person can type."""

from __future__ import annotations

import html
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_helpers import TODAY

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.actors import ActorPatch, delete_actor, edit_actor
from pakru_desktop.services.evidence import add_evidence, remove_evidence
from pakru_desktop.services.follow_ups import add_follow_up, delete_follow_up, edit_follow_up
from pakru_desktop.services.integrity import check_database
from pakru_desktop.services.items import ItemDraft, ItemPatch, add_item, delete_item, edit_item
from pakru_desktop.services.queries import get_source
from pakru_desktop.services.search import HitKind, search
from pakru_desktop.services.search_hits import Snippet, parse_marked
from pakru_desktop.services.search_like import like_search
from pakru_desktop.services.sources import add_source, edit_source


def found(db, text, **options) -> set[tuple[HitKind, int]]:
    return {(hit.kind, hit.id) for hit in search(db, text, **options)}


def _event(db, title: str, summary: str = "", **fields) -> int:
    draft = ItemDraft("event", title, date="2025", summary=summary, **fields)
    return add_item(db, draft, today=TODAY).item.id


def test_a_title_hit_ranks_above_a_summary_hit(db):
    in_summary = _event(db, "Talks in Moscow", "They spoke of zorbing at length.")
    in_title = _event(db, "Zorbing festival", "A festival.")
    hits = [h.id for h in search(db, "zorbing") if h.kind is HitKind.ITEM]
    assert hits == [in_title, in_summary]


def test_a_summary_hit_ranks_above_a_source_text_hit(db):
    item = _event(db, "Talks", "Quokka numbers were discussed.")
    long_text = "Unrelated words. " * 200 + "A quokka was seen."
    source = add_source(db, title="Wildlife", text=long_text, today=TODAY).source.id
    hits = [(h.kind, h.id) for h in search(db, "quokka")]
    assert hits == [(HitKind.ITEM, item), (HitKind.SOURCE, source)]


def test_the_snippet_marks_the_words_found(db):
    _event(db, "Talks", "The delegations agreed on a new railway corridor through Quetta.")
    (hit,) = search(db, "railway quetta")
    assert hit.snippet.marked() == (
        "The delegations agreed on a new [railway] corridor through [Quetta]."
    )
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.marks] == ["railway", "Quetta"]


def test_snippets_are_one_line_and_marks_come_from_positions_only(db):
    _event(db, "Talks", "Line one <b>[bold]</b>\nline two\ttabbed gazelle")
    (hit,) = search(db, "gazelle")
    assert "\n" not in hit.snippet.text and "\t" not in hit.snippet.text
    shown = hit.snippet.marked("<b>", "</b>", html.escape)
    assert shown == "Line one &lt;b&gt;[bold]&lt;/b&gt; line two tabbed <b>gazelle</b>"


def test_parse_marked_ignores_stray_markers_and_control_characters():
    assert parse_marked("\x03a \x02b\x03 \x1b c\x02") == Snippet("a b c", ((2, 3),))


def test_the_seed_search_for_steel_finds_the_steel_items_their_quotes_and_the_source(db):
    hits = search(db, "steel", limit=100)
    titles = {h.title for h in hits if h.kind is HitKind.ITEM}
    assert {"New steel mill in Karachi (Pakistan Steel Mill)"} <= titles
    first = hits[0]
    assert first.kind is HitKind.ITEM and "steel" in first.title.casefold()
    quotes = [h for h in hits if h.kind is HitKind.EVIDENCE]
    assert quotes and all(h.item_id is not None and h.source_id is not None for h in quotes)
    for quote in quotes:
        text = get_source(db, quote.source_id).text
        assert "steel" in text[quote.quote_start :].casefold()
    assert any(h.kind is HitKind.SOURCE for h in hits)
    assert all("steel" in h.snippet.marked().casefold() for h in hits)


def test_words_may_be_in_any_order_and_the_last_one_unfinished(db):
    item = _event(db, "Caspian pipeline talks")
    assert (HitKind.ITEM, item) in found(db, "talks casp")
    assert (HitKind.ITEM, item) not in found(db, "casp talks")  # only the last is a prefix


def test_kind_keeps_items_of_that_kind_and_their_notes_and_quotes(db):
    hits = search(db, "steel", kind=Kind.PROJECT, limit=200)
    assert hits and all(h.item_kind is Kind.PROJECT for h in hits)
    assert {h.kind for h in hits} <= {HitKind.ITEM, HitKind.FOLLOW_UP, HitKind.EVIDENCE}
    assert search(db, "steel", kind="project") == hits
    with pytest.raises(ValidationError, match="not a kind"):
        search(db, "steel", kind="planet")


def test_limit_is_kept(db):
    assert len(search(db, "pakistan", limit=3)) == 3
    assert search(db, "pakistan", limit=0) == []


def test_the_index_follows_items_added_edited_and_deleted(db):
    item = _event(db, "Okapi summit", "On marmots.", location="Gwadar")
    assert (HitKind.ITEM, item) in found(db, "okapi") & found(db, "marmots") & found(db, "gwadar")
    edit_item(db, item, ItemPatch(title="Ibex summit", summary="On lynxes.", location="Sukkur"))
    assert not found(db, "okapi") | found(db, "marmots") | found(db, "gwadar")
    assert (HitKind.ITEM, item) in found(db, "ibex") & found(db, "lynxes") & found(db, "sukkur")
    delete_item(db, item)
    assert not found(db, "ibex") and check_database(db) == []


def test_the_index_follows_follow_ups_and_evidence(db):
    item = _event(db, "Talks")
    follow_up = add_follow_up(db, item, date="2025", note="Wombat treaty drafted", today=TODAY)
    fu_id = follow_up.follow_up.id
    assert found(db, "wombat") == {(HitKind.FOLLOW_UP, fu_id)}
    edit_follow_up(db, fu_id, note="Numbat treaty drafted", today=TODAY)
    assert not found(db, "wombat") and found(db, "numbat") == {(HitKind.FOLLOW_UP, fu_id)}
    delete_follow_up(db, fu_id)
    assert not found(db, "numbat")
    source = add_source(db, title="Report", text="It said the tapir accord was near.", today=TODAY)
    evidence = add_evidence(db, item, source.source.id, "the tapir accord").evidence
    (hit,) = [h for h in search(db, "tapir") if h.kind is HitKind.EVIDENCE]
    assert (hit.id, hit.item_id, hit.source_id, hit.quote_start) == (
        evidence.id,
        item,
        source.source.id,
        8,
    )
    remove_evidence(db, evidence.id)
    assert found(db, "tapir") == {(HitKind.SOURCE, source.source.id)}
    assert check_database(db) == []


def test_the_index_follows_actor_renames_and_aliases_and_the_list_filter_too(db):
    from pakru_desktop.domain.item_filter import ItemFilter
    from pakru_desktop.services.queries import list_items

    item = _event(db, "Talks", participants=["Zygmunt Quill"])
    (actor,) = [h.id for h in search(db, "quill") if h.kind is HitKind.ACTOR]
    edit_actor(db, actor, ActorPatch(name="Zygmunt Feather", aliases=["Путин-младший", "ZQ"]))
    assert not [h for h in search(db, "quill") if h.kind is HitKind.ACTOR]
    for text in ("feather", "путин", "ПУТИН-МЛАДШИЙ", "zq"):
        assert (HitKind.ACTOR, actor) in found(db, text), text
        rows = list_items(db, ItemFilter(Kind.EVENT, text=text))
        assert item in [r.id for r in rows], text
    edit_item(db, item, ItemPatch(participants=[]))
    delete_actor(db, actor)
    assert not [h for h in search(db, "feather") if h.kind is HitKind.ACTOR]
    assert check_database(db) == []


def test_the_index_follows_source_edits(db):
    source = add_source(db, title="Dispatch", text="About the axolotl.", today=TODAY).source.id
    assert found(db, "axolotl") == {(HitKind.SOURCE, source)}
    edit_source(db, source, title="Cable", text="About the pangolin.", today=TODAY)
    assert not found(db, "axolotl") and not found(db, "dispatch")
    assert found(db, "pangolin") == found(db, "cable") == {(HitKind.SOURCE, source)}


def test_urdu_and_cyrillic_are_found_as_words(db):
    urdu = _event(db, "پاکستان اور روس کے مذاکرات")
    russian = _event(db, "Путин встретился с Шарифом")
    assert (HitKind.ITEM, urdu) in found(db, "پاکستان")
    assert (HitKind.ITEM, russian) in found(db, "путин")
    assert (HitKind.ITEM, russian) in found(db, "ШАРИФОМ")


def test_diacritics_are_ignored(db):
    item = _event(db, "Café diplomacy in Zürich")
    assert (HitKind.ITEM, item) in found(db, "cafe zurich")


HOSTILE = [
    "",
    "   ",
    '"',
    '"unbalanced',
    "AND OR NOT",
    "NEAR(steel mill, 2)",
    "steel*",
    "*",
    "-steel",
    "^steel",
    "title:steel",
    "{title summary}: steel",
    "(steel",
    "steel)",
    "'",
    "😀",
    "\x00",
    "a" * 5000,
    "steel " * 500,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_what_a_person_types_is_plain_words(db, text):
    search(db, text)
    search(db, text, kind=Kind.EVENT)


def test_operators_are_words_to_find(db):
    item = _event(db, "NOT a near miss or an AND gate")
    assert (HitKind.ITEM, item) in found(db, "NOT near OR and")
    assert (HitKind.ITEM, item) in found(db, '"near" miss')


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(blacklist_categories=("Cs",)),
            st.sampled_from(list("\"'*-^:(){}[]+ ANDORNOTNEAR")),
        ),
        max_size=40,
    )
)
def test_no_text_makes_search_fail(db, text):
    search(db, text)


def test_the_like_fallback_finds_the_same_kinds_of_hits(db):
    hits = like_search(db, "steel mill", kind=None, limit=50)
    assert hits[0].kind is HitKind.ITEM and "steel mill" in hits[0].title.casefold()
    assert all(
        "steel" in h.snippet.marked().casefold() or "mill" in h.snippet.marked().casefold()
        for h in hits
    )
    assert like_search(db, '" * 😀 (', kind=None, limit=5) == []
    assert all(
        h.item_kind is Kind.PROJECT for h in like_search(db, "steel", kind=Kind.PROJECT, limit=50)
    )


@pytest.mark.sqlite_only
def test_a_damaged_index_is_reported_by_the_check(db):
    _event(db, "Serval talks")
    with sqlite3.connect(db.path) as connection:
        connection.execute("DROP TRIGGER search_items_update")
        connection.execute("UPDATE items SET title = 'Caracal talks' WHERE title = 'Serval talks'")
    connection.close()
    (finding,) = check_database(db)
    assert finding.startswith("search index: the index of items does not match the records")


def test_a_word_in_very_many_records_is_ranked_among_its_newest_matches(db, monkeypatch):
    from pakru_desktop.services import search as search_module

    ids = [
        add_item(
            db, ItemDraft(kind="event", title=f"Zebra crossing talks {n}", date="2025")
        ).item.id
        for n in range(5)
    ]
    everything = {h.id for h in search(db, "zebra") if h.kind is HitKind.ITEM}
    assert everything == set(ids)
    monkeypatch.setattr(search_module, "CANDIDATES", 2)
    newest = {h.id for h in search(db, "zebra") if h.kind is HitKind.ITEM}
    assert newest == set(ids[-2:])
