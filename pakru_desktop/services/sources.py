"""Sources: the articles and documents items are drawn from, added, edited and deleted.

A source has a title, and optionally a publisher, a web address, a publication date
(a fuzzy date, typed as text), a language and its full text, which is what evidence
quotes point into. Changing the text moves every quote's offsets with it; a new text
that no longer holds a quote is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from pakru_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    Sentence,
    ValidationError,
    message_of,
    sentence,
)
from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date
from pakru_desktop.domain.quoting import quoted
from pakru_desktop.services.article_text import normalise_text
from pakru_desktop.services.convert import source_record
from pakru_desktop.services.database import Database
from pakru_desktop.services.evidence import reanchor
from pakru_desktop.services.last_change import changed_since_opened
from pakru_desktop.services.records import Changes, SourceRecord
from pakru_desktop.services.web_address import clean_url
from pakru_desktop.store.models import Evidence, FollowUp, Source

MAX_TITLE = 300
MAX_PUBLISHER = 200
MAX_TEXT = 2_000_000

# A few language names people type instead of codes.
LANGUAGE_NAMES = {
    "arabic": "ar",
    "chinese": "zh",
    "english": "en",
    "french": "fr",
    "german": "de",
    "hindi": "hi",
    "pashto": "ps",
    "persian": "fa",
    "russian": "ru",
    "urdu": "ur",
}
# An IETF tag, loosely: a 2–3 letter language, then optional script, region or variant.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_UNSET: Any = object()


@dataclass(frozen=True)
class SourceQuote:
    """A quote taken from a source, with what it supports (an item, or a follow-up of it)."""

    evidence_id: int
    item_id: int
    item_title: str
    follow_up_id: int | None
    quote: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class SourceDetail:
    """A source with its language, the quotes taken from it and how many follow-ups cite it."""

    record: SourceRecord
    language: str
    quotes: tuple[SourceQuote, ...] = ()
    cited_by_follow_ups: int = 0

    @property
    def id(self) -> int:
        """The source's id."""
        return self.record.id


@dataclass(frozen=True)
class SourceResult:
    """A source after a change (or as it was before deleting), and what the change touched."""

    source: SourceDetail
    changes: Changes


# --- checking what people type ----------------------------------------------------------------


# The fields of a source as a sentence names them.
TITLE = sentence("title")
PUBLISHER = sentence("publisher")
REF = sentence("ref")


def one_line(value: str, what: Sentence, field: str, limit: int, *, required: bool) -> str:
    """``value`` on one line with spaces tidied; refused when empty (if required) or too long.
    ``what`` names the field in the sentence (``TITLE``)."""
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise ValidationError(sentence("The {what} cannot be empty.", what=what), field=field)
    if len(cleaned) > limit:
        raise ValidationError(
            sentence(
                "The {what} is {length} characters; keep it under {limit}.",
                what=what,
                length=f"{len(cleaned):,}",
                limit=f"{limit:,}",
            ),
            field=field,
        )
    return cleaned


def clean_language(value: str | None) -> str:
    """A language tag in its usual case (``en``, ``ru``, ``en-GB``, ``zh-Hant``); "" if empty."""
    typed = (value or "").strip()
    if not typed:
        return ""
    if typed.casefold() in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[typed.casefold()]
    tag = typed.replace("_", "-")
    if not _LANGUAGE_TAG.fullmatch(tag) or len(tag) > 35:
        raise ValidationError(
            sentence(
                "{typed} is not a language code; use one such as en, ru, ur or en-GB.",
                typed=quoted(typed),
            ),
            field="language",
        )
    first, *rest = tag.split("-")
    parts = [first.lower()]
    for part in rest:
        if len(part) == 2 and part.isalpha():
            parts.append(part.upper())  # region: GB, PK
        elif len(part) == 4 and part.isalpha():
            parts.append(part.title())  # script: Cyrl, Arab
        else:
            parts.append(part.lower())
    return "-".join(parts)


def read_published(value: str | FuzzyDate | None, today: dt.date) -> FuzzyDate | None:
    """The publication date typed (relative phrases resolve against ``today``); None if empty."""
    if isinstance(value, FuzzyDate):
        return value
    if value is None or not value.strip():
        return None
    try:
        return parse_fuzzy_date(value, today)
    except ValidationError as error:
        raise ValidationError(
            sentence("Bad publication date: {error}", error=message_of(error)), field="published"
        ) from None


