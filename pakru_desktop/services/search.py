"""One search across everything: items, follow-ups, quotes, actors and sources.

On SQLite it asks the full-text index (revision 0004) and ranks with bm25, titles
weighing more than summaries and notes, which weigh more than whole article texts
(``store.search_index``); a record with every word in its title (an item's title, an
actor's name or alias, a source's title) comes first. Whatever is typed is read as plain
words, every one of them required, the last also matching words it begins (search as you
type): quotes, operators and brackets are never query syntax, so no text makes a search
fail. On a PostgreSQL server the same search asks its word index (``store.server_search``)
and ranks with ts_rank on the same weights, snippets cut by ts_headline.

``kind`` keeps items of that kind and the follow-ups and quotes of such items; actors and
sources belong to no kind and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.quoting import one_line
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import Database
from pakru_desktop.services.search_hits import (
    MARK_CLOSE,
    MARK_OPEN,
    HitKind,
    SearchHit,
    Snippet,
    parse_marked,
)
from pakru_desktop.store import search_index as index
from pakru_desktop.store import server_search as server

__all__ = ["HitKind", "SearchHit", "Snippet", "search"]

MAX_LIMIT = 1000
# Words of context a snippet shows around the match.
SNIPPET_TOKENS = 14
TITLE_LIMIT = 200
# A word found in more records than this is ranked among its newest matches only: bm25
# over every match of a word in most of 100,000 records takes longer than a keystroke may,
# and between such matches it barely tells them apart. Rarer words are ranked in full.
CANDIDATES = 5000


@dataclass(frozen=True)
class _Source:
    """Where hits of one kind come from: its index, the joins from its rows (``f.rowid``)
    to what it shows, and the columns ``title, item_id, item_kind, source_id,
    quote_start`` over them."""

    table: index.IndexedTable
    joins: str
    shown: str
    # Belongs to an item (and so to a kind): restricted by ``kind``.
    of_item: bool


_SOURCES = {
    HitKind.ITEM: _Source(
        index.ITEMS, "JOIN items i ON i.id = f.rowid", "i.title, i.id, i.kind, NULL, NULL", True
    ),
    HitKind.FOLLOW_UP: _Source(
        index.FOLLOW_UPS,
        "JOIN follow_ups r ON r.id = f.rowid JOIN items i ON i.id = r.item_id",
        "i.title, i.id, i.kind, NULL, NULL",
        True,
    ),
    HitKind.EVIDENCE: _Source(
        index.EVIDENCE,
        "JOIN evidence r ON r.id = f.rowid JOIN items i ON i.id = r.item_id",
        "i.title, i.id, i.kind, r.source_id, r.start",
        True,
    ),
    HitKind.ACTOR: _Source(
        index.ACTORS, "JOIN actors a ON a.id = f.rowid", "a.name, NULL, NULL, NULL, NULL", False
    ),
    HitKind.SOURCE: _Source(
        index.SOURCES,
        "JOIN sources s ON s.id = f.rowid",
        "coalesce(nullif(s.title, ''), s.url, s.ref, ''), NULL, NULL, s.id, NULL",
        False,
    ),
}


def search(
    db: Database, text: str, *, kind: Kind | str | None = None, limit: int = 50
) -> list[SearchHit]:
    """The records matching every word of ``text``, best first, at most ``limit`` of them.

    Never fails on what a person typed: text with no word in it (empty, punctuation,
    emoji) finds nothing.
    """
    chosen = _kind(kind)
    limit = max(0, min(int(limit), MAX_LIMIT))
    if limit == 0:
        return []
    query = index.match_expression(text, prefix_last=True)
    if query is None:
        return []
    best_of = _best_of if db.engine.dialect.name == "sqlite" else _server_best_of
    wanted = query if db.engine.dialect.name == "sqlite" else text
    with db.reading() as session:
        hits = [
            hit
            for hit_kind, source in _SOURCES.items()
            if _allows(source, chosen)
            for hit in best_of(session, hit_kind, wanted, chosen, limit)
        ]
    # Titled hits first, then by rank, across every kind of record.
    hits.sort(key=lambda pair: pair[0])
    return [hit for _key, hit in hits[:limit]]


def _allows(source: _Source, kind: Kind | None) -> bool:
    """True if hits of ``source`` can be of ``kind`` (actors and sources have none)."""
    return kind is None or source.of_item


def _kind(kind: Kind | str | None) -> Kind | None:
    if kind is None or isinstance(kind, Kind):
        return kind
    try:
        return Kind(kind)
    except ValueError:
        known = ", ".join(k.value for k in Kind)
        raise ValidationError(
            sentence(
                "'{kind}' is not a kind of item ({known}).", kind=one_line(kind, 40), known=known
            )
        ) from None


def _best_of(
    session: Session, hit_kind: HitKind, query: str, kind: Kind | None, limit: int
) -> list[tuple[tuple[int, float, str, int], SearchHit]]:
    """The ``limit`` best hits of one index, each with its sort key: those with every word
    in their title first, then by rank.

    One statement: SQLite keeps only the best rows while it reads the matches, and cuts a
    snippet for those alone (a second query by rowid would read a common word's whole
    list of matches again for each hit).
    """
    source = _SOURCES[hit_kind]
    table = source.table
    where = (
        f"f.{table.name} MATCH :query AND f.rowid >= (SELECT coalesce(min(rowid), 0) FROM"
        f" (SELECT rowid FROM {table.name} WHERE {table.name} MATCH :query"
        " ORDER BY rowid DESC LIMIT :candidates))"
    )
    params: dict[str, Any] = {"query": query, "limit": limit, "candidates": CANDIDATES}
    if kind is not None:
        where += " AND i.kind = :kind"
        params["kind"] = kind.value
    untitled = "1"
    titled = table.in_titles(query)
    if titled is not None:
        params["titled"] = titled
        untitled = (
            f"f.rowid NOT IN (SELECT rowid FROM {table.name} WHERE {table.name} MATCH :titled)"
        )
    # The joins only to keep one kind: a join for every match of a common word costs more
    # than the ranking; what the hits show is read for the hits alone.
    joins = source.joins if kind is not None else ""
    statement = (
        f"SELECT f.rowid, {untitled} AS untitled, {table.bm25('f')} AS score,"
        f" snippet(f.{table.name}, -1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_TOKENS})"
        f" FROM {table.name} f {joins} WHERE {where} ORDER BY untitled, score LIMIT :limit"
    )
    ranked = session.execute(sql(statement), params).all()
    if not ranked:
        return []
    values = ", ".join(f"(:id{n})" for n in range(len(ranked)))
    shown = {
        int(row[0]): row[1:]
        for row in session.execute(
            sql(
                f"WITH f(rowid) AS (VALUES {values}) SELECT f.rowid, {source.shown} FROM f"
                f" {source.joins}"
            ),
            {f"id{n}": int(row[0]) for n, row in enumerate(ranked)},
        ).all()
    }
    found = []
    for row_id, untitled_flag, score, snippet in ranked:
        if int(row_id) not in shown:  # deleted between the two reads: not a hit any more
            continue
        hit = _hit(hit_kind, (row_id, snippet, *shown[int(row_id)]), float(score))
        found.append(((int(untitled_flag), float(score), hit_kind.value, int(row_id)), hit))
    return found


_SERVER_INDEXED = {
    HitKind.ITEM: server.SERVER_ITEMS,
    HitKind.FOLLOW_UP: server.SERVER_FOLLOW_UPS,
    HitKind.EVIDENCE: server.SERVER_EVIDENCE,
    HitKind.ACTOR: server.SERVER_ACTORS,
    HitKind.SOURCE: server.SERVER_SOURCES,
}
# ts_headline's options: the marks parse_marked reads; a short text shown whole, as
# SQLite's snippet shows it; of a longer one, about as many words as SQLite's snippet
# shows, the best single fragment.
_MARKS = f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}"'
_WHOLE = _MARKS + ", HighlightAll=true"
_FRAGMENT = (
    _MARKS + f', MaxWords={SNIPPET_TOKENS}, MinWords=5, MaxFragments=1, FragmentDelimiter=" … "'
)
# Texts up to this many characters are shown whole.
_SHORT_TEXT = 400


def _server_best_of(
    session: Session, hit_kind: HitKind, typed: str, kind: Kind | None, limit: int
) -> list[tuple[tuple[int, float, str, int], SearchHit]]:
    """``_best_of`` on a PostgreSQL server: the same candidates (a common word's newest
    matches), titled first, then by ts_rank; the snippets cut for the hits alone."""
    source, indexed = _SOURCES[hit_kind], _SERVER_INDEXED[hit_kind]
    params: dict[str, Any] = {"limit": limit, "candidates": CANDIDATES}
    terms = server.query_terms(index.words(typed), prefix_last=True, prefix_all=False)
    query = server.tsquery(params, terms)
    vector = server.VECTOR
    where = "TRUE"
    if kind is not None:
        where = "i.kind = :kind"
        params["kind"] = kind.value
    titled = server.in_title("f", indexed, query)
    untitled = f"CASE WHEN {titled} THEN 0 ELSE 1 END" if titled else "1"
    rank = f"ts_rank('{server.RANK_WEIGHTS}', f.{vector}, {query}) * {indexed.boost}"
    joins = source.joins if kind is not None else ""
    statement = (
        f"SELECT f.rowid, {untitled} AS untitled, -({rank}) AS score FROM"
        f" (SELECT id AS rowid, {vector} FROM {indexed.table} WHERE {vector} @@ {query}"
        f" ORDER BY id DESC LIMIT :candidates) f {joins} WHERE {where}"
        " ORDER BY untitled, score, f.rowid DESC LIMIT :limit"
    )
    ranked = session.execute(sql(statement), params).all()
    if not ranked:
        return []
    ids = {f"id{n}": int(row[0]) for n, row in enumerate(ranked)}
    values = ", ".join(f"(CAST(:{name} AS INTEGER))" for name in ids)
    texts = [f"x.{column}" if "(" not in column else column.replace("(", "(x.")
             for column in indexed.texts]  # fmt: skip
    # A snippet per column, the one with the most words marked shown (as SQLite's
    # snippet picks its column).
    headlines = ", ".join(_headline(text, query) for text in texts)
    shown = {
        int(row[0]): (_best_marked(row[1 : 1 + len(texts)]), *row[1 + len(texts) :])
        for row in session.execute(
            sql(
                f"WITH f(rowid) AS (VALUES {values}) SELECT f.rowid, {headlines}, {source.shown}"
                f" FROM f JOIN {indexed.table} x ON x.id = f.rowid {source.joins}"
            ),
            {**params, **ids, "whole": _WHOLE, "fragment": _FRAGMENT},
        ).all()
    }
    found = []
    for row_id, untitled_flag, score in ranked:
        if int(row_id) not in shown:  # deleted between the two reads: not a hit any more
            continue
        hit = _hit(hit_kind, (row_id, *shown[int(row_id)]), float(score))
        found.append(((int(untitled_flag), float(score), hit_kind.value, int(row_id)), hit))
    return found


def _headline(text: str, query: str) -> str:
    cut = f"ts_headline('{server.CONFIGURATION}', coalesce({text}, ''), {query}, "
    return f"CASE WHEN length({text}) <= {_SHORT_TEXT} THEN {cut}:whole) ELSE {cut}:fragment) END"


def _best_marked(snippets: Sequence[str | None]) -> str:
    """The snippet with the most marked words (the first of equals)."""
    return max(snippets, key=lambda s: (s or "").count(MARK_OPEN)) or ""


def _hit(hit_kind: HitKind, row: Sequence[Any], rank: float) -> SearchHit:
    row_id, snippet, title, item_id, item_kind, source_id, quote_start = row
    return SearchHit(
        kind=hit_kind,
        id=int(row_id),
        title=one_line(" ".join(str(title or "").split()), TITLE_LIMIT),
        snippet=parse_marked(str(snippet or "")),
        item_id=item_id,
        item_kind=Kind(item_kind) if item_kind else None,
        source_id=source_id,
        quote_start=quote_start,
        rank=rank,
    )
