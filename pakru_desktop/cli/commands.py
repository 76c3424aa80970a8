"""One handler per ``pakru`` command: read arguments, call a service, print the result.

Services that need SQLAlchemy are imported inside the handlers: ``pakru list``
of items must not pay for loading the ORM (see ``services.quick_lists``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pakru_desktop.cli.output import (
    date_cell,
    print_item,
    print_json,
    print_rows,
    span_end_cells,
)
from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date
from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.item_input import ItemDraft
from pakru_desktop.domain.vocabulary import Kind, parse_kind
from pakru_desktop.services.paths import resolve_database_url, user_path

if TYPE_CHECKING:
    from pakru_desktop.services.database import Database
    from pakru_desktop.services.quick_writes import FollowUpWritten


def run(args: argparse.Namespace) -> None:
    """Call the handler the parser chose for this command."""
    args.handler(args)


def open_db(args: argparse.Namespace, *, create: bool = True) -> Database:
    """The database the command's ``--db``/``--database-url`` (or env, or default) names;
    ``create=False`` refuses a missing one rather than making it."""
    from pakru_desktop.services.database import open_from_options

    return open_from_options(args.db, args.database_url, create=create)


def init(args: argparse.Namespace) -> None:
    """``pakru init [--empty] [--writer-role R] [--reader-role R]``: create and migrate a
    database; on a server, grant the roles."""
    from pakru_desktop.services.database import init_database

    url = resolve_database_url(args.db, args.database_url)
    roles = {"writer": args.writer_role, "reader": args.reader_role}
    db = init_database(url, seed=not args.empty, **roles)
    try:
        what = "empty" if args.empty else "with the seed dataset"
        granted = "".join(
            f"; {role} may {'read and change' if kind == 'writer' else 'read'} it"
            for kind, role in roles.items()
            if role
        )
        print(f"Created {db.path or db.display_name} ({what}){granted}.")
    finally:
        db.close()


def _range_end(text: str | None) -> dt.date | None:
    return parse_fuzzy_date(text, dt.date.today()).end if text else None


def _range_start(text: str | None) -> dt.date | None:
    return parse_fuzzy_date(text, dt.date.today()).start if text else None


def list_records(args: argparse.Namespace) -> None:
    """``pakru list KIND``: one kind of record, filtered, as a table, CSV or JSON."""
    kind_word = args.kind
    item_only = (args.sector, args.date_from, args.date_to)
    if kind_word in ("actors", "sources", "follow-ups") and any(item_only[:1] + item_only[1:]):
        raise ValidationError(f"--sector, --from and --to apply to item lists, not {kind_word}.")
    if kind_word in ("actors", "sources", "follow-ups") and args.overdue:
        raise ValidationError(f"--overdue applies to item lists, not {kind_word}.")
    if kind_word in ("actors", "sources") and args.status:
        raise ValidationError(f"--status applies to item lists and follow-ups, not {kind_word}.")
    if kind_word not in ("actors", "sources", "follow-ups"):
        _list_items(parse_kind(kind_word), args)
        return
    from pakru_desktop.services import queries

    machine = args.format != "table"
    db = open_db(args)
    try:
        if kind_word == "actors":
            actors = queries.list_actors(db, args.search)
            print_rows(
                ("id", "name", "kind", "country", "title"),
                [(a.id, a.name, a.kind, a.country, a.title) for a in actors],
                args.format,
            )
        elif kind_word == "sources":
            sources = queries.list_sources(db, args.search)
            headers = ["id", "published", "publisher", "title", "url"]
            rows = [
                [s.id, date_cell(s.published, machine), s.publisher, s.title, s.url or ""]
                + (_precision_and_end(s.published) if machine else [])
                for s in sources
            ]
            if machine:
                headers += ["published_precision", "published_end", "published_end_precision"]
            print_rows(headers, rows, args.format)
        else:
            found = queries.list_follow_ups(db, args.search, status=args.status)
            headers = ["id", "item_id", "date", "new_status", "note"]
            rows = [
                [f.id, f.item_id, date_cell(f.date, machine), f.new_status or "", f.note]
                + (_precision_and_end(f.date) if machine else [])
                for f in found
            ]
            if machine:
                headers += ["date_precision", "date_end", "date_end_precision"]
            print_rows(headers, rows, args.format)
    finally:
        db.close()


def _list_items(kind: Kind, args: argparse.Namespace) -> None:
    from pakru_desktop.services.quick_lists import (
        list_cells_quickly,
        list_items_quickly,
        listing_headers,
    )

    flt = ItemFilter(
        kind=kind,
        text=args.search,
        status=args.status,
        sector=args.sector,
        date_from=_range_start(args.date_from),
        date_to=_range_end(args.date_to),
        overdue_on=dt.date.today() if args.overdue else None,
    )
    url = resolve_database_url(args.db, args.database_url)
    machine = args.format != "table"
    headers = listing_headers(kind, machine)
    if machine:
        cells = list_cells_quickly(url, flt, guard=args.format == "csv")
        if cells is not None:
            print_rows(headers, cells, args.format, guarded=True)
            return
    rows = list_items_quickly(url, flt)

    def table() -> Iterator[list[object]]:
        for row in rows:
            values: list[object] = [
                row.id,
                date_cell(row.date, machine),
                row.date.precision.value,
                row.type or "",
                row.status,
                row.title,
                row.location,
                "; ".join(row.sectors),
            ]
            if kind is not Kind.EVENT:
                values.insert(3, date_cell(row.due, machine))
            if machine:
                # Spans' ends, as in exported files: after every other column, empty if none.
                values += span_end_cells(row.date)
                if kind is not Kind.EVENT:
                    values += span_end_cells(row.due)
            yield values

    print_rows(headers, table(), args.format)


def _precision_and_end(date: FuzzyDate | None) -> list[str]:
    """A date's precision, then its span end and that end's precision (empty if none)."""
    return [date.precision.value if date else "", *span_end_cells(date)]


def show(args: argparse.Namespace) -> None:
    """``pakru show ID``: every field, evidence, follow-ups and links."""
    from pakru_desktop.services.items import get_item

    db = open_db(args)
    try:
        detail = get_item(db, args.id)
    finally:
        db.close()
    if args.format == "json":
        print_json(detail)
    else:
        print_item(detail)


def _draft(args: argparse.Namespace, kind: Kind) -> ItemDraft:
    return ItemDraft(
        kind=kind,
        title=args.title,
        date=args.date,
        type=args.type,
        summary=args.summary or "",
        location=args.location or "",
        status=args.status,
        due=getattr(args, "due", None),
        sectors=args.sector or (),
        participants=args.participant or (),
        source_url=args.source_url,
        quote=args.quote,
    )


def _add(args: argparse.Namespace, kind: Kind) -> None:
    from pakru_desktop.services.quick_writes import add_item_quickly

    draft = _draft(args, kind)
    item_id = add_item_quickly(resolve_database_url(args.db, args.database_url), draft)
    if item_id is None:
        # Imported here: the quick path must not load SQLAlchemy.
        from pakru_desktop.services.items import add_item

        db = open_db(args)
        try:
            item_id = add_item(db, draft).item.id
        finally:
            db.close()
    # The id alone, so scripts can capture it: id=$(pakru add-event …)
    print(item_id)


def add_event(args: argparse.Namespace) -> None:
    """``pakru add-event``: add an event; print its id."""
    _add(args, Kind.EVENT)


def add_item(args: argparse.Namespace) -> None:
    """``pakru add-item KIND``: add an item of any kind; print its id."""
    _add(args, parse_kind(args.kind))


def _quick_follow_up(args: argparse.Namespace, status: str | None) -> FollowUpWritten | None:
    """The follow-up written by the quick path, when it names no source (see
    ``services.quick_writes``)."""
    from pakru_desktop.services.quick_writes import add_follow_up_quickly

    if args.source is not None or getattr(args, "source_url", None) or args.quote:
        return None
    url = resolve_database_url(args.db, args.database_url)
    return add_follow_up_quickly(url, args.id, date=args.date, note=args.note or "", status=status)


def follow_up(args: argparse.Namespace) -> None:
    """``pakru follow-up ID``: record what happened next."""
    written = _quick_follow_up(args, args.status)
    if written is not None:
        print(written.id)
        return
    # Imported here: the quick path must not load SQLAlchemy.
    from pakru_desktop.services.follow_ups import add_follow_up

    db = open_db(args)
    try:
        result = add_follow_up(
            db,
            args.id,
            date=args.date,
            note=args.note,
            status=args.status,
            source_url=args.source_url,
            source_id=args.source,
            quote=args.quote,
        )
    finally:
        db.close()
    print(result.follow_up.id)


def set_status(args: argparse.Namespace) -> None:
    """``pakru set-status ID CODE``: change the status, as a follow-up."""
    written = _quick_follow_up(args, args.code)
    if written is not None:
        print(f"Item {args.id} is now {written.item_status} (as of {written.date.display()}).")
        return
    # Imported here: the quick path must not load SQLAlchemy.
    from pakru_desktop.services.follow_ups import set_status as change_status

    db = open_db(args)
    try:
        result = change_status(
            db,
            args.id,
            args.code,
            date=args.date,
            note=args.note,
            source_id=args.source,
            quote=args.quote,
        )
    finally:
        db.close()
    when = result.follow_up.date.display()
    print(f"Item {args.id} is now {result.item_status} (as of {when}).")


def history(args: argparse.Namespace) -> None:
    """``pakru history ID``: every recorded change to an item, newest first."""
    from pakru_desktop.services.history import item_history

    db = open_db(args)
    try:
        lines = item_history(db, args.id)
    finally:
        db.close()
    if args.format == "json":
        print_json(lines)
        return
    rows = [(f"{line.at:%Y-%m-%d %H:%M:%S}", line.who, line.text) for line in lines]
    print_rows(["when (UTC)", "who", "change"], rows, "table", wide=True)


def edit(args: argparse.Namespace) -> None:
    """``pakru edit ID``: change the fields given."""
    from pakru_desktop.services.items import ItemPatch, edit_item

    if args.clear_due and args.due:
        raise ValidationError("Give --due or --clear-due, not both.")
    patch = ItemPatch(
        title=args.title,
        date=args.date,
        type=args.type,
        summary=args.summary,
        location=args.location,
        due="" if args.clear_due else args.due,
        sectors=args.sector,
        participants=args.participant,
    )
    if patch == ItemPatch():
        raise ValidationError("Nothing to change; give at least one field, e.g. --title.")
    patch = ItemPatch(**{**patch.__dict__, "expected_version": args.if_version})
    db = open_db(args)
    try:
        result = edit_item(db, args.id, patch)
    finally:
        db.close()
    print(f"Updated item {result.item.id} (version {result.item.version}).")


def delete(args: argparse.Namespace) -> None:
    """``pakru delete ID``: delete an item with its evidence, follow-ups and links."""
    from pakru_desktop.services.items import delete_item

    db = open_db(args)
    try:
        result = delete_item(db, args.id, expected_version=args.if_version)
    finally:
        db.close()
    print(f"Deleted item {args.id}: {result.item.row.title}")


def link(args: argparse.Namespace) -> None:
    """``pakru link FROM TYPE TO``: link two items; print the link's id."""
    from pakru_desktop.services.links import add_link

    db = open_db(args)
    try:
        result = add_link(db, args.from_id, args.type, args.to_id, args.note)
    finally:
        db.close()
    print(result.link.id)


def unlink(args: argparse.Namespace) -> None:
    """``pakru unlink LINK_ID``: remove a link."""
    from pakru_desktop.services.links import remove_link

    db = open_db(args)
    try:
        remove_link(db, args.link_id)
    finally:
        db.close()
    print(f"Removed link {args.link_id}.")


def export(args: argparse.Namespace) -> None:
    """``pakru export``: write the CSV files into a folder."""
    from pakru_desktop.services.export_csv import export_csv, file_names

    names = file_names(args.kind)
    # A missing database is an error, not a new one: an export of an empty database
    # would replace earlier exported files with header-only ones.
    db = open_db(args, create=False)
    try:
        result = export_csv(db, user_path(args.out), names=names, excel=args.excel)
    finally:
        db.close()
    for path in result.files:
        print(f"{path}  ({result.rows[path.stem]} rows)")
