"""The words the window shows for stored codes, in the reader's language.

The database, the command line and CSV keep the codes of ``domain.vocabulary`` and its
English labels; only the window translates them. The English words are written out
here, one literal each, so Qt's ``lupdate`` finds them. A status has a context per kind
because its word agrees with the kind's noun in Russian and Urdu ("held" event, "signed"
agreement). A test checks that every term of the vocabularies is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pakru_desktop.domain.vocabulary import Kind

translate = QCoreApplication.translate

KIND_NAMES: dict[Kind, tuple[str, str]] = {
    Kind.EVENT: (QT_TRANSLATE_NOOP("Kind", "Event"), QT_TRANSLATE_NOOP("Kind", "Events")),
    Kind.AGREEMENT: (
        QT_TRANSLATE_NOOP("Kind", "Agreement"),
        QT_TRANSLATE_NOOP("Kind", "Agreements"),
    ),
    Kind.PROJECT: (QT_TRANSLATE_NOOP("Kind", "Project"), QT_TRANSLATE_NOOP("Kind", "Projects")),
    Kind.COMMITMENT: (
        QT_TRANSLATE_NOOP("Kind", "Commitment"),
        QT_TRANSLATE_NOOP("Kind", "Commitments"),
    ),
}

# The English label per code, for each kind's statuses; the context is in CONTEXTS.
STATUS_NAMES: dict[Kind, dict[str, str]] = {
    Kind.EVENT: {
        "scheduled": QT_TRANSLATE_NOOP("EventStatus", "scheduled"),
        "held": QT_TRANSLATE_NOOP("EventStatus", "held"),
        "postponed": QT_TRANSLATE_NOOP("EventStatus", "postponed"),
        "cancelled": QT_TRANSLATE_NOOP("EventStatus", "cancelled"),
    },
    Kind.AGREEMENT: {
        "under-negotiation": QT_TRANSLATE_NOOP("AgreementStatus", "under negotiation"),
        "signed": QT_TRANSLATE_NOOP("AgreementStatus", "signed"),
        "in-force": QT_TRANSLATE_NOOP("AgreementStatus", "in force"),
        "suspended": QT_TRANSLATE_NOOP("AgreementStatus", "suspended"),
        "terminated": QT_TRANSLATE_NOOP("AgreementStatus", "terminated"),
    },
    Kind.PROJECT: {
        "proposed": QT_TRANSLATE_NOOP("ProjectStatus", "proposed"),
        "agreed": QT_TRANSLATE_NOOP("ProjectStatus", "agreed"),
        "under-way": QT_TRANSLATE_NOOP("ProjectStatus", "under way"),
        "completed": QT_TRANSLATE_NOOP("ProjectStatus", "completed"),
        "delayed": QT_TRANSLATE_NOOP("ProjectStatus", "delayed"),
        "suspended": QT_TRANSLATE_NOOP("ProjectStatus", "suspended"),
        "cancelled": QT_TRANSLATE_NOOP("ProjectStatus", "cancelled"),
    },
    Kind.COMMITMENT: {
        "not-yet-rated": QT_TRANSLATE_NOOP("CommitmentStatus", "not yet rated"),
        "in-the-works": QT_TRANSLATE_NOOP("CommitmentStatus", "in the works"),
        "stalled": QT_TRANSLATE_NOOP("CommitmentStatus", "stalled"),
        "kept": QT_TRANSLATE_NOOP("CommitmentStatus", "kept"),
        "partly-kept": QT_TRANSLATE_NOOP("CommitmentStatus", "partly kept"),
        "broken": QT_TRANSLATE_NOOP("CommitmentStatus", "broken"),
        "uncheckable": QT_TRANSLATE_NOOP("CommitmentStatus", "uncheckable"),
    },
}

TYPE_NAMES: dict[Kind, dict[str, str]] = {
    Kind.EVENT: {
        "meeting": QT_TRANSLATE_NOOP("EventType", "meeting"),
        "visit": QT_TRANSLATE_NOOP("EventType", "visit"),
        "signing": QT_TRANSLATE_NOOP("EventType", "signing"),
        "statement": QT_TRANSLATE_NOOP("EventType", "statement"),
        "summit": QT_TRANSLATE_NOOP("EventType", "summit"),
        "call": QT_TRANSLATE_NOOP("EventType", "call"),
        "other": QT_TRANSLATE_NOOP("EventType", "other"),
    },
    Kind.AGREEMENT: {
        "treaty": QT_TRANSLATE_NOOP("LegalNature", "treaty"),
        "agreement": QT_TRANSLATE_NOOP("LegalNature", "agreement"),
        "mou": QT_TRANSLATE_NOOP("LegalNature", "MoU (non-binding)"),
        "protocol": QT_TRANSLATE_NOOP("LegalNature", "protocol"),
        "contract": QT_TRANSLATE_NOOP("LegalNature", "contract"),
        "joint-statement": QT_TRANSLATE_NOOP("LegalNature", "joint statement"),
    },
    Kind.PROJECT: {},
    Kind.COMMITMENT: {},
}

ROLE_NAMES: dict[str, str] = {
    "participant": QT_TRANSLATE_NOOP("Role", "participant"),
    "host": QT_TRANSLATE_NOOP("Role", "host"),
    "guest": QT_TRANSLATE_NOOP("Role", "guest"),
    "signatory": QT_TRANSLATE_NOOP("Role", "signatory"),
    "committed-by": QT_TRANSLATE_NOOP("Role", "committed-by"),
    "committed-to": QT_TRANSLATE_NOOP("Role", "committed-to"),
    "focal-point": QT_TRANSLATE_NOOP("Role", "focal-point"),
}

LINK_TYPE_NAMES: dict[str, str] = {
    "implements": QT_TRANSLATE_NOOP("LinkType", "implements"),
    "fulfils": QT_TRANSLATE_NOOP("LinkType", "fulfils"),
    "follows-up": QT_TRANSLATE_NOOP("LinkType", "follows-up"),
    "part-of": QT_TRANSLATE_NOOP("LinkType", "part-of"),
    "mentions": QT_TRANSLATE_NOOP("LinkType", "mentions"),
}

ACTOR_KIND_NAMES: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("ActorKind", "person"),
    "organisation": QT_TRANSLATE_NOOP("ActorKind", "organisation"),
    "state": QT_TRANSLATE_NOOP("ActorKind", "state"),
}


STATUS_CONTEXTS = {kind: f"{kind.label}Status" for kind in Kind}
TYPE_CONTEXTS = {Kind.EVENT: "EventType", Kind.AGREEMENT: "LegalNature"}


def _name(context: str, label: str | None, code: str) -> str:
    # An unknown code (a newer database, a hand-edited file) shows as itself.
    return translate(context, label) if label is not None else code


def kind_name(kind: Kind) -> str:
    """The kind in the singular, capitalised: "Event"."""
    return translate("Kind", KIND_NAMES[kind][0])


def kind_names(kind: Kind) -> str:
    """The kind in the plural, capitalised: "Events" (page and list titles)."""
    return translate("Kind", KIND_NAMES[kind][1])


def status_name(kind: Kind, code: str) -> str:
    """The words for a status of ``kind``."""
    return _name(STATUS_CONTEXTS[kind], STATUS_NAMES[kind].get(code), code)


def type_name(kind: Kind, code: str) -> str:
    """The words for an event type or an agreement's legal nature."""
    return _name(TYPE_CONTEXTS.get(kind, ""), TYPE_NAMES[kind].get(code), code)


def role_name(code: str) -> str:
    """The words for a participant's role."""
    return _name("Role", ROLE_NAMES.get(code), code)


def link_type_name(code: str) -> str:
    """The words for a link type."""
    return _name("LinkType", LINK_TYPE_NAMES.get(code), code)


def actor_kind_name(code: str) -> str:
    """The words for an actor kind (person, organisation, state)."""
    return _name("ActorKind", ACTOR_KIND_NAMES.get(code), code)
