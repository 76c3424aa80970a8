"""Actors: read with their items, edit with validation, delete, merge and unmerge exactly."""

from __future__ import annotations

import pytest
from backends import raw_connect

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from pakru_desktop.services import actors, history, items
from pakru_desktop.services.actors import ActorPatch
from pakru_desktop.services.items import ItemDraft, ItemPatch
from pakru_desktop.services.queries import list_actors

PUTIN = 2  # "Vladimir Putin", aliases "Putin", "President Putin", …
DAR = 7  # "Ishaq Dar", alias "Dar"
BEIJING = 1  # "Shehbaz Sharif meets Vladimir Putin in Beijing": Putin is a participant


def _actor_id(db, name: str) -> int:
    return next(a.id for a in list_actors(db, name) if a.name == name)


def _rows(db_url) -> dict[str, list[tuple]]:
    """Every actor and participation row, to compare whole states."""
    with raw_connect(db_url) as connection:
        return {
            "actors": connection.execute("SELECT * FROM actors ORDER BY id").fetchall(),
            "participations": connection.execute(
                "SELECT * FROM participations ORDER BY id"
            ).fetchall(),
        }


@pytest.fixture
def duplicate(db) -> int:
    """A bare actor "V. Putin": a duplicate participant of item 1 and host of item 1 and a new
    event; returns its id."""
    participants = [(p.name, p.role) for p in items.get_item(db, BEIJING).row.participants]
    patch = ItemPatch(participants=[*participants, "V. Putin:participant", "V. Putin:host"])
    items.edit_item(db, BEIJING, patch)
    participants = ["V. Putin:guest", "Ishaq Dar:host"]
    items.add_item(db, ItemDraft("event", "Call with Dar", "Oct 2025", participants=participants))
    return _actor_id(db, "V. Putin")


def test_get_actor_lists_its_items_with_roles_in_date_order(db):
    detail = actors.get_actor(db, PUTIN)
    assert detail.actor.name == "Vladimir Putin"
    assert "Putin" in detail.actor.aliases
    assert detail.items and detail.item_count == len({i.item_id for i in detail.items})
    assert (BEIJING, "participant") in {(i.item_id, i.role) for i in detail.items}
    starts = [i.date.start for i in detail.items]
    assert starts == sorted(starts)


def test_unknown_actor_is_a_sentence(db):
    with pytest.raises(NotFoundError, match="There is no actor with id 999"):
        actors.get_actor(db, 999)


def test_edit_changes_every_field_and_tidies_aliases(db):
    result = actors.edit_actor(
        db,
        DAR,
        ActorPatch(
            name="  Muhammad  Ishaq Dar ",
            kind="Person",
            country="Pakistan",
            title="Deputy Prime Minister and Foreign Minister",
            aliases=["Dar", " dar ", "", "Ishaq Dar", "muhammad ishaq dar", "DPM Dar"],
        ),
    )
    actor = actors.get_actor(db, DAR).actor
    assert actor.name == "Muhammad Ishaq Dar"
    assert actor.title == "Deputy Prime Minister and Foreign Minister"
    assert actor.aliases == ("Dar", "Ishaq Dar", "DPM Dar")
    assert result.actor.actor == actor
    assert result.changes.tables == {"actors"}
    assert {i.item_id for i in result.actor.items} <= result.changes.item_ids


def test_a_name_clash_is_refused_naming_the_other_actor_and_nothing_is_written(db, db_url):
    before = _rows(db_url)
    with pytest.raises(ValidationError, match="'putin' is already an alias of Vladimir Putin"):
        actors.edit_actor(db, DAR, ActorPatch(name="putin", country="Nowhere"))
    with pytest.raises(ValidationError, match="already name of Sergey Lavrov") as caught:
        actors.edit_actor(db, DAR, ActorPatch(aliases=["Dar", "SERGEY LAVROV"]))
    assert caught.value.field == "aliases"
    with pytest.raises(ValidationError, match="The name cannot be empty"):
        actors.edit_actor(db, DAR, ActorPatch(name="   "))
    with pytest.raises(ValidationError, match="Unknown actor kind 'robot'"):
        actors.edit_actor(db, DAR, ActorPatch(kind="robot"))
    assert _rows(db_url) == before


def test_renaming_to_its_own_alias_drops_that_alias(db):
    actors.edit_actor(db, PUTIN, ActorPatch(name="President Putin"))
    actor = actors.get_actor(db, PUTIN).actor
    assert actor.name == "President Putin"
    assert "President Putin" not in actor.aliases


def test_edit_with_an_expected_state_refuses_after_a_change_elsewhere(db):
    seen = actors.get_actor(db, DAR).actor
    actors.edit_actor(db, DAR, ActorPatch(country="Pakistan (PML-N)"))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        actors.edit_actor(db, DAR, ActorPatch(title="FM"), expected=seen)


