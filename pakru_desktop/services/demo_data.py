"""Generated records for trying the app at scale: ``pakru demo-data --count N``.

Fills a new or empty database with items of every kind the way a desk's records look
after years of work: 1–3 participants each, a summary of a paragraph, one or two quotes
from article-length sources (at their true offsets in the source text), follow-ups that
move statuses on, sectors and links. The same ``seed`` always gives the same records.

Rows go in through SQLAlchemy Core in chunks (``executemany``), never as ORM objects, and
the full-text index is filled once at the end rather than row by row: its triggers are
set aside for the fill and put back, in the same transaction, so an interrupted fill
leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.sql import func

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.fuzzy_date import FuzzyDate, Precision
from pakru_desktop.domain.sort_key import sort_key
from pakru_desktop.domain.vocabulary import (
    LINK_TYPES,
    SECTORS,
    STATUSES,
    TYPES,
    Kind,
)
from pakru_desktop.services.database import Database, begin_writing
from pakru_desktop.store import models
from pakru_desktop.store.bulk_write import put_search_index_back, set_search_index_aside
from pakru_desktop.store.planner import refresh_statistics
from pakru_desktop.store.sequences import writes_own_ids

MAX_COUNT = 5_000_000
CHUNK = 5_000  # items generated and written at a time: memory stays flat at any count
ITEMS_PER_SOURCE = 25
FOLLOW_UPS_PER_ITEM = 3  # on average

_KIND_SHARES = ((Kind.EVENT, 0.4), (Kind.AGREEMENT, 0.1), (Kind.PROJECT, 0.2),
                (Kind.COMMITMENT, 0.3))  # fmt: skip
_FIRST = {
    "PK": ("Shehbaz", "Ishaq", "Ahsan", "Bilawal", "Hina", "Maryam", "Asad", "Khawaja",
           "Murad", "Sherry", "Jalil", "Musadik", "Aamir", "Ayesha", "Faisal", "Tariq",
           "Imran", "Sadia", "Kamran", "Nadia"),
    "RU": ("Vladimir", "Sergey", "Alexei", "Maria", "Dmitry", "Andrei", "Yuri", "Olga",
           "Nikolai", "Mikhail", "Anton", "Elena", "Denis", "Igor", "Tatiana", "Viktor",
           "Pavel", "Natalia", "Grigory", "Irina"),
}  # fmt: skip
_LAST = {
    "PK": ("Sharif", "Dar", "Iqbal", "Zardari", "Khar", "Nawaz", "Umar", "Asif", "Ali",
           "Rehman", "Abbas", "Malik", "Khan", "Qureshi", "Fatemi", "Chaudhry", "Butt",
           "Hussain", "Raza", "Siddiqui"),
    "RU": ("Putin", "Lavrov", "Overchuk", "Zakharova", "Medvedev", "Rudenko", "Ushakov",
           "Golikova", "Patrushev", "Mishustin", "Siluanov", "Novak", "Manturov",
           "Reshetnikov", "Kozlov", "Belousov", "Tsivilev", "Savelyev", "Lukin", "Orlov"),
}  # fmt: skip
_ORGANISATIONS = ("Ministry of Energy", "Ministry of Foreign Affairs", "Railways Board",
                  "Chamber of Commerce", "State Bank", "Steel Mills", "Gas Company",
                  "Investment Board", "Export Centre", "Defence Industries Agency",
                  "Academy of Sciences", "Shipping Corporation")  # fmt: skip
_PLACES = ("Moscow", "Islamabad", "Karachi", "Lahore", "St Petersburg", "Kazan", "Astana",
           "Tashkent", "Beijing", "Tianjin", "Gwadar", "Sochi", "Vladivostok", "Peshawar",
           "New York", "Geneva", "Dushanbe", "Bishkek", "Quetta", "Novosibirsk")  # fmt: skip
_TOPICS = ("a gas pipeline", "rail freight", "a steel plant", "wheat supplies", "oil imports",
           "a barter mechanism", "direct flights", "student exchanges", "a trade corridor",
           "nuclear power", "counter-terrorism drills", "payments in national currencies",
           "a free trade zone", "fertiliser deliveries", "a cargo shipping line",
           "satellite navigation", "pharmaceuticals", "IT cooperation")  # fmt: skip
_TITLES = {
    Kind.EVENT: ("{a} meets {b} in {place}", "{a} visits {place} to discuss {topic}",
                 "Talks on {topic} in {place}", "{a} and {b} speak by phone on {topic}"),
    Kind.AGREEMENT: ("Agreement on {topic}", "Memorandum of understanding on {topic}",
                     "Protocol on {topic} signed in {place}"),
    Kind.PROJECT: ("{topic_cap} project near {place}", "Joint venture for {topic}",
                   "Feasibility study of {topic}"),
    Kind.COMMITMENT: ("{a} pledges progress on {topic}", "{a} promises {topic} by next year",
                      "{a} commits to expand {topic}"),
}  # fmt: skip
_SUMMARY = (
    "Officials from both sides reviewed the state of {topic} and the obstacles that remain, "
    "including financing, insurance and the routes goods would take. ",
    "{a} said the two countries had agreed to set up a working group that would report "
    "within six months, and {b} welcomed what he called a practical step forward. ",
    "Observers in {place} noted that similar announcements had been made before without "
    "follow-through, and that the timetable depends on decisions not yet taken. ",
    "The sides also touched on regional security, visas for business travellers and "
    "cooperation at the Shanghai Cooperation Organisation. ",
)
_NOTES = (
    "Officials confirmed that work on {topic} continues; no date was given.",
    "A delegation travelled to {place} to review progress on {topic}.",
    "Reports say the plans for {topic} have slowed over financing.",
    "{a} said in an interview that {topic} remains a priority for both sides.",
    "Talks on {topic} were postponed after a change of officials.",
)
_FILLER = (
    "The meeting took place against the background of wider diplomatic contacts in the region.",
    "Analysts said the announcements should be judged by what follows them.",
    "Trade between the two countries has fluctuated over the past decade.",
    "Neither side published the full text of the documents discussed.",
    "Further rounds of talks are expected later in the year.",
)
_FIRST_DAY = dt.date(1992, 1, 1)
# The parts people take in each kind of item.
_ROLES = {
    Kind.EVENT: ("host", "guest", "participant"),
    Kind.AGREEMENT: ("signatory", "signatory", "participant"),
    Kind.PROJECT: ("focal-point", "participant"),
    Kind.COMMITMENT: ("committed-by", "committed-to"),
}


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each table the fill wrote."""

    counts: dict[str, int]


