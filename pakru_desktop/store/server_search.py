"""The word index of a PostgreSQL database, and how typed text becomes its query.

Revision 0007 gives each searched table a ``search_vector`` column, computed by the
server from the row (a generated column, so no write can leave it stale) and indexed
with GIN. The text is read with the text search configuration ``pakru_words``: the
``simple`` dictionary (every word kept, folded to lower case, Cyrillic included on a
UTF-8 database) behind ``unaccent`` where the server has it (so "Cafe" finds "Café"),
after punctuation is turned into spaces, so an e-mail address or "Russia’s" is cut into
words as SQLite's ``unicode61`` tokenizer cuts them.

A query is built from the app's own ``search_index.words`` of what was typed, never
parsed by the server as query syntax: each word is one term, so quotes, ``-``, ``or``
and brackets are only ever words or separators, as on SQLite. Weights follow SQLite's
bm25 weights: A for titles and names, B for summaries, notes and aliases, C for places
and quotes, D for article texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pakru_desktop.store.search_index import MAX_WORDS, MIN_PREFIX

CONFIGURATION = "pakru_words"
VECTOR = "search_vector"
# ts_rank's weights of D, C, B and A.
RANK_WEIGHTS = "{0.1, 0.3, 0.5, 1.0}"


@dataclass(frozen=True)
class ServerIndexed:
    """A table with a word index: what its vector holds, for the snippet and the titles."""

    table: str
    # The columns a snippet is cut from, joined, in this order.
    texts: tuple[str, ...]
    # As on SQLite: items and actors before the quotes and notes on them.
    boost: float = 1.0
    # The vector's weight holding the record's title or name, if it has one.
    title_weight: str | None = None


SERVER_ITEMS = ServerIndexed("items", ("title", "summary", "location"), 2.0, "A")
SERVER_FOLLOW_UPS = ServerIndexed("follow_ups", ("note",))
SERVER_EVIDENCE = ServerIndexed("evidence", ("quote",))
SERVER_ACTORS = ServerIndexed("actors", ("name", f"{CONFIGURATION}_aliases(aliases)"), 2.0, "AB")
SERVER_SOURCES = ServerIndexed("sources", ("title", "text"), 1.0, "A")
SERVER_INDEXED = (SERVER_ITEMS, SERVER_FOLLOW_UPS, SERVER_EVIDENCE, SERVER_ACTORS, SERVER_SOURCES)


def query_terms(found: Sequence[str], *, prefix_last: bool, prefix_all: bool) -> list[str]:
    """``to_tsquery`` texts, one per word of ``found`` (at most ``MAX_WORDS``): the word
    quoted as one lexeme, with ``:*`` where it may begin a longer word."""
    terms = []
    chosen = list(found)[:MAX_WORDS]
    for n, word in enumerate(chosen):
        last = prefix_last and n == len(chosen) - 1 and len(word) >= MIN_PREFIX
        # A tsquery string: single quotes around, one inside doubled, a backslash escaped.
        # ``words`` never yields either, but the term must stay valid whatever is passed.
        quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
        terms.append(quoted + (":*" if prefix_all or last else ""))
    return terms


def tsquery(params: dict[str, object], terms: Sequence[str], name: str = "w") -> str:
    """SQL for the query requiring every term, its parameters added to ``params``."""
    parts = []
    for n, term in enumerate(terms):
        params[f"{name}{n}"] = term
        parts.append(f"to_tsquery('{CONFIGURATION}', :{name}{n})")
    return "(" + " && ".join(parts) + ")"


def in_title(alias: str, indexed: ServerIndexed, query: str) -> str | None:
    """SQL true for a row of ``alias`` with every word of ``query`` in its title (the
    vector cut down to the title's weights), or None for a table without titles."""
    if indexed.title_weight is None:
        return None
    weights = ",".join(indexed.title_weight.lower())
    return f"ts_filter({alias}.{VECTOR}, '{{{weights}}}') @@ {query}"
