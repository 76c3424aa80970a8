"""Importing a news article: propose what it reports (``article_reading``), recognise what
the database already holds, and store what the analyst accepts in one transaction.

A proposal that matches an existing item (same kind, overlapping dates, similar title or
the same people) adds to it instead of duplicating it: its sentence becomes evidence, and
a sentence saying what became of it ("delayed", "completed") a follow-up with that status.
The same article twice (the same text) is recognised and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ConflictError, ValidationError, sentence
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.item_input import ItemDraft, check_draft, clean_title
from pakru_desktop.domain.vocabulary import Kind, check_status
from pakru_desktop.services import item_fields as fields
from pakru_desktop.services.article_candidates import Candidate, KnownActor
from pakru_desktop.services.article_cues import PROGRESS_STATUS
from pakru_desktop.services.article_reading import article_date, read_article
from pakru_desktop.services.article_text import ArticleText, normalise_text
from pakru_desktop.services.database import Database, begin_writing
from pakru_desktop.services.items import new_item_record
from pakru_desktop.services.records import Changes
from pakru_desktop.services.sources import check_url_free, clean_text
from pakru_desktop.services.web_address import clean_url
from pakru_desktop.store.models import Actor, Evidence, FollowUp, Item, Participation, Source
from pakru_desktop.store.status import refresh_status

MAX_SOURCE_TITLE = 300
# How alike a proposal and an item must be (0–1) to be taken for the same record.
MATCH_SCORE = 0.45
# How many items of the kind (the latest first) a proposal is compared with.
MATCH_ROWS = 2000


@dataclass(frozen=True)
class ArticleSource:
    """The source an import stores: the article with its date and where that came from."""

    title: str
    publisher: str
    url: str | None
    published: FuzzyDate
    date_reason: str
    text: str


@dataclass(frozen=True)
class Match:
    """The existing item a proposal adds to, and why it was taken for it."""

    item_id: int
    title: str
    why: str
    # A follow-up to the item (with this new status, if any) rather than only evidence.
    follow_up: bool = False
    new_status: str | None = None


@dataclass(frozen=True)
class Proposal:
    """One thing the article reports, and what accepting it would do."""

    candidate: Candidate
    match: Match | None = None

    @property
    def action(self) -> str:
        """What accepting it does, in words: "new event", "add as evidence to #12" …"""
        if self.match is None:
            return f"new {self.candidate.kind.value}"
        if self.match.follow_up:
            status = f" ({self.match.new_status})" if self.match.new_status else ""
            return f"add as follow-up to #{self.match.item_id}{status}"
        return f"add as evidence to #{self.match.item_id}"


@dataclass(frozen=True)
class ArticleProposals:
    """What an article would add; ``stored_as`` names the source if it is already stored."""

    source: ArticleSource
    proposals: tuple[Proposal, ...]
    stored_as: int | None = None


@dataclass(frozen=True)
class ImportedArticle:
    """What accepting stored: the source, new items, evidence and follow-ups added."""

    source_id: int
    items: tuple[int, ...]
    evidence: tuple[int, ...]
    follow_ups: tuple[int, ...]
    changes: Changes
    # People the article named who were new, created with its items.
    actors: tuple[int, ...] = ()

    def summary(self) -> str:
        """What was stored, in a sentence."""
        items, quotes = _count(self.items, "new item"), _count(self.evidence, "quote")
        return (f"Stored the article as source {self.source_id}: {items}, {quotes}, "
                f"{_count(self.follow_ups, 'follow-up')}.")  # fmt: skip


def _count(ids: Sequence[int], noun: str) -> str:
    return f"{len(ids)} {noun}{'' if len(ids) == 1 else 's'}"


def propose(
    db: Database,
    article: ArticleText,
    *,
    published: str | FuzzyDate | None = None,
    title: str | None = None,
    publisher: str = "",
    url: str | None = None,
    today: dt.date | None = None,
) -> ArticleProposals:
    """Read ``article`` and propose its records; writes nothing.

    The article's date is the one its text carries, else ``published``; with neither, a
    ``ValidationError`` asks for it.
    """
    day = today or dt.date.today()
    text = clean_text(normalise_text(article.text))
    if not text.strip():
        raise ValidationError(sentence("The article has no text."), field="text")
    given = (
        fields.read_optional_date(published, day, sentence("publication date"))
        if published
        else None
    )
    found = article_date(text, given.start if given else day)
    if found is not None:
        when, why = found
    elif given is not None:
        when, why = given, "the date given"
    else:
        raise ValidationError(
            sentence(
                "The article does not say when it was published; give its date "
                "(--published 2025-09-02)."
            ),
            field="published",
        )
    source = ArticleSource(
        title=_source_title(title, article.title, text),
        publisher=" ".join(publisher.split())[:200],
        url=clean_url(url) if url else None,
        published=when,
        date_reason=why,
        text=text,
    )
    with db.reading() as session:
        stored = session.scalar(select(Source.id).where(Source.text == text).limit(1))
        if stored is not None:
            return ArticleProposals(source, (), stored)
        actors = [KnownActor(a.id, a.name, tuple(a.aliases or ())) for a in session.scalars(
            select(Actor).order_by(Actor.id))]  # fmt: skip
        candidates = read_article(text, when.start, actors)
        proposals = tuple(Proposal(c, _match(session, c)) for c in candidates)
    return ArticleProposals(source, proposals)


def _source_title(given: str | None, page_title: str, text: str) -> str:
    if given and given.strip():
        return clean_title(given)
    if page_title.strip():
        return " ".join(page_title.split())[:MAX_SOURCE_TITLE]
    # The first sentence, without a "date …" line or a dateline before it.
    first = " ".join(text.split(". ")[0].split())
    first = re.sub(r"^date[:\s]+\d{4}-\d{2}-\d{2}\s*", "", first, flags=re.IGNORECASE)
    first = re.sub(r"^[A-Z][A-Z .'-]{2,30}[,;]\s*(?:\([^)]{0,80}\)\s*)?", "", first)
    limit = 150
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


# Matching -----------------------------------------------------------------------------------------
def _match(session: Session, candidate: Candidate) -> Match | None:
    """The item of the candidate's kind, dated within its span, most like it; for news of
    what became of something ("delayed", "completed"), the most alike item dated before."""
    first, last = candidate.date.start, candidate.date.end
    when = [Item.kind == candidate.kind.value, Item.date_start <= last]
    if not candidate.progress:
        when.append(Item.date_last >= first)
    if candidate.kind is Kind.EVENT and candidate.type:
        # A meeting is not the summit it was held at, nor a call a visit.
        when.append(Item.type == candidate.type)
    rows = session.execute(
        select(Item.id, Item.title, Item.location, Item.status)
        .where(*when)
        .order_by(Item.date_start.desc(), Item.id.desc())
        .limit(MATCH_ROWS)
    ).all()
    if not rows:
        return None
    people = {p.actor_id for p in candidate.participants if p.actor_id is not None}
    shared = _people_of(session, [row.id for row in rows]) if people else {}
    best: tuple[float, Match] | None = None
    for row in rows:
        alike = _title_likeness(candidate.title, row.title)
        common = people & shared.get(row.id, set())
        same_place = bool(candidate.location) and candidate.location == row.location
        score = alike + (0.35 if common else 0) + (0.1 if same_place else 0)
        if score < MATCH_SCORE or (best is not None and score <= best[0]):
            continue
        if candidate.progress and alike < MATCH_SCORE:
            continue  # news of an item names it: the title must be alike on its own
        why = [f"same kind, dated {candidate.date.display()}" if not candidate.progress
               else f"what became of it ({candidate.progress!r})"]  # fmt: skip
        if alike >= 0.2:
            why.append(f"title {round(alike * 100)}% alike")
        if common:
            why.append(f"{len(common)} participant{'s' if len(common) > 1 else ''} in common")
        status = PROGRESS_STATUS.get(candidate.progress, {}).get(candidate.kind)
        if status == row.status:
            status = None
        best = (score, Match(row.id, row.title, "; ".join(why),
                             bool(candidate.progress), status))  # fmt: skip
    return best[1] if best else None


def _people_of(session: Session, item_ids: list[int]) -> dict[int, set[int]]:
    people: dict[int, set[int]] = {}
    for item_id, actor_id in session.execute(
        select(Participation.item_id, Participation.actor_id).where(
            Participation.item_id.in_(item_ids)
        )
    ):
        people.setdefault(item_id, set()).add(actor_id)
    return people


_STOP = {"the", "a", "an", "of", "in", "on", "to", "and", "with", "for", "at", "by", "as",
         "from", "pakistan", "russia", "pakistan–russia", "between", "meets", "meet"}  # fmt: skip


def _title_likeness(a: str, b: str) -> float:
    """How alike two titles read (0–1): their content words, in order and as a set."""
    words_a = [w for w in re.findall(r"\w+", a.lower()) if w not in _STOP]
    words_b = [w for w in re.findall(r"\w+", b.lower()) if w not in _STOP]
    if not words_a or not words_b:
        return 0.0
    ordered = difflib.SequenceMatcher(None, words_a, words_b).ratio()
    overlap = len(set(words_a) & set(words_b)) / min(len(set(words_a)), len(set(words_b)))
    return max(ordered, overlap * 0.8)


# Accepting ----------------------------------------------------------------------------------------
def accept(
    db: Database, proposals: ArticleProposals, chosen: Sequence[Proposal]
) -> ImportedArticle:
    """Store the source and the ``chosen`` proposals, in one transaction."""
    if proposals.stored_as is not None:
        raise ValidationError(
            sentence(
                "This article is stored already (source {source_id}); nothing was imported.",
                source_id=proposals.stored_as,
            )
        )
    article = proposals.source
    new_items: list[Item] = []
    new_actors: list[Actor] = []
    evidence: list[Evidence] = []
    follow_ups: list[FollowUp] = []
    touched: set[int] = set()
    tables = {"sources"}
    with db.transaction() as session:
        begin_writing(session, db)
        check_url_free(session, article.url, None)
        source = Source(title=article.title, publisher=article.publisher, url=article.url,
                        published=article.published, text=article.text, date_note="",
                        language="")  # fmt: skip
        session.add(source)
        for proposal in chosen:
            candidate, match = proposal.candidate, proposal.match
            quotes = candidate.quotes
            if match is None:
                item = _new_item(session, candidate, article.published.start)
                new_items.append(item)
                new_actors += [p.actor for p in item.participants
                               if p.actor is not None and p.actor.id is None]  # fmt: skip
                target, follow_up = item, None
                tables |= {"items", "actors"}
            else:
                existing = session.get(Item, match.item_id)
                if existing is None:
                    raise ValidationError(
                        sentence("Item {item_id} was deleted meanwhile.", item_id=match.item_id)
                    )
                target = existing
                follow_up = _follow_up(session, target, candidate, match, source)
                if follow_up is not None:
                    follow_ups.append(follow_up)
                    tables.add("follow_ups")
            for quote in quotes:
                found = Evidence(item=target, source=source, quote=quote.text, start=quote.start,
                                 end=quote.end, follow_up=follow_up)  # fmt: skip
                session.add(found)
                evidence.append(found)
            tables.add("evidence")
            session.flush()
            if follow_up is not None:
                refresh_status(session, target)
            touched.add(target.id)
        session.flush()
        result = ImportedArticle(
            source.id,
            tuple(i.id for i in new_items),
            tuple(e.id for e in evidence),
            tuple(f.id for f in follow_ups),
            Changes(frozenset(tables | {"items"}), frozenset(touched)),
            tuple(dict.fromkeys(a.id for a in new_actors)),
        )
    return result


def undo_import(db: Database, imported: ImportedArticle) -> Changes:
    """Take an import back, in one transaction: its follow-ups, quotes, new items, the new
    people no other item names, and the source. Refused, with nothing changed, if any new
    item was edited since or the source is quoted by something else now."""
    with db.transaction() as session:
        begin_writing(session, db)
        source = session.get(Source, imported.source_id)
        if source is None:
            raise ConflictError(
                sentence("The imported article was deleted since; nothing was undone.")
            )
        new = set(imported.items)
        for item_id in imported.items:
            item = session.get(Item, item_id)
            if item is None or item.version != 1:
                raise ConflictError(
                    sentence(
                        "Item {item_id} was changed since the import; nothing was undone.",
                        item_id=item_id,
                    )
                )
        mine = set(imported.evidence)
        others = session.scalars(
            select(Evidence.id).where(Evidence.source_id == source.id, Evidence.id.not_in(mine))
        ).first()
        if others is not None:
            raise ConflictError(
                sentence("The imported article is quoted elsewhere now; nothing was undone.")
            )
        touched: set[int] = set(new)
        for follow_up_id in imported.follow_ups:
            follow_up = session.get(FollowUp, follow_up_id)
            if follow_up is not None:
                touched.add(follow_up.item_id)
                session.delete(follow_up)
        for evidence_id in imported.evidence:
            found = session.get(Evidence, evidence_id)
            if found is not None:
                touched.add(found.item_id)
                session.delete(found)
        session.flush()
        for item_id in touched - new:
            item = session.get(Item, item_id)
            if item is not None:
                refresh_status(session, item)
        for item_id in imported.items:
            session.delete(session.get(Item, item_id))
        session.flush()
        for actor_id in imported.actors:
            named = select(Participation.id).where(Participation.actor_id == actor_id)
            used = session.scalar(named.limit(1))
            actor = session.get(Actor, actor_id)
            if actor is not None and used is None:
                session.delete(actor)
        session.delete(source)
    tables = {"sources", "items", "evidence", "follow_ups", "actors"}
    return Changes(frozenset(tables), frozenset(touched))


def _new_item(session: Session, candidate: Candidate, published: dt.date) -> Item:
    kind = candidate.kind
    draft = ItemDraft(
        kind=kind,
        title=candidate.title,
        date=candidate.date,
        type=candidate.type,
        location=candidate.location,
        status=candidate.status,
        due=candidate.due if kind is not Kind.EVENT else None,
        sectors=candidate.sectors,
        participants=tuple((p.name, p.role) for p in candidate.participants),
    )
    item, _created = new_item_record(session, check_draft(draft, published))
    # A new person gets the office the article gives them.
    offices = {p.name: p.office for p in candidate.participants if p.actor_id is None}
    for part in item.participants:
        if part.actor is not None and part.actor.id is None and offices.get(part.actor.name):
            part.actor.title = offices[part.actor.name][:200]
    session.add(item)
    return item


def _follow_up(
    session: Session, item: Item, candidate: Candidate, match: Match, source: Source
) -> FollowUp | None:
    if not match.follow_up:
        return None
    status = check_status(Kind(item.kind), match.new_status) if match.new_status else None
    note = " ".join(candidate.quote.text.split())
    follow_up = FollowUp(item=item, date=candidate.date, note=note[:2000], new_status=status,
                         source=source)  # fmt: skip
    session.add(follow_up)
    return follow_up


def with_choices(proposal: Proposal, **changes: object) -> Proposal:
    """``proposal`` with its candidate's fields changed (kind, title, date, status …), as an
    analyst corrects it before accepting; a changed kind drops a match of the old kind."""
    candidate = replace(proposal.candidate, **changes)  # type: ignore[arg-type]
    match = proposal.match if candidate.kind is proposal.candidate.kind else None
    return Proposal(candidate, match)
