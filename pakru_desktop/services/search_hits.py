"""What one search across everything finds: frozen hits, each with a snippet of the match.

A snippet is plain text plus the positions of the matched words, never markup: the CLI
writes the positions as ``[`` ``]``, the GUI as bold after escaping the text, and neither
can be fooled by brackets or ``<b>`` that the stored text itself holds. The text is one
line with no control characters, so it is safe in a terminal and in a Qt label.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from pakru_desktop.domain.vocabulary import Kind


class HitKind(StrEnum):
    """What a hit is."""

    ITEM = "item"
    FOLLOW_UP = "follow_up"
    EVIDENCE = "evidence"
    ACTOR = "actor"
    SOURCE = "source"

    @property
    def label(self) -> str:
        """The word shown beside a hit."""
        return _LABELS[self]


_LABELS = {
    HitKind.ITEM: "Item",
    HitKind.FOLLOW_UP: "Follow-up",
    HitKind.EVIDENCE: "Quote",
    HitKind.ACTOR: "Actor",
    HitKind.SOURCE: "Source",
}


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Snippet:
    """Words around a match: ``text`` and the ``(start, end)`` of each matched word in it."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    def marked(
        self, before: str = "[", after: str = "]", escape: Callable[[str], str] = _same
    ) -> str:
        """The text with ``before``/``after`` around each match; ``escape`` is applied to the
        text between them (``html.escape`` for a rich-text label)."""
        parts, at = [], 0
        for start, end in self.marks:
            parts += [escape(self.text[at:start]), before, escape(self.text[start:end]), after]
            at = end
        parts.append(escape(self.text[at:]))
        return "".join(parts)


@dataclass(frozen=True)
class SearchHit:
    """One record found: what it is, its id, what to show, and where it leads.

    ``item_id``/``item_kind``: the item it is or belongs to (items, follow-ups, quotes);
    ``source_id``/``quote_start``: the source a quote is from and where it starts in the
    source's text (quotes only; the start is None when the source text is not stored).
    ``rank``: lower is better (FTS5's bm25; comparable within one search only).
    """

    kind: HitKind
    id: int
    title: str
    snippet: Snippet
    item_id: int | None = None
    item_kind: Kind | None = None
    source_id: int | None = None
    quote_start: int | None = None
    rank: float = 0.0


# The markers FTS5's snippet() puts around matched words: control characters, which no
# record may hold (``store.text_guard``), so they can only be the markers.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def parse_marked(raw: str) -> Snippet:
    """A ``Snippet`` from text with ``MARK_OPEN``/``MARK_CLOSE`` around matches: one line,
    white space runs made one space, other control characters left out."""
    text: list[str] = []
    marks: list[tuple[int, int]] = []
    opened: int | None = None
    for ch in raw:
        if ch == MARK_OPEN:
            opened = len(text)
        elif ch == MARK_CLOSE:
            if opened is not None and len(text) > opened:
                marks.append((opened, len(text)))
            opened = None
        elif ch.isspace():
            if text and text[-1] != " ":
                text.append(" ")
        elif unicodedata.category(ch) != "Cc":
            text.append(ch)
    joined = "".join(text)
    stripped = joined.rstrip()
    marks = [(s, min(e, len(stripped))) for s, e in marks if s < len(stripped)]
    return Snippet(stripped, tuple(marks))