def clean_text(value: str | None) -> str:
    """The article's text with ``\\n`` line ends and no blank lines around it; "" if empty."""
    text = normalise_text(value or "")
    if not text.strip():
        return ""
    # Text no file or page could hold: a NUL, or half of a surrogate pair.
    if "\x00" in text or any("\ud800" <= ch <= "\udfff" for ch in text):
        raise ValidationError(
            sentence(
                "The text holds characters that are not text (a NUL or a broken character); "
                "copy it again from the article."
            ),
            field="text",
        )
    if len(text) > MAX_TEXT:
        raise ValidationError(
            sentence(
                "The text is {length} characters; keep it under {limit} "
                "(split a long document into several sources).",
                length=f"{len(text):,}",
                limit=f"{MAX_TEXT:,}",
            ),
            field="text",
        )
    return text


# --- reading ------------------------------------------------------------------------------


def _load(session: Session, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(
            sentence("There is no source with id {source_id}.", source_id=source_id)
        )
    return source


def _detail(session: Session, source: Source) -> SourceDetail:
    evidence = session.scalars(
        select(Evidence)
        .where(Evidence.source_id == source.id)
        .options(selectinload(Evidence.item))
        .order_by(Evidence.start.is_(None), Evidence.start, Evidence.id)
    )
    quotes = tuple(
        SourceQuote(e.id, e.item_id, e.item.title, e.follow_up_id, e.quote, e.start, e.end)
        for e in evidence
    )
    cited = session.scalar(select(func.count()).where(FollowUp.source_id == source.id)) or 0
    return SourceDetail(source_record(source), source.language or "", quotes, cited)


def get_source_detail(db: Database, source_id: int) -> SourceDetail:
    """A source with its language and every quote taken from it (in text order)."""
    with db.reading() as session:
        return _detail(session, _load(session, source_id))


def check_url_free(session: Session, url: str | None, source_id: int | None) -> None:
    """Refuse a web address that another source (not ``source_id``) already has."""
    if url is None:
        return
    other = session.scalar(select(Source).where(Source.url == url, Source.id != source_id))
    if other is not None:
        raise ConflictError(
            sentence(
                "Source {source_id} (“{title}”) already has this web address; "
                "edit that source instead.",
                source_id=other.id,
                title=other.title,
            )
        )


def _items_citing(session: Session, source_id: int) -> frozenset[int]:
    quoted = session.scalars(select(Evidence.item_id).where(Evidence.source_id == source_id))
    followed = session.scalars(select(FollowUp.item_id).where(FollowUp.source_id == source_id))
    return frozenset(quoted) | frozenset(followed)


# --- changing -----------------------------------------------------------------------------


def add_source(
    db: Database,
    *,
    title: str,
    publisher: str = "",
    url: str | None = None,
    published: str | FuzzyDate | None = None,
    language: str = "",
    text: str = "",
    today: dt.date | None = None,
) -> SourceResult:
    """Store a new source; ``published`` is typed like any date ("2 Sep 2025", "Tuesday")."""
    values = {
        "title": one_line(title, TITLE, "title", MAX_TITLE, required=True),
        "publisher": one_line(publisher, PUBLISHER, "publisher", MAX_PUBLISHER, required=False),
        "url": clean_url(url),
        "published": read_published(published, today or dt.date.today()),
        "language": clean_language(language),
        "text": clean_text(text),
    }
    with db.transaction() as session:
        check_url_free(session, clean_url(url), None)
        source = Source(date_note="", **values)
        session.add(source)
        session.flush()
        detail = _detail(session, source)
    return SourceResult(detail, Changes(frozenset({"sources"})))


def edit_source(
    db: Database,
    source_id: int,
    *,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = _UNSET,
    published: str | FuzzyDate | None = _UNSET,
    language: str | None = None,
    text: str | None = None,
    today: dt.date | None = None,
    unchanged_since: SourceDetail | None = None,
) -> SourceResult:
    """Change the fields given; those left out stay as they are.

    ``url=None`` or ``""`` removes the web address, ``published=None`` or ``""`` the date,
    ``language=""`` the language and ``text=""`` the text (quotes then keep their words
    without offsets). A new text must still hold every quote taken from the source.
    ``unchanged_since`` (the source as a window showed it) refuses, naming who changed it
    and when, if someone changed it meanwhile.
    """
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = one_line(title, TITLE, "title", MAX_TITLE, required=True)
    if publisher is not None:
        changes["publisher"] = one_line(
            publisher, PUBLISHER, "publisher", MAX_PUBLISHER, required=False
        )
    if language is not None:
        changes["language"] = clean_language(language)
    if published is not _UNSET:
        changes["published"] = read_published(published, today or dt.date.today())
    if text is not None:
        changes["text"] = clean_text(text)
    with db.transaction() as session:
        source = _load(session, source_id)
        if unchanged_since is not None and fields_of(_detail(session, source)) != fields_of(
            unchanged_since
        ):
            what = sentence("Source {source_id}", source_id=source_id)
            raise ConflictError(changed_since_opened(session, "sources", source_id, what))
        if url is not _UNSET and (url or "").strip() != (source.url or ""):
            # An address stored before addresses were checked stays as it is until changed.
            new_url = changes["url"] = clean_url(url)
            check_url_free(session, new_url, source.id)
        touched: set[int] = set()
        if "text" in changes and changes["text"] != source.text:
            touched = reanchor(session, source, changes["text"])
        for name, value in changes.items():
            if getattr(source, name) != value:
                setattr(source, name, value)
        session.flush()
        detail = _detail(session, source)
        items = _items_citing(session, source.id) | touched
    tables = {"sources"} | ({"evidence"} if touched else set())
    return SourceResult(detail, Changes(frozenset(tables), items))


def why_not_deletable(detail: SourceDetail) -> str | None:
    """The sentence refusing to delete this source while something cites it, or None."""
    quoted_by, cited = len(detail.quotes), detail.cited_by_follow_ups
    if not quoted_by and not cited:
        return None
    values = {"source_id": detail.id, "quoted_by": quoted_by, "cited": cited}
    if not cited:
        if quoted_by == 1:
            return sentence(
                "Source {source_id} is quoted by {quoted_by} piece of evidence; remove it first.",
                **values,
            )
        return sentence(
            "Source {source_id} is quoted by {quoted_by} pieces of evidence; remove them first.",
            **values,
        )
    if not quoted_by:
        if cited == 1:
            return sentence(
                "Source {source_id} is cited by {cited} follow-up; remove it first.", **values
            )
        return sentence(
            "Source {source_id} is cited by {cited} follow-ups; remove them first.", **values
        )
    if quoted_by == 1 and cited == 1:
        return sentence(
            "Source {source_id} is quoted by {quoted_by} piece of evidence and cited by "
            "{cited} follow-up; remove them first.",
            **values,
        )
    if quoted_by == 1:
        return sentence(
            "Source {source_id} is quoted by {quoted_by} piece of evidence and cited by "
            "{cited} follow-ups; remove them first.",
            **values,
        )
    if cited == 1:
        return sentence(
            "Source {source_id} is quoted by {quoted_by} pieces of evidence and cited by "
            "{cited} follow-up; remove them first.",
            **values,
        )
    return sentence(
        "Source {source_id} is quoted by {quoted_by} pieces of evidence and cited by "
        "{cited} follow-ups; remove them first.",
        **values,
    )


def delete_source(db: Database, source_id: int) -> SourceResult:
    """Delete a source that nothing cites; return it as it was, so it can be restored.

    Refused with a sentence giving the count while evidence quotes it or follow-ups cite it.
    """
    with db.transaction() as session:
        source = _load(session, source_id)
        detail = _detail(session, source)
        refusal = why_not_deletable(detail)
        if refusal is not None:
            raise ConflictError(refusal)
        session.delete(source)
    return SourceResult(detail, Changes(frozenset({"sources"})))


def restore_source(db: Database, snapshot: SourceDetail) -> SourceResult:
    """Put a deleted source back with its id and every field (undo of a deletion)."""
    record = snapshot.record
    with db.transaction() as session:
        if session.get(Source, record.id) is not None:
            raise ConflictError(
                sentence(
                    "Source {source_id} already exists; it was not added twice.",
                    source_id=record.id,
                )
            )
        check_url_free(session, record.url, None)
        if record.ref is not None:
            taken = session.scalar(select(Source.id).where(Source.ref == record.ref))
            if taken is not None:
                raise ConflictError(
                    sentence(
                        "Source {source_id} already has the seed id {ref}.",
                        source_id=taken,
                        ref=record.ref,
                    )
                )
        source = Source(
            id=record.id,
            ref=record.ref,
            title=record.title,
            publisher=record.publisher,
            url=record.url,
            published=record.published,
            date_note=record.date_note,
            language=snapshot.language,
            text=record.text,
        )
        session.add(source)
        session.flush()
        detail = _detail(session, source)
    return SourceResult(detail, Changes(frozenset({"sources"})))


def fields_of(detail: SourceDetail) -> dict[str, Any]:
    """The editable fields of a source, as ``edit_source`` takes them (to put them back)."""
    record = detail.record
    return {
        "title": record.title,
        "publisher": record.publisher,
        "url": record.url,
        "published": record.published,
        "language": detail.language,
        "text": record.text,
    }
