"""CSV export: the files of the DESIGN.md contract, read back with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from seed_helpers import SEED, SEED_ITEMS, TODAY, all_item_ids, all_link_ids, seed_quote_count

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.export_csv import ExportCancelled, export_csv, file_names
from pakru_desktop.services.follow_ups import add_follow_up
from pakru_desktop.services.items import ItemDraft, add_item, get_item
from pakru_desktop.services.queries import list_actors, list_follow_ups, list_items, list_sources

# The contract of DESIGN.md: one file per kind and per related table.
CONTRACT = ["events", "agreements", "projects", "commitments", "follow_ups", "actors",
            "sources", "evidence", "links"]  # fmt: skip
BOM = b"\xef\xbb\xbf"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The export folder (the test's database lives next to it, in tmp_path)."""
    return tmp_path / "export"


def read(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def by_title(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["title"]: row for row in rows}


def precision_of(iso: str) -> str:
    return {4: "year", 7: "quarter" if "Q" in iso else "month", 10: "day"}[len(iso)]


def test_every_contract_file_holds_the_database_rows(db, out) -> None:
    result = export_csv(db, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in CONTRACT)
    assert sorted(result.files) == sorted(out / f"{n}.csv" for n in CONTRACT)
    evidence = [e.id for i in all_item_ids(db) for e in get_item(db, i).evidence]
    expected_ids = {
        **{k.plural: [r.id for r in list_items(db, ItemFilter(k))] for k in Kind},
        "follow_ups": [f.id for f in list_follow_ups(db)],
        "actors": [a.id for a in list_actors(db)],
        "sources": [s.id for s in list_sources(db)],
        "evidence": evidence,
        "links": list(all_link_ids(db)),
    }
    seed_counts = {k.plural: sum(i["kind"] == k.value for i in SEED["items"]) for k in Kind}
    seed_counts.update({n: len(SEED[n]) for n in ("follow_ups", "actors", "sources", "links")})
    seed_counts["evidence"] = seed_quote_count()
    for name in CONTRACT:
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header[0] == "id", name
        rows = read(out, name)
        assert sorted(int(r["id"]) for r in rows) == sorted(expected_ids[name]), name
        assert len(rows) == result.rows[name] == seed_counts[name], name


def test_dates_are_iso_of_their_precision_with_a_precision_column(db, out) -> None:
    add_item(db, ItemDraft("project", "Quarterly", date="Q1 2026", due="first quarter of 2027"))
    export_csv(db, out)
    exported = {k.plural: by_title(read(out, k.plural)) for k in Kind}
    years = [i for i in SEED["items"] if len(i["date"]) == 4]
    months = [i for i in SEED["items"] if len(i["date"]) == 7]
    assert years and months
    for item in SEED["items"]:
        row = exported[f"{item['kind']}s"][item["title"]]
        assert (row["date"], row["date_precision"]) == (item["date"], precision_of(item["date"]))
        assert row["date_inferred"] == ("yes" if item["date_inferred"] else "no")
        if item["kind"] != "event":
            due = item["due"] or ""
            assert (row["due"], row["due_precision"]) == (due, due and precision_of(due))
    quarterly = exported["projects"]["Quarterly"]
    assert (quarterly["date"], quarterly["date_precision"]) == ("2026-Q1", "quarter")
    assert (quarterly["due"], quarterly["due_precision"]) == ("2027-Q1", "quarter")
    follow_ups = {row["note"]: row for row in read(out, "follow_ups")}
    for f in SEED["follow_ups"]:
        assert follow_ups[f["note"]]["date"] == f["date"]
    for s in read(out, "sources"):
        seed = next(x for x in SEED["sources"] if x["title"] == s["title"])
        assert (s["published"], s["published_precision"]) == (seed["published"], "day")


def test_list_fields_are_joined_with_semicolon_space(db, out) -> None:
    export_csv(db, out)
    names = {a["key"]: a["name"] for a in SEED["actors"]}
    rows = {k.plural: by_title(read(out, k.plural)) for k in Kind}
    for item in SEED["items"]:
        row = rows[f"{item['kind']}s"][item["title"]]
        assert sorted(row["sectors"].split("; ")) == sorted(item["sectors"])
        people = [f"{names[p['actor']]} ({p['role']})" for p in item["participants"]]
        assert sorted(row["participants"].split("; ")) == sorted(people)

        def named(role: str, item: dict = item) -> str:
            return "; ".join(names[p["actor"]] for p in item["participants"] if p["role"] == role)

        if item["kind"] == "agreement":
            assert row["signatories"] == named("signatory")
        if item["kind"] == "commitment":
            assert (row["committed_by"], row["committed_to"]) == (
                named("committed-by"),
                named("committed-to"),
            )
    actors = {row["name"]: row for row in read(out, "actors")}
    for actor in SEED["actors"]:
        assert actors[actor["name"]]["aliases"] == "; ".join(actor["aliases"])


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_cells_a_spreadsheet_would_run_get_an_apostrophe(db, out, start) -> None:
    title = f'{start}HYPERLINK("http://x")'
    add_item(db, ItemDraft("event", title, summary=f"{start}1+2", location="Moscow"), today=TODAY)
    export_csv(db, out, names=["events"])
    rows = read(out, "events")
    assert [r["summary"] for r in rows if r["title"] == f"'{title}"] == [f"'{start}1+2"]
    assert not any(r["title"][:1] in "=+-@" for r in rows)
    plain = SEED_ITEMS["meeting-shehbaz-putin-beijing-2025-09"]["title"]
    assert plain in {r["title"] for r in rows}


def test_excel_adds_a_utf8_bom_and_plain_does_not(db, out) -> None:
    export_csv(db, out / "plain")
    export_csv(db, out / "excel", excel=True)
    for name in CONTRACT:
        plain = (out / "plain" / f"{name}.csv").read_bytes()
        excel = (out / "excel" / f"{name}.csv").read_bytes()
        assert excel.startswith(BOM) and not plain.startswith(BOM), name
        assert plain.startswith(b"id,") and excel == BOM + plain, name


def test_records_end_with_crlf(db, out) -> None:
    result = export_csv(db, out)
    for name in ("links", "actors", "follow_ups", "events"):
        data = (out / f"{name}.csv").read_bytes()
        assert data.endswith(b"\r\n")
        # No field of these files holds a line break, so every break ends a record.
        assert data.count(b"\r\n") == data.count(b"\n") == result.rows[name] + 1, name


def test_quotes_commas_and_line_breaks_survive_a_round_trip(db, out) -> None:
    summary = 'He said "yes, soon",\nthen left;\r\nno date — «позже»'
    title = 'The "Moscow, 2025" talks'
    item_id = add_item(db, ItemDraft("event", title, summary=summary), today=TODAY).item.id
    add_follow_up(db, item_id, date="2025-09-03", note='Line one\n"two"')
    export_csv(db, out, names=["events", "follow_ups"])
    row = next(r for r in read(out, "events") if int(r["id"]) == item_id)
    assert (row["title"], row["summary"]) == (title, get_item(db, item_id).summary)
    assert summary.strip() == row["summary"]
    notes = [r["note"] for r in read(out, "follow_ups") if int(r["item_id"]) == item_id]
    assert notes == ['Line one\n"two"']


def test_item_filter_limits_its_kind_and_the_rows_about_those_items(db, ids, out) -> None:
    flt = ItemFilter(Kind.COMMITMENT, text="Shehbaz")
    chosen = {row.id for row in list_items(db, flt)}
    about = {k for k, v in ids.items() if v in chosen}
    assert 0 < len(chosen) < sum(i["kind"] == "commitment" for i in SEED["items"])
    assert any(f["item"] in about for f in SEED["follow_ups"])
    export_csv(db, out, item_filter=flt)
    assert {int(r["id"]) for r in read(out, "commitments")} == chosen
    assert len(read(out, "events")) == sum(i["kind"] == "event" for i in SEED["items"])
    follow_ups = read(out, "follow_ups")
    assert {int(r["item_id"]) for r in follow_ups} <= chosen
    assert len(follow_ups) == sum(f["item"] in about for f in SEED["follow_ups"])
    evidence = read(out, "evidence")
    assert {int(r["item_id"]) for r in evidence} <= chosen
    assert len(evidence) == seed_quote_count(about)
    links = read(out, "links")
    assert all(int(r["from_id"]) in chosen or int(r["to_id"]) in chosen for r in links)
    assert len(links) == sum(lk["from"] in about or lk["to"] in about for lk in SEED["links"])
    assert len(read(out, "actors")) == len(SEED["actors"])


def test_file_names_for_a_kind(db, out) -> None:
    assert file_names(None) == tuple(CONTRACT)
    assert file_names("follow-ups") == ("follow_ups",)
    assert file_names(" Event ") == file_names("events") == ("events",)
    for bad in ("follow ups", "meetings", ""):
        with pytest.raises(ValidationError):
            file_names(bad)
    export_csv(db, out, names=file_names("follow-ups"))
    assert [p.name for p in out.iterdir()] == ["follow_ups.csv"]


def test_progress_reports_each_file_with_its_row_count(db, out) -> None:
    calls: list[tuple[str, int]] = []
    result = export_csv(db, out, progress=lambda name, rows: calls.append((name, rows)))
    assert calls == list(result.rows.items())
    assert [name for name, _ in calls] == CONTRACT


@pytest.mark.parametrize("cancel_at", [1, 4, len(CONTRACT)])
def test_cancelling_from_progress_leaves_no_files(db, out, cancel_at) -> None:
    calls: list[str] = []

    def progress(name: str, rows: int) -> bool:
        calls.append(name)
        return len(calls) == cancel_at

    with pytest.raises(ExportCancelled):
        export_csv(db, out, progress=progress)
    assert len(calls) == cancel_at
    assert sorted(p.name for p in out.iterdir()) == []


def test_a_cancelled_export_leaves_an_earlier_export_as_it_was(db, out) -> None:
    export_csv(db, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    add_item(db, ItemDraft("event", "Added after the first export", date="2025"), today=TODAY)
    calls = []

    def cancel_on_third_file(name: str, rows: int) -> bool:
        calls.append(name)
        return len(calls) == 3

    with pytest.raises(ExportCancelled):
        export_csv(db, out, progress=cancel_on_third_file)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_export_during_writes_shows_the_database_at_one_moment(db, out) -> None:
    from pakru_desktop.services.database import open_database

    colleague = open_database(db.url)
    wrote: list[int] = []

    def write_meanwhile(name: str, _rows: int) -> None:
        if name == "events" and not wrote:  # after the first file, before the others
            new = add_item(colleague, ItemDraft("commitment", "Written meanwhile", date="2025"))
            add_follow_up(colleague, new.item.id, date="2025", note="Also meanwhile")
            wrote.append(new.item.id)

    try:
        export_csv(db, out, progress=write_meanwhile)
    finally:
        colleague.close()
    assert wrote
    items = {int(r["id"]) for k in Kind for r in read(out, k.plural)}
    assert wrote[0] not in items
    assert {int(r["item_id"]) for r in read(out, "follow_ups")} <= items
    assert {int(r["item_id"]) for r in read(out, "evidence")} <= items


def test_partial_files_a_killed_export_left_are_cleared(db, out) -> None:
    out.mkdir(parents=True, exist_ok=True)
    stale = out / ".events.csv.part"
    stale.write_text("half a file")
    export_csv(db, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in CONTRACT)


@pytest.mark.parametrize("text", ["＝1+1", "\u200b=HYPERLINK(1)", "\ufeff+1", "|calc", "＠SUM(1)"])
def test_formulas_hidden_behind_full_width_or_invisible_characters_are_neutralised(
    db, out, text
) -> None:
    add_item(db, ItemDraft("event", text, date="2025"))
    export_csv(db, out, names=["events"])
    assert f"'{text}" in {r["title"] for r in read(out, "events")}


TRICKY = ["=SUM(A1:A9)", "'=already guarded", "-5 briefing", "@mention", "＝1+1",
          "\u200b=HYPERLINK(1)", "|calc", "plain, with \"quotes\"\nand a line break",
          "Путин и Шариф", "شہباز شریف"]  # fmt: skip


@pytest.mark.parametrize("excel", [False, True])
def test_cells_computed_by_sqlite_are_the_bytes_python_writes(db, tmp_path, monkeypatch, excel):
    from pakru_desktop.services import export_csv as export_module
    from pakru_desktop.services.actors import ActorPatch, edit_actor
    from pakru_desktop.services.links import add_link
    from pakru_desktop.services.sources import add_source

    source = add_source(db, title=TRICKY[0], publisher=TRICKY[8], text=TRICKY[7] + " " + TRICKY[9],
                        published="Q3 2025", today=TODAY).source  # fmt: skip
    for n, text in enumerate(TRICKY):
        kind = list(Kind)[n % 4]
        draft = ItemDraft(kind, text, date=["2025", "Sep 2024", "Q1 2026", "17-18 Nov 2025"][n % 4],
                          summary=text, location=TRICKY[-1 - n],
                          due="2027" if kind is not Kind.EVENT else None,
                          participants=(f"{text[:20]}:participant", "Vladimir Putin:host"),
                          sectors=("energy", "trade")[: n % 3])  # fmt: skip
        item = add_item(db, draft, today=TODAY).item
        add_follow_up(db, item.id, date="last month", note=text, today=TODAY)
        add_link(db, item.id, "mentions", 1, note=text)
    edit_actor(db, 2, ActorPatch(aliases=["=alias", "Владимир Путин", "'quoted"]))
    assert source.id
    filters = [None, ItemFilter(Kind.EVENT, text="SUM")]
    for flt in filters:
        fast, slow = tmp_path / "sql", tmp_path / "python"
        export_csv(db, fast, item_filter=flt, excel=excel)
        monkeypatch.setattr(export_module, "CELLS_IN_SQL", False)
        export_csv(db, slow, item_filter=flt, excel=excel)
        monkeypatch.setattr(export_module, "CELLS_IN_SQL", True)
        for name in CONTRACT:
            assert (fast / f"{name}.csv").read_bytes() == (slow / f"{name}.csv").read_bytes(), name
    rows = read(fast, "events")
    assert any(r["title"].startswith("'=SUM") for r in rows)
