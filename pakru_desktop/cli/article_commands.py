"""``pakru import-article``: propose the records of a news article, then store those accepted.

Without ``--yes`` each proposal is put to the person at the terminal: y(es), n(o),
e(dit) its title, date and status, or q(uit) (nothing stored). ``--dry-run`` prints the
proposals and stores nothing.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from pakru_desktop.cli.commands import open_db
from pakru_desktop.cli.output import print_json, print_rows
from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.quoting import one_line

if TYPE_CHECKING:
    from pakru_desktop.cli.parser import AddCommand
    from pakru_desktop.services.article_import import ArticleProposals, Proposal


def register(command: AddCommand) -> None:
    """Add ``import-article`` through ``command`` (see ``cli.parser``)."""
    cmd = command(
        "import-article",
        import_article,
        "read a news article (text or saved web page) and propose its records for review",
        "pakru import-article dawn-2025-11-18.html --published 2025-11-18 --dry-run",
    )
    cmd.add_argument("file", metavar="FILE", help="the article: a .txt file or a saved .html page")
    cmd.add_argument("--published", metavar="DATE", help="its date, when the text has none")
    cmd.add_argument("--title", metavar="T", help="the source's title (default: from the page)")
    cmd.add_argument("--publisher", default="", metavar="P", help="who published it")
    cmd.add_argument("--url", metavar="U", help="where it was published")
    cmd.add_argument("--dry-run", action="store_true", help="print the proposals; store nothing")
    cmd.add_argument("--yes", action="store_true", help="accept every proposal without asking")
    cmd.add_argument("--format", choices=("table", "json"), default="table")


def import_article(args: argparse.Namespace) -> None:
    """Read the article, propose, then store what is accepted (see the module docstring)."""
    from pakru_desktop.services.article_import import accept, propose
    from pakru_desktop.services.article_text import read_article_file

    article = read_article_file(args.file)
    db = open_db(args)
    try:
        found = propose(db, article, published=args.published, title=args.title,
                        publisher=args.publisher, url=args.url)  # fmt: skip
        if found.stored_as is not None:
            print(f"This article is stored already, as source {found.stored_as}; "
                  "nothing was imported.")  # fmt: skip
            return
        if args.dry_run or args.yes:
            chosen = list(found.proposals)
            _print(found, args.format)
        else:
            if args.format == "json":
                raise ValidationError("--format json needs --dry-run or --yes.")
            answered = _ask(found)
            if answered is None:
                print("Nothing was imported.")
                return
            chosen = answered
        if args.dry_run:
            return
        done = accept(db, found, chosen)
    finally:
        db.close()
    print(done.summary(), file=sys.stderr if args.format == "json" else sys.stdout)


def _print(found: ArticleProposals, fmt: str) -> None:
    if fmt == "json":
        print_json({"source": _source_json(found), "candidates": [
            _proposal_json(p) for p in found.proposals]})  # fmt: skip
        return
    source = found.source
    print(f"{source.title}\nPublished {source.published.display()} (from {source.date_reason})\n")
    rows = [
        (n, p.action, p.candidate.date.display(), p.candidate.status,
         one_line(p.candidate.title, 60), one_line(p.candidate.quote.text, 70))
        for n, p in enumerate(found.proposals, 1)
    ]  # fmt: skip
    print_rows(["#", "action", "date", "status", "title", "sentence"], rows, "table")


def _source_json(found: ArticleProposals) -> dict[str, Any]:
    source = found.source
    return {
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published.iso(),
        "published_from": source.date_reason,
        "length": len(source.text),
    }


def _date_json(date: FuzzyDate | None) -> dict[str, Any]:
    if date is None:
        return {"date": None, "date_end": None, "precision": None, "inferred": None}
    until = date.until
    return {
        "date": date.iso(),
        "date_end": until.iso() if until else None,
        "precision": date.precision.value,
        "inferred": date.inferred,
    }


def _proposal_json(proposal: Proposal) -> dict[str, Any]:
    c, match = proposal.candidate, proposal.match
    due = _date_json(c.due)
    return {
        "kind": c.kind.value,
        "type": c.type,
        "title": c.title,
        **_date_json(c.date),
        "due": due["date"],
        "status": c.status,
        "participants": [
            {"name": p.name, "role": p.role, "actor_id": p.actor_id, "new": p.actor_id is None,
             "office": p.office}
            for p in c.participants
        ],  # fmt: skip
        "location": c.location,
        "sectors": list(c.sectors),
        "quote": {"text": c.quote.text, "start": c.quote.start, "end": c.quote.end},
        "more_quotes": [{"text": q.text, "start": q.start, "end": q.end} for q in c.quotes[1:]],
        "reason": list(c.reason),
        "action": proposal.action,
        "match": None if match is None else {
            "item_id": match.item_id, "title": match.title, "why": match.why,
            "follow_up": match.follow_up, "new_status": match.new_status,
        },  # fmt: skip
    }


def _ask(found: ArticleProposals) -> list[Proposal] | None:
    """Each proposal put to the person; the accepted ones, or None to store nothing."""
    from pakru_desktop.domain.item_input import clean_title, read_date
    from pakru_desktop.domain.vocabulary import check_status
    from pakru_desktop.services.article_import import with_choices

    if not sys.stdin.isatty():
        raise ValidationError(
            "Answer each proposal at a terminal, or give --yes (accept all) or --dry-run."
        )
    source = found.source
    print(f"{source.title}\nPublished {source.published.display()} (from {source.date_reason})")
    chosen: list[Proposal] = []
    total = len(found.proposals)
    for n, proposal in enumerate(found.proposals, 1):
        while True:
            c = proposal.candidate
            print(f"\n[{n}/{total}] {proposal.action}: {c.title}\n  {c.date.display()} · "
                  f"{c.status}\n  “{one_line(c.quote.text, 200)}”")  # fmt: skip
            answer = _input("Accept? [y]es / [n]o / [e]dit / [q]uit: ").strip().lower()
            if answer in ("q", "quit"):
                return None
            if answer in ("y", "yes", ""):
                chosen.append(proposal)
                break
            if answer in ("n", "no"):
                break
            if answer in ("e", "edit"):
                try:
                    title = _input(f"  Title [{c.title}]: ").strip() or c.title
                    typed = _input(f"  Date [{c.date.display()}]: ").strip()
                    status = _input(f"  Status [{c.status}]: ").strip() or c.status
                    # A relative date ("Tuesday") reads against the article's day.
                    date = read_date(typed, source.published.start) if typed else c.date
                    proposal = with_choices(proposal, title=clean_title(title), date=date,
                                            status=check_status(c.kind, status))  # fmt: skip
                except ValidationError as error:
                    print(f"  {error}")
    return chosen


def _input(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:
        return "q"
