"""``pakru import-article``: proposals measured on the seed articles, matching what the
database holds, a second import of the same article, and files that are no article."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from backends import raw_connect

from pakru_desktop.domain.fuzzy_date import FuzzyDate
from pakru_desktop.resource_files import read_text, resource

SEED = json.loads(read_text("seed.json"))
ARTICLES = {source["key"]: source for source in SEED["sources"]}
# What a proposal must find of the curated items of its article.
MIN_RECALL = 0.8


def _article(key: str) -> Path:
    return resource(f"sources/{ARTICLES[key]['file']}")


def _dry_run(pakru, key: str, db: Path) -> dict:
    source = ARTICLES[key]
    done = pakru("import-article", str(_article(key)), "--dry-run", "--format", "json",
                 "--published", source["published"], db=db)  # fmt: skip
    assert done.code == 0, done.err
    return json.loads(done.out)


def _found(item: dict, key: str, text: str, candidates: list[dict]) -> bool:
    """A candidate of the item's kind, dated within its span, quoting one of its sentences."""
    day = FuzzyDate.from_iso(item["date"])
    spans = [(e["start"], e["end"]) for e in item["evidence"] if e["source"] == key]
    for candidate in candidates:
        if candidate["kind"] != item["kind"]:
            continue
        end = candidate["date_end"] or candidate["date"]
        when = FuzzyDate.from_iso(candidate["date"])
        last = FuzzyDate.from_iso(end).end
        if not (when.start <= day.end and day.start <= last):
            continue
        quotes = [candidate["quote"], *candidate["more_quotes"]]
        if any(q["start"] < b and a < q["end"] for q in quotes for a, b in spans):
            assert text[quotes[0]["start"] : quotes[0]["end"]] == quotes[0]["text"]
            return True
    return False


def test_each_seed_article_proposes_most_of_its_curated_items(pakru, tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    assert pakru("init", "--empty", db=empty).code == 0
    table = []
    for key in ARTICLES:
        text = _article(key).read_text(encoding="utf-8")
        candidates = _dry_run(pakru, key, empty)["candidates"]
        curated = [i for i in SEED["items"] if any(e["source"] == key for e in i["evidence"])]
        found = sum(_found(item, key, text, candidates) for item in curated)
        useful = sum(any(_found(item, key, text, [c]) for item in curated) for c in candidates)
        table.append((key, len(curated), found, len(candidates), useful))
    with capsys.disabled():
        print("\narticle  curated  found  recall  proposals  precision")
        for key, curated, found, proposed, useful in table:
            print(f"{key:<8} {curated:>7} {found:>6} {found / curated:>7.2f} {proposed:>10}"
                  f" {useful / max(proposed, 1):>10.2f}")  # fmt: skip
    for key, curated, found, _proposed, _useful in table:
        assert found / curated >= MIN_RECALL, f"article {key}: {found} of {curated} found"
    # Nothing was written by a dry run.
    connection = sqlite3.connect(empty)
    assert connection.execute("SELECT count(*) FROM items").fetchone() == (0,)
    connection.close()


NEWS = """date 2025-12-01 Islamabad: The pilot cargo train between Pakistan and Russia has been \
delayed again, officials said on Monday.

Russian Deputy Prime Minister Alexei Overchuk met Special Assistant Syed Tariq Fatemi in \
Moscow on July 10, the Foreign Office recalled.

On November 28, Pakistan and Russia signed a protocol on wheat exports."""


def test_an_article_about_known_items_adds_to_them_instead_of_duplicating(pakru, db_url,
                                                                         tmp_path):  # fmt: skip
    article = tmp_path / "news.txt"
    article.write_text(NEWS, encoding="utf-8")
    proposed = json.loads(pakru("import-article", str(article), "--dry-run", "--format",
                                "json").out)  # fmt: skip
    by_kind = {c["kind"]: c for c in proposed["candidates"]}
    train = by_kind["project"]
    assert train["match"]["title"] == "Pilot cargo train between Pakistan and Russia"
    assert train["match"]["follow_up"] and train["match"]["new_status"] == "delayed"
    meeting = by_kind["event"]
    assert meeting["date"] == "2025-07-10" and meeting["match"] is not None
    assert "Overchuk" in meeting["match"]["title"]
    assert by_kind["agreement"]["match"] is None  # a new protocol
    before = _counts(db_url)
    done = pakru("import-article", str(article), "--yes")
    assert done.code == 0, done.err
    after = _counts(db_url)
    new_items = sum(c["match"] is None for c in proposed["candidates"])
    assert after["items"] - before["items"] == new_items
    assert after["sources"] - before["sources"] == 1
    assert after["follow_ups"] - before["follow_ups"] == 1
    shown = json.loads(pakru("show", str(train["match"]["item_id"]), "--format", "json").out)
    assert shown["row"]["status"] == "delayed"
    assert any("delayed again" in e["quote"] for e in shown["evidence"])
    # The same article again: recognised, and nothing changes.
    again = pakru("import-article", str(article), "--yes")
    assert again.code == 0 and "stored already" in again.out
    assert _counts(db_url) == after


def _counts(path) -> dict[str, int]:
    with raw_connect(path) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("items", "sources", "evidence", "follow_ups", "actors")}  # fmt: skip


