"""The ``pakru`` commands on actors: edit-actor, merge-actors, show-actor, delete-actor.

Services are imported inside the handlers, as in ``cli.commands``: building the parser
must not load the ORM.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from pakru_desktop.cli.arguments import record_id
from pakru_desktop.cli.commands import open_db
from pakru_desktop.cli.output import print_json, print_rows
from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.vocabulary import ACTOR_KINDS

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand
    from pakru_desktop.services.actors import ActorDetail, ActorMerge, MovedPart


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
    kinds = ", ".join(t.code for t in ACTOR_KINDS)
    cmd = command(
        "edit-actor",
        edit_actor,
        "change an actor's name, kind, country, office or aliases (--alias replaces the list)",
        'pakru edit-actor 7 --title "Deputy Prime Minister" --alias Dar --alias "DPM Dar"',
    )
    cmd.add_argument("id", type=record_id, metavar="ID")
    cmd.add_argument("--name", metavar="NAME", help="the name the actor is listed under")
    cmd.add_argument("--kind", metavar="KIND", help=kinds)
    cmd.add_argument("--country", metavar="COUNTRY")
    cmd.add_argument("--title", metavar="OFFICE", help="office or position, e.g. Foreign Minister")
    cmd.add_argument(
        "--alias",
        action="append",
        metavar="NAME",
        help="another name the actor is reported by; repeatable; replaces the aliases",
    )
    cmd.add_argument("--clear-aliases", action="store_true", help="remove every alias")

    cmd = command(
        "merge-actors",
        merge_actors,
        "merge a duplicate actor into another: its items and names move, it is deleted",
        "pakru merge-actors 2 21",
    )
    cmd.add_argument("keep_id", type=record_id, metavar="KEEP_ID", help="the actor that stays")
    cmd.add_argument("other_id", type=record_id, metavar="OTHER_ID", help="the duplicate, deleted")

    cmd = command(
        "show-actor",
        show_actor,
        "show an actor's fields and the items it takes part in",
        "pakru show-actor 2 --format json",
    )
    cmd.add_argument("id", type=record_id, metavar="ID")
    cmd.add_argument("--format", choices=("text", "json"), default="text")

    cmd = command(
        "delete-actor",
        delete_actor,
        "delete an actor that takes part in no item",
        "pakru delete-actor 21",
    )
    cmd.add_argument("id", type=record_id, metavar="ID")


def edit_actor(args: argparse.Namespace) -> None:
    """``pakru edit-actor ID``: change the fields given."""
    from pakru_desktop.services.actors import ActorPatch
    from pakru_desktop.services.actors import edit_actor as edit

    if args.clear_aliases and args.alias:
        raise ValidationError("Give --alias or --clear-aliases, not both.")
    aliases = [] if args.clear_aliases else args.alias
    patch = ActorPatch(args.name, args.kind, args.country, args.title, aliases)
    if patch == ActorPatch():
        raise ValidationError("Nothing to change; give at least one field, e.g. --title.")
    db = open_db(args)
    try:
        result = edit(db, args.id, patch)
    finally:
        db.close()
    print(f"Updated actor {result.actor.id}: {result.actor.actor.name}.")


def merge_actors(args: argparse.Namespace) -> None:
    """``pakru merge-actors KEEP_ID OTHER_ID``: merge, then say what moved."""
    from pakru_desktop.services.actors import merge_actors as merge

    db = open_db(args)
    try:
        result = merge(db, args.keep_id, args.other_id)
    finally:
        db.close()
    print_merge(result)


def print_merge(merge: ActorMerge, out: TextIO | None = None) -> None:
    """What a merge did: the parts moved, the duplicates dropped, the names added."""
    out = out or sys.stdout
    kept, removed = merge.kept_after, merge.removed
    out.write(
        f"Merged actor {removed.id} ({removed.name}) into actor {kept.id} ({kept.name});"
        f" actor {removed.id} was deleted.\n"
    )
    out.write(f"  Moved:    {_parts(merge.moved, 'participation')}\n")
    if merge.dropped:
        # Parts the kept actor already played in the same items.
        out.write(f"  Dropped:  {_parts(merge.dropped, 'duplicate')}\n")
    out.write(f"  Aliases:  {'; '.join(merge.added_aliases) or 'none added'}\n")
    before, after = merge.kept_before, merge.kept_after
    for label, old, new in (
        ("Country", before.country, after.country),
        ("Office", before.title, after.title),
    ):
        if old != new:
            out.write(f"  {label + ':':<10}{new} (was empty)\n")


def _parts(parts: tuple[MovedPart, ...], noun: str) -> str:
    if not parts:
        return "nothing"
    noun = noun if len(parts) == 1 else f"{noun}s"
    return f"{len(parts)} {noun}: " + ", ".join(f"item {p.item_id} ({p.role})" for p in parts)


def show_actor(args: argparse.Namespace) -> None:
    """``pakru show-actor ID``: the actor's fields and its items."""
    from pakru_desktop.services.actors import get_actor

    db = open_db(args)
    try:
        detail = get_actor(db, args.id)
    finally:
        db.close()
    if args.format == "json":
        print_json(detail)
    else:
        print_actor(detail)


def print_actor(detail: ActorDetail, out: TextIO | None = None) -> None:
    """An actor's fields, then one line per item and role, in date order."""
    out = out or sys.stdout
    actor = detail.actor
    out.write(f"#{actor.id} {actor.name}\n")
    for label, value in (
        ("Kind", actor.kind),
        ("Country", actor.country),
        ("Office", actor.title),
        ("Aliases", "; ".join(actor.aliases)),
    ):
        if value:
            out.write(f"  {label + ':':<10}{value}\n")
    if not detail.items:
        out.write("\nItems: none\n")
        return
    count = detail.item_count
    out.write(f"\nTakes part in {count} {'item' if count == 1 else 'items'}:\n")
    # One line per item: an actor may hold two roles in one (host and signatory).
    rows: dict[int, list[str]] = {}
    for part in detail.items:
        row = rows.setdefault(
            part.item_id, [str(part.item_id), part.kind.value, part.date.display(), "", part.title]
        )
        row[3] = f"{row[3]}; {part.role}" if row[3] else part.role
    print_rows(("id", "kind", "date", "roles", "title"), list(rows.values()), "table", out)


def delete_actor(args: argparse.Namespace) -> None:
    """``pakru delete-actor ID``: delete an actor with no items."""
    from pakru_desktop.services.actors import delete_actor as delete

    db = open_db(args)
    try:
        result = delete(db, args.id)
    finally:
        db.close()
    print(f"Deleted actor {args.id}: {result.actor.actor.name}")
