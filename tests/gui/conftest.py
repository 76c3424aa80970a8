"""GUI test fixtures: real widgets over real services on a fresh seeded database."""

from __future__ import annotations

import datetime as dt

import pytest

# A Tuesday, the day of the Beijing meeting: relative dates typed in tests resolve against it.
TODAY = dt.date(2025, 9, 2)


@pytest.fixture
def today() -> dt.date:
    """The date the GUI under test takes as today."""
    return TODAY
