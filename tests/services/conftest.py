"""Fixtures of the service tests: seed keys mapped to the ids of the fresh database."""

from __future__ import annotations

import pytest
from seed_helpers import SEED_ITEMS

from pakru_desktop.domain.item_filter import ItemFilter
from pakru_desktop.domain.vocabulary import Kind
from pakru_desktop.services.database import Database
from pakru_desktop.services.queries import list_items


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    """Seed item key → database id, matched by the items' (unique) titles."""
    by_title = {row.title: row.id for kind in Kind for row in list_items(db, ItemFilter(kind))}
    return {key: by_title[item["title"]] for key, item in SEED_ITEMS.items()}
