"""Titles for proposals, from the sentence they came from: the sentence without its
lead-in, asides, dates and reporting clause; or the words naming a project, an agreement,
a meeting; or "A meets B in C" when the people are known.
"""

from __future__ import annotations

import re
from datetime import date

from pakru_desktop.domain.date_mentions import find_dates
from pakru_desktop.services.article_candidates import Participant

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
MAX_TITLE = 110


# An aside between commas that a title can do without: ", in a meeting with …,".
_ASIDE = re.compile(
    r",\s+(?:in|at|during|on|after|while|speaking|according|in turn)\b[^,]{0,120},", re.I
)


# A sentence opening on a circumstance ("In a meeting with …, the minister said"): its
# main clause is the one the cue is in.
_CIRCUMSTANCE = re.compile(r"(?:In|During|At|On|After|Following|Speaking|Amid|While)\b")
_SUBJECT = re.compile(r"[A-Z]|(?:the|he|she|they|it|both|its|his|her|their) ")


def sentence_title(text: str, cue: re.Match[str]) -> str:
    """The sentence as a title: without its lead-in, asides, the dates it writes, or who
    reported it."""
    if _CIRCUMSTANCE.match(text) and (cut := text.rfind(", ", 0, cue.start())) > 0:
        rest = text[cut + 2 :]
        if _SUBJECT.match(rest):  # a clause of its own, not the verb of an interrupted one
            text = rest
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


_AGREEMENT_NOUNS = re.compile(r"mou|memorandum|protocol|treaty|accord|agreement|deal", re.I)


def agreement_title(text: str, cue: re.Match[str]) -> str:
    """The words naming the agreement ("a multi-sector MoU signed last year") when they say
    more than what it is ("memorandum of understanding"), else the sentence."""
    if _AGREEMENT_NOUNS.fullmatch(cue.group().split()[0]):
        phrase = project_title(text, cue)
        if len(phrase.split()) > len(cue.group().split()):
            return phrase
    return sentence_title(text, cue)


def project_title(text: str, cue: re.Match[str]) -> str:
    """The words naming the project: those before its cue back to a function word ("the",
    "of" …, at most four), the cue, and what follows up to the end of the phrase."""
    before = text[: cue.start()].split()[-4:]
    for i in range(len(before) - 1, -1, -1):
        if before[i].lower().strip(",“”\"'") in _FUNCTION_WORDS:
            before = before[i + 1 :]
            break
    after = _phrase_after(text[cue.end() :])
    return _titled(" ".join([*before, cue.group(), *after.split()]))


def event_title(
    text: str, cue: re.Match[str], people: tuple[Participant, ...], place: str, kind_type: str
) -> str:
    """"A meets B in C" when the people are known, the summit's name, the meeting's words
    ("high-level meeting with …"), else the sentence."""
    persons = [p.name for p in people if p.actor_id is None or " " in p.name][:3]
    where = f" in {place}" if place else ""
    if len(persons) >= 2 and kind_type in ("meeting", "call"):
        verb = "meets" if kind_type == "meeting" else "speaks by phone with"
        return _shortened(f"{persons[0]} {verb} {' and '.join(persons[1:])}{where}")
    if persons and kind_type == "visit":
        return _shortened(f"{persons[0]} visit{where}")
    if kind_type == "summit":
        # Its name: the capitalised words around the cue ("SCO Council of Heads of State
        # Summit"), and where it is.
        named = " ".join(_name_before(text[: cue.start()]))
        rest = re.match(r"(?:\s+[A-Z][\w-]*)*", text[cue.end() :])
        joint = "" if not named or named.endswith("-") else " "
        name = f"{named}{joint}{cue.group()}{rest.group() if rest else ''}".strip()
        return _titled(name + (where if place and place not in name else ""))
    if cue.group().lower() in _EVENT_NOUNS:
        # "In a high-level meeting with Ambassador Fatemi …, the DPM said": the meeting.
        before = _name_before(text[: cue.start()])
        after = re.split(r"[,;.—–(]", text[cue.end() :], maxsplit=1)[0]
        phrase = " ".join([*before, cue.group(), *after.split()])
        if place and place not in phrase:
            phrase += where
        return _titled(phrase)
    return sentence_title(text, cue)


def _name_before(text: str) -> list[str]:
    """The words before a noun that belong to its name: a run of capitalised words (with
    "of", "of the" inside: "SCO Heads of Government"), else up to two plain words back to
    a function word ("their last" → "last")."""
    words = text.split()
    if words and words[-1].lstrip("(")[:1].isupper():
        taken: list[str] = []
        def joins(n: int) -> bool:  # "of" or "the" between capitalised words
            return words[n] in ("of", "the") and len(words) > -n and words[n - 1][:1].isupper()

        def named(word: str) -> bool:  # "Shanghai", "(SCO)", "SCO-"
            return word.lstrip("(")[:1].isupper()

        while words and (named(words[-1]) or joins(-1)):
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


def key_words(title: str) -> set[str]:
    """The words that tell one project's name from another's."""
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", title)}
    return words - {"project", "between", "pakistan", "russia", "with", "from", "that", "this"}
