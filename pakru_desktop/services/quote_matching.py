"""Finding a quote in its source's text, as people copy it.

People copy quotes from browsers, PDFs and e-mails, which change line breaks, no-break
spaces, curly quotes and dashes, so the match tolerates exactly those differences and
returns the words as they stand in the source, with their character offsets. A source
whose text is not stored keeps the quote as typed, without offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.store.models import Source

MAX_QUOTE = 5_000

# Characters that copying and retyping turn into one another; each group matches itself.
_EQUIVALENT = (
    "'\u2018\u2019\u201a\u201b\u2032",  # ' ‘ ’ ‚ ‛ ′
    '"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb',  # " “ ” „ ‟ ″ « »
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212",  # - ‐ ‑ ‒ – — ― −
)
_CLASS_OF = {ch: "[" + re.escape(group) + "]" for group in _EQUIVALENT for ch in group}
_ELLIPSIS = r"(?:\.\.\.|…)"
# A run of whitespace (any kind, line breaks included), an ellipsis, or one character.
_TOKENS = re.compile(r"\s+|\.\.\.|…|.", re.DOTALL)
_OPENING_MARKS = "\"'\u201c\u2018\u00ab\u201e"
_CLOSING_MARKS = "\"'\u201d\u2019\u00bb\u201c"


@lru_cache(maxsize=64)
def quote_pattern(quote: str) -> re.Pattern[str]:
    """A pattern matching ``quote`` with any whitespace, quotation marks and dashes."""
    parts: list[str] = []
    for token in _TOKENS.findall(quote):
        if token.isspace():
            parts.append(r"\s+")
        elif token in ("...", "…"):
            parts.append(_ELLIPSIS)
        else:
            parts.append(_CLASS_OF.get(token) or re.escape(token))
    return re.compile("".join(parts))


def find_quote(text: str, quote: str, near: int | None = None) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text`` (start, end), tolerant of whitespace, quotation
    marks and dashes; None if it is not there.

    With ``near`` (an offset, e.g. where a person selected it), the occurrence closest to
    it wins; otherwise the first. A quote wrapped in quotation marks that the source does
    not have is found without them.
    """
    quote = quote.strip()
    if not quote:
        return None
    found = _search(text, quote, near)
    wrapped = len(quote) > 2 and quote[0] in _OPENING_MARKS and quote[-1] in _CLOSING_MARKS
    if found is None and wrapped:
        found = _search(text, quote[1:-1].strip(), near)
    return found


def _search(text: str, quote: str, near: int | None) -> tuple[int, int] | None:
    if not quote:
        return None
    pattern = quote_pattern(quote)
    if near is None:
        match = pattern.search(text)
        return match.span() if match else None
    exact = pattern.match(text, max(0, near))
    if exact is not None:
        return exact.span()
    best: tuple[int, int] | None = None
    for match in pattern.finditer(text):
        if best is not None and abs(match.start() - near) >= abs(best[0] - near):
            break  # matches only move further away from here on
        best = match.span()
    return best


def locate(
    source: Source, quote: str, near: int | None = None
) -> tuple[str, int | None, int | None]:
    """``quote`` as it stands in the source's text with its offsets, or as typed (without
    offsets) when the source has no text; a quote not in the text is a ``ValidationError``."""
    quote = quote.strip()
    if not quote:
        raise ValidationError(sentence("The quote cannot be empty."), field="quote")
    if len(quote) > MAX_QUOTE:
        raise ValidationError(
            sentence(
                "The quote is {length} characters; quote at most {limit}, "
                "the sentences that say it.",
                length=f"{len(quote):,}",
                limit=f"{MAX_QUOTE:,}",
            ),
            field="quote",
        )
    if not source.text:
        return quote, None, None
    span = find_quote(source.text, quote, near)
    if span is None:
        if source.title or source.url:
            message = sentence(
                "{quote} does not appear in source {source_id} ({title}); "
                "copy the words from its text.",
                quote=short_quote(quote),
                source_id=source.id,
                title=short_quote(source.title or source.url or "", 50),
            )
        else:
            message = sentence(
                "{quote} does not appear in source {source_id} (“untitled”); "
                "copy the words from its text.",
                quote=short_quote(quote),
                source_id=source.id,
            )
        raise ValidationError(message, field="quote")
    start, end = span
    return source.text[start:end], start, end


def short_quote(text: str, limit: int = 60) -> str:
    """``text`` on one line in quotation marks, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 1] + '…'}”"
