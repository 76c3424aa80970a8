"""Links between items: adding, removing, the refusals, and links going with a deleted item."""

from __future__ import annotations

import pytest
from seed_helpers import SEED, SEED_ITEMS, all_link_ids, snapshot

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.items import delete_item, get_item
from pakru_desktop.services.links import add_link, remove_link

STEEL_MILL = "project-karachi-steel-mill"
CORRIDOR = "project-trade-corridor-belarus-pakistan"
MOU = "mou-overchuk-dar-2024-09"


def views(db, item_id: int) -> set[tuple[int, str, bool, str]]:
    return {(lk.other_id, lk.type, lk.outgoing, lk.note) for lk in get_item(db, item_id).links}


def test_the_seed_links_are_all_there(db, ids) -> None:
    assert len(all_link_ids(db)) == len(SEED["links"])
    for link in SEED["links"]:
        assert (ids[link["to"]], link["type"], True, link["note"]) in views(db, ids[link["from"]])


def test_a_link_is_seen_from_both_items(db, ids) -> None:
    result = add_link(db, ids[CORRIDOR], "Part of", ids[STEEL_MILL], note=" Same plan. ")
    record = result.link
    assert (record.type, record.outgoing, record.other_id, record.note) == (
        "part-of",
        True,
        ids[STEEL_MILL],
        "Same plan.",
    )
    assert (record.other_kind, record.other_title) == (
        Kind.PROJECT,
        SEED_ITEMS[STEEL_MILL]["title"],
    )
    assert result.changes.item_ids == {ids[CORRIDOR], ids[STEEL_MILL]}
    assert (ids[STEEL_MILL], "part-of", True, "Same plan.") in views(db, ids[CORRIDOR])
    assert (ids[CORRIDOR], "part-of", False, "Same plan.") in views(db, ids[STEEL_MILL])
    assert len(all_link_ids(db)) == len(SEED["links"]) + 1


def test_removing_a_link_takes_it_from_both_items(db, ids) -> None:
    seed_link = next(lk for lk in SEED["links"] if lk["from"] == STEEL_MILL)
    from_id, to_id = ids[STEEL_MILL], ids[seed_link["to"]]
    (link,) = [lk for lk in get_item(db, from_id).links if lk.other_id == to_id]
    removed = remove_link(db, link.id)
    assert removed.link == link
    assert removed.changes.item_ids == {from_id, to_id}
    assert to_id not in {lk.other_id for lk in get_item(db, from_id).links}
    assert from_id not in {lk.other_id for lk in get_item(db, to_id).links}
    assert len(all_link_ids(db)) == len(SEED["links"]) - 1
    with pytest.raises(NotFoundError):
        remove_link(db, link.id)


def test_the_same_link_twice_is_a_conflict_and_writes_nothing(db, ids) -> None:
    seed_link = SEED["links"][0]
    before = snapshot(db)
    with pytest.raises(ConflictError):
        add_link(db, ids[seed_link["from"]], seed_link["type"], ids[seed_link["to"]])
    assert snapshot(db) == before


def test_a_different_type_or_the_reverse_direction_is_a_new_link(db, ids) -> None:
    seed_link = SEED["links"][0]
    from_id, to_id = ids[seed_link["from"]], ids[seed_link["to"]]
    other_type = "mentions" if seed_link["type"] != "mentions" else "part-of"
    add_link(db, from_id, other_type, to_id)
    add_link(db, to_id, seed_link["type"], from_id)
    assert len(all_link_ids(db)) == len(SEED["links"]) + 2


@pytest.mark.parametrize("link_type", ["implements", "Part of", "supersedes", ""])
def test_self_links_and_unknown_types_are_refused(db, ids, link_type) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError):
        add_link(db, ids[MOU], link_type, ids[MOU])
    with pytest.raises(ValidationError, match="link type"):
        add_link(db, ids[MOU], "supersedes", ids[STEEL_MILL])
    assert snapshot(db) == before


@pytest.mark.parametrize("which", ["from", "to", "both"])
def test_links_to_unknown_items_are_not_found(db, ids, which) -> None:
    known = ids[MOU]
    from_id = 99999 if which in ("from", "both") else known
    to_id = 99998 if which in ("to", "both") else known
    before = snapshot(db)
    with pytest.raises(NotFoundError):
        add_link(db, from_id, "mentions", to_id)
    assert snapshot(db) == before


def test_removing_an_unknown_link_is_not_found(db) -> None:
    before = snapshot(db)
    with pytest.raises(NotFoundError, match="99999"):
        remove_link(db, 99999)
    assert snapshot(db) == before


def test_deleting_an_item_removes_its_links_at_both_ends(db, ids) -> None:
    key = "meeting-shehbaz-putin-beijing-2025-09"
    touching = [lk for lk in SEED["links"] if key in (lk["from"], lk["to"])]
    assert {lk["from"] for lk in touching} != {key}  # it has incoming links too
    added = add_link(db, ids[CORRIDOR], "follows-up", ids[key]).link
    delete_item(db, ids[key])
    assert added.id not in all_link_ids(db)
    assert len(all_link_ids(db)) == len(SEED["links"]) - len(touching)
    for link in touching:
        other = link["to"] if link["from"] == key else link["from"]
        assert ids[key] not in {lk.other_id for lk in get_item(db, ids[other]).links}
    with pytest.raises(NotFoundError):
        add_link(db, ids[CORRIDOR], "mentions", ids[key])
