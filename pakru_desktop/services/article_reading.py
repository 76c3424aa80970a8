"""Reading a news article into proposed records: events, agreements, projects and
commitments, each with its date, participants, place, sectors and the sentence it
came from.

Rule-based and explainable: every proposal lists the cues that made it (``reason``).
Each sentence is read on its own: the words that mark a kind (``article_cues``), the
dates it writes (resolved against the article's date, ``domain.date_mentions``), the
actors it names (from the actors already known, or an office followed by a name: a new
person). Proposals of one kind about the same happening (an event on one day in one
place, a project named the same way) are merged, their sentences kept as further quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from pakru_desktop.domain.date_mentions import DateMention, find_dates
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.sentences import Sentence, split_sentences
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.article_candidates import (
    Candidate,
    KnownActor,
    Participant,
    Quote,
)
from pakru_desktop.services.article_cues import (
    AGREEMENT_CUES,
    COMMITMENT_CUE,
    EVENT_CUES,
    FOLLOW_UP_CUE,
    NEW_PERSON,
    NOT_NAMES,
    PROJECT_CUE,
    SUMMIT,
    place_in,
    sectors_in,
)
from pakru_desktop.services.article_titles import (
    agreement_title,
    event_title,
    key_words,
    project_title,
    sentence_title,
)

# Sentences that carry on from the one before: a missing date is that one's.
_CONTINUES = re.compile(r"^(?:the two|they|he|she|it|both|this|these|there)\b", re.IGNORECASE)
# How close (in characters) a date must be written to a commitment's or project's cue to be
# its date: further away, it dates something else the sentence mentions.
NEAR_BEFORE, NEAR_AFTER = 70, 30
# A date written this close to a sentence's start frames all of it ("In July, …").
FRAME = 15


def read_article(text: str, published: date, actors: Sequence[KnownActor] = ()) -> list[Candidate]:
    """The records ``text`` (published on ``published``) reports, in the article's order."""
    names = _actor_names(actors)
    candidates: list[Candidate] = []
    before: FuzzyDate | None = None  # the date of the sentence before, for one carrying on
    for sentence in split_sentences(text):
        dates = find_dates(sentence.text, published)
        carried = before if _CONTINUES.match(sentence.text) else None
        candidates.extend(_read_sentence(sentence, dates, carried, published, names))
        past = [d for d in dates if d.date.start <= published]
        before = past[0].date if past else carried
    return _merged(candidates)


# The article's own date --------------------------------------------------------------------
_HEAD = 400  # where a dateline is: the first characters of the text
_DATE_LINE = re.compile(r"\bdate[:\s]+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_CITY_LINE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,30},\s*(?:\([^)]*\)\s*)?")


def article_date(text: str, hint: date | None = None) -> tuple[FuzzyDate, str] | None:
    """The day the article says it is from, and where it says so: a ``date 2025-07-10``
    line, a dateline ("(… - 2nd Sep, 2025)", "Sat Jun 21 2025") or a city line ("MOSCOW,
    November 18", its year from ``hint`` or today). None when the text carries none."""
    head = text[:_HEAD]
    if m := _DATE_LINE.search(head):
        found = find_dates(m.group(1), date.today())
        if found:
            return found[0].date, f"the line {m.group().strip()!r}"
    reference = hint or date.today()
    for mention in find_dates(head, reference):
        whole_day = mention.date.precision.value == "day" and not mention.date.is_span
        if whole_day and re.search(r"\d{4}", mention.written) and not mention.date.inferred:
            return mention.date, f"the dateline {mention.written!r}"
    if m := _CITY_LINE.match(head):
        rest = head[m.end() :]
        found = [d for d in find_dates(rest[:40], reference) if d.start < 5]
        if found and found[0].date.precision.value == "day":
            return found[0].date, f"the dateline {(m.group() + found[0].written).strip()!r}"
    return None


