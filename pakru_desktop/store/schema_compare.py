"""What a comparison of the database with the models must leave be: what revisions make
in plain SQL rather than from the models. That is the search indexes (SQLite's FTS5
tables of 0004, a server's word-index columns and their GIN indexes of 0007), and on a
server the list indexes, which 0007 makes again with NULLS FIRST (the models describe
SQLite's, whose NULLs come first anyway)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pakru_desktop.store.search_index import is_index_object
from pakru_desktop.store.server_search import VECTOR

# The list indexes 0007 makes again on a server.
SERVER_LIST_INDEXES = frozenset(
    {
        "ix_items_kind_date",
        "ix_items_kind_due",
        "ix_items_kind_title",
        "ix_items_kind_location",
        "ix_items_kind_status",
        "ix_items_kind_status_date",
        "ix_items_kind_type",
    }
)


def modelled_on(dialect: str) -> Callable[[str | None, str, Any], bool]:
    """Alembic's ``include_name`` hook for a database of ``dialect``."""

    def modelled(name: str | None, type_: str, _parent_names: Any) -> bool:
        if type_ == "table":
            return not is_index_object(name or "")
        if type_ == "column":
            return name != VECTOR
        if type_ == "index":
            server_made = dialect != "sqlite" and name in SERVER_LIST_INDEXES
            return not ((name or "").endswith("_search") or server_made)
        return True

    return modelled


def comparison_options(dialect: str) -> dict[str, Any]:
    """Alembic's ``include_name`` and ``include_object`` hooks for ``dialect``: the same
    objects are left out of what is read from the database and of the models."""
    modelled = modelled_on(dialect)

    def include_object(_object: Any, name: str | None, type_: str, *_rest: Any) -> bool:
        return modelled(name, type_, None)

    return {"include_name": modelled, "include_object": include_object}
