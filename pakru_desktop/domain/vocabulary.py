"""The controlled vocabularies: kinds of item, their statuses and types, roles, links.

Codes are stored and typed on the command line; labels are what people read.
Codes never change once released, so exported files and scripts stay valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pakru_desktop.domain.errors import Sentence, ValidationError, sentence
from pakru_desktop.domain.quoting import quoted


class Kind(StrEnum):
    """The four kinds of tracked item; all share the ``items`` table."""

    EVENT = "event"
    AGREEMENT = "agreement"
    PROJECT = "project"
    COMMITMENT = "commitment"

    @property
    def plural(self) -> str:
        """The word used for lists, command arguments and CSV file names."""
        return f"{self.value}s"

    @property
    def label(self) -> str:
        """Capitalised singular, as shown in titles."""
        return self.value.capitalize()

    @property
    def word(self) -> Sentence:
        """The singular as a word of a sentence (translatable, unlike the code)."""
        return _KIND_WORDS[self]

    @property
    def with_article(self) -> Sentence:
        """The singular after "a" or "an" (``an event``), as a part of a sentence."""
        return _KIND_WITH_ARTICLE[self]


_KIND_WORDS = {
    Kind.EVENT: sentence("event"),
    Kind.AGREEMENT: sentence("agreement"),
    Kind.PROJECT: sentence("project"),
    Kind.COMMITMENT: sentence("commitment"),
}
_KIND_WITH_ARTICLE = {
    Kind.EVENT: sentence("an event"),
    Kind.AGREEMENT: sentence("an agreement"),
    Kind.PROJECT: sentence("a project"),
    Kind.COMMITMENT: sentence("a commitment"),
}
# What each vocabulary is called in a sentence about a code it does not have.
_STATUS_WORDS = {
    Kind.EVENT: sentence("event status"),
    Kind.AGREEMENT: sentence("agreement status"),
    Kind.PROJECT: sentence("project status"),
    Kind.COMMITMENT: sentence("commitment status"),
}
_TYPE_WORDS = {
    Kind.EVENT: sentence("event type"),
    Kind.AGREEMENT: sentence("legal nature"),
    Kind.PROJECT: sentence("project type"),
    Kind.COMMITMENT: sentence("commitment type"),
}


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary: a stable code and the words shown for it."""

    code: str
    label: str


def _terms(*labels: str) -> tuple[Term, ...]:
    """Make terms whose codes are their labels, lower-cased and hyphenated."""
    return tuple(Term(label.lower().replace(" ", "-"), label) for label in labels)


STATUSES: dict[Kind, tuple[Term, ...]] = {
    Kind.EVENT: _terms("scheduled", "held", "postponed", "cancelled"),
    Kind.AGREEMENT: _terms("under negotiation", "signed", "in force", "suspended", "terminated"),
    Kind.PROJECT: _terms(
        "proposed", "agreed", "under way", "completed", "delayed", "suspended", "cancelled"
    ),
    Kind.COMMITMENT: _terms(
        "not yet rated", "in the works", "stalled", "kept", "partly kept", "broken", "uncheckable"
    ),
}

# The status a new item gets when none is given.
DEFAULT_STATUS: dict[Kind, str] = {
    Kind.EVENT: "held",
    Kind.AGREEMENT: "signed",
    Kind.PROJECT: "proposed",
    Kind.COMMITMENT: "not-yet-rated",
}

# Events have a type; agreements a legal nature. Projects and commitments have neither.
TYPES: dict[Kind, tuple[Term, ...]] = {
    Kind.EVENT: _terms("meeting", "visit", "signing", "statement", "summit", "call", "other"),
    Kind.AGREEMENT: (
        Term("treaty", "treaty"),
        Term("agreement", "agreement"),
        Term("mou", "MoU (non-binding)"),
        Term("protocol", "protocol"),
        Term("contract", "contract"),
        Term("joint-statement", "joint statement"),
    ),
    Kind.PROJECT: (),
    Kind.COMMITMENT: (),
}

DEFAULT_TYPE: dict[Kind, str | None] = {
    Kind.EVENT: "meeting",
    Kind.AGREEMENT: "agreement",
    Kind.PROJECT: None,
    Kind.COMMITMENT: None,
}

ROLES: tuple[Term, ...] = _terms(
    "participant", "host", "guest", "signatory", "committed-by", "committed-to", "focal-point"
)

LINK_TYPES: tuple[Term, ...] = _terms("implements", "fulfils", "follows-up", "part-of", "mentions")

ACTOR_KINDS: tuple[Term, ...] = _terms("person", "organisation", "state")

# Suggested sectors; any lower-case tag is accepted, these are offered first.
SECTORS: tuple[str, ...] = (
    "trade",
    "energy",
    "connectivity",
    "agriculture",
    "investment",
    "defence",
    "ai",
    "education",
    "culture",
    "people-to-people",
    "iron-and-steel",
    "transport",
    "security",
    "diplomacy",
)


def parse_kind(text: str) -> Kind:
    """Read a kind given in singular or plural (``event``, ``events``)."""
    word = text.strip().lower()
    for kind in Kind:
        if word in (kind.value, kind.plural):
            return kind
    names = ", ".join(k.plural for k in Kind)
    raise ValidationError(
        sentence("Unknown kind {text}; use one of: {names}.", text=quoted(text), names=names)
    )


def _check(code: str, terms: tuple[Term, ...], what: Sentence) -> str:
    """Return ``code`` normalised if it is one of ``terms``, else raise a sentence."""
    normal = code.strip().lower().replace("_", "-").replace(" ", "-")
    for term in terms:
        if normal in (term.code, term.label.lower().replace(" ", "-")):
            return term.code
    choices = ", ".join(t.code for t in terms)
    raise ValidationError(
        sentence(
            "Unknown {what} {code}; use one of: {choices}.",
            what=what,
            code=quoted(code),
            choices=choices,
        )
    )


def check_status(kind: Kind, code: str) -> str:
    """Return the status code if ``kind`` has it; otherwise name the valid ones."""
    return _check(code, STATUSES[kind], _STATUS_WORDS[kind])


def check_type(kind: Kind, code: str) -> str:
    """Return the event type or legal nature code for ``kind``."""
    if not TYPES[kind]:
        raise ValidationError(sentence("A {kind} has no type.", kind=kind.word))
    return _check(code, TYPES[kind], _TYPE_WORDS[kind])


def check_role(code: str) -> str:
    """Return a participant role code, or name the valid ones."""
    return _check(code, ROLES, sentence("role"))


def check_link_type(code: str) -> str:
    """Return a link type code, or name the valid ones."""
    return _check(code, LINK_TYPES, sentence("link type"))


def check_actor_kind(code: str) -> str:
    """Return an actor kind code, or name the valid ones."""
    return _check(code, ACTOR_KINDS, sentence("actor kind"))


def status_label(kind: Kind, code: str) -> str:
    """The words shown for a status code (the code itself if unknown)."""
    return next((t.label for t in STATUSES[kind] if t.code == code), code)


def normalise_sector(text: str) -> str:
    """A sector tag: lower case, words joined by hyphens; empty tags are refused."""
    tag = "-".join(text.strip().lower().replace("_", " ").split())
    if not tag:
        raise ValidationError(sentence("A sector cannot be empty."))
    return tag
