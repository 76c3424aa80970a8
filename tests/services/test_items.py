"""Adding, reading, editing and deleting items through the services, on a real seeded database."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace

import pytest
from seed_helpers import (
    SEED,
    SEED_ITEMS,
    TODAY,
    all_link_ids,
    give_source_url,
    seed_quote_count,
    snapshot,
)
from seed_helpers import source_file_text as shipped_text

from pakru_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.export_csv import export_csv
from pakru_desktop.services.follow_ups import add_follow_up
from pakru_desktop.services.items import (
    ItemDraft,
    ItemPatch,
    add_item,
    delete_item,
    edit_item,
    get_item,
)
from pakru_desktop.services.queries import count_items, list_actors, list_follow_ups, list_sources


def names(detail) -> dict[str, str]:
    return {p.name: p.role for p in detail.row.participants}


def test_add_event_with_every_field_resolves_actors_and_normalises_sectors(db) -> None:
    actors_before = {a.name for a in list_actors(db)}
    draft = ItemDraft(
        kind="event",
        title="  Dar   meets Overchuk in Moscow ",
        date="Tuesday",
        type="Visit",
        summary=" Talks on the cargo train. ",
        location=" Moscow ",
        status="Scheduled",
        sectors=["Trade", " people to people ", "trade", "PEOPLE_TO_PEOPLE"],
        participants=["Overchuck:host", "ishaq dar:guest", "Ivan Petrov:focal point"],
    )
    again = get_item(db, add_item(db, draft, today=TODAY).item.id)
    row = again.row
    assert (row.kind, row.type, row.title) == (Kind.EVENT, "visit", "Dar meets Overchuk in Moscow")
    assert row.date == FuzzyDate(TODAY, Precision.DAY, inferred=True)
    assert (row.status, row.location) == ("scheduled", "Moscow")
    assert again.summary == "Talks on the cargo train."
    assert sorted(row.sectors) == ["people-to-people", "trade"]
    people = {"Alexei Overchuk": "host", "Ishaq Dar": "guest", "Ivan Petrov": "focal-point"}
    assert names(again) == people
    assert {a.name for a in list_actors(db)} == actors_before | {"Ivan Petrov"}
    seed_events = sum(i["kind"] == "event" for i in SEED["items"])
    assert count_items(db, ItemFilter(Kind.EVENT)) == seed_events + 1


SIGN, BY, TO = "signatory", "committed-by", "committed-to"
KIND_CASES = {
    "agreement": (
        dict(kind="agreements", type="MoU", status="in force", due="2026",
             participants=[f"Pakistan:{SIGN}", f"russian federation:{SIGN}"]),
        ("mou", "in-force", "2026", False, {"Pakistan": SIGN, "Russia": SIGN}),
    ),
    "project": (
        dict(kind="project", status="Under way", due="Q1 2026", participants=["Uzbekistan"]),
        (None, "under-way", "2026-Q1", False, {"Uzbekistan": "participant"}),
    ),
    "commitment": (
        dict(kind="commitment", status="partly kept", due="next month",
             participants=[f"putin:{BY}", f"Shehbaz:{TO}"]),
        (None, "partly-kept", "2025-10", True,
         {"Vladimir Putin": BY, "Muhammad Shehbaz Sharif": TO}),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", KIND_CASES.values(), ids=KIND_CASES.keys())
def test_add_each_kind_with_due_type_status_and_participants(db, case) -> None:
    fields, (item_type, status, due, due_inferred, people) = case
    extra = dict(title="New", date="Sep 2024", summary="s", location="L", sectors=["Energy"])
    detail = get_item(db, add_item(db, ItemDraft(**fields, **extra), today=TODAY).item.id)
    assert (detail.row.type, detail.row.status, detail.base_status) == (item_type, status, status)
    assert detail.row.date == FuzzyDate(dt.date(2024, 9, 1), Precision.MONTH)
    assert detail.row.due == FuzzyDate.from_iso(due, inferred=due_inferred)
    assert (names(detail), detail.row.sectors) == (people, ("energy",))
    assert len(list_actors(db)) == len(SEED["actors"])  # every name matched an existing actor


def test_same_actor_named_twice_with_the_same_role_is_one_participant(db) -> None:
    draft = ItemDraft("event", "Call", participants=["Putin", "VLADIMIR PUTIN", "Lavrov:host"])
    detail = add_item(db, draft, today=TODAY).item
    assert [(p.name, p.role) for p in detail.row.participants] == [
        ("Vladimir Putin", "participant"),
        ("Sergey Lavrov", "host"),
    ]


def test_new_source_url_with_quote_creates_source_and_evidence(db) -> None:
    before = len(list_sources(db))
    url = "https://example.org/news/steel"
    draft = ItemDraft("project", "Steel", source_url=url, quote=" Work starts in 2026. ")
    detail = get_item(db, add_item(db, draft, today=TODAY).item.id)
    sources = list_sources(db)
    assert len(sources) == before + 1
    new = next(s for s in sources if s.url == url)
    assert [(e.source_id, e.quote, e.start, e.end) for e in detail.evidence] == [
        (new.id, "Work starts in 2026.", None, None)
    ]
    # The same URL again reuses the source instead of adding a second one.
    add_item(db, ItemDraft("project", "Steel 2", source_url=url, quote="x"), today=TODAY)
    assert len(list_sources(db)) == before + 1


def test_quote_from_a_stored_source_text_gets_its_offsets(db) -> None:
    url = "https://example.org/000"
    source_id = give_source_url(db, "000", url)
    text = shipped_text("000")
    quote = SEED_ITEMS["meeting-shehbaz-putin-beijing-2025-09"]["evidence"][0]["quote"]
    detail = add_item(db, ItemDraft("event", "E", source_url=url, quote=quote), today=TODAY).item
    (evidence,) = detail.evidence
    assert evidence.source_id == source_id
    assert text[evidence.start : evidence.end] == quote


def test_quote_missing_from_the_stored_source_text_is_refused(db) -> None:
    url = "https://example.org/000"
    give_source_url(db, "000", url)
    before = snapshot(db)
    draft = ItemDraft("event", "E", source_url=url, quote="Putin visited Lahore on Friday")
    with pytest.raises(ValidationError, match="does not appear in source"):
        add_item(db, draft, today=TODAY)
    assert snapshot(db) == before


@pytest.mark.parametrize(
    "draft",
    [
        ItemDraft("event", "   "),
        ItemDraft("event", "x" * 301),
        ItemDraft("event", "Bad date", date="32 Foo 2025"),
        ItemDraft("event", "Ambiguous", date="02/09/2025"),
        ItemDraft("event", "Bad status", status="kept"),
        ItemDraft("event", "Bad type", type="party"),
        ItemDraft("project", "Typed project", type="meeting"),
        ItemDraft("meetings", "Bad kind"),
        ItemDraft("event", "Due event", due="2025-10"),
        ItemDraft("commitment", "Bad due", due="someday"),
        ItemDraft("event", "Quote only", quote="Putin said"),
        ItemDraft("event", "Source only", source_url="https://example.org/a"),
        ItemDraft("event", "Bad role", participants=["Brand New Person:emperor"]),
        ItemDraft("event", "No name", participants=[":host"]),
        ItemDraft("event", "Empty sector", sectors=["trade", "  "]),
    ],
    ids=lambda d: d.title.strip()[:12] or "empty",
)
def test_invalid_drafts_are_refused_and_nothing_is_written(db, draft) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError):
        add_item(db, draft, today=TODAY)
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("kind", "status", "item_type"),
    [
        ("event", "held", "meeting"),
        ("agreement", "signed", "agreement"),
        ("project", "proposed", None),
        ("commitment", "not-yet-rated", None),
    ],
)
@pytest.mark.parametrize("date", [None, "", "  "])
def test_defaults_for_status_type_and_an_empty_date(db, kind, status, item_type, date) -> None:
    row = add_item(db, ItemDraft(kind, "Defaults", date=date), today=TODAY).item.row
    assert (row.status, row.type, row.due) == (status, item_type, None)
    assert row.date == FuzzyDate(TODAY, Precision.DAY, inferred=False)


def test_get_item_lists_follow_ups_in_date_order_and_links_from_both_ends(db, ids) -> None:
    key = "meeting-shehbaz-putin-beijing-2025-09"
    for date in ("2025-10-05", "Sep 2025", "2025-09-20", "2025"):
        add_follow_up(db, ids[key], date=date, note=f"on {date}", today=TODAY)
    detail = get_item(db, ids[key])
    starts = [f.date.start for f in detail.follow_ups]
    assert starts == sorted(starts) and len(starts) == 4
    expected = {(ids[lk["to"]], lk["type"], True) for lk in SEED["links"] if lk["from"] == key}
    expected |= {(ids[lk["from"]], lk["type"], False) for lk in SEED["links"] if lk["to"] == key}
    assert {(lk.other_id, lk.type, lk.outgoing) for lk in detail.links} == expected
    assert any(not outgoing for _, _, outgoing in expected)


def test_get_item_of_an_unknown_id_is_not_found(db) -> None:
    with pytest.raises(NotFoundError, match="99999"):
        get_item(db, 99999)


def test_edit_changes_only_the_given_field_and_bumps_the_version(db, ids) -> None:
    item_id = ids["project-pilot-cargo-train-2025-08"]
    before = get_item(db, item_id)
    edit_item(db, item_id, ItemPatch(title=" Pilot  cargo train "), today=TODAY)
    after = get_item(db, item_id)
    assert (after.row.title, after.version) == ("Pilot cargo train", before.version + 1)
    unchanged = replace(after, row=replace(after.row, title=before.row.title))
    assert replace(unchanged, version=before.version, updated_at=before.updated_at) == before


def test_edit_with_an_empty_due_clears_it(db, ids) -> None:
    item_id = ids["project-pilot-cargo-train-2025-08"]
    assert get_item(db, item_id).row.due == FuzzyDate.from_iso(
        SEED_ITEMS["project-pilot-cargo-train-2025-08"]["due"]
    )
    edit_item(db, item_id, ItemPatch(due=""), today=TODAY)
    assert get_item(db, item_id).row.due is None


def test_edit_replaces_sectors_and_participants(db, ids) -> None:
    item_id = ids["russian-oil-purchase-2024"]
    patch = ItemPatch(sectors=["Security", "security", "AI"], participants=["Lavrov:host", "Dar"])
    edit_item(db, item_id, patch, today=TODAY)
    detail = get_item(db, item_id)
    assert sorted(detail.row.sectors) == ["ai", "security"]
    assert names(detail) == {"Sergey Lavrov": "host", "Ishaq Dar": "participant"}


def test_edit_keeping_an_existing_participant_and_sector_succeeds(db, ids) -> None:
    """A form sends the whole list back: people already on the item stay on it."""
    key = "meeting-shehbaz-putin-astana-2024"
    item_id = ids[key]
    kept, person = SEED_ITEMS[key]["sectors"][0], SEED_ITEMS[key]["participants"][0]
    name = next(a["name"] for a in SEED["actors"] if a["key"] == person["actor"])
    patch = ItemPatch(sectors=[kept, "trade"], participants=[f"{name}:{person['role']}", "Lavrov"])
    edit_item(db, item_id, patch, today=TODAY)
    detail = get_item(db, item_id)
    assert sorted(detail.row.sectors) == sorted({kept, "trade"})
    assert names(detail) == {name: person["role"], "Sergey Lavrov": "participant"}


def test_stale_expected_version_is_a_conflict_and_changes_nothing(db, ids) -> None:
    item_id = ids["mou-overchuk-dar-2024-09"]
    opened = get_item(db, item_id)
    edit_item(db, item_id, ItemPatch(location="Islamabad", expected_version=opened.version))
    current = get_item(db, item_id)
    with pytest.raises(ConflictError):
        edit_item(db, item_id, ItemPatch(title="Lost", expected_version=opened.version))
    assert get_item(db, item_id) == current
    assert current.row.location == "Islamabad" and current.version == opened.version + 1


@pytest.mark.parametrize(
    "patch",
    [
        ItemPatch(title=" "),
        ItemPatch(date="tomorrowish"),
        ItemPatch(due="2026"),
        ItemPatch(type="treaty"),
        ItemPatch(sectors=[""]),
        ItemPatch(participants=["X:king"]),
    ],
)
def test_invalid_edits_change_nothing(db, ids, patch) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError):
        edit_item(db, ids["meeting-lavrov-fatemi-2025-06-03"], patch, today=TODAY)
    assert snapshot(db) == before


def test_delete_removes_the_item_with_its_evidence_follow_ups_and_links(db, ids, tmp_path) -> None:
    key = "commitment-putin-meet-shehbaz-sco-2025-08"
    item_id = ids[key]
    ends = [lk for lk in SEED["links"] if key in (lk["from"], lk["to"])]
    assert ends and any(f["item"] == key for f in SEED["follow_ups"])
    deleted = delete_item(db, item_id).item
    assert deleted.row.title == SEED_ITEMS[key]["title"]
    with pytest.raises(NotFoundError):
        get_item(db, item_id)
    assert (
        count_items(db, ItemFilter(Kind.COMMITMENT))
        == sum(i["kind"] == "commitment" for i in SEED["items"]) - 1
    )
    assert list_follow_ups(db, item_id=item_id) == []
    assert len(list_follow_ups(db)) == len(SEED["follow_ups"]) - 1
    assert len(all_link_ids(db)) == len(SEED["links"]) - len(ends)
    for link in ends:
        other = link["to"] if link["from"] == key else link["from"]
        assert item_id not in {lk.other_id for lk in get_item(db, ids[other]).links}
    export_csv(db, tmp_path, names=["evidence"])
    with open(tmp_path / "evidence.csv", encoding="utf-8", newline="") as handle:
        evidence_items = [int(row["item_id"]) for row in csv.DictReader(handle)]
    assert item_id not in evidence_items
    assert len(evidence_items) == seed_quote_count() - seed_quote_count([key])


def test_delete_of_an_unknown_item_is_not_found(db) -> None:
    before = snapshot(db)
    with pytest.raises(NotFoundError):
        delete_item(db, 99999)
    assert snapshot(db) == before


def test_participants_with_non_ascii_names_match_existing_actors(db) -> None:
    """Russian names are often typed in Cyrillic; the same name again must be the same actor."""
    typed = ["Сергей Лавров", "Сергей Лавров", "сергей лавров"]
    rows = [
        add_item(db, ItemDraft("event", n, participants=[n]), today=TODAY).item.row for n in typed
    ]
    assert len({row.participants[0].actor_id for row in rows}) == 1
    assert len(list_actors(db)) == len(SEED["actors"]) + 1


# On a server, writers take turns for the whole transaction (store.writers_lock), so no
# write can land between another's read and write; the colleague here would wait forever.
@pytest.mark.sqlite_only
def test_an_edit_that_names_no_version_survives_a_write_landing_between_its_read_and_write(
    db,
) -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from pakru_desktop.domain.errors import ConflictError
    from pakru_desktop.services.database import open_database

    colleague = open_database(db.url)
    landed: list[bool] = []

    def colleague_writes_first(_session, _context, _instances) -> None:
        if not landed:
            landed.append(True)  # once: the colleague's own flush passes through here too
            edit_item(colleague, 1, ItemPatch(title=f"Renamed by a colleague ({len(titles)})"))
            titles.append(True)

    titles: list[bool] = []

    event.listen(Session, "before_flush", colleague_writes_first)
    try:
        edit_item(db, 1, ItemPatch(location="Great Hall"))  # pakru edit: no version named
        assert landed
        row = get_item(db, 1).row
        assert (row.title, row.location) == ("Renamed by a colleague (0)", "Great Hall")
        # Naming the version it read, the same race is a conflict, as a window needs.
        landed.clear()
        version = get_item(db, 1).version
        with pytest.raises(ConflictError):
            edit_item(db, 1, ItemPatch(location="Tianjin", expected_version=version))
    finally:
        event.remove(Session, "before_flush", colleague_writes_first)
        colleague.close()
