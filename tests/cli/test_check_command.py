"""``pakru check`` says what it checked, on each back end, and finds a server's missing
word index."""

from __future__ import annotations

import pytest
from backends import SQLITE, raw_connect


def test_check_says_what_it_checked(pakru, backend):
    result = pakru("check")
    assert result.code == 0, result.err
    if backend == SQLITE:
        assert "every page, reference and index checks out" in result.out
    else:
        assert "the server keeps its pages and enforces every reference" in result.out


@pytest.mark.postgresql_only
def test_a_missing_word_index_on_a_server_is_found(pakru, db_url):
    with raw_connect(db_url) as rows:
        rows.execute("DROP INDEX ix_evidence_search")
    result = pakru("check")
    assert result.code == 2 and "the word index of evidence is missing" in result.err
