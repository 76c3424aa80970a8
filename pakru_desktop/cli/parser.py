"""The ``pakru`` argument parser: every command, its options and examples for ``--help``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from pakru_desktop import __version__
from pakru_desktop.cli import (
    actor_commands,
    article_commands,
    backup_commands,
    commands,
    copy_command,
    demo_commands,
    import_commands,
    overview_commands,
    search_commands,
    source_commands,
)
from pakru_desktop.cli.arguments import record_id
from pakru_desktop.domain.quoting import one_line
from pakru_desktop.domain.vocabulary import LINK_TYPES, ROLES

LIST_KINDS = ("events", "agreements", "projects", "commitments", "actors", "sources", "follow-ups")
ITEM_KINDS = ("event", "agreement", "project", "commitment")

EPILOG = """\
examples:
  pakru init                                  create the database with the seed dataset
  pakru list events --search Putin            events mentioning Putin
  pakru list commitments --status not-yet-rated --format csv
  pakru show 1                                every field, quotes, follow-ups, links
  pakru search steel mill                     items, quotes, actors, sources with both words
  id=$(pakru add-event --title "Dar meets Lavrov" --date "on Tuesday" \\
       --location Moscow --participant "Ishaq Dar:guest" --sector diplomacy)
  pakru follow-up "$id" --date "2 Oct 2025" --note "Joint statement issued"
  pakru set-status 17 kept
  pakru export --out ~/pakru-csv --excel
  pakru import-csv ~/pakru-csv/events.csv --dry-run

