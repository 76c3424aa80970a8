"""``pakru`` commands on sources and evidence, run through ``main(argv)``."""

from __future__ import annotations

import json

import pytest
from backends import as_url, raw_connect

from pakru_desktop.services.database import open_database
from pakru_desktop.services.sources import get_source_detail

ARTICLE = """<html><head><title>Commission meets</title><script>track()</script></head>
<body><p>ISLAMABAD: The tenth session of the intergovernmental
commission opened on 25 November.</p><p>Both sides signed a protocol.</p></body></html>"""


def _detail(db_url, source_id: int):
    db = open_database(as_url(db_url))
    try:
        return get_source_detail(db, source_id)
    finally:
        db.close()


def _evidence_rows(db_url) -> int:
    with raw_connect(db_url) as connection:
        return connection.execute("SELECT count(*) FROM evidence").fetchone()[0]


@pytest.fixture
def source_id(pakru, tmp_path) -> int:
    page = tmp_path / "article.html"
    page.write_text(ARTICLE, encoding="utf-8")
    result = pakru(
        "add-source",
        "--title",
        "Pakistan, Russia open 10th IGC session",
        "--publisher",
        "APP",
        "--url",
        "https://www.app.com.pk/igc-10",
        "--published",
        "25 Nov 2025",
        "--language",
        "en",
        "--text-file",
        str(page),
    )
    assert result.code == 0, result.err
    return int(result.out)


def test_add_source_prints_only_the_id_and_strips_the_page(pakru, db_url, source_id):
    detail = _detail(db_url, source_id)
    assert detail.record.title == "Pakistan, Russia open 10th IGC session"
    assert detail.record.publisher == "APP" and detail.language == "en"
    assert detail.record.published is not None
    assert detail.record.published.iso() == "2025-11-25"
    assert detail.record.text == (
        "ISLAMABAD: The tenth session of the intergovernmental commission opened on 25 November."
        "\n\nBoth sides signed a protocol."
    )


def test_add_source_with_a_binary_file_exits_2_with_a_sentence(pakru, db_url, tmp_path):
    blob = tmp_path / "scan.txt"
    blob.write_bytes(b"%PDF-1.7\x00\x01\x02")
    before = _detail(db_url, 1)

    result = pakru("add-source", "--title", "Scan", "--text-file", str(blob))
    assert result.code == 2
    assert result.out == ""
    assert result.err.strip() == (
        "'scan.txt' is not a text file; save the article as .txt or .html and load that."
    )
    assert _detail(db_url, 1) == before


def test_add_source_needs_a_title(pakru):
    result = pakru("add-source", "--publisher", "Dawn")
    assert result.code == 2
    assert "--title" in result.err


def test_edit_source_changes_the_fields_given(pakru, db_url, source_id, tmp_path):
    text = tmp_path / "update.txt"
    text.write_text("Updated: both sides signed a protocol on 27 November.\n", encoding="utf-8")

    result = pakru(
        "edit-source", str(source_id), "--url", "", "--language", "ru", "--text-file", str(text)
    )
    assert result.code == 0, result.err
    assert (
        result.out.strip() == f"Updated source {source_id}: Pakistan, Russia open 10th IGC session"
    )
    detail = _detail(db_url, source_id)
    assert detail.record.url is None and detail.language == "ru"
    assert detail.record.text == "Updated: both sides signed a protocol on 27 November."
    assert detail.record.publisher == "APP"


def test_edit_source_with_nothing_to_change_is_refused(pakru, source_id):
    result = pakru("edit-source", str(source_id))
    assert result.code == 2
    assert result.err.strip() == "Nothing to change; give at least one field, e.g. --title."


