"""The ``pakru`` commands on sources and evidence.

add-source, edit-source, show-source, delete-source, add-evidence, remove-evidence.
Services are imported inside the handlers, as in ``cli.commands``, so other commands
do not pay for loading them.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from pakru_desktop.cli.arguments import record_id
from pakru_desktop.cli.commands import open_db
from pakru_desktop.cli.output import print_json
from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand
    from pakru_desktop.services.sources import SourceDetail

_FIELDS = ("title", "publisher", "url", "published", "language")


def register(command: AddCommand) -> None:
    """Add this module's sub-commands through ``command`` (see ``cli.parser``)."""
    cmd = command(
        "add-source",
        add_source,
        "add a source (article or document) with its text; prints its id",
        'pakru add-source --title "Dar meets Lavrov" --publisher Dawn --published 2025-11-18'
        " --language en --text-file article.html",
    )
    _source_options(cmd, required=True)

    cmd = command(
        "edit-source",
        edit_source,
        "change fields of a source (an empty value clears it: --url '')",
        "pakru edit-source 4 --published 'Nov 18, 2025' --text-file article.txt",
    )
    cmd.add_argument("id", type=record_id, metavar="ID")
    _source_options(cmd, required=False)

    cmd = command(
        "show-source",
        show_source,
        "show a source: its details, full text and the evidence quoting it",
        "pakru show-source 2 --format json",
    )
    cmd.add_argument("id", type=record_id, metavar="ID")
    cmd.add_argument("--format", choices=("text", "json"), default="text")

    cmd = command(
        "delete-source",
        delete_source,
        "delete a source that no evidence quotes and no follow-up cites",
        "pakru delete-source 4",
    )
    cmd.add_argument("id", type=record_id, metavar="ID")

    cmd = command(
        "add-evidence",
        add_evidence,
        "quote a source as evidence for an item or one of its follow-ups; prints its id",
        'pakru add-evidence 12 --source 4 --quote "the two sides signed a protocol" --follow-up 31',
    )
    cmd.add_argument("item_id", type=record_id, metavar="ITEM_ID")
    cmd.add_argument("--source", type=record_id, required=True, metavar="SOURCE_ID")
    cmd.add_argument(
        "--quote",
        required=True,
        metavar="TEXT",
        help="words from the source's text (spacing, line breaks, curly or straight quotes"
        " and dashes may differ; the source's own words are stored)",
    )
    cmd.add_argument(
        "--follow-up", type=record_id, metavar="FOLLOW_UP_ID", help="a follow-up of the item"
    )

    cmd = command(
        "remove-evidence",
        remove_evidence,
        "remove a piece of evidence by its id",
        "pakru remove-evidence 57",
    )
    cmd.add_argument("evidence_id", type=record_id, metavar="EVIDENCE_ID")


def _source_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--title", required=required, metavar="T", help="the headline")
    parser.add_argument("--publisher", metavar="P", help="e.g. Dawn, TASS, APP")
    parser.add_argument("--url", metavar="U", help="its web address")
    parser.add_argument(
        "--published", metavar="DATE", help="when it was published: 2025-11-18, 'Nov 2025' …"
    )
    parser.add_argument("--language", metavar="CODE", help="en, ru, ur, en-GB …")
    parser.add_argument(
        "--text-file",
        metavar="FILE",
        help="its text: a UTF-8 .txt file or a saved .html page ('-' reads standard input)",
    )


def _read_text(path: str | None) -> str | None:
    if path is None:
        return None
    from pakru_desktop.services.article_text import (
        MAX_FILE_BYTES,
        article_from_bytes,
        read_article_file,
    )

    if path != "-":
        return read_article_file(path).text
    # Bytes, checked as a file's are: the terminal's encoding would hide bad input.
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ValidationError("There is no standard input to read the text from.", field="text")
    try:
        data = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as error:
        raise ValidationError(f"Standard input cannot be read: {error}.", field="text") from None
    return article_from_bytes(data, "standard input", is_html=data.lstrip()[:1] == b"<").text


def add_source(args: argparse.Namespace) -> None:
    """``pakru add-source``: add a source; print its id."""
    from pakru_desktop.services.sources import add_source as add

    text = _read_text(args.text_file) or ""
    db = open_db(args)
    try:
        result = add(
            db,
            title=args.title,
            publisher=args.publisher or "",
            url=args.url,
            published=args.published,
            language=args.language or "",
            text=text,
        )
    finally:
        db.close()
    # The id alone, so scripts can capture it: id=$(pakru add-source …)
    print(result.source.id)


