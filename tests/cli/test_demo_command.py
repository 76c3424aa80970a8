"""``pakru demo-data``: fills a new database, refuses one with records or a bad count."""

from __future__ import annotations

import json


def test_demo_data_fills_a_new_database_that_the_other_commands_read(pakru, tmp_path) -> None:
    path = tmp_path / "demo.sqlite3"
    done = pakru("demo-data", "--count", "400", "--db", str(path), db=None)
    assert done.code == 0, done.err
    assert done.out.startswith("Wrote ") and "400 items" in done.out and str(path) in done.out
    listed = pakru("list", "commitments", "--format", "json", db=path)
    shown = pakru("show", str(json.loads(listed.out)[0]["id"]), "--format", "json", db=path)
    assert shown.code == 0 and json.loads(shown.out)["evidence"]


def test_a_database_with_records_is_refused_in_one_sentence(pakru) -> None:
    refused = pakru("demo-data", "--count", "10")
    assert refused.code == 2 and "already holds records" in refused.err
    assert refused.err.count("\n") == 1 and "Traceback" not in refused.err


def test_a_count_out_of_range_writes_nothing(pakru, tmp_path) -> None:
    path = tmp_path / "none.sqlite3"
    refused = pakru("demo-data", "--count", "0", db=path)
    assert refused.code == 2 and "out of range" in refused.err
    assert not path.exists()


def test_two_fills_at_once_give_one_fill_and_one_sentence(tmp_path) -> None:
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "two.sqlite3"
    pakru = str(Path(sys.executable).parent / "pakru")
    subprocess.run([pakru, "init", "--empty", "--db", str(path)], check=True,
                   capture_output=True)  # fmt: skip
    runs = [
        subprocess.Popen([pakru, "demo-data", "--count", "3000", "--db", str(path)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]  # fmt: skip
    outcomes = sorted((run.wait(timeout=120), run.stderr.read()) for run in runs)
    assert [code for code, _ in outcomes] == [0, 2]
    assert "already holds records" in outcomes[1][1]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM items").fetchone()[0] == 3000
    connection.close()
