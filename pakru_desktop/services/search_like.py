"""The search across everything where there is no full-text index (a PostgreSQL server).

Every word typed must appear somewhere in a record's searched fields (anywhere in a word,
ignoring case); a record ranks by the weights of the fields its words were found in, as
on SQLite. Slower than the index, the same hits for ordinary words, and it never fails
on what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text as sql

from pakru_desktop.domain.quoting import one_line
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import Database
from pakru_desktop.services.search_hits import HitKind, SearchHit, Snippet
from pakru_desktop.store.item_sql import like_pattern
from pakru_desktop.store.search_index import MAX_WORDS, words

# Characters of context either side of the first match.
CONTEXT = 60

# kind → (FROM with joins, searched (column, weight), "title, item_id, item_kind, source_id,
# quote_start, id" columns, belongs to an item).
_TABLES: dict[HitKind, tuple[str, tuple[tuple[str, float], ...], str, bool]] = {
    HitKind.ITEM: (
        "items i",
        (("i.title", 10.0), ("i.summary", 4.0), ("i.location", 3.0)),
        "i.title, i.id, i.kind, NULL, NULL, i.id",
        True,
    ),
    HitKind.FOLLOW_UP: (
        "follow_ups r JOIN items i ON i.id = r.item_id",
        (("r.note", 4.0),),
        "i.title, i.id, i.kind, NULL, NULL, r.id",
        True,
    ),
    HitKind.EVIDENCE: (
        "evidence r JOIN items i ON i.id = r.item_id",
        (("r.quote", 3.0),),
        "i.title, i.id, i.kind, r.source_id, r.start, r.id",
        True,
    ),
    HitKind.ACTOR: (
        "actors a",
        (("a.name", 10.0), ("CAST(a.aliases AS TEXT)", 8.0)),
        "a.name, NULL, NULL, NULL, NULL, a.id",
        False,
    ),
    HitKind.SOURCE: (
        "sources s",
        (("s.title", 10.0), ("s.text", 1.0)),
        "coalesce(nullif(s.title, ''), s.url, s.ref, ''), NULL, NULL, s.id, NULL, s.id",
        False,
    ),
}


def like_search(db: Database, text: str, *, kind: Kind | None, limit: int) -> list[SearchHit]:
    """The records holding every word of ``text``, best first (see ``search.search``)."""
    found = words(text)[:MAX_WORDS]
    if not found or limit <= 0:
        return []
    params: dict[str, Any] = {f"w{n}": like_pattern(w) for n, w in enumerate(found)}
    hits: list[SearchHit] = []
    with db.reading() as session:
        for hit_kind, (tables, columns, shown, of_item) in _TABLES.items():
            if kind is not None and not of_item:
                continue
            texts = ", ".join(f"coalesce({c}, '')" for c, _ in columns)
            conditions = [
                "(" + " OR ".join(f"lower({c}) LIKE :w{n} ESCAPE '\\'" for c, _ in columns) + ")"
                for n in range(len(found))
            ]
            if kind is not None:
                conditions.append("i.kind = :kind")
                params["kind"] = kind.value
            statement = (
                f"SELECT {shown}, {texts} FROM {tables} WHERE {' AND '.join(conditions)}"
                " ORDER BY 6 LIMIT :limit"
            )
            rows = session.execute(sql(statement), {**params, "limit": limit}).all()
            hits += [_hit(hit_kind, row, [w for _, w in columns], found) for row in rows]
    hits.sort(key=lambda hit: (hit.rank, hit.kind.value, hit.id))
    return hits[:limit]


def _hit(
    hit_kind: HitKind, row: Sequence[Any], weights: list[float], found: list[str]
) -> SearchHit:
    title, item_id, item_kind, source_id, quote_start, row_id, *texts = row
    pattern = re.compile("|".join(re.escape(w) for w in found), re.IGNORECASE)
    scores = [w * len(pattern.findall(str(t))) for t, w in zip(texts, weights, strict=True)]
    best = max(range(len(texts)), key=lambda n: scores[n])
    return SearchHit(
        kind=hit_kind,
        id=int(row_id),
        title=one_line(" ".join(str(title or "").split()), 200),
        snippet=_snippet(" ".join(str(texts[best]).split()), pattern),
        item_id=item_id,
        item_kind=Kind(item_kind) if item_kind else None,
        source_id=source_id,
        quote_start=quote_start,
        rank=-sum(scores),
    )


def _snippet(text: str, pattern: re.Pattern[str]) -> Snippet:
    first = pattern.search(text)
    start = max(0, first.start() - CONTEXT) if first else 0
    end = min(len(text), (first.end() if first else 0) + CONTEXT)
    lead, tail = ("…" if start else ""), ("…" if end < len(text) else "")
    shown = lead + one_line(text[start:end], 10 * CONTEXT) + tail
    marks = tuple((m.start(), m.end()) for m in pattern.finditer(shown))
    return Snippet(shown, marks)