# Reading one sentence -------------------------------------------------------------------------
def _read_sentence(
    sentence: Sentence,
    dates: list[DateMention],
    carried: FuzzyDate | None,
    published: date,
    names: list[tuple[str, KnownActor]],
) -> list[Candidate]:
    words = sentence.text
    people = _participants(words, names)
    place = place_in(words)
    sectors = sectors_in(words)
    quote = Quote(sentence.text, sentence.start, sentence.end)
    said = re.search(rf"\b(?:{FOLLOW_UP_CUE})\b", words, re.IGNORECASE)
    common = {"quotes": (quote,), "participants": people, "location": place, "sectors": sectors,
              "progress": said.group().lower() if said else ""}  # fmt: skip
    found: list[Candidate] = []

    def dated(cue: re.Match[str], *, clause: bool = False) -> tuple[FuzzyDate, str]:
        if clause:  # a date of the cue's own clause, or one that frames the whole sentence
            chosen = _in_clause(words, dates, cue, published) or next(
                (d for d in dates if d.start < FRAME and d.date.start <= published), None
            )
        else:
            chosen = _nearest(dates, cue.start(), None, None)
        if chosen is not None:
            return chosen.date, f"date {chosen.written!r} → {chosen.date.display()}"
        if carried is not None:
            return carried, f"date of the sentence before → {carried.display()}"
        return FuzzyDate.of_day(published, inferred=True), "date of the article"

    agreement = _cue(words, AGREEMENT_CUES)
    signed = re.search(r"\bsign(?:ed|s|ing)?\b|\binked\b|\bmou\b|\bmemorandum", words, re.I)
    if agreement and signed:
        kind_type, cue = agreement
        when, why = dated(cue)
        found.append(Candidate(Kind.AGREEMENT, agreement_title(words, cue), when, "signed",
                               kind_type,
                               reason=(f"cue {cue.group()!r} → agreement", why), **common))  # type: ignore[arg-type]  # fmt: skip
    for cue in _project_cues(words):
        # Dated when it was agreed or first reported; a date ahead is its target.
        when, why = dated(cue, clause=True)
        target = _in_clause(words, dates, cue, None)
        due = target.date if target and target.date.start > published else None
        status = "agreed" if agreement and signed else "proposed"
        found.append(Candidate(Kind.PROJECT, project_title(words, cue), when, status, None,
                               due=due, reason=(f"cue {cue.group()!r} → project", why),
                               **common))  # type: ignore[arg-type]  # fmt: skip
    commitment = re.search(rf"\b(?:{COMMITMENT_CUE})\b", words, re.IGNORECASE)
    if commitment:
        # Dated when it was made: a date only counts if it is written close to the cue.
        when, why = dated(commitment, clause=True)
        ahead = [d.date for d in dates if d.date.start > published]
        by = tuple(replace(p, role="committed-by") if i == 0 else p for i, p in enumerate(people))
        found.append(Candidate(
            Kind.COMMITMENT, sentence_title(words, commitment), when, "not-yet-rated", None,
            reason=(f"cue {commitment.group()!r} → commitment", why),
            due=ahead[0] if ahead else None, **{**common, "participants": by},  # type: ignore[arg-type]
        ))  # fmt: skip
    event = _cue(words, EVENT_CUES)
    # What was promised ("invited to visit", "will meet") is an event only with a date.
    promised = event and commitment and commitment.start() < event[1].start()
    if promised and _nearest(dates, event[1].start(), None, None) is None:  # type: ignore[index]
        event = None
    if event:
        kind_type, cue = event
        when, why = dated(cue)
        status = "scheduled" if when.start > published else "held"
        found.append(Candidate(Kind.EVENT, event_title(words, cue, people, place, kind_type),
                               when, status, kind_type,
                               reason=(f"cue {cue.group()!r} → event", why), **common))  # type: ignore[arg-type]  # fmt: skip
        summit = SUMMIT.search(words)
        if summit and kind_type != "summit":
            # The summit it happened at is a happening of its own.
            found.append(Candidate(Kind.EVENT, event_title(words, summit, (), place, "summit"),
                                   when, status, "summit",
                                   reason=(f"cue {summit.group()!r} → event", why),
                                   **{**common, "participants": ()}))  # type: ignore[arg-type]  # fmt: skip
    return found


def _cue(text: str, cues: dict[str, str]) -> tuple[str, re.Match[str]] | None:
    """The first type whose cue ``text`` holds, with the cue found."""
    for kind_type, pattern in cues.items():
        match = re.search(rf"\b(?:{pattern})\b", text, re.IGNORECASE)
        if match:
            return kind_type, match
    return None


def _all(text: str, pattern: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"\b(?:{pattern})\b", text, re.IGNORECASE))


def _project_cues(text: str) -> list[re.Match[str]]:
    """Each project the sentence names by its cue words; the generic "project" only when
    it names none otherwise (then it is the one the sentence is about)."""
    cues = _all(text, PROJECT_CUE)
    named = [c for c in cues if c.group().lower() != "project"]
    return named[:3] if named else cues[:1]


_BOUNDARY = re.compile(r",\s*(?:and|but|which|who|while|whereas|after|before)\b|;|\s[—–]\s")


