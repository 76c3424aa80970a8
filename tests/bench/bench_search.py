"""Benchmark of the search across everything, run on demand: ``python tests/bench/bench_search.py``.

A database of 100,000 generated events (1–3 participants each out of 3,000 actors,
summaries of about 440 characters) is written with plain ``sqlite3``, so the triggers of
revision 0004 fill the full-text index row by row as any writer would. Measured in
process, median of many runs: ``search()`` for a rare and a common word against the bare
FTS5 query it is built on, and the list filter (first page and count, as the window
asks for them) through the index against the LIKE scan it replaced.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import open_database
from pakru_desktop.services.queries import count_items, list_items
from pakru_desktop.services.search import search
from pakru_desktop.store import item_sql
from pakru_desktop.store.location import sqlite_url
from pakru_desktop.store.search_index import ITEMS

BIG = 100_000
ACTORS = 3_000
RUNS = 25
RARE, COMMON = "quokka", "trade"
# Words of the summaries, most common first (picked with Zipf-like weights).
VOCABULARY = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "on",
    "with",
    "for",
    "Pakistan",
    "Russia",
    "trade",
    "said",
    "minister",
    "cooperation",
    "energy",
    "meeting",
    "talks",
    "agreement",
    "visit",
    "bilateral",
    "investment",
    "project",
    "sides",
    "discussed",
    "relations",
    "president",
    "prime",
    "foreign",
    "deputy",
    "delegation",
    "Moscow",
    "Islamabad",
    "Karachi",
    "Beijing",
    "summit",
    "railway",
    "pipeline",
    "corridor",
    "steel",
    "mill",
    "wheat",
    "oil",
    "gas",
    "supply",
    "banking",
    "payment",
    "rupee",
    "rouble",
    "visa",
    "education",
    "culture",
    "defence",
    "security",
    "counter",
    "terrorism",
    "connectivity",
    "Gwadar",
    "port",
    "shipping",
    "freight",
    "customs",
    "tariff",
    "memorandum",
    "signed",
    "implementation",
    "working",
    "group",
    "intergovernmental",
    "commission",
    "session",
    "review",
    "progress",
    "expressed",
    "hope",
    "further",
]
FIRST_NAMES = [
    "Ali",
    "Sergey",
    "Ahmed",
    "Olga",
    "Bilal",
    "Ivan",
    "Sana",
    "Dmitry",
    "Hina",
    "Anna",
    "Omar",
    "Pavel",
    "Zara",
    "Igor",
]
LAST_NAMES = [
    "Khan",
    "Ivanov",
    "Sharif",
    "Petrova",
    "Malik",
    "Smirnov",
    "Butt",
    "Volkov",
    "Qureshi",
    "Sokolov",
    "Raza",
]


def _summary(rng: random.Random, weights: list[float], rare: bool) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < 440:
        words += rng.choices(VOCABULARY, weights, k=8)
    if rare:
        words[rng.randrange(len(words))] = RARE
    return " ".join(words).capitalize() + "."


def build(path: Path) -> None:
    """A seeded database plus ``BIG`` events and ``ACTORS`` actors, written with sqlite3."""
    open_database(sqlite_url(path)).close()
    rng = random.Random(11)
    weights = [1 / (n + 1) for n in range(len(VOCABULARY))]
    now = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    with sqlite3.connect(path) as connection:
        first_actor = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM actors").fetchone()[
            0
        ]
        actors = [
            (
                first_actor + n,
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {n}",
                f'["{rng.choice(LAST_NAMES)}-{n}"]',
            )
            for n in range(ACTORS)
        ]
        connection.executemany(
            "INSERT INTO actors (id, name, kind, country, title, aliases)"
            " VALUES (?, ?, 'person', '', '', ?)",
            actors,
        )
        first = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0]
        items, parts = [], []
        for n in range(BIG):
            day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
            title = " ".join(rng.choices(VOCABULARY[9:], k=5)).capitalize()
            items.append(
                (
                    first + n,
                    f"{title} {n}",
                    _summary(rng, weights, rare=n % 5000 == 0),
                    day.isoformat(),
                    rng.choice(["Moscow", "Islamabad", "Karachi", "Beijing"]),
                    now,
                )
            )
            for actor in rng.sample(range(ACTORS), rng.randint(1, 3)):
                parts.append((first + n, first_actor + actor))
        connection.executemany(
            "INSERT INTO items (id, kind, type, title, summary, date_start, date_precision,"
            " date_inferred, date_last, base_status, status, location, version, created_at,"
            " updated_at, due_inferred) VALUES (?, 'event', 'meeting', ?, ?, ?, 'day', 0, ?4,"
            " 'held', 'held', ?, 1, ?6, ?6, 0)",
            items,
        )
        connection.executemany(
            "INSERT INTO participations (item_id, actor_id, role) VALUES (?, ?, 'participant')",
            parts,
        )
    connection.close()


def median_ms(run: Callable[[], object], runs: int = RUNS) -> float:
    """Median wall milliseconds of ``runs`` calls (after one warm-up call)."""
    run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _like_page(connection: sqlite3.Connection, word: str) -> Callable[[], object]:
    """The list filter as it was: a LIKE scan of every item's fields and participants."""
    condition, params = item_sql._like_condition(word, sqlite=True)
    where = f"items.kind = 'event' AND {condition}"
    columns = item_sql.ITEM_COLUMNS

    def run() -> object:
        page = connection.execute(
            f"SELECT {columns} FROM items WHERE {where} ORDER BY date_start, id LIMIT 100", params
        ).fetchall()
        count = connection.execute(f"SELECT count(*) FROM items WHERE {where}", params).fetchone()
        return page, count

    return run


