"""What an article import proposes: a candidate record with the passages it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from pakru_desktop.domain.fuzzy_date import FuzzyDate
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
