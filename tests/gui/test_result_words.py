"""The window words an import's results itself, with plural forms; in English it says
exactly what the command line says."""

from __future__ import annotations

import itertools

import pytest

from pakru_desktop.gui.i18n import install_language
from pakru_desktop.gui.result_words import article_import_summary, csv_import_summary
from pakru_desktop.services.article_import import ImportedArticle
from pakru_desktop.services.import_csv import ImportResult
from pakru_desktop.services.records import Changes


@pytest.mark.parametrize(("rows", "actors", "dry_run"),
                         list(itertools.product((0, 1, 3), (0, 1, 2), (True, False))))  # fmt: skip
def test_a_csv_import_reads_as_the_command_line_says_it(rows, actors, dry_run):
    result = ImportResult("events.csv", rows, 2, 1, 0, actors, dry_run, None, Changes())
    assert csv_import_summary(result) == result.summary()


@pytest.mark.parametrize("counts", [(0, 0, 0), (1, 1, 1), (2, 5, 3)])
def test_a_stored_article_reads_as_the_command_line_says_it(counts):
    items, quotes, follow_ups = (tuple(range(n)) for n in counts)
    done = ImportedArticle(7, items, quotes, follow_ups, Changes())
    assert article_import_summary(done) == done.summary()


def test_in_russian_the_counts_decline(qapp):
    done = [ImportedArticle(7, tuple(range(n)), (), (), Changes()) for n in (1, 2, 5)]
    try:
        install_language("ru", qapp)
        one, few, many = (article_import_summary(d) for d in done)
    finally:
        install_language("en", qapp)
    assert len({one.replace("1", "#"), few.replace("2", "#"), many.replace("5", "#")}) == 3
    assert "Stored" not in one
