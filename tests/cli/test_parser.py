"""Parsing one command with only its own options gives what the full parser gives."""

from __future__ import annotations

import pytest

from pakru_desktop.cli.parser import build_parser, parse_arguments

VECTORS = [
    ["add-event", "--title", "Talks", "--date", "2025", "--participant", "Putin:host"],
    ["--db", "list", "list", "events", "--search", "SCO"],
    ["--database-url", "sqlite:///x.db", "show", "3", "--format", "json"],
    ["add-item", "project", "--title", "Mill", "--date", "Q1 2026", "--due", "2027"],
    ["follow-up", "12", "--date", "Nov 2025", "--note", "Done", "--source", "3"],
    ["search", "steel", "mill"],
    ["export", "--out", "/tmp/x", "--db", "a.sqlite3"],
]

BAD = [
    ["add-event", "--title", "Talks"],
    ["add-evnt", "--title", "Talks"],
    ["show", "three"],
    ["follow-up", "12", "--date", "2025", "--note", "n", "--source", "1", "--source-url", "u"],
    ["list", "kittens"],
    ["--db"],
]


@pytest.mark.parametrize("vector", VECTORS)
def test_one_command_parses_as_the_full_parser_does(vector):
    assert parse_arguments(vector) == build_parser().parse_args(vector)


@pytest.mark.parametrize("vector", BAD)
def test_errors_read_as_the_full_parser_words_them(vector, capsys):
    with pytest.raises(SystemExit) as quick:
        parse_arguments(vector)
    said = capsys.readouterr().err
    with pytest.raises(SystemExit) as full:
        build_parser().parse_args(vector)
    assert quick.value.code == full.value.code == 2
    assert said == capsys.readouterr().err
    assert said.count("\n") == 1