def fill_demo_data(
    db: Database,
    count: int,
    *,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoSummary:
    """Write ``count`` generated items and everything around them into an empty ``db``.

    Refuses (``ValidationError``) a count out of range or a database holding any item,
    actor or source. ``progress`` is told how many items are written so far.
    """
    if not 1 <= count <= MAX_COUNT:
        raise ValidationError(
            sentence(
                "Give a count from 1 to {limit}; {count} is out of range.",
                limit=f"{MAX_COUNT:,}",
                count=f"{count:,}",
            )
        )
    day = today or dt.date.today()
    with db.transaction() as session:
        # The write lock first: a second fill started at once waits, then finds records.
        begin_writing(session, db)
        connection = session.connection()
        for model in (models.Item, models.Actor, models.Source):
            if connection.execute(select(func.count()).select_from(model)).scalar():
                raise ValidationError(
                    sentence(
                        "This database already holds records; demo data goes only into a new or"
                        " empty one (pakru init --empty)."
                    )
                )
        saved = set_search_index_aside(connection)
        counts = _Writer(connection, random.Random(seed), day).fill(count, progress)
        writes_own_ids(session)
        put_search_index_back(connection, saved)
    refresh_statistics(db.engine)
    return DemoSummary(counts)




class _Writer:
    """Generates and inserts the records, chunk by chunk."""

    def __init__(self, connection: Connection, rng: random.Random, today: dt.date) -> None:
        self.connection, self.rng, self.today = connection, rng, today
        self.span = max((today - _FIRST_DAY).days, 1)
        self.now = dt.datetime(today.year, today.month, today.day)
        self.counts: dict[str, int] = {}
        self.actors: list[tuple[int, str]] = []
        self.next_ids = {"items": 1, "sources": 1, "follow_ups": 1}

    def _insert(self, table: Any, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.connection.execute(insert(table.__table__), rows)
            name = table.__tablename__
            self.counts[name] = self.counts.get(name, 0) + len(rows)

    def fill(self, count: int, progress: Callable[[int], None] | None) -> dict[str, int]:
        self._actors(min(max(count // 50, 40), 40_000))
        written = 0
        while written < count:
            size = min(CHUNK, count - written)
            self._chunk(size, written)
            written += size
            if progress is not None:
                progress(written)
        return self.counts

    # Actors ------------------------------------------------------------------------------
    def _actors(self, how_many: int) -> None:
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for state in ("Pakistan", "Russia"):
            rows.append({"name": state, "kind": "state", "country": state, "title": "",
                         "aliases": []})  # fmt: skip
            seen.add(state)
            for organisation in _ORGANISATIONS:
                name = f"{state} {organisation}"
                rows.append({"name": name, "kind": "organisation", "country": state,
                             "title": "", "aliases": []})  # fmt: skip
                seen.add(name)
        initials = "ABCDEFGHIKLMNOPRSTUVYZ"
        while len(rows) < how_many:
            country = self.rng.choice(("PK", "RU"))
            first, last = self.rng.choice(_FIRST[country]), self.rng.choice(_LAST[country])
            name = f"{first} {last}"
            if name in seen:
                name = f"{first} {self.rng.choice(initials)}. {last}"
            if name in seen:
                name = f"{first} {self.rng.choice(initials)}. {self.rng.choice(initials)}. {last}"
            if name in seen:
                continue
            seen.add(name)
            aliases = [last] if self.rng.random() < 0.3 else []
            rows.append({"name": name, "kind": "person",
                         "country": "Pakistan" if country == "PK" else "Russia",
                         "title": self.rng.choice(("Minister", "Deputy Minister", "Envoy",
                                                   "Adviser", "Chairman", "")),
                         "aliases": aliases})  # fmt: skip
        for start in range(0, len(rows), CHUNK):
            self._insert(models.Actor, rows[start : start + CHUNK])
        ordered = select(models.Actor.id, models.Actor.name).order_by(models.Actor.id)
        self.actors = [(row[0], row[1]) for row in self.connection.execute(ordered)]
        self.people = [a for a, r in zip(self.actors, rows, strict=True) if r["kind"] == "person"]

    # Items and what hangs on them ------------------------------------------------------
    def _date(self) -> FuzzyDate:
        rng = self.rng
        day = _FIRST_DAY + dt.timedelta(days=rng.randrange(self.span))
        roll = rng.random()
        inferred = rng.random() < 0.15
        if roll < 0.65:
            date = FuzzyDate(day, Precision.DAY, inferred)
        elif roll < 0.85:
            date = FuzzyDate(day.replace(day=1), Precision.MONTH, inferred)
        elif roll < 0.95:
            quarter_month = (day.month - 1) // 3 * 3 + 1
            date = FuzzyDate(day.replace(month=quarter_month, day=1), Precision.QUARTER, inferred)
        else:
            date = FuzzyDate(day.replace(month=1, day=1), Precision.YEAR, inferred)
        if rng.random() < 0.05:
            end = min(date.end + dt.timedelta(days=rng.randrange(1, 60)), self.today)
            if end > date.end:
                date = date.spanning(FuzzyDate(end, Precision.DAY, inferred))
        return date

    def _words(self) -> dict[str, Any]:
        rng = self.rng
        a, b = rng.sample(self.people, 2) if len(self.people) > 1 else (self.actors[0],) * 2
        topic = rng.choice(_TOPICS)
        return {"a": a[1], "b": b[1], "place": rng.choice(_PLACES), "topic": topic,
                "topic_cap": topic[0].upper() + topic[1:], "a_id": a[0], "b_id": b[0]}  # fmt: skip

    def _chunk(self, size: int, done: int) -> None:
        rng = self.rng
        first_id = self.next_ids["items"]
        planned = []
        for _ in range(size):
            kind = rng.choices([k for k, _ in _KIND_SHARES], [w for _, w in _KIND_SHARES])[0]
            planned.append((kind, self._date(), self._words()))
        # An article reports items of around its own date: sort, then group.
        planned.sort(key=lambda p: p[1].start)
        items: list[dict[str, Any]] = []
        sectors: list[dict[str, Any]] = []
        participants: list[dict[str, Any]] = []
        evidence: list[dict[str, Any]] = []
        follow_ups: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        sources: list[dict[str, Any]] = []
        for group_start in range(0, size, ITEMS_PER_SOURCE):
            group = planned[group_start : group_start + ITEMS_PER_SOURCE]
            source_id = self.next_ids["sources"]
            self.next_ids["sources"] += 1
            sentences: list[str] = []
            quotes: list[tuple[int, str]] = []  # (item id, sentence)
            for offset, (kind, date, words) in enumerate(group):
                item_id = first_id + group_start + offset
                item, extra = self._item(item_id, kind, date, words)
                items.append(item)
                sectors.extend({"item_id": item_id, "sector": s} for s in extra["sectors"])
                participants.extend(extra["participants"])
                for said in extra["quotes"]:
                    sentences.append(said)
                    quotes.append((item_id, said))
                    sentences.append(rng.choice(_FILLER))
                follow_ups.extend(extra["follow_ups"])
                if item_id > 1 and rng.random() < 0.1:
                    other = rng.randrange(max(1, item_id - 5_000), item_id)
                    links.append({"from_id": item_id, "to_id": other,
                                  "type": rng.choice(LINK_TYPES).code, "note": ""})  # fmt: skip
            body = " ".join(sentences)
            position = 0
            for item_id, said in quotes:
                start = body.index(said, position)
                position = start + len(said)
                evidence.append({"item_id": item_id, "source_id": source_id, "quote": said,
                                 "start": start, "end": position})  # fmt: skip
            published = min(group[-1][1].end + dt.timedelta(days=rng.randrange(0, 4)), self.today)
            sources.append({
                "id": source_id, "title": f"{group[0][2]['a']} and {group[0][2]['b']}: "
                f"talks on {group[0][2]['topic']}", "publisher": rng.choice(
                    ("Dawn", "TASS", "The Express Tribune", "RIA Novosti", "The News")),
                "url": f"https://news.example/{source_id}", "published_start": published,
                "published_precision": "day", "published_inferred": False,
                "published_last": published, "language": "en", "text": body,
            })  # fmt: skip
        self.next_ids["items"] += size
        self._insert(models.Item, items)
        self._insert(models.Source, sources)
        self._insert(models.ItemSector, sectors)
        self._insert(models.Participation, participants)
        self._insert(models.FollowUp, follow_ups)
        self._insert(models.Evidence, evidence)
        self._insert(models.Link, links)

    def _item(
        self, item_id: int, kind: Kind, date: FuzzyDate, words: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = self.rng
        title = rng.choice(_TITLES[kind]).format(**words)
        # Three of the four sentences, in order: a paragraph of about 450 characters.
        left_out = rng.randrange(len(_SUMMARY))
        summary = "".join(
            part.format(**words) for n, part in enumerate(_SUMMARY) if n != left_out
        ).strip()
        base = rng.choice(STATUSES[kind]).code
        due = None
        if kind in (Kind.PROJECT, Kind.COMMITMENT) and rng.random() < 0.6:
            due_day = date.end + dt.timedelta(days=rng.randrange(60, 1500))
            due = FuzzyDate(due_day.replace(day=1), Precision.MONTH)
        status, follow_ups = base, []
        for _ in range(rng.randrange(2 * FOLLOW_UPS_PER_ITEM + 1)):
            when = date.end + dt.timedelta(days=rng.randrange(1, 1200))
            if when > self.today:
                continue
            new = rng.choice(STATUSES[kind]).code if rng.random() < 0.3 else None
            follow_ups.append((when, new, rng.choice(_NOTES).format(**words)))
        follow_ups.sort(key=lambda f: f[0])
        follow_rows = []
        for when, new, note in follow_ups:
            follow_rows.append({"id": self.next_ids["follow_ups"], "item_id": item_id,
                                "date_start": when, "date_precision": "day",
                                "date_inferred": False, "date_last": when, "note": note,
                                "new_status": new, "created_at": self.now})  # fmt: skip
            self.next_ids["follow_ups"] += 1
            status = new or status
        d, u = date.parts(), due.parts() if due else (None,) * 6
        types = TYPES[kind]
        item = {
            "id": item_id, "kind": kind.value, "type": rng.choice(types).code if types else None,
            "title": title, "summary": summary, "date_start": d[0], "date_precision": d[1],
            "date_inferred": d[2], "date_end": d[3], "date_end_precision": d[4],
            "date_last": d[5], "due_start": u[0], "due_precision": u[1],
            "due_inferred": u[2], "due_end": u[3], "due_end_precision": u[4],
            "due_last": u[5], "base_status": base, "status": status,
            "location": words["place"], "title_key": sort_key(title),
            "location_key": sort_key(words["place"]), "version": 1, "created_at": self.now,
            "updated_at": self.now,
        }  # fmt: skip
        roles = _ROLES[kind]
        # The people the title and summary name come first.
        people = list(dict.fromkeys((words["a_id"], words["b_id"], rng.choice(self.actors)[0])))
        wanted = rng.randint(1, 3)
        extra = {
            "sectors": rng.sample(SECTORS, rng.randint(1, 2)),
            "participants": [
                {"item_id": item_id, "actor_id": actor, "role": rng.choice(roles)}
                for actor in people[:wanted]
            ],
            "quotes": [title + "."]
            + ([summary.split(". ")[0] + "."] if rng.random() < 0.5 else []),  # fmt: skip
            "follow_ups": follow_rows,
        }
        return item, extra
