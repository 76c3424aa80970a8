"""``pakru edit-actor``, ``merge-actors``, ``show-actor``, ``delete-actor``: output, exit codes."""

from __future__ import annotations

import json

from backends import as_url, raw_connect

from pakru_desktop.services.actors import get_actor
from pakru_desktop.services.database import open_database

PUTIN, DAR = 2, 7


def _actor(db_url, actor_id: int):
    db = open_database(as_url(db_url))
    try:
        return get_actor(db, actor_id)
    finally:
        db.close()


def _actor_rows(db_url) -> list[tuple]:
    with raw_connect(db_url) as connection:
        return connection.execute("SELECT * FROM actors ORDER BY id").fetchall()


def _new_duplicate(pakru) -> int:
    """Item 1 gains "V. Putin" as host and as a second participant; returns the new actor."""
    result = pakru(
        "edit",
        "1",
        "--participant",
        "Muhammad Shehbaz Sharif",
        "--participant",
        "Vladimir Putin",
        "--participant",
        "V. Putin:host",
        "--participant",
        "V. Putin",
    )
    assert result.code == 0, result.err
    listed = pakru("list", "actors", "--search", "V. Putin", "--format", "json")
    return next(a["id"] for a in json.loads(listed.out) if a["name"] == "V. Putin")


def test_show_actor_lists_fields_and_items(pakru):
    result = pakru("show-actor", str(DAR))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"#{DAR} Ishaq Dar"
    assert "  Country:  Pakistan" in lines
    assert "  Aliases:  Dar" in lines
    assert "Takes part in 2 items:" in lines
    assert lines[lines.index("Takes part in 2 items:") + 1].split() == [
        "ID",
        "KIND",
        "DATE",
        "ROLES",
        "TITLE",
    ]
    assert any(line.split()[:4] == ["5", "event", "Sep", "2024"] for line in lines)


def test_show_actor_as_json(pakru):
    result = pakru("show-actor", str(PUTIN), "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["actor"]["name"] == "Vladimir Putin"
    assert "Putin" in data["actor"]["aliases"]
    first = data["items"][0]
    assert set(first) == {"item_id", "kind", "title", "date", "role"}
    assert first["date"]["iso"] and first["kind"] in ("event", "agreement", "project", "commitment")


def test_edit_actor_changes_fields_and_alias_replaces_the_list(pakru, db_url):
    result = pakru(
        "edit-actor",
        str(DAR),
        "--title",
        "Deputy Prime Minister and Foreign Minister",
        "--alias",
        "Dar",
        "--alias",
        "DPM Dar",
        "--kind",
        "person",
    )
    assert result.code == 0, result.err
    assert result.out == f"Updated actor {DAR}: Ishaq Dar.\n"
    actor = _actor(db_url, DAR).actor
    assert actor.title == "Deputy Prime Minister and Foreign Minister"
    assert actor.aliases == ("Dar", "DPM Dar")

    assert pakru("edit-actor", str(DAR), "--clear-aliases").code == 0
    assert _actor(db_url, DAR).actor.aliases == ()


def test_edit_actor_user_errors_exit_2_with_one_sentence_and_write_nothing(pakru, db_url):
    before = _actor_rows(db_url)
    for args, sentence in (
        (["--name", "Lavrov"], "'Lavrov' is already an alias of Sergey Lavrov (actor 4)"),
        (["--name", " "], "The name cannot be empty."),
        (["--kind", "robot"], "Unknown actor kind 'robot'"),
        (["--alias", "x", "--clear-aliases"], "Give --alias or --clear-aliases, not both."),
        ([], "Nothing to change"),
    ):
        result = pakru("edit-actor", str(DAR), *args)
        assert result.code == 2, args
        assert sentence in result.err
        assert len(result.err.strip().splitlines()) == 1
        assert result.out == ""
    missing = pakru("edit-actor", "999", "--country", "X")
    assert (missing.code, missing.err) == (2, "There is no actor with id 999.\n")
    assert _actor_rows(db_url) == before


def test_merge_actors_prints_what_moved(pakru, db_url):
    duplicate = _new_duplicate(pakru)
    result = pakru("merge-actors", str(PUTIN), str(duplicate))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        f"Merged actor {duplicate} (V. Putin) into actor {PUTIN} (Vladimir Putin);"
        f" actor {duplicate} was deleted.",
        "  Moved:    1 participation: item 1 (host)",
        "  Dropped:  1 duplicate: item 1 (participant)",
        "  Aliases:  V. Putin",
    ]
    assert "V. Putin" in _actor(db_url, PUTIN).actor.aliases
    gone = pakru("show-actor", str(duplicate))
    assert (gone.code, gone.err) == (2, f"There is no actor with id {duplicate}.\n")


def test_merge_actors_errors_exit_2(pakru, db_url):
    before = _actor_rows(db_url)
    same = pakru("merge-actors", str(PUTIN), str(PUTIN))
    assert same.code == 2 and "cannot be merged with itself" in same.err
    unknown = pakru("merge-actors", str(PUTIN), "999")
    assert (unknown.code, unknown.err) == (2, "There is no actor with id 999.\n")
    usage = pakru("merge-actors", str(PUTIN))
    assert usage.code == 2 and "see 'pakru merge-actors --help'" in usage.err
    assert _actor_rows(db_url) == before


def test_delete_actor_refuses_an_actor_with_items(pakru, db_url):
    refused = pakru("delete-actor", str(DAR))
    assert refused.code == 2
    assert refused.err == (
        "Ishaq Dar takes part in 2 items; merge it into another actor "
        "or remove it from those items first.\n"
    )
    listed = json.loads(
        pakru("list", "actors", "--search", "Press Information", "--format", "json").out
    )
    unused = next(a["id"] for a in listed if a["name"] == "Press Information Department")
    result = pakru("delete-actor", str(unused))
    assert result.code == 0, result.err
    assert result.out == f"Deleted actor {unused}: Press Information Department\n"


def test_show_actor_gives_one_line_per_item_with_every_role_held_in_it(pakru, db_url):
    duplicate = _new_duplicate(pakru)
    assert pakru("merge-actors", str(PUTIN), str(duplicate)).code == 0
    text = pakru("show-actor", str(PUTIN)).out
    count = int(text.split("Takes part in ")[1].split()[0])
    lines = text.split("Takes part in ")[1].splitlines()[2:-1]  # between header and "(N rows)"
    assert len(lines) == count == _actor(db_url, PUTIN).item_count
    (item_1,) = [line for line in lines if line.split()[0] == "1"]
    assert "participant; host" in item_1 or "host; participant" in item_1