def main() -> None:
    """Build the database, then print one line per measurement."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        start = time.perf_counter()
        build(path)
        print(
            f"built {BIG:,} items, the triggers filling the index:"
            f" {time.perf_counter() - start:.0f} s"
        )
        db = open_database(sqlite_url(path))
        bare = sqlite3.connect(path)
        counts = {
            w: bare.execute(
                f"SELECT count(*) FROM {ITEMS.name} WHERE {ITEMS.name} MATCH ?", (f'"{w}"',)
            ).fetchone()[0]
            for w in (RARE, COMMON)
        }
        print(f"{'measure (median of ' + str(RUNS) + ' runs, ms)':<44} {RARE:>10} {COMMON:>10}")
        print(f"{'items holding the word':<44} {counts[RARE]:>10,} {counts[COMMON]:>10,}")
        rows: list[tuple[str, Callable[[str], Callable[[], object]]]] = [
            ("search() across everything, 50 hits", lambda w: lambda: search(db, w)),
            (
                "bare sqlite3 FTS5 query, best 50 ids",
                lambda w: (
                    lambda: bare.execute(
                        f"SELECT rowid FROM {ITEMS.name} f WHERE f.{ITEMS.name} MATCH ?"
                        f" ORDER BY {ITEMS.bm25('f')} LIMIT 50",
                        (f'"{w}"*',),
                    ).fetchall()
                ),
            ),
            (
                "list filter via index: page of 100 + count",
                lambda w: (
                    lambda: (
                        list_items(db, ItemFilter(Kind.EVENT, text=w), limit=100),
                        count_items(db, ItemFilter(Kind.EVENT, text=w)),
                    )
                ),
            ),
            ("list filter before (LIKE): page + count", lambda w: _like_page(bare, w)),
        ]
        for label, make in rows:
            rare, common = (median_ms(make(w)) for w in (RARE, COMMON))
            print(f"{label:<44} {rare:>10.1f} {common:>10.1f}")
        for text in ("t", "tr", "trade pipe"):
            print(
                f"{'search() for ' + repr(text):<44}"
                f" {median_ms(lambda t=text: search(db, t)):>10.1f}"
            )
        bare.close()
        db.close()


if __name__ == "__main__":
    main()