def _in_clause(
    text: str, dates: list[DateMention], cue: re.Match[str], not_after: date | None
) -> DateMention | None:
    """The date written in the cue's own clause: before it (within ``NEAR_BEFORE``
    characters) or just after it (``NEAR_AFTER``), with no clause boundary (", and",
    ", which", ";" …) between; the closest such, none after ``not_after``."""
    near = []
    for mention in dates:
        if not_after is not None and mention.date.start > not_after:
            continue
        if mention.end <= cue.start():
            gap, between = cue.start() - mention.end, text[mention.end : cue.start()]
            limit = NEAR_BEFORE
        elif mention.start >= cue.end():
            gap, between = mention.start - cue.end(), text[cue.end() : mention.start]
            limit = NEAR_AFTER
        else:
            gap, between, limit = 0, "", 0
        if gap <= limit and not _BOUNDARY.search(between):
            near.append((gap, mention))
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _distance(mention: DateMention, at: int) -> int:
    return min(abs(mention.start - at), abs(mention.end - at))


def _nearest(
    dates: list[DateMention], at: int, not_after: date | None, within: int | None
) -> DateMention | None:
    """The date written closest to ``at`` (none after ``not_after``, none further than
    ``within`` characters)."""
    usable = [
        d
        for d in dates
        if (not_after is None or d.date.start <= not_after)
        and (within is None or _distance(d, at) <= within)
    ]
    return min(usable, key=lambda d: _distance(d, at)) if usable else None


# Who, where, which sectors -----------------------------------------------------------------
def _actor_names(actors: Sequence[KnownActor]) -> list[tuple[str, KnownActor]]:
    """Every name and alias, longest first, so "Vladimir Putin" wins over "Putin"."""
    pairs = [(n, a) for a in actors for n in (a.name, *a.aliases) if len(n) > 2]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def _participants(text: str, names: list[tuple[str, KnownActor]]) -> tuple[Participant, ...]:
    """Known actors the sentence names, then new people named after an office."""
    found: list[Participant] = []
    taken: list[tuple[int, int]] = []
    for name, actor in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            if re.search(r"\b(?:in|at|to|from)\s+$", text[: match.start()]):
                continue  # "in Moscow" is where, not who (though Moscow may stand for Russia)
            if all(p.actor_id != actor.id for p in found):
                found.append(Participant(actor.name, "participant", actor.id))
    for match in NEW_PERSON.finditer(text):
        name = _clean_name(match["name"])
        if not name or any(s < match.end("name") and match.start("name") < e for s, e in taken):
            continue
        if any(p.name.split()[-1] == name.split()[-1] for p in found):
            continue  # the same person, named shorter or longer
        found.append(Participant(name, "participant", None, match["office"]))
    return tuple(found)


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0] in NOT_NAMES:
        words.pop(0)
    return " ".join(words) if words and words[-1] not in NOT_NAMES else ""


# Merging ----------------------------------------------------------------------------------------
def _merged(candidates: list[Candidate]) -> list[Candidate]:
    """One proposal per happening: an event or agreement of the same day (or span) and no
    other place, a project of the same name, keep the first sentence and add the others'."""
    kept: list[Candidate] = []
    # Where to look for an earlier proposal of the same happening: by kind and date, and
    # for projects by each word of their name.
    by_key: dict[tuple[object, ...], list[int]] = {}
    for candidate in candidates:
        keys = _keys(candidate)
        near = sorted({n for key in keys for n in by_key.get(key, ())})
        same = next((n for n in near if _same_happening(kept[n], candidate)), None)
        if same is None:
            for key in keys:
                by_key.setdefault(key, []).append(len(kept))
            kept.append(candidate)
        else:
            kept[same] = _joined(kept[same], candidate)
    return kept


def _keys(candidate: Candidate) -> list[tuple[object, ...]]:
    if candidate.kind is Kind.PROJECT:
        return [(Kind.PROJECT, word) for word in key_words(candidate.title)]
    return [(candidate.kind, candidate.date.iso_span(), candidate.type)]


def _same_happening(a: Candidate, b: Candidate) -> bool:
    if a.kind is not b.kind or a.kind is Kind.COMMITMENT:
        return False
    if a.kind is Kind.PROJECT:
        return key_words(a.title) & key_words(b.title) != set()
    if a.date.iso_span() != b.date.iso_span():
        return False
    return not (a.location and b.location and a.location != b.location) and a.type == b.type


def _joined(a: Candidate, b: Candidate) -> Candidate:
    people = a.participants + tuple(
        p for p in b.participants if all(q.name != p.name for q in a.participants)
    )
    sectors = a.sectors + tuple(s for s in b.sectors if s not in a.sectors)
    # A project is dated by its earliest mention: when it was agreed, or first reported.
    first = b if b.kind is Kind.PROJECT and b.date.start < a.date.start else a
    return replace(
        a,
        date=first.date,
        status=first.status,
        reason=first.reason,
        quotes=a.quotes + b.quotes,
        participants=people,
        location=a.location or b.location,
        sectors=sectors,
    )
