"""The words an article import reads: what marks a kind of record, what says an item moved
on (and to which status), offices before a new person's name, places, sector keywords.

General on purpose: they are the words news of any visit, deal or project uses, not
those of particular articles.
"""

from __future__ import annotations

import re

from pakru_desktop.domain.vocabulary import Kind

# Cues, as whole words (case ignored). The first group that matches names the type.
# What people did comes before where they did it: "met on the sidelines of the summit" is a
# meeting (the summit is proposed beside it, ``SUMMIT``).
EVENT_CUES = {
    "meeting": r"met|meets?|meeting|talks|held talks|session|conference|forum|sidelines",
    # Not "visits": "a series of high-level visits" names no one visit.
    "visit": r"visit(?:ed|ing)?|paid a visit|trip|tour",
    "call": r"(?:tele)?phone call|called|spoke by (?:tele)?phone",
    "summit": r"summit|council of heads",
    # Deals done rather than signed: a purchase, a delivery, an opening.
    "other": r"purchase[sd]?|bought|buys|shipments?|consignments?|delivered|deliver(?:y|ies)|"
    r"inaugurat\w+",
}
AGREEMENT_CUES = {
    "mou": r"mou|memorandum(?: of understanding)?",
    "protocol": r"protocol",
    "treaty": r"treaty|accord",
    "agreement": r"agreement|deal|signed|inked",
}
PROJECT_CUE = (
    r"(?:steel )?(?:plant|mills?)|corridor|railway|rail link|pipeline|(?:cargo |freight )?train|"
    r"project|power station|refinery|port|terminal"
)
COMMITMENT_CUE = (
    r"invit(?:ed|es|ation)|commit(?:ted|ment|s)?|pledg(?:ed|es)|agreed to|will|"
    r"expected to|expects to|looking forward|ready to|readiness|desire to|keen(?:ness)?|"
    r"eager to|reaffirm(?:ed|s)?|offered to|encourag(?:ed|es)|call(?:ed|s) for|"
    r"the need for|stressed the importance|vowed|promised|assured|intends? to|plans? to"
)
FOLLOW_UP_CUE = (
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
NEW_PERSON = re.compile(rf"\b(?P<office>{_OFFICES})\s+(?P<name>{_NAME})\b")
NOT_NAMES = {"The", "Of", "And", "In", "On", "Federation", "Office", "Minister", "Prime"}

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


def place_in(text: str) -> str:
    """The place the sentence says something happened in ("in Moscow"), or ""."""
    match = _PLACE.search(text)
    return match.group(1) if match else ""


_SECTOR_PATTERNS = {
    tag: re.compile(rf"\b(?:{words})\b", re.I) for tag, words in SECTOR_WORDS.items()
}


def sectors_in(text: str) -> tuple[str, ...]:
    """The sector tags the sentence's words suggest."""
    return tuple(tag for tag, pattern in _SECTOR_PATTERNS.items() if pattern.search(text))


SUMMIT = re.compile(r"\b(?:summit|council of heads(?: of (?:state|government))?)\b", re.IGNORECASE)
