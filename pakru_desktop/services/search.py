"""One search across everything: items, follow-ups, quotes, actors and sources.

On SQLite it asks the full-text index (revision 0004) and ranks with bm25, titles
weighing more than summaries and notes, which weigh more than whole article texts
(``store.search_index``); a record with every word in its title (an item's title, an
actor's name or alias, a source's title) comes first. Whatever is typed is read as plain
words, every one of them required, the last also matching words it begins (search as you
type): quotes, operators and brackets are never query syntax, so no text makes a search
fail. Elsewhere (a
PostgreSQL server) the same search runs with LIKE (``search_like``).

``kind`` keeps items of that kind and the follow-ups and quotes of such items; actors and
sources belong to no kind and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from pakru_desktop.domain.errors import ValidationError
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

__all__ = ["HitKind", "SearchHit", "Snippet", "search"]

MAX_LIMIT = 1000
# Words of context a snippet shows around the match.
SNIPPET_TOKENS = 14
TITLE_LIMIT = 200


@dataclass(frozen=True)
class _Source:
    """Where hits of one kind come from: its index, the joins to what it shows, and the
    columns ``title, item_id, item_kind, source_id, quote_start`` over them."""

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
    if db.engine.dialect.name != "sqlite":
        from pakru_desktop.services.search_like import like_search

        return like_search(db, text, kind=chosen, limit=limit)
    query = index.match_expression(text, prefix_last=True)
    if query is None:
        return []
    with db.reading() as session:
        best = _best(session, query, chosen, limit)
        hits = []
        for hit_kind in _SOURCES:
            rows = {row_id: rank for k, row_id, rank in best if k == hit_kind}
            if rows:
                hits += _details(session, hit_kind, query, rows)
    order = {(k, row_id): n for n, (k, row_id, _rank) in enumerate(best)}
    return sorted(hits, key=lambda hit: order[(hit.kind, hit.id)])


def _kind(kind: Kind | str | None) -> Kind | None:
    if kind is None or isinstance(kind, Kind):
        return kind
    try:
        return Kind(kind)
    except ValueError:
        known = ", ".join(k.value for k in Kind)
        raise ValidationError(f"'{one_line(kind, 40)}' is not a kind of item ({known}).") from None


def _best(
    session: Session, query: str, kind: Kind | None, limit: int
) -> list[tuple[HitKind, int, float]]:
    """``(kind, id, rank)`` of the ``limit`` best matches over every index, best first:
    those with every word in their title first, then by rank.

    Only ids and ranks: snippets are cut for the hits kept, not for every match.
    """
    parts = []
    params: dict[str, Any] = {"query": query, "limit": limit}
    for hit_kind, source in _SOURCES.items():
        if kind is not None and not source.of_item:
            continue
        table = source.table
        joins, where = "", f"f.{table.name} MATCH :query"
        if kind is not None:
            joins, where = source.joins, f"{where} AND i.kind = :kind"
        titled = table.in_titles(query)
        untitled = "1"
        if titled is not None:
            params[f"titled_{hit_kind.value}"] = titled
            untitled = (
                f"f.rowid NOT IN (SELECT rowid FROM {table.name}"
                f" WHERE {table.name} MATCH :titled_{hit_kind.value})"
            )
        parts.append(
            f"SELECT * FROM (SELECT '{hit_kind.value}' AS hit, f.rowid AS id,"
            f" {untitled} AS untitled, {table.bm25('f')} AS score FROM {table.name} f {joins}"
            f" WHERE {where} ORDER BY untitled, score LIMIT :limit)"
        )
    statement = " UNION ALL ".join(parts) + " ORDER BY untitled, score, hit, id LIMIT :limit"
    if kind is not None:
        params["kind"] = kind.value
    rows = session.execute(sql(statement), params).all()
    return [(HitKind(hit), int(row_id), float(score)) for hit, row_id, _untitled, score in rows]


def _details(
    session: Session, hit_kind: HitKind, query: str, ranks: dict[int, float]
) -> list[SearchHit]:
    source = _SOURCES[hit_kind]
    name = source.table.name
    ids = sorted(ranks)
    placeholders = ", ".join(f":id{n}" for n in range(len(ids)))
    statement = (
        f"SELECT f.rowid, snippet(f.{name}, -1, '{MARK_OPEN}', '{MARK_CLOSE}', '…',"
        f" {SNIPPET_TOKENS}), {source.shown} FROM {name} f {source.joins}"
        f" WHERE f.{name} MATCH :query AND f.rowid IN ({placeholders})"
    )
    params: dict[str, Any] = {"query": query, **{f"id{n}": i for n, i in enumerate(ids)}}
    return [
        _hit(hit_kind, row, ranks[int(row[0])])
        for row in session.execute(sql(statement), params).all()
    ]


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
