"""An article's text cut into sentences, each with its character offsets in the text.

A full stop ends a sentence unless it ends a known abbreviation ("Mr.", "Dr.", "No.",
"Gen.", "U.N.", "e.g."), an initial ("J. Smith") or a number ("No. 3", "3.5"); a
sentence also ends at a line break between paragraphs, and a closing quotation mark
after the stop stays with its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a full stop without ending the sentence (compared without the stop,
# case-insensitively).
ABBREVIATIONS = frozenset(
    (
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cdr",
        "gov", "sen", "rep", "st", "jr", "sr", "no", "nos", "vs", "etc", "e.g", "i.e", "approx",
        "dept", "univ", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "hon", "amb", "pres", "dep", "u.s",
        "u.k", "u.n", "u.a.e", "e.u",
    )
)
_CLOSERS = "\"'”’»)]"
# A stop, question or exclamation mark, then any closing quotes or brackets.
_END = re.compile(r"[.!?]+[" + re.escape(_CLOSERS) + r"]*")
# A line break ends a paragraph unless the text goes on in lower case (a sentence broken
# across lines, as pages copied from a browser often are).
_PARAGRAPH = re.compile(r"[ \t]*\n\s*(?=\S)(?![a-z])")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it is in the article (``text[start:end]``)."""

    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, outer spaces trimmed, none empty."""
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        begin = block_start
        for match in _END.finditer(text, block_start, block_end):
            if not _ends_sentence(text, match, block_end):
                continue
            _add(sentences, text, begin, match.end())
            begin = match.end()
        _add(sentences, text, begin, block_end)
    return sentences


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph spans (see ``_PARAGRAPH``)."""
    spans, begin = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, len(text)))
    return spans


def _ends_sentence(text: str, match: re.Match[str], limit: int) -> bool:
    after = text[match.end() : match.end() + 2]
    if match.end() < limit and not after[:1].isspace():
        return False  # "3.5", "U.N.", "pakistan.gov.pk": no space after the stop
    if match.group().startswith(".") and len(match.group().rstrip(_CLOSERS)) == 1:
        word = _word_before(text, match.start())
        if word.lower() in ABBREVIATIONS or word.lower().rstrip(".") in ABBREVIATIONS:
            return False
        if len(word) == 1 and word.isupper():
            return False  # an initial: "J. Smith"
    following = text[match.end() : limit].lstrip()
    # A lower-case word after the stop continues the sentence ("approx. two thirds").
    return not following or not following[0].islower()


def _word_before(text: str, index: int) -> str:
    start = index
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:index]


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(text[start:end], start, end))