def test_delete_refuses_an_actor_with_items_and_says_how_many(db):
    count = actors.get_actor(db, DAR).item_count
    with pytest.raises(ConflictError, match=f"Ishaq Dar takes part in {count} items"):
        actors.delete_actor(db, DAR)


def test_delete_and_restore_an_unused_actor(db):
    unused = _actor_id(db, "Press Information Department")
    deleted = actors.delete_actor(db, unused).actor.actor
    with pytest.raises(NotFoundError):
        actors.get_actor(db, unused)
    actors.restore_actor(db, deleted)
    assert actors.get_actor(db, unused).actor == deleted


def test_merge_moves_parts_collapses_duplicates_and_joins_aliases(db, duplicate):
    before_items = actors.get_actor(db, PUTIN).item_count
    merge = actors.merge_actors(db, PUTIN, duplicate)

    with pytest.raises(NotFoundError):
        actors.get_actor(db, duplicate)
    kept = actors.get_actor(db, PUTIN)
    assert kept.actor.aliases[-1] == "V. Putin"
    assert merge.added_aliases == ("V. Putin",)
    assert kept.item_count == before_items + 1
    roles = [(p.name, p.role) for p in items.get_item(db, BEIJING).row.participants]
    # The duplicate "participant" part collapsed into Putin's own; the host part moved.
    assert roles.count(("Vladimir Putin", "participant")) == 1
    assert ("Vladimir Putin", "host") in roles
    assert [(m.item_id, m.role) for m in merge.dropped] == [(BEIJING, "participant")]
    assert {m.role for m in merge.moved} == {"host", "guest"}
    assert BEIJING in merge.changes.item_ids and "actors" in merge.changes.tables
    # Typing the old name now finds the kept actor.
    items.edit_item(db, BEIJING, ItemPatch(participants=["v. putin:guest"]))
    assert items.get_item(db, BEIJING).row.participants[0].actor_id == PUTIN


def test_merge_shows_in_the_history_of_each_item(db, duplicate):
    actors.merge_actors(db, PUTIN, duplicate)
    latest = history.item_history(db, BEIJING)[0].text
    assert latest.startswith("Participants: ")
    old, new = latest.removeprefix("Participants: ").split(" → ")
    assert "V. Putin (host)" in old and "V. Putin" not in new
    assert "Vladimir Putin (host)" in new


def test_unmerge_restores_ids_aliases_and_participations_exactly_and_redo_repeats(
    db, db_url, duplicate
):
    before = _rows(db_url)
    merge = actors.merge_actors(db, PUTIN, duplicate)
    merged = _rows(db_url)
    assert merged != before

    restored = actors.unmerge_actors(db, merge)
    assert _rows(db_url) == before
    assert restored.actor.id == duplicate

    again = actors.merge_actors(db, PUTIN, duplicate)
    assert _rows(db_url) == merged
    assert again == merge


def test_unmerge_is_refused_when_things_changed_since(db, db_url, duplicate):
    merge = actors.merge_actors(db, PUTIN, duplicate)
    actors.edit_actor(db, PUTIN, ActorPatch(aliases=["Putin"]))
    changed = _rows(db_url)
    with pytest.raises(ConflictError, match="changed since V. Putin was merged into it"):
        actors.unmerge_actors(db, merge)
    assert _rows(db_url) == changed


def test_unmerge_is_refused_when_a_moved_part_was_removed(db, db_url, duplicate):
    merge = actors.merge_actors(db, PUTIN, duplicate)
    items.edit_item(db, BEIJING, ItemPatch(participants=["Muhammad Shehbaz Sharif:participant"]))
    changed = _rows(db_url)
    with pytest.raises(ConflictError, match="the merge was not undone"):
        actors.unmerge_actors(db, merge)
    assert _rows(db_url) == changed


def test_merge_with_itself_or_unknown_ids_is_a_sentence(db, db_url):
    before = _rows(db_url)
    with pytest.raises(ValidationError, match="cannot be merged with itself"):
        actors.merge_actors(db, PUTIN, PUTIN)
    with pytest.raises(NotFoundError, match="There is no actor with id 999"):
        actors.merge_actors(db, PUTIN, 999)
    with pytest.raises(NotFoundError, match="There is no actor with id 998"):
        actors.merge_actors(db, 998, PUTIN)
    assert _rows(db_url) == before


def test_merge_fills_an_empty_country_and_office_from_the_other(db, duplicate):
    actors.edit_actor(db, duplicate, ActorPatch(country="Russia", title="President"))
    bare = actors.get_actor(db, duplicate).actor
    merge = actors.merge_actors(db, duplicate, PUTIN)
    kept = actors.get_actor(db, duplicate).actor
    assert (kept.country, kept.title) == ("Russia", "President")
    assert kept.aliases[0] == "Vladimir Putin" and "Putin" in kept.aliases
    actors.unmerge_actors(db, merge)
    assert actors.get_actor(db, duplicate).actor == bare
