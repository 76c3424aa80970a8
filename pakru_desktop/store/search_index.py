"""The full-text index of a SQLite database: its tables, and how typed text becomes a query.

Revision 0004 creates one FTS5 table per indexed table (see that migration for why they
are external-content tables and how triggers keep them in step). This module names them
and turns what a person typed into a MATCH expression that can never be a syntax error:
the text is cut into words the way the index's ``unicode61`` tokenizer cuts it, and each
word goes into the expression as a quoted FTS5 string, so quotes, brackets, ``AND``,
``NEAR``, ``*``, ``-``, ``^`` and column names are only ever words or separators.

Import-free (standard library only), so the quick ``sqlite3`` path of ``pakru list`` can
build the same statements.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

TOKENIZER = "unicode61 remove_diacritics 2"
# Two- and three-character prefix indexes: typing "st", "ste" looks up one index entry
# instead of merging every term that starts with them.
PREFIXES = "2 3"

# Longer queries are cut to their first words: a pasted paragraph still searches, as
# quickly as a line.
MAX_WORDS = 12
# A one-character last word of a search is a whole word: as a prefix it would rank
# everything with a word starting with that letter, which means little.
MIN_PREFIX = 2


@dataclass(frozen=True)
class IndexedTable:
    """One FTS5 table: its name, the table it indexes and the columns, with their weights."""

    name: str
    content: str
    columns: tuple[str, ...]
    # bm25 weights, one per column: titles count more than summaries and notes, which count
    # more than long texts.
    weights: tuple[float, ...]
    # bm25 is relative to each table's own rows (a word in every one of three sources
    # scores nothing there), so hits of different tables are put on one scale by hand:
    # items and actors, what a search is mostly for, before the quotes and notes on them.
    boost: float = 1.0
    # The columns that name the record (a title, a name): a record with every word in one
    # of them comes before the rest, however common the words (bm25 scores a word found in
    # most rows as almost nothing).
    titles: tuple[str, ...] = ()

    def bm25(self, alias: str) -> str:
        """The rank expression of a row of this table aliased ``alias`` (lower is better)."""
        weights = ", ".join(str(w) for w in self.weights)
        return f"bm25({alias}.{self.name}, {weights}) * {self.boost}"

    def in_titles(self, query: str) -> str | None:
        """``query`` (from ``match_expression``) restricted to the title columns, if any."""
        if not self.titles:
            return None
        return "{" + " ".join(self.titles) + "} : (" + query + ")"


ITEMS = IndexedTable(
    "search_items",
    "items",
    ("title", "summary", "location"),
    (10.0, 4.0, 3.0),
    boost=2.0,
    titles=("title",),
)
FOLLOW_UPS = IndexedTable("search_follow_ups", "follow_ups", ("note",), (4.0,))
EVIDENCE = IndexedTable("search_evidence", "evidence", ("quote",), (3.0,))
# Aliases are a JSON list; the index reads them as words through a view (see 0004).
ACTORS = IndexedTable(
    "search_actors",
    "search_actor_texts",
    ("name", "aliases"),
    (10.0, 8.0),
    boost=2.0,
    titles=("name", "aliases"),
)
SOURCES = IndexedTable(
    "search_sources", "sources", ("title", "text"), (10.0, 1.0), titles=("title",)
)
INDEXED_TABLES = (ITEMS, FOLLOW_UPS, EVIDENCE, ACTORS, SOURCES)

# What FTS5 adds beside each table (its "shadow" tables) and the view the actors' index reads.
_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")
INDEX_OBJECTS = frozenset(
    {t.name + suffix for t in INDEXED_TABLES for suffix in ("", *_SHADOWS)} | {ACTORS.content}
)


def is_index_object(name: str) -> bool:
    """True for a table or view that belongs to the full-text index, not to the models."""
    return name in INDEX_OBJECTS


def _is_word_character(ch: str) -> bool:
    # unicode61's token characters: letters, numbers, private-use characters; marks are
    # kept with their letter (Urdu's vowel signs, a decomposed accent).
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def words(text: str) -> list[str]:
    """The words of ``text`` as the index sees them (everything else separates words)."""
    found: list[str] = []
    current: list[str] = []
    for ch in text:
        if _is_word_character(ch):
            current.append(ch)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def _fts_string(word: str) -> str:
    # An FTS5 string: double quotes around, a double quote inside doubled. ``words`` never
    # yields one, but the expression must stay valid whatever a caller passes.
    return '"' + word.replace('"', '""') + '"'


def match_expression(
    text: str | Sequence[str], *, prefix_last: bool = False, prefix_all: bool = False
) -> str | None:
    """A MATCH expression requiring every word of ``text`` (all of them, in any order and any
    column); None when it holds no word at all.

    ``prefix_last`` also matches words that begin with the last one (search as you type),
    unless it is a single character; ``prefix_all`` does so for every word, however short
    (a list filter, narrowing the list letter by letter as it always did).
    """
    found = (words(text) if isinstance(text, str) else list(text))[:MAX_WORDS]
    if not found:
        return None
    terms = []
    for n, word in enumerate(found):
        last = prefix_last and n == len(found) - 1 and len(word) >= MIN_PREFIX
        star = "*" if prefix_all or last else ""
        terms.append(_fts_string(word) + star)
    return " ".join(terms)