The database is pakru.sqlite3 in the user data folder unless --db, --database-url,
PAKRU_DB or PAKRU_DATABASE_URL names another. Exit status: 0 done, 2 a user
error (one sentence on stderr; nothing written), 1 an unexpected error.
"""


# Adds one sub-command: (name, handler, help, example) → its parser, for options to be added.
Handler = Callable[[argparse.Namespace], None]
AddCommand = Callable[[str, Handler, str, str], argparse.ArgumentParser]


class _Parser(argparse.ArgumentParser):
    """argparse with one-sentence errors, like every other user error of ``pakru``."""

    def error(self, message: str) -> NoReturn:
        sentence = one_line(message[0].upper() + message[1:], limit=300).rstrip(".")
        print(f"{sentence}; see '{self.prog} --help'.", file=sys.stderr)
        sys.exit(2)

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        # Python 3.11 drops a "--" given as an option's value (``--title=--``) and hands the
        # option an empty list; the person meant the two characters.
        if arg_strings == ["--"] and action.nargs is None and action.option_strings:
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)


class _Retry(Exception):
    """A parser built for one command could not parse the arguments; the full one says why."""


class _OneCommandParser(_Parser):
    """The parser of ``build_parser(only=…)``: errors go to the full parser, which words them
    knowing every command."""

    def error(self, message: str) -> NoReturn:
        raise _Retry(message)


class _Unused:
    """Takes the options of a command left out of a one-command parser, and drops them."""

    def add_argument(self, *_args: Any, **_options: Any) -> None:
        """Nothing: the command is not being parsed."""

    def add_mutually_exclusive_group(self, *_args: Any, **_options: Any) -> _Unused:
        """This same sink."""
        return self


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    """``arguments`` parsed; only the named command's options are built when one is named
    (building all of them is a fifth of a quick ``pakru add-event``)."""
    word = _command_word(arguments)
    if word is not None:
        try:
            return build_parser(only=word).parse_args(arguments)
        except _Retry:
            pass
    return build_parser().parse_args(arguments)


def _command_word(arguments: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    takes_value = False
    for argument in arguments:
        if takes_value:
            takes_value = False
        elif argument in ("--db", "--database-url"):
            takes_value = True
        elif not argument.startswith("-"):
            return argument
    return None


def _database_options(parser: argparse.ArgumentParser, default: object) -> None:
    # Accepted both before and after the command; SUPPRESS keeps the later from
    # overwriting the earlier with None.
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--db", metavar="PATH", default=default, help="SQLite database file")
    group.add_argument(
        "--database-url", metavar="URL", default=default, help="SQLAlchemy database URL"
    )


def _item_options(parser: argparse.ArgumentParser, *, with_due: bool, required: bool) -> None:
    parser.add_argument("--title", required=required, help="short name of the item")
    parser.add_argument(
        "--date",
        required=required,
        help="when it happened or was signed: 2025-09-02, 'Sep 2024', 'Q1 2026', 'Tuesday' …",
    )
    parser.add_argument("--type", help="event type, or an agreement's legal nature")
    parser.add_argument("--location", help="where, e.g. Moscow")
    parser.add_argument("--summary", help="a paragraph describing it")
    roles = ", ".join(t.code for t in ROLES)
    parser.add_argument(
        "--participant",
        action="append",
        metavar="NAME[:ROLE]",
        help=f"an actor and role ({roles}); repeatable",
    )
    parser.add_argument("--sector", action="append", metavar="S", help="a sector tag; repeatable")
    if with_due:
        parser.add_argument("--due", metavar="D", help="target date (agreements, projects …)")


def _if_version(parser: argparse.ArgumentParser, verb: str) -> None:
    parser.add_argument(
        "--if-version",
        type=record_id,
        metavar="N",
        help=f"{verb} only if the item is still at version N (see 'pakru show ID --format json')",
    )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full ``pakru`` parser with a sub-command per use case; with ``only``, that one
    sub-command alone, whose errors raise ``_Retry`` (see ``parse_arguments``)."""
    parser_class = _Parser if only is None else _OneCommandParser
    parser = parser_class(
        prog="pakru",
        description="Track Pakistan–Russia meetings, agreements, projects and commitments.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pakru {__version__}")
    _database_options(parser, None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=parser_class)

    def command(
        name: str, handler: Handler, help_text: str, example: str
    ) -> argparse.ArgumentParser:
        if only is not None and name != only:
            return _Unused()  # type: ignore[return-value]
        cmd = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _database_options(cmd, argparse.SUPPRESS)
        cmd.set_defaults(handler=handler)
        return cmd

    cmd = command("init", commands.init, "create and migrate a new database", "pakru init --empty")
    cmd.add_argument("--empty", action="store_true", help="without the seed dataset")
    cmd.add_argument("--writer-role", metavar="ROLE",
                     help="a server role to let read and change every record")  # fmt: skip
    cmd.add_argument("--reader-role", metavar="ROLE",
                     help="a server role to let read every record, and change none")  # fmt: skip

    cmd = command(
        "list", commands.list_records, "list records of one kind", "pakru list events --search SCO"
    )
    cmd.add_argument("kind", metavar="KIND", choices=LIST_KINDS, help=", ".join(LIST_KINDS))
    cmd.add_argument("--search", default="", metavar="TEXT", help="text to look for")
    cmd.add_argument("--status", metavar="CODE", help="only this status")
    cmd.add_argument("--sector", metavar="S", help="only items tagged with this sector")
    cmd.add_argument("--from", dest="date_from", metavar="D", help="earliest date, e.g. 2025")
    cmd.add_argument("--to", dest="date_to", metavar="D", help="latest date, e.g. 'Q3 2025'")
    cmd.add_argument(
        "--overdue",
        action="store_true",
        help="only items overdue today (a passed due date, or a scheduled event's date)",
    )
    cmd.add_argument("--format", choices=("table", "csv", "json"), default="table")

    cmd = command("show", commands.show, "show one item in full", "pakru show 3 --format json")
    cmd.add_argument("id", type=record_id, metavar="ID")
    cmd.add_argument("--format", choices=("text", "json"), default="text")

    cmd = command(
        "add-event",
        commands.add_event,
        "add an event; prints its id",
        'pakru add-event --title "PM meets Putin" --date 2025-09-02 --type meeting',
    )
    _item_options(cmd, with_due=False, required=True)
    cmd.add_argument("--status", metavar="CODE", help="scheduled, held, postponed, cancelled")
    cmd.add_argument("--source-url", metavar="URL", help="article the quote comes from")
    cmd.add_argument("--quote", metavar="Q", help="the exact sentence supporting it")

    cmd = command(
        "add-item",
        commands.add_item,
        "add an event, agreement, project or commitment; prints its id",
        'pakru add-item agreement --title "Energy MoU" --date "Sep 2024" --type mou',
    )
    cmd.add_argument("kind", metavar="KIND", choices=ITEM_KINDS, help=", ".join(ITEM_KINDS))
    _item_options(cmd, with_due=True, required=True)
    cmd.add_argument("--status", metavar="CODE", help="a status of the kind")
    cmd.add_argument("--source-url", metavar="URL", help="article the quote comes from")
    cmd.add_argument("--quote", metavar="Q", help="the exact sentence supporting it")

    cmd = command(
        "follow-up",
        commands.follow_up,
        "record what happened next to an item",
        'pakru follow-up 12 --date "Nov 2025" --note "Visit took place" --status kept',
    )
    cmd.add_argument("id", type=record_id, metavar="ID")
    cmd.add_argument("--date", required=True, metavar="D")
    cmd.add_argument("--note", required=True, metavar="TEXT")
    cmd.add_argument("--status", metavar="CODE", help="the item's new status")
    source = cmd.add_mutually_exclusive_group()
    source.add_argument("--source-url", metavar="URL", help="the report of it")
    source.add_argument(
        "--source", type=record_id, metavar="SOURCE_ID", help="the report of it, by id"
    )
    cmd.add_argument("--quote", metavar="TEXT", help="exact words of the source saying so")

    cmd = command(
        "set-status",
        commands.set_status,
        "change an item's status, recorded as a dated follow-up",
        'pakru set-status 12 postponed --date "18 Nov 2025" --source 4 --quote "…"',
    )
    cmd.add_argument("id", type=record_id, metavar="ID")
    cmd.add_argument("code", metavar="CODE")
    cmd.add_argument("--date", metavar="D", help="when it changed (default: today)")
    cmd.add_argument("--note", default="", metavar="TEXT")
    cmd.add_argument("--source", type=record_id, metavar="SOURCE_ID", help="the report of it")
    cmd.add_argument("--quote", metavar="TEXT", help="exact words of the source saying so")

    cmd = command(
        "edit",
        commands.edit,
        "change fields of an item (--sector/--participant replace the lists)",
        'pakru edit 4 --title "New title" --date "Q3 2025"',
    )
    cmd.add_argument("id", type=record_id, metavar="ID")
    _item_options(cmd, with_due=True, required=False)
    cmd.add_argument("--clear-due", action="store_true", help="remove the due date")
    _if_version(cmd, "edit")

    cmd = command(
        "history",
        commands.history,
        "every recorded change to an item, newest first",
        "pakru history 4 --format json",
    )
    cmd.add_argument("id", type=record_id, metavar="ID")
    cmd.add_argument("--format", choices=("table", "json"), default="table")

    cmd = command("delete", commands.delete, "delete an item and its notes", "pakru delete 4")
    cmd.add_argument("id", type=record_id, metavar="ID")
    _if_version(cmd, "delete")

    links = ", ".join(t.code for t in LINK_TYPES)
    cmd = command("link", commands.link, f"link two items ({links})", "pakru link 5 implements 3")
    cmd.add_argument("from_id", type=record_id, metavar="FROM_ID")
    cmd.add_argument("type", metavar="TYPE")
    cmd.add_argument("to_id", type=record_id, metavar="TO_ID")
    cmd.add_argument("--note", default="", metavar="TEXT")

    cmd = command("unlink", commands.unlink, "remove a link by its id", "pakru unlink 7")
    cmd.add_argument("link_id", type=record_id, metavar="LINK_ID")

    cmd = command(
        "export", commands.export, "write CSV files", "pakru export --out ./csv --kind events"
    )
    cmd.add_argument("--out", default=".", metavar="DIR", help="folder (default: current)")
    cmd.add_argument("--kind", metavar="KIND", help="only this file (events, follow-ups …)")
    cmd.add_argument("--excel", action="store_true", help="UTF-8 with BOM, for spreadsheet apps")

    # Commands on sources, evidence and actors live beside their handlers.
    source_commands.register(command)
    actor_commands.register(command)
    backup_commands.register(command)
    import_commands.register(command)
    overview_commands.register(command)
    demo_commands.register(command)
    search_commands.register(command)
    article_commands.register(command)
    copy_command.register(command)
    return parser
