"""Every stored code has words in the window, the same English ones as the vocabulary's."""

from pakru_desktop.domain import vocabulary as v
from pakru_desktop.gui import vocabulary_names as names


def test_every_term_of_every_vocabulary_is_listed_with_its_english_label():
    for kind in v.Kind:
        assert {t.code: t.label for t in v.STATUSES[kind]} == names.STATUS_NAMES[kind]
        assert {t.code: t.label for t in v.TYPES[kind]} == names.TYPE_NAMES[kind]
        assert names.kind_name(kind) == kind.label
        assert names.kind_names(kind) == kind.plural.capitalize()
    assert {t.code: t.label for t in v.ROLES} == names.ROLE_NAMES
    assert {t.code: t.label for t in v.LINK_TYPES} == names.LINK_TYPE_NAMES
    assert {t.code: t.label for t in v.ACTOR_KINDS} == names.ACTOR_KIND_NAMES


def test_an_unknown_code_shows_as_itself():
    assert names.status_name(v.Kind.EVENT, "adjourned") == "adjourned"
    assert names.status_name(v.Kind.EVENT, "held") == "held"
    assert names.type_name(v.Kind.PROJECT, "x") == "x"
