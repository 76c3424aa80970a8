"""``pakru search``: every kind of record, best first, in a table, CSV or JSON; any words."""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_search_lists_items_quotes_and_sources_with_the_words_marked(pakru):
    result = pakru("search", "steel")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["KIND", "ID", "ITEM", "SOURCE", "AT", "TITLE", "SNIPPET"]
    assert lines[1].startswith("item ") and "[steel]" in lines[1].casefold()
    kinds = {line.split()[0] for line in lines[1:-1]}
    assert {"item", "evidence", "source"} <= kinds
    assert lines[-1].endswith("rows)")


def test_several_words_are_one_search(pakru):
    assert pakru("search", "steel", "mill").out == pakru("search", "steel mill").out


def test_json_and_csv_carry_the_same_hits(pakru):
    hits = json.loads(pakru("search", "steel", "--format", "json", "--limit", "5").out)
    assert len(hits) == 5 and hits[0]["kind"] == "item" and hits[0]["source"] is None
    quote = next(
        h
        for h in json.loads(pakru("search", "steel", "--format", "json").out)
        if h["kind"] == "evidence"
    )
    assert isinstance(quote["source"], int) and isinstance(quote["at"], int)
    rows = list(csv.DictReader(io.StringIO(pakru("search", "steel", "--format", "csv").out)))
    assert rows[0]["id"] == str(hits[0]["id"]) and rows[0]["snippet"] == hits[0]["snippet"]


def test_kind_keeps_items_of_one_kind(pakru):
    hits = json.loads(pakru("search", "steel", "--kind", "agreement", "--format", "json").out)
    assert hits and {h["kind"] for h in hits} <= {"item", "follow_up", "evidence"}


@pytest.mark.parametrize(
    "text",
    ['"unbalanced', "AND OR NOT", "Путин", "پاکستان", "NEAR(", "*", "steel -x ^y", "title:x", " "],
)
def test_any_text_searches_and_exits_0(pakru, text):
    result = pakru("search", text)
    assert result.code == 0 and result.err == "", result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--limit", "0"], "limit must be a number from 1 to 1000"),
        (["--limit", "x"], "limit must be a number"),
        (["--kind", "planet"], "invalid choice"),
    ],
)
def test_bad_options_are_one_sentence_and_exit_2(pakru, args, message):
    result = pakru("search", "steel", *args)
    assert result.code == 2 and message in result.err and len(result.err.splitlines()) == 1
