"""Reading a news article into proposed records: events, agreements, projects and
commitments, each with its date, participants, place, sectors and the sentence it
came from.

Rule-based and explainable: every proposal lists the cues that made it (``reason``).
Each sentence is read on its own: the words that mark a kind ("signed", "MoU" → an
agreement; "plant", "corridor" → a project; "invited", "committed", "ready to" → a
commitment; "met", "visit", "summit" → an event), the dates it writes (resolved against
the article's date, ``domain.date_mentions``), the actors it names (from the actors
already known, or an office followed by a name: a new person). Proposals of one kind
about the same happening (an event on one day in one place, a project named the same
way) are merged, their sentences kept as further quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from pakru_desktop.domain.date_mentions import DateMention, find_dates
from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.domain.sentences import Sentence, split_sentences
from pakru_desktop.domain.vocabulary import Kind


@dataclass(frozen=True)
class Quote:
    """An exact passage of the article: ``text == article[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class KnownActor:
    """An actor already in the database, with every name it goes by."""

    id: int
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Participant:
    """An actor a proposal names, with its role; ``actor_id`` None for a new person
    (``office`` then says what the article calls them)."""

    name: str
    role: str
    actor_id: int | None = None
    office: str = ""


@dataclass(frozen=True)
class Candidate:
    """One proposed record, as the article gives it."""

    kind: Kind
    title: str
    date: FuzzyDate
    status: str
    type: str | None
    quotes: tuple[Quote, ...]
    participants: tuple[Participant, ...] = ()
    location: str = ""
    sectors: tuple[str, ...] = ()
    due: FuzzyDate | None = None
    reason: tuple[str, ...] = field(default=())
    # Words saying what became of something already known ("delayed", "completed"): with a
    # match in the database, the proposal is a follow-up to it.
    progress: str = ""

    @property
    def quote(self) -> Quote:
        """The sentence the proposal was first read from."""
        return self.quotes[0]


# Cues, as whole words (case ignored). The first group that matches names the type.
_EVENT_CUES = {
    "summit": r"summit|council of heads",
    "visit": r"visit(?:s|ed|ing)?|trip|tour",
    "call": r"(?:tele)?phone call|called|spoke by (?:tele)?phone",
    "meeting": r"met|meets?|meeting|talks|held talks|session|conference|forum|sidelines",
    # Deals done rather than signed: a purchase, a delivery, an opening.
    "other": r"purchase[sd]?|bought|buys|shipments?|consignments?|delivered|deliver(?:y|ies)|"
    r"inaugurat\w+",
}
_AGREEMENT_CUES = {
    "mou": r"mou|memorandum(?: of understanding)?",
    "protocol": r"protocol",
    "treaty": r"treaty|accord",
    "agreement": r"agreement|deal|signed|inked",
}
_PROJECT_CUE = (
    r"(?:steel )?(?:plant|mills?)|corridor|railway|rail link|pipeline|(?:cargo |freight )?train|"
    r"project|power station|refinery|port|terminal"
)
_COMMITMENT_CUE = (
    r"invit(?:ed|es|ation)|commit(?:ted|ment|s)?|pledg(?:ed|es)|agreed to|will|"
    r"expected to|expects to|looking forward|ready to|readiness|desire to|keen(?:ness)?|"
    r"eager to|reaffirm(?:ed|s)?|offered to|encourag(?:ed|es)|call(?:ed|s) for|"
    r"the need for|stressed the importance|vowed|promised|assured|intends? to|plans? to"
)
_FOLLOW_UP_CUE = (
    r"still|delayed|postponed|has not|have not|was launched|were launched|completed|"
    r"began|started|stalled|suspended|cancelled|called off|put off|finished|opened|"
    r"came into force|entered into force|ratified|took place|was held|were held"
)
# What each such cue makes of an item's status, by kind (none: a note only).
PROGRESS_STATUS = {
    "delayed": {Kind.PROJECT: "delayed", Kind.EVENT: "postponed", Kind.COMMITMENT: "stalled"},
    "postponed": {Kind.EVENT: "postponed", Kind.PROJECT: "delayed"},
    "put off": {Kind.EVENT: "postponed", Kind.PROJECT: "delayed"},
    "stalled": {Kind.PROJECT: "delayed", Kind.COMMITMENT: "stalled"},
    "suspended": {Kind.PROJECT: "suspended", Kind.AGREEMENT: "suspended"},
    "cancelled": {Kind.EVENT: "cancelled", Kind.PROJECT: "cancelled"},
    "called off": {Kind.EVENT: "cancelled", Kind.PROJECT: "cancelled"},
    "completed": {Kind.PROJECT: "completed", Kind.COMMITMENT: "kept"},
    "finished": {Kind.PROJECT: "completed"},
    "was launched": {Kind.PROJECT: "under-way", Kind.COMMITMENT: "in-the-works"},
    "were launched": {Kind.PROJECT: "under-way", Kind.COMMITMENT: "in-the-works"},
    "began": {Kind.PROJECT: "under-way"},
    "started": {Kind.PROJECT: "under-way"},
    "opened": {Kind.PROJECT: "completed"},
    "came into force": {Kind.AGREEMENT: "in-force"},
    "entered into force": {Kind.AGREEMENT: "in-force"},
    "ratified": {Kind.AGREEMENT: "in-force"},
    "took place": {Kind.EVENT: "held"},
    "was held": {Kind.EVENT: "held"},
    "were held": {Kind.EVENT: "held"},
}

_OFFICES = (
    r"Deputy Prime Minister|Prime Minister|President|Foreign Minister|Minister for [A-Z]\w+"
    r"(?: and [A-Z]\w+)?|Minister of [A-Z]\w+(?: and [A-Z]\w+)?|Ambassador|"
    r"Special Assistant to the Prime Minister(?: on [A-Z]\w+(?: [A-Z]\w+| and [A-Z]\w+)*)?|"
    r"Secretary|General Director|Director General|Chairman|Governor|Senator|DPM|SAPM"
)
_NAME = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s){0,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NEW_PERSON = re.compile(rf"\b(?P<office>{_OFFICES})\s+(?P<name>{_NAME})\b")
_NOT_NAMES = {"The", "Of", "And", "In", "On", "Federation", "Office", "Minister", "Prime"}

# Places that reports of the relationship name; "in <Place>" makes one an event's place.
PLACES = (
    "Moscow", "Islamabad", "Karachi", "Lahore", "Rawalpindi", "Peshawar", "Quetta",
    "Gwadar", "Beijing", "Astana", "Tashkent", "Samarkand", "Bishkek", "Dushanbe",
    "Ashgabat", "Kazan", "Sochi", "Vladivostok", "St Petersburg", "Saint Petersburg",
    "Tianjin", "Tainjin", "Ufa", "New Delhi", "Kabul", "Tehran", "Minsk", "Baku",
    "New York", "Geneva", "Istanbul", "Ankara", "Riyadh", "Doha", "Dubai", "Abu Dhabi",
)  # fmt: skip
_PLACE = re.compile(r"\bin (" + "|".join(re.escape(p) for p in PLACES) + r")\b")

# Sector tags and the words that suggest them.
SECTOR_WORDS = {
    "trade": r"trade|commerce|exports?|imports?|barter",
    "energy": r"energy|oil|gas|lng|petroleum|power|electricity|nuclear",
    "connectivity": r"connectivity|corridor|railway|rail|road link|transit",
    "agriculture": r"agricultur\w*|wheat|farm\w*|food security",
    "investment": r"invest\w*",
    "defence": r"defen[cs]e|military|army|exercises?|weapons",
    "ai": r"artificial intelligence|\bai\b",
    "education": r"education|universit\w*|scholarships?|students?",
    "culture": r"cultur\w*",
    "people-to-people": r"people-to-people",
    "iron-and-steel": r"steel|iron",
    "transport": r"transport|cargo|train|freight|logistics|shipping",
    "security": r"security|terror\w*|counter-terror\w*",
    "diplomacy": r"diplomat\w*|foreign office|embassy|foreign minister",
}

_LEADING = re.compile(
    r"^(?:(?:during|in|at|on|after|following) (?:the|a|their|this) [\w\s-]{0,40}?(?:meeting|"
    r"talks|visit|call),\s*|moreover,?\s*|furthermore,?\s*|meanwhile,?\s*|however,?\s*|"
    r"in turn,?\s*|also,?\s*|separately,?\s*)+",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r",?\s*(?:according to|the statement said|it was added|said in a (?:press release|"
    r"statement)|the foreign office said|officials said|sources said)\b.*$"
    r"|,\s+[^,]{0,60}\bsaid\b[^,]*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}[,;:]\s*(?:\([^)]{0,80}\)\s*)?")
# Sentences that carry on from the one before: a missing date is that one's.
_CONTINUES = re.compile(r"^(?:the two|they|he|she|it|both|this|these|there)\b", re.IGNORECASE)
MAX_TITLE = 110
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
    place = _place(words)
    sectors = _sectors(words)
    quote = Quote(sentence.text, sentence.start, sentence.end)
    said = re.search(rf"\b(?:{_FOLLOW_UP_CUE})\b", words, re.IGNORECASE)
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

    agreement = _cue(words, _AGREEMENT_CUES)
    signed = re.search(r"\bsign(?:ed|s|ing)?\b|\binked\b|\bmou\b|\bmemorandum", words, re.I)
    if agreement and signed:
        kind_type, cue = agreement
        when, why = dated(cue)
        found.append(Candidate(Kind.AGREEMENT, _title(words, cue), when, "signed", kind_type,
                               reason=(f"cue {cue.group()!r} → agreement", why), **common))  # type: ignore[arg-type]  # fmt: skip
    for cue in _project_cues(words):
        # Dated when it was agreed or first reported; a date ahead is its target.
        when, why = dated(cue, clause=True)
        target = _in_clause(words, dates, cue, None)
        due = target.date if target and target.date.start > published else None
        status = "agreed" if agreement and signed else "proposed"
        found.append(Candidate(Kind.PROJECT, _project_title(words, cue), when, status, None,
                               due=due, reason=(f"cue {cue.group()!r} → project", why),
                               **common))  # type: ignore[arg-type]  # fmt: skip
    commitment = re.search(rf"\b(?:{_COMMITMENT_CUE})\b", words, re.IGNORECASE)
    if commitment:
        # Dated when it was made: a date only counts if it is written close to the cue.
        when, why = dated(commitment, clause=True)
        ahead = [d.date for d in dates if d.date.start > published]
        by = tuple(replace(p, role="committed-by") if i == 0 else p for i, p in enumerate(people))
        found.append(Candidate(
            Kind.COMMITMENT, _title(words, commitment), when, "not-yet-rated", None,
            reason=(f"cue {commitment.group()!r} → commitment", why),
            due=ahead[0] if ahead else None, **{**common, "participants": by},  # type: ignore[arg-type]
        ))  # fmt: skip
    event = _cue(words, _EVENT_CUES)
    # What was promised ("invited to visit", "will meet") is an event only with a date.
    promised = event and commitment and commitment.start() < event[1].start()
    if promised and _nearest(dates, event[1].start(), None, None) is None:  # type: ignore[index]
        event = None
    if event:
        kind_type, cue = event
        when, why = dated(cue)
        status = "scheduled" if when.start > published else "held"
        found.append(Candidate(Kind.EVENT, _event_title(words, cue, people, place, kind_type),
                               when, status, kind_type,
                               reason=(f"cue {cue.group()!r} → event", why), **common))  # type: ignore[arg-type]  # fmt: skip
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
    cues = _all(text, _PROJECT_CUE)
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
            if all(p.actor_id != actor.id for p in found):
                found.append(Participant(actor.name, "participant", actor.id))
    for match in _NEW_PERSON.finditer(text):
        name = _clean_name(match["name"])
        if not name or any(s < match.end("name") and match.start("name") < e for s, e in taken):
            continue
        if any(p.name.split()[-1] == name.split()[-1] for p in found):
            continue  # the same person, named shorter or longer
        found.append(Participant(name, "participant", None, match["office"]))
    return tuple(found)


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    return " ".join(words) if words and words[-1] not in _NOT_NAMES else ""


def _place(text: str) -> str:
    match = _PLACE.search(text)
    return match.group(1) if match else ""


_SECTOR_PATTERNS = {
    tag: re.compile(rf"\b(?:{words})\b", re.I) for tag, words in SECTOR_WORDS.items()
}


def _sectors(text: str) -> tuple[str, ...]:
    return tuple(tag for tag, pattern in _SECTOR_PATTERNS.items() if pattern.search(text))


# Titles -----------------------------------------------------------------------------------------
# An aside between commas that a title can do without: ", in a meeting with …,".
_ASIDE = re.compile(
    r",\s+(?:in|at|during|on|after|while|speaking|according|in turn)\b[^,]{0,120},", re.I
)


def _title(text: str, cue: re.Match[str]) -> str:
    """The sentence as a title: without its lead-in, asides, the dates it writes, or who
    reported it."""
    cleaned = " ".join(text.split())
    cleaned = _DATELINE.sub("", cleaned)
    cleaned = _REPORTED.sub("", cleaned)
    cleaned = _LEADING.sub("", cleaned)
    cleaned = re.sub(r"^(?:on|in|since) [^,]{1,30}, ", "", cleaned, flags=re.IGNORECASE)
    cleaned = _ASIDE.sub("", cleaned)
    return _titled(cleaned)


def _titled(phrase: str) -> str:
    """``phrase`` as a title: dates it writes left out, capitalised, not too long."""
    for mention in reversed(find_dates(phrase, date.today())):
        before = phrase[: mention.start]
        before = re.sub(r"\s*\b(?:in|on|by|since|from|last|of)\s*$", "", before, flags=re.I)
        phrase = before + phrase[mention.end :]
    phrase = re.sub(r"\s+([,;:])", r"\1", " ".join(phrase.split()))
    phrase = phrase.strip(" ,;:“”\"'").rstrip(".").strip(" ,")
    return _shortened(phrase[:1].upper() + phrase[1:])


# Where the phrase naming a thing ends: a stop, a comma, a clause.
_PHRASE_END = re.compile(r"[;.,—–(]| which | that | and the | who | would | will | to [a-z]+\b")
# A list of names after a comma: ", Pakistan and Russia", ", Kazakhstan, Uzbekistan, and Iran".
_NAME_LIST = re.compile(r",\s+[A-Z]\w+(?:\s+[A-Z]\w+)?(?:,\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)*,?\s+"
                        r"and\s+[A-Z]\w+")  # fmt: skip


def _phrase_after(text: str) -> str:
    """The words after a cue that still name the thing: up to a stop, a clause, or a comma
    that does not begin a list of names ("between Uzbekistan, Pakistan and Russia")."""
    end = 0
    while cut := _PHRASE_END.search(text, end):
        listed = _NAME_LIST.match(text, cut.start()) if cut.group() == "," else None
        if listed is None:
            return text[: cut.start()]
        end = listed.end()
    return text


_FUNCTION_WORDS = {"the", "a", "an", "of", "to", "for", "and", "with", "such", "as", "in", "on",
                   "about", "its", "their", "his", "her", "new"}  # fmt: skip


def _project_title(text: str, cue: re.Match[str]) -> str:
    """The words naming the project: those before its cue back to a function word ("the",
    "of" …, at most four), the cue, and what follows up to the end of the phrase."""
    before = text[: cue.start()].split()[-4:]
    for i in range(len(before) - 1, -1, -1):
        if before[i].lower().strip(",“”\"'") in _FUNCTION_WORDS:
            before = before[i + 1 :]
            break
    after = _phrase_after(text[cue.end() :])
    return _titled(" ".join([*before, cue.group(), *after.split()]))


def _event_title(
    text: str, cue: re.Match[str], people: tuple[Participant, ...], place: str, kind_type: str
) -> str:
    persons = [p.name for p in people if p.actor_id is None or " " in p.name][:3]
    where = f" in {place}" if place else ""
    if len(persons) >= 2 and kind_type in ("meeting", "call"):
        verb = "meets" if kind_type == "meeting" else "speaks by phone with"
        return _shortened(f"{persons[0]} {verb} {' and '.join(persons[1:])}{where}")
    if persons and kind_type == "visit":
        return _shortened(f"{persons[0]} visit{where}")
    if cue.group().lower() in _EVENT_NOUNS:
        # "In a high-level meeting with Ambassador Fatemi …, the DPM said": the meeting.
        before = _name_before(text[: cue.start()])
        after = re.split(r"[,;.—–(]", text[cue.end() :], maxsplit=1)[0]
        phrase = " ".join([*before, cue.group(), *after.split()])
        if place and place not in phrase:
            phrase += where
        return _titled(phrase)
    return _title(text, cue)


def _name_before(text: str) -> list[str]:
    """The words before a noun that belong to its name: a run of capitalised words (with
    "of", "of the" inside: "SCO Heads of Government"), else up to two plain words back to
    a function word ("their last" → "last")."""
    words = text.split()
    if words and words[-1][:1].isupper():
        taken: list[str] = []
        def joins(n: int) -> bool:  # "of" or "the" between capitalised words
            return words[n] in ("of", "the") and len(words) > -n and words[n - 1][:1].isupper()

        while words and (words[-1][:1].isupper() or joins(-1)):
            taken.insert(0, words.pop())
        while taken and taken[0] in ("of", "the"):
            taken.pop(0)
        return taken
    before = words[-2:]
    for i in range(len(before) - 1, -1, -1):
        if before[i].lower() in _FUNCTION_WORDS:
            return before[i + 1 :]
    return before


_EVENT_NOUNS = {"meeting", "talks", "visit", "summit", "session", "conference", "forum", "call",
                "trip", "tour", "purchase", "shipment", "shipments", "delivery",
                "deliveries"}  # fmt: skip


def _shortened(title: str) -> str:
    if len(title) <= MAX_TITLE:
        return title
    cut = title[: MAX_TITLE - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


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
        return [(Kind.PROJECT, word) for word in _key_words(candidate.title)]
    return [(candidate.kind, candidate.date.iso_span(), candidate.type)]


def _same_happening(a: Candidate, b: Candidate) -> bool:
    if a.kind is not b.kind or a.kind is Kind.COMMITMENT:
        return False
    if a.kind is Kind.PROJECT:
        return _key_words(a.title) & _key_words(b.title) != set()
    if a.date.iso_span() != b.date.iso_span():
        return False
    return not (a.location and b.location and a.location != b.location) and a.type == b.type


def _key_words(title: str) -> set[str]:
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", title)}
    return words - {"project", "between", "pakistan", "russia", "with", "from", "that", "this"}


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
