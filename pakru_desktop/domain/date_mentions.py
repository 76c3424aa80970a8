"""Dates as news text writes them ("on Tuesday", "May 13", "in November", "last year",
"the first quarter of 2026", "November 17 to 18"), found in a sentence and resolved
against the article's date with ``FuzzyDate``'s rules.

A date whose year the text leaves out is placed by the sentence's tense: a sentence that
looks ahead ("will", "upcoming", "expected", "looking forward to") puts it on or after the
article's date, any other on or before it, as news reports what has happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.fuzzy_date import FuzzyDate, parse_fuzzy_date

_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?![a-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\.?)"
)
_DAY = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|21[0-9]{2})"
_TO = r"\s*(?:-|–|—|to|until|and)\s*"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4", "last": "4"}

# Longest forms first: a span before its ends, a full date before a bare month.
_FORMS = [
    rf"{_YEAR}-[01][0-9]-[0-3][0-9]",
    rf"{_DAY}{_TO}{_DAY}\s+{_MONTH},?(?:\s+{_YEAR})?",  # 25–27 November (2025)
    rf"{_MONTH}\s+{_DAY}{_TO}{_DAY},?(?:\s+{_YEAR})?",  # November 17 to 18 (, 2025)
    rf"{_MONTH}{_TO}{_MONTH},?\s+{_YEAR}",  # June–August 2025
    rf"{_DAY}\s+{_MONTH},?(?:\s+{_YEAR})?",  # 2nd Sep, 2025 / 17 November
    rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![0-9])",  # May 13 / June 3, 2025
    rf"{_MONTH},?\s+{_YEAR}",  # September 2024
    rf"(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter\s+of\s+{_YEAR}",
    rf"Q[1-4]\s+{_YEAR}",
    r"(?:last|this|next|coming)\s+(?:year|month|week)",
    rf"(?:last|next|this|on|On)?\s*{_WEEKDAY}",
    r"(?:today|yesterday|tomorrow)",
    # A month alone only after a word that makes it one ("in May", not "may").
    rf"(?:in|In|since|Since|by|By|during|During|early|late|mid-?|end of)\s+{_MONTH}(?![a-z])"
    rf"(?:,?\s+{_YEAR})?",
    rf"(?:in|In|since|Since|by|By|during|of)\s+{_YEAR}",
    rf"(?<![0-9-]){_YEAR}(?![0-9-])",
]
_FIND = re.compile("|".join(f"(?:{form})" for form in _FORMS))
_AHEAD = re.compile(
    r"\b(?:will|shall|would|upcoming|forthcoming|expected|expects|looking forward|"
    r"is to|are to|plans? to|scheduled|next|coming|to be held|invit\w*|due to)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:in|since|by|during|of|early|late|mid-?|end of|on|the)\s+", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMention:
    """A date written in a sentence: where (offsets in the sentence), as written, and what
    it resolves to."""

    start: int
    end: int
    written: str
    date: FuzzyDate


def find_dates(sentence: str, reference: date) -> list[DateMention]:
    """Every date ``sentence`` writes, in order, resolved against ``reference``."""
    ahead = bool(_AHEAD.search(sentence))
    found = []
    for match in _FIND.finditer(sentence):
        written = match.group().strip()
        if not written:
            continue
        resolved = resolve(written, reference, ahead=ahead)
        if resolved is not None:
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            found.append(DateMention(start, match.end(), written, resolved))
    return found


def resolve(written: str, reference: date, *, ahead: bool = False) -> FuzzyDate | None:
    """The date ``written`` means in a text of ``reference``'s day; None if it is none.

    A year left out is placed on or before ``reference``, or on or after it when the text
    looks ``ahead``.
    """
    text = _LEADING.sub("", written.strip())
    text = re.sub(r"\bcoming\b", "next", text, flags=re.IGNORECASE)
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text)
    text = text.replace(".", "")
    if m := re.fullmatch(
        r"(?:the\s+)?(first|second|third|fourth|last)\s+quarter\s+of\s+(\d{4})", text, re.I
    ):
        text = f"Q{_ORDINAL[m[1].lower()]} {m[2]}"
    if re.fullmatch(r"(?:last|this|next)\s+week", text, re.IGNORECASE):
        return None  # a week is no precision a date has
    text = re.sub(r"\s*(?:–|—|until|and)\s*", "-", text) if re.search(r"\d", text) else text
    try:
        parsed = parse_fuzzy_date(text, reference)
    except ValidationError:
        return None
    year_given = bool(re.search(r"\d{4}", text)) or re.search(
        r"\b(?:year|month|quarter)\b", text, re.IGNORECASE
    )
    if year_given or not parsed.inferred:
        return parsed
    return _placed(parsed, reference, ahead)


def _placed(parsed: FuzzyDate, reference: date, ahead: bool) -> FuzzyDate:
    """``parsed`` (its year taken from ``reference``) moved a year to fit the tense."""
    weekday_like = parsed.precision.value == "day" and not parsed.is_span and (
        parsed.start <= reference and (reference - parsed.start).days < 7
    )
    if ahead and parsed.end < reference and not weekday_like:
        return _shifted(parsed, 1)
    if not ahead and parsed.start > reference:
        return _shifted(parsed, -1)
    return parsed


def _shifted(parsed: FuzzyDate, years: int) -> FuzzyDate:
    try:
        return FuzzyDate.from_iso(_shift_iso(parsed, years), inferred=True)
    except ValidationError:
        return parsed


def _shift_iso(parsed: FuzzyDate, years: int) -> str:
    def one(iso: str) -> str:
        return f"{int(iso[:4]) + years:04d}{iso[4:]}"

    return "/".join(one(part) for part in parsed.iso_span().split("/"))