def test_a_saved_web_page_is_read_without_its_markup(pakru, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Dar meets Lavrov</title><script>var x = 'met';</script></head>"
        "<body><nav>Home | Met office</nav><p>MOSCOW, November 18 - Deputy Prime Minister "
        "Ishaq Dar met Foreign Minister Sergey Lavrov in Moscow on Tuesday.</p></body></html>",
        encoding="utf-8",
    )
    done = pakru("import-article", str(page), "--dry-run", "--format", "json",
                 "--published", "2025-11-18")  # fmt: skip
    assert done.code == 0, done.err
    found = json.loads(done.out)
    assert found["source"]["title"] == "Dar meets Lavrov"
    assert found["source"]["published"] == "2025-11-18"
    [event] = [c for c in found["candidates"] if c["kind"] == "event"]
    assert event["date"] == "2025-11-18" and event["location"] == "Moscow"
    assert "var x" not in event["quote"]["text"] and "Home" not in event["quote"]["text"]


@pytest.mark.parametrize(
    ("content", "says"),
    [(b"", "empty"), (b"\x00\x01\x02\xff" * 50, "not"), ("Привет".encode("cp1251"), "UTF-8")],
)
def test_a_file_that_is_no_article_is_refused_in_one_sentence(pakru, db_url, tmp_path,
                                                              content, says):  # fmt: skip
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = _counts(db_url)
    done = pakru("import-article", str(bad), "--yes", "--published", "2025-01-01")
    assert done.code == 2 and says in done.err and done.err.count("\n") == 1
    assert _counts(db_url) == before


def test_an_article_without_a_date_asks_for_one(pakru, db_url):
    done = pakru("import-article", str(_article("002")), "--dry-run")
    assert done.code == 2 and "--published" in done.err


def test_a_long_article_is_read_whole(pakru, db_url, tmp_path):
    paragraph = _article("004").read_text(encoding="utf-8").split("\n\n", 1)[1]
    long = tmp_path / "long.txt"
    long.write_text("date 2025-07-10 " + "\n\n".join([paragraph] * 340), encoding="utf-8")
    assert long.stat().st_size > 1_000_000
    done = pakru("import-article", str(long), "--dry-run", "--format", "json")
    assert done.code == 0, done.err
    assert len(json.loads(done.out)["candidates"]) > 100


def _answering(monkeypatch, answers: list[str]) -> None:
    replies = iter(answers)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(replies))


def test_each_proposal_is_put_to_the_person_at_the_terminal(pakru, db_url, tmp_path,
                                                           monkeypatch):  # fmt: skip
    article = tmp_path / "news.txt"
    article.write_text(NEWS, encoding="utf-8")
    before = _counts(db_url)
    # Yes to the train's follow-up; no to the first new record; the next one edited, then yes.
    _answering(monkeypatch, ["y", "n", "e", "Dar and Lavrov talks", "", "", "y", "y"])
    done = pakru("import-article", str(article))
    assert done.code == 0, done.err
    assert "Stored the article" in done.out
    after = _counts(db_url)
    assert after["follow_ups"] == before["follow_ups"] + 1
    assert after["sources"] == before["sources"] + 1
    titles = {json.loads(pakru("show", str(i), "--format", "json").out)["row"]["title"]
              for i in range(1, after["items"] + 5) if pakru("show", str(i)).code == 0}  # fmt: skip
    assert "Dar and Lavrov talks" in titles


def test_quitting_at_the_terminal_stores_nothing(pakru, db_url, tmp_path, monkeypatch):
    article = tmp_path / "news.txt"
    article.write_text(NEWS, encoding="utf-8")
    before = _counts(db_url)
    _answering(monkeypatch, ["y", "q"])
    done = pakru("import-article", str(article))
    assert done.code == 0 and "Nothing was imported" in done.out
    assert _counts(db_url) == before


def test_without_a_terminal_the_cli_asks_for_yes_or_dry_run(pakru, db_url, tmp_path):
    article = tmp_path / "news.txt"
    article.write_text(NEWS, encoding="utf-8")
    done = pakru("import-article", str(article))
    assert done.code == 2 and "--yes" in done.err