def test_add_evidence_tolerates_spacing_and_show_source_lists_it(pakru, db_url, source_id):
    result = pakru(
        "add-evidence",
        "1",
        "--source",
        str(source_id),
        "--quote",
        "commission  opened on 25 November",
    )
    assert result.code == 0, result.err
    evidence_id = int(result.out)

    shown = pakru("show-source", str(source_id))
    assert shown.code == 0
    assert shown.out.startswith(f"#{source_id} Pakistan, Russia open 10th IGC session\n")
    assert "  Publisher:    APP\n" in shown.out
    assert "“commission opened on 25 November”" in shown.out
    assert "— for item 1: " in shown.out and f"(evidence {evidence_id}, characters " in shown.out
    assert shown.out.rstrip().endswith("Both sides signed a protocol.")

    data = json.loads(pakru("show-source", str(source_id), "--format", "json").out)
    assert data["id"] == source_id and data["language"] == "en"
    assert (data["published"]["iso"], data["published"]["precision"]) == ("2025-11-25", "day")
    (quote,) = data["evidence"]
    assert quote["evidence_id"] == evidence_id and quote["item_id"] == 1
    assert data["text"][quote["start"] : quote["end"]] == "commission opened on 25 November"


def test_add_evidence_for_a_follow_up(pakru, db_url, source_id):
    follow_up = pakru("follow-up", "1", "--date", "27 Nov 2025", "--note", "Protocol signed")
    assert follow_up.code == 0, follow_up.err

    result = pakru(
        "add-evidence",
        "1",
        "--source",
        str(source_id),
        "--quote",
        "Both sides signed a protocol.",
        "--follow-up",
        follow_up.out.strip(),
    )
    assert result.code == 0, result.err
    (quote,) = _detail(db_url, source_id).quotes
    assert quote.follow_up_id == int(follow_up.out)


def test_a_quote_not_in_the_source_exits_2_and_writes_nothing(pakru, db_url, source_id):
    before = _evidence_rows(db_url)

    result = pakru(
        "add-evidence", "1", "--source", str(source_id), "--quote", "a treaty was signed"
    )
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("“a treaty was signed” does not appear in source")
    assert result.err.count("\n") == 1
    assert _evidence_rows(db_url) == before


def test_remove_evidence_then_delete_the_source(pakru, db_url, source_id):
    evidence_id = pakru(
        "add-evidence", "1", "--source", str(source_id), "--quote", "Both sides signed"
    ).out.strip()

    refused = pakru("delete-source", str(source_id))
    assert refused.code == 2
    assert refused.err.strip() == (
        f"Source {source_id} is quoted by 1 piece of evidence; remove it first."
    )

    removed = pakru("remove-evidence", evidence_id)
    assert removed.code == 0
    assert removed.out.strip() == f"Removed evidence {evidence_id} from item 1."
    deleted = pakru("delete-source", str(source_id))
    assert deleted.code == 0
    assert deleted.out.strip() == (
        f"Deleted source {source_id}: Pakistan, Russia open 10th IGC session"
    )
    assert pakru("show-source", str(source_id)).err.strip() == (
        f"There is no source with id {source_id}."
    )


def test_unknown_evidence_and_bad_language_are_user_errors(pakru, source_id):
    gone = pakru("remove-evidence", "9999")
    assert (gone.code, gone.err.strip()) == (2, "There is no evidence with id 9999.")
    bad = pakru("edit-source", str(source_id), "--language", "English please")
    assert bad.code == 2
    assert "is not a language code" in bad.err


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe not text", "not UTF-8"),
        (b"   \n", "is empty"),
        (b"a\xed\xa0\x80b", "not UTF-8"),
    ],
)
def test_text_from_standard_input_is_checked_as_a_file_is(pakru, monkeypatch, data, message):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), errors="surrogateescape"))
    result = pakru("add-source", "--title", "Piped", "--text-file", "-")
    assert result.code == 2 and message in result.err and result.err.count("\n") == 1


def test_an_html_page_on_standard_input_is_stripped_of_markup(pakru, monkeypatch):
    import io
    import sys

    page = b"<html><body><script>x()</script><p>Dar met Lavrov.</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    source_id = pakru("add-source", "--title", "Piped", "--text-file", "-").out.strip()
    assert "Dar met Lavrov." in pakru("show-source", source_id).out
    assert "x()" not in pakru("show-source", source_id).out