def edit_source(args: argparse.Namespace) -> None:
    """``pakru edit-source ID``: change the fields given."""
    from pakru_desktop.services.sources import edit_source as edit

    given: dict[str, Any] = {
        name: getattr(args, name) for name in _FIELDS if getattr(args, name) is not None
    }
    text = _read_text(args.text_file)
    if text is not None:
        given["text"] = text
    if not given:
        raise ValidationError("Nothing to change; give at least one field, e.g. --title.")
    db = open_db(args)
    try:
        result = edit(db, args.id, **given)
    finally:
        db.close()
    print(f"Updated source {result.source.id}: {result.source.record.title}")


def show_source(args: argparse.Namespace) -> None:
    """``pakru show-source ID``: details, text and the evidence quoting it."""
    from pakru_desktop.services.sources import get_source_detail

    db = open_db(args)
    try:
        detail = get_source_detail(db, args.id)
    finally:
        db.close()
    if args.format == "json":
        print_json(_flat(detail))
    else:
        print_source(detail)


def _flat(detail: SourceDetail) -> object:
    """The source's fields at the top level, as ``pakru show --format json`` prints items."""
    from pakru_desktop.services.sources import SourceQuote

    @dataclass(frozen=True)
    class Source:
        id: int
        ref: str | None
        title: str
        publisher: str
        url: str | None
        published: FuzzyDate | None
        date_note: str
        language: str
        text: str
        evidence: tuple[SourceQuote, ...]
        cited_by_follow_ups: int

    record = detail.record
    return Source(
        record.id,
        record.ref,
        record.title,
        record.publisher,
        record.url,
        record.published,
        record.date_note,
        detail.language,
        record.text,
        detail.quotes,
        detail.cited_by_follow_ups,
    )


def print_source(detail: SourceDetail, out: TextIO | None = None) -> None:
    """A source as text: its fields, the evidence quoting it, then its full text."""
    out = out or sys.stdout
    record = detail.record
    published = ""
    if record.published is not None:
        inferred = ", inferred" if record.published.inferred else ""
        published = f"{record.published.display()} ({record.published.precision.value}{inferred})"
    fields = [
        ("Publisher", record.publisher),
        ("Published", published),
        ("Date note", record.date_note),
        ("Language", detail.language),
        ("URL", record.url or ""),
        ("Seed id", record.ref or ""),
        ("Text", f"{len(record.text):,} characters" if record.text else "not stored"),
    ]
    out.write(f"#{record.id} {record.title}\n")
    for name, value in fields:
        if value:
            out.write(f"  {name + ':':<14}{value}\n")
    cited = detail.cited_by_follow_ups
    if cited:
        out.write(f"  {'Cited by:':<14}{cited} follow-up{'' if cited == 1 else 's'}\n")
    out.write("\nEvidence:\n" if detail.quotes else "\nEvidence: none\n")
    for quote in detail.quotes:
        target = f"item {quote.item_id}"
        if quote.follow_up_id is not None:
            target += f", follow-up {quote.follow_up_id}"
        where = f", characters {quote.start}–{quote.end}" if quote.start is not None else ""
        out.write(
            f"  “{quote.quote}”\n    — for {target}: {quote.item_title}"
            f" (evidence {quote.evidence_id}{where})\n"
        )
    if record.text:
        out.write("\nText:\n")
        out.write(record.text.rstrip("\n") + "\n")


def delete_source(args: argparse.Namespace) -> None:
    """``pakru delete-source ID``: delete a source nothing cites."""
    from pakru_desktop.services.sources import delete_source as delete

    db = open_db(args)
    try:
        result = delete(db, args.id)
    finally:
        db.close()
    print(f"Deleted source {args.id}: {result.source.record.title}")


def add_evidence(args: argparse.Namespace) -> None:
    """``pakru add-evidence ITEM_ID --source ID --quote TEXT``: print the evidence id."""
    from pakru_desktop.services.evidence import add_evidence as add

    db = open_db(args)
    try:
        result = add(db, args.item_id, args.source, args.quote, args.follow_up)
    finally:
        db.close()
    print(result.evidence.id)


def remove_evidence(args: argparse.Namespace) -> None:
    """``pakru remove-evidence EVIDENCE_ID``: remove one quote."""
    from pakru_desktop.services.evidence import remove_evidence as remove

    db = open_db(args)
    try:
        result = remove(db, args.evidence_id)
    finally:
        db.close()
    print(f"Removed evidence {args.evidence_id} from item {result.item_id}.")
